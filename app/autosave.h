// Autosave: every minute, a project with unsaved changes is written (atomically) to the
// app's data folder. A clean exit removes the file; if it is still there at the next
// start, the previous session ended without saving (a crash, a power cut) and the app
// offers to recover it.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

#include "io/project.h"

namespace layerlab {

class Autosaver : public QObject {
    Q_OBJECT
public:
    // project(): what to write (the document with its current weights); modified(): whether
    // there is anything unsaved.
    Autosaver(std::function<Project()> project, std::function<bool()> modified, std::function<QString()> filePath,
              QObject* parent = nullptr);

    static constexpr int kIntervalMs = 60'000;

    // Writes now if there are unsaved changes; returns whether it wrote.
    bool saveNow();
    // Removes the autosave (after a save, or at a clean exit).
    void discard();

    // Where autosaves go: QStandardPaths::AppDataLocation/autosave.layerlab.
    static QString autosavePath();
    // What the previous session left behind, if anything: the project and the file it came
    // from (empty when it had none).
    struct Recovery {
        Project project;
        QString originalPath;
        QString savedAt;  // when it was written, for the question to the user
    };
    static std::optional<Recovery> pendingRecovery();
    static void discardPending();

Q_SIGNALS:
    void autosaved(const QString& path);
    void failed(const QString& message);

private:
    std::function<Project()> m_project;
    std::function<bool()> m_modified;
    std::function<QString()> m_filePath;
    QTimer m_timer;
};

}  // namespace layerlab
