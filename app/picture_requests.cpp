#include "picture_requests.h"

#include <QEvent>

#include "training_controller.h"

namespace layerlab {

namespace {
// On screen: shown, and not moved out of sight behind another dock tab.
bool onScreen(const SnapshotView& view)
{
    return view.isVisible() && !view.visibleRegion().isEmpty();
}
}  // namespace

bool covers(const PictureRequest& asked, const PictureRequest& need)
{
    return asked.decisionMapGrid >= need.decisionMapGrid && asked.neuronMapGrid >= need.neuronMapGrid &&
           (need.featureMapSample < 0 || asked.featureMapSample == need.featureMapSample) &&
           asked.predictedSamples >= need.predictedSamples;
}

PictureRequests::PictureRequests(TrainingController* controller, QObject* parent)
    : QObject(parent), m_controller(controller)
{
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setInterval(0);
    connect(&m_sendTimer, &QTimer::timeout, this, &PictureRequests::send);
    m_recheckTimer.setInterval(kRecheckMs);
    connect(&m_recheckTimer, &QTimer::timeout, this, &PictureRequests::send);
    m_recheckTimer.start();
}

void PictureRequests::watch(SnapshotView* view)
{
    m_views.append(view);
    connect(view, &SnapshotView::pictureRequestChanged, &m_sendTimer, qOverload<>(&QTimer::start));
    view->installEventFilter(this);
    m_sendTimer.start();
}

bool PictureRequests::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_sendTimer.isActive()) {
        const auto* view = static_cast<const SnapshotView*>(watched);
        if (!covers(m_controller->pictureRequest(), view->pictureRequest()))
            m_sendTimer.start();
    }
    return false;
}

PictureRequest PictureRequests::combined() const
{
    PictureRequest request;
    for (const QPointer<SnapshotView>& view : m_views)
        if (view && onScreen(*view))
            request |= view->pictureRequest();
    return request;
}

void PictureRequests::send()
{
    m_controller->setPictureRequest(combined());  // (a repeat posts nothing)
}

}  // namespace layerlab
