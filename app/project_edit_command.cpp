#include "project_edit_command.h"

#include "document.h"

namespace layerlab {

ProjectEditCommand::ProjectEditCommand(Document* document, Project before, Project after, const QString& text,
                                       QString mergeKey)
    : QUndoCommand(text),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey))
{
}

void ProjectEditCommand::undo() { m_document->setProjectFromHistory(m_before); }

void ProjectEditCommand::redo() { m_document->setProjectFromHistory(m_after); }

int ProjectEditCommand::id() const { return m_mergeKey.isEmpty() ? -1 : kMergeableId; }

bool ProjectEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ProjectEditCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // an edit that came back to where it started is no step at all
    setObsolete(m_after == m_before);
    return true;
}

}  // namespace layerlab
