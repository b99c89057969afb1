#include "session_sync.h"

#include "document.h"
#include "output_rule.h"
#include "training_controller.h"

namespace layerlab {

SessionSync::SessionSync(Document* document, TrainingController* controller, QObject* parent)
    : QObject(parent), m_document(document), m_controller(controller)
{
    connect(m_document, &Document::projectReplaced, this, &SessionSync::onProjectReplaced);
    connect(m_document, &Document::projectChanged, this, &SessionSync::onProjectChanged);
}

bool SessionSync::isCurrent(const SessionStatus& status) const { return status.revision == m_builtRevision; }

Project SessionSync::projectWithWeights() const
{
    Project p = m_document->project();
    const auto status = m_controller->status();
    const auto snapshot = m_controller->snapshot();
    // The session's weights belong to this model only when it built this model last.
    if (status->ready && isCurrent(*status) && snapshot->model.layerCount() > 0 && snapshot->model.spec() == p.model)
        p.weights = SavedWeights{snapshot->model.parameters(), snapshot->model.state()};
    return p;
}

void SessionSync::adoptDataFacts(const SessionStatus& status)
{
    if (status.data && isCurrent(status) && m_document->project().data == m_sent.data)
        m_document->setDataFacts(factsOf(status.data->train));
}

void SessionSync::onProjectReplaced()
{
    // A different project: training starts over, from its saved weights when it has some.
    m_sent = m_document->project();
    m_builtRevision = m_document->revision();
    m_controller->loadProject(m_sent, m_builtRevision);
}

void SessionSync::onProjectChanged()
{
    const Project& p = m_document->project();
    // The session gets what changed: a new model or data is rebuilt (keeping the weights of
    // unchanged layers); new hyper-parameters apply at the next step.
    if (p.model != m_sent.model || p.data != m_sent.data || p.seed != m_sent.seed) {
        m_builtRevision = m_document->revision();
        m_controller->setProject(p, m_builtRevision);
    } else if (!(p.training == m_sent.training)) {
        m_controller->setConfig(p.training);
    }
    m_sent = p;
}

}  // namespace layerlab
