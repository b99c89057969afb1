// What reaches the training views: every snapshot the session publishes, and, whenever the
// session has prepared new data, what the views show besides snapshots (the input plane of
// two-input data, the input names, the images and class names of image data). The window
// decides which views are on screen; this decides what they are given.
#pragma once

#include <QObject>

#include <memory>

#include "io/project.h"

namespace layerlab {

class ActivationView;
class ConfusionMatrixView;
class DecisionMapView;
class DistributionView;
class Document;
class FeatureMapView;
class GradientView;
class LossChartView;
class ModelCanvas;
class NetworkDiagramView;
class SampleGalleryView;
class TimelineSlider;
class TrainingController;
class WeightView;
struct SessionStatus;
struct ProbeReport;
struct TrainingSnapshot;

// The views fed, all owned by the window.
struct TrainingViews {
    LossChartView* lossChart = nullptr;
    DecisionMapView* decisionMap = nullptr;
    NetworkDiagramView* network = nullptr;
    GradientView* gradients = nullptr;
    WeightView* weights = nullptr;
    DistributionView* distributions = nullptr;  // draws the whole timeline: fed the latest snapshot
    ActivationView* activations = nullptr;
    // Only for image data:
    SampleGalleryView* gallery = nullptr;
    ConfusionMatrixView* confusion = nullptr;
    FeatureMapView* featureMaps = nullptr;
    // The canvas shows the gradient flow of the probes shown; the timeline picks which
    // (the latest, or a recorded frame the probe views replay).
    ModelCanvas* canvas = nullptr;
    TimelineSlider* timeline = nullptr;
};

class ViewFeeder : public QObject {
    Q_OBJECT
public:
    // Feeds `views` from `controller`'s snapshots and statuses; `document` tells which
    // project the data belong to.
    ViewFeeder(const TrainingViews& views, const Document* document, const TrainingController* controller,
               QObject* parent = nullptr);

Q_SIGNALS:
    // New data reached the views: whether they have an input plane (two-input data) and
    // whether they are images, for the window to show the views that fit them.
    void dataShown(bool inputPlane, bool images);

private:
    void onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot);
    void onStatus(const std::shared_ptr<const SessionStatus>& status);
    void feedImageViews(const std::shared_ptr<const TrainingSnapshot>& snapshot);
    // The views that draw probes, with the latest snapshot's or the replayed frame's.
    void feedProbeViews();

    TrainingViews m_views;
    const Document* m_document = nullptr;
    const TrainingController* m_controller = nullptr;
    std::shared_ptr<const PreparedData> m_data;  // the prepared data the views were last given
    bool m_images = false;                       // whether m_data are images
    std::shared_ptr<const TrainingSnapshot> m_latest;
    std::shared_ptr<const ProbeReport> m_replayedFrame;  // what the probe views show, while replaying
    bool m_settingTimeline = false;  // (its frame changes then arrive with the snapshot)
};

}  // namespace layerlab
