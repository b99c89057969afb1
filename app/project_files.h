// The project's life as a file: New, Open, Open Recent, Save and Save As (their actions and
// the recent files menu), the question about unsaved changes, autosave and the offer to
// recover what a session that ended without saving left behind, and the window's title
// with its modified mark.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

#include "io/project.h"
#include "prompt.h"

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace layerlab {

class Autosaver;
class Document;
class SessionSync;
class TrainingController;
struct TrainingSnapshot;

class ProjectFiles : public QObject {
    Q_OBJECT
public:
    // Titles `window` and parents its file dialogs; asks the user through `ask`.
    ProjectFiles(Document* document, const TrainingController* controller, const SessionSync* session,
                 Prompt ask, QWidget* window);

    // The project File > New starts from: spiral data, one hidden layer.
    static Project newProject();

    // A project from a file; false (after saying why) when it cannot be read.
    bool openFile(const QString& path);
    // A built-in example, by name ("spiral").
    bool openExample(const QString& name);
    // Writes the project with the current weights; false (after saying why) on failure.
    bool saveTo(const QString& path);
    // Save, or Save As when the project has no file yet.
    bool save();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // At start: offers to recover what a session that ended without saving left behind.
    bool offerRecovery();
    // The window closes with nothing unsaved: nothing to recover next time.
    void closeCleanly();

    Autosaver* autosaver() const { return m_autosaver; }
    QAction* newAction() const { return m_newAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* saveAsAction() const { return m_saveAsAction; }
    // File > Open Recent, filled anew each time it opens.
    QMenu* recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    // A passing message for the status bar ("Saved spiral.layerlab").
    void message(const QString& text, int timeoutMs);

private:
    void createActions();
    // The file dialogs' filter, in the current language.
    static QString fileFilter();
    void openDialog();
    bool saveAsDialog();
    void rebuildRecentMenu();
    void refreshTitle();
    void onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot);

    Document* m_document = nullptr;
    const TrainingController* m_controller = nullptr;
    const SessionSync* m_session = nullptr;
    Prompt m_ask;
    QWidget* m_window = nullptr;
    Autosaver* m_autosaver = nullptr;
    std::int64_t m_savedStep = 0;  // the training step the saved (or opened) weights are from

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

}  // namespace layerlab
