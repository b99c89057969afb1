// The document: the project being edited (model, data, hyper-parameters, seed), its undo
// history, its file and whether it has unsaved changes. Every edit is one undo step; a run
// of edits to the same field (a spin box's arrows held down) merges into one.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>

#include "output_rule.h"
#include "diagnosis/finding.h"
#include "io/project.h"

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace layerlab {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const Project& project() const { return m_project; }
    QUndoStack* undoStack() const { return m_undo; }
    QString filePath() const { return m_path; }
    // The file name, or the project's name while it has no file (an example's in the
    // current language).
    QString displayName() const;
    bool isModified() const;
    // Increases with every change of project(): edits, undo, redo, replacement.
    std::uint64_t revision() const { return m_revision; }

    // A different project altogether (new, opened, an example, a recovered autosave): clears
    // the undo history. `modified` marks a recovered project as not yet saved.
    void replace(const Project& project, const QString& path, bool modified = false);
    // After a save: `weights` are what was written; they are not an edit.
    void markSaved(const QString& path, const std::optional<SavedWeights>& weights);
    // Training moved the weights on since the last save: unsaved work, though not an edit.
    void markTrained();

    // What the output layer follows for data that has to be loaded first (files).
    void setDataFacts(const DataFacts& facts);
    std::optional<DataFacts> dataFacts() const;
    // The output layer's explanation for the inspector, empty when it is not managed.
    QString outputNote() const;

    // --- Edits: each one undo step. ---
    void insertLayer(int index, LayerKind kind);
    void removeLayer(int index);
    void moveLayer(int from, int to);
    void setLayer(int index, const LayerSpec& spec, const QString& field);
    void setTraining(const TrainConfig& config, const QString& field);
    void setInitializerForAll(InitKind kind);
    void setData(const DataSpec& data, const QString& field);
    void setSeed(std::uint64_t seed);
    // Makes the output layer fit the loss and the data, when it does not.
    void fitOutput();
    // A fix the gradient doctor proposes (diagnosis/fixes.h), as one undo step named after
    // the fix's button.
    void applyFix(const Fix& fix);

    // Called by the undo commands.
    void setProjectFromHistory(const Project& project);

Q_SIGNALS:
    // Any change of project().
    void projectChanged();
    // replace(): a different project; training starts over from its saved weights.
    void projectReplaced();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    // Applies `change` to a copy of the project, fits the output layer, and pushes the
    // result as one undo step named `text`. Steps with the same non-empty mergeKey that
    // follow each other merge.
    void edit(const QString& text, const QString& mergeKey, const std::function<void(Project&)>& change);
    void setProject(const Project& project);
    void emitModified();

    Project m_project;
    QUndoStack* m_undo = nullptr;
    QString m_path;
    bool m_forcedModified = false;
    bool m_lastModified = false;
    std::uint64_t m_revision = 0;
    std::map<std::string, DataFacts> m_loadedFacts;  // by data source path, for files
};

}  // namespace layerlab
