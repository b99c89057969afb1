// One undo step: the whole project before and after an edit. Projects are small values
// (a model spec, a data spec, hyper-parameters), so keeping both is simpler and safer than
// inverting each kind of edit.
#pragma once

#include <QUndoCommand>

#include "io/project.h"

namespace layerlab {

class Document;

class ProjectEditCommand : public QUndoCommand {
public:
    // mergeKey: consecutive commands with the same non-empty key merge into one.
    ProjectEditCommand(Document* document, Project before, Project after, const QString& text, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    static constexpr int kMergeableId = 0x1a7e;

private:
    Document* m_document;
    Project m_before;
    Project m_after;
    QString m_mergeKey;
};

}  // namespace layerlab
