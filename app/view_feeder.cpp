#include "view_feeder.h"

#include <algorithm>
#include <vector>

#include "activation_view.h"
#include "confusion_matrix_view.h"
#include "decision_map_view.h"
#include "distribution_view.h"
#include "document.h"
#include "feature_map_view.h"
#include "gradient_view.h"
#include "loss_chart_view.h"
#include "model_canvas.h"
#include "network_diagram_view.h"
#include "sample_gallery_view.h"
#include "timeline_slider.h"
#include "training_controller.h"
#include "view_data.h"
#include "weight_view.h"

namespace layerlab {

ViewFeeder::ViewFeeder(const TrainingViews& views, const Document* document, const TrainingController* controller,
                       QObject* parent)
    : QObject(parent), m_views(views), m_document(document), m_controller(controller)
{
    connect(m_controller, &TrainingController::snapshotChanged, this, &ViewFeeder::onSnapshot);
    connect(m_controller, &TrainingController::statusChanged, this, &ViewFeeder::onStatus);
    if (m_views.timeline)
        connect(m_views.timeline, &TimelineSlider::frameSelected, this, [this] {
            if (!m_settingTimeline && m_latest)
                feedProbeViews();
        });
}

void ViewFeeder::onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot)
{
    m_latest = snapshot;
    m_views.lossChart->setSnapshot(snapshot);
    m_views.decisionMap->setSnapshot(snapshot);
    m_views.gradients->setSnapshot(snapshot);
    if (m_views.distributions)
        m_views.distributions->setSnapshot(snapshot);
    if (m_views.timeline) {
        m_settingTimeline = true;
        m_views.timeline->setTimeline(snapshot->timeline, snapshot->step);
        m_settingTimeline = false;
    }
    feedProbeViews();
    if (m_images)
        feedImageViews(snapshot);
}

void ViewFeeder::feedProbeViews()
{
    // Replaying: the snapshot of the moment the frame was chosen, with the frame's probes (a
    // copy made once per frame chosen, not per snapshot: it holds the weights). The views
    // stay on it while training goes on.
    std::shared_ptr<const TrainingSnapshot> shown = m_latest;
    const std::shared_ptr<const ProbeReport> frame =
        m_views.timeline ? m_views.timeline->selectedFrame() : nullptr;
    if (frame) {
        if (frame == m_replayedFrame)
            return;
        auto replayed = std::make_shared<TrainingSnapshot>(*m_latest);
        replayed->probes = *frame;
        shown = std::move(replayed);
    }
    m_replayedFrame = frame;
    m_views.network->setSnapshot(shown);
    m_views.weights->setSnapshot(shown);
    m_views.activations->setSnapshot(shown);
    if (m_views.canvas) {
        // one norm per layer of the model on the canvas; none before training, or for
        // another model than the one edited
        std::vector<double> norms;
        std::vector<bool> hasWeights;
        const ProbeReport& probes = shown->probes;
        if (probes.step >= 0 && probes.layers.size() == m_views.canvas->model().layers.size()) {
            for (const LayerProbe& layer : probes.layers) {
                norms.push_back(layer.gradientNorm);
                hasWeights.push_back(layer.hasWeights);
            }
        }
        m_views.canvas->setGradientFlow(std::move(norms), std::move(hasWeights));
    }
}

void ViewFeeder::feedImageViews(const std::shared_ptr<const TrainingSnapshot>& snapshot)
{
    m_views.gallery->setSnapshot(snapshot);
    m_views.confusion->setSnapshot(snapshot);
    m_views.featureMaps->setSnapshot(snapshot);
}

void ViewFeeder::onStatus(const std::shared_ptr<const SessionStatus>& status)
{
    if (!status->data || status->data == m_data)
        return;
    m_data = status->data;
    const Dataset& train = m_data->train;
    // the session drew the input plane of two-input data with the data
    const bool plane = status->plane != nullptr;
    if (plane)
        m_views.decisionMap->setData(decisionMapData(*status->plane));
    else
        m_views.decisionMap->clearData();
    m_views.network->setInputNames(inputNames(train));
    // Images: the validation images (else the first training images) for the gallery and
    // the feature maps, and the class names for the confusion matrix.
    m_images = train.inputShape.rank == 3;
    if (m_images) {
        const Dataset& shown = m_data->validation.sampleCount() > 0 ? m_data->validation : train;
        const Index n = std::min<Index>(shown.sampleCount(), SampleGalleryView::kMaxSamples);
        std::vector<int> labels;
        for (Index i = 0; i < n; ++i)
            labels.push_back(shown.task == Task::Classification ? int(shown.targets(0, i)) : -1);
        QStringList classes;
        for (const std::string& name : train.classNames)
            classes << QString::fromStdString(name);
        m_views.gallery->setSamples(shown.inputs.leftCols(n), shown.inputShape, labels, classes);
        m_views.featureMaps->setSamples(shown.inputs.leftCols(n), shown.inputShape, labels, classes);
        m_views.confusion->setClassNames(classes);
    }
    Q_EMIT dataShown(plane, m_images);
    // (after the window has shown the image views: they catch up with training at once)
    if (m_images)
        feedImageViews(m_controller->snapshot());
}

}  // namespace layerlab
