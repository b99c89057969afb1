// Snapshots for the view tests: a tiny net really trained by the engine's Trainer on
// XOR-like points, with the snapshot filled the way the training worker fills it.
#pragma once

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineSeries>
#include <QList>
#include <QWidget>

#include <algorithm>

#include <memory>
#include <vector>

#include "elided_label.h"
#include "session/snapshot.h"
#include "snapshot_view.h"
#include "training/trainer.h"

namespace layerlab::test {

// Four quadrants on a grid over [-1, 1]^2: class 1 where x1 * x2 > 0. `offset` shifts the
// grid so that validation points differ from training points.
inline Dataset quadrants(int side, float offset)
{
    Dataset d;
    d.name = "quadrants";
    d.task = Task::Classification;
    d.inputShape = Shape::flat(2);
    d.classCount = 2;
    d.inputs.resize(2, side * side);
    d.targets.resize(1, side * side);
    for (int i = 0; i < side; ++i)
        for (int j = 0; j < side; ++j) {
            const int k = i * side + j;
            const float x1 = -0.95f + 1.9f * (float(i) + offset) / float(side);
            const float x2 = -0.95f + 1.9f * (float(j) + offset) / float(side);
            d.inputs(0, k) = x1;
            d.inputs(1, k) = x2;
            d.targets(0, k) = x1 * x2 > 0 ? 1.0f : 0.0f;
        }
    return d;
}

struct TinyRun {
    Dataset train;
    Dataset validation;
    std::shared_ptr<TrainingSnapshot> snapshot;
};

// A 2-hidden-1 net (sigmoid output, binary cross-entropy) trained for `epochs` epochs.
inline TinyRun trainTinyRun(int epochs, std::vector<int> hidden = {6, 4}, Activation act = Activation::Tanh)
{
    TinyRun run;
    run.train = quadrants(8, 0.0f);
    run.validation = quadrants(4, 0.25f);
    ModelSpec spec;
    for (int units : hidden)
        spec.layers.push_back(LayerSpec::dense(units, act));
    spec.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
    Model model(spec, Shape::flat(2));
    model.initialize(7);
    TrainConfig config;
    config.loss = LossKind::BinaryCrossEntropy;
    config.optimizer.learningRate = 0.05f;
    config.batchSize = 16;
    config.epochs = epochs;
    config.probeEvery = 1;
    config.threads = 1;
    Trainer trainer(model, std::make_shared<const Dataset>(run.train), std::make_shared<const Dataset>(run.validation),
                    config, 7);

    auto s = std::make_shared<TrainingSnapshot>();
    s->gradientNorms.resize(spec.layers.size());
    s->updateRatios.resize(spec.layers.size());
    while (trainer.state() == TrainerState::Ready) {
        const StepResult r = trainer.step();
        s->stepLoss.add(r.step, float(r.loss));
        for (size_t l = 0; l < trainer.probes().layers.size(); ++l) {
            s->gradientNorms[l].add(r.step, float(trainer.probes().layers[l].gradientNorm));
            s->updateRatios[l].add(r.step, float(trainer.probes().layers[l].updateRatio));
        }
    }
    s->step = trainer.stepCount();
    s->epoch = trainer.epoch();
    s->stepsPerEpoch = trainer.stepsPerEpoch();
    s->state = trainer.state();
    s->learningRate = trainer.currentLearningRate();
    s->history = trainer.history();
    s->probes = trainer.probes();
    s->model = trainer.model();
    s->taskDescription = "quadrants";
    run.snapshot = s;
    return run;
}

// What the worker publishes with a snapshot for the views that show pictures: computes
// what `view` asks for now (its size and data decide) over a plane of `extent` whose raw
// points become the network's inputs through `transform` (identity when empty), and for
// `samples` (the shown samples' inputs), and puts it into the snapshot.
inline void addPictures(TrainingSnapshot& s, const SnapshotView& view, const PlaneExtent& extent = {},
                        InputTransform transform = {}, const Matrix* samples = nullptr)
{
    InputPlane plane;
    plane.extent = extent;
    plane.transform = std::move(transform);
    s.pictures = std::make_shared<const Pictures>(computePictures(s.model, {&plane, samples}, view.pictureRequest()));
}

// Answers the view's picture requests as the worker does, but at once: every request (and
// this call) gives the view a copy of `snapshot` with the pictures it asks for.
inline void servePictures(SnapshotView& view, std::shared_ptr<const TrainingSnapshot> snapshot,
                          const Matrix* samples = nullptr, PlaneExtent extent = {}, InputTransform transform = {})
{
    const auto answer = [&view, snapshot, samples, extent, transform] {
        auto s = std::make_shared<TrainingSnapshot>(*snapshot);
        addPictures(*s, view, extent, transform, samples);
        view.setSnapshot(std::move(s));
    };
    QObject::connect(&view, &SnapshotView::pictureRequestChanged, &view, answer);
    answer();
}

// The tick labels a chart draws along its bottom (Qt::Horizontal) or left (Qt::Vertical)
// axis, as the scene holds them (left to right, bottom to top): the text a student reads,
// and where. The axis title lies further out (or is turned on its side) and is not among
// them.
inline QList<std::pair<QRectF, QString>> axisLabelItems(QChartView* view, Qt::Orientation orientation)
{
    for (int i = 0; i < 3; ++i)  // Qt Charts lays its axes out on posted events
        QCoreApplication::processEvents();
    const QRectF area = view->chart()->plotArea();
    QList<std::pair<qreal, std::pair<QRectF, QString>>> found;
    for (QGraphicsItem* item : view->scene()->items()) {
        auto* text = dynamic_cast<QGraphicsTextItem*>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty() || text->rotation() != 0)
            continue;
        const QRectF r = text->sceneBoundingRect();
        const QPointF c = r.center();
        const bool along = orientation == Qt::Horizontal
                               ? c.x() >= area.left() - 1 && c.x() <= area.right() + 1 && r.top() >= area.bottom() - 1 &&
                                     r.top() <= area.bottom() + r.height()
                               : c.y() >= area.top() - 1 && c.y() <= area.bottom() + 1 && r.right() <= area.left() + 1 &&
                                     r.left() >= area.left() - 3 * r.width();
        if (along)
            found.append({orientation == Qt::Horizontal ? c.x() : -c.y(), {r, text->toPlainText()}});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<std::pair<QRectF, QString>> items;
    for (const auto& f : found)
        items.append(f.second);
    return items;
}

inline QStringList axisLabels(QChartView* view, Qt::Orientation orientation)
{
    QStringList labels;
    for (const auto& item : axisLabelItems(view, orientation))
        labels.append(item.second);
    return labels;
}

// What the widget shows, rendered offscreen.
inline QImage render(QWidget& w) { return w.grab().toImage(); }

// Counts the layout requests an object (a QChart: each one lays out its titles, axes and
// every axis label again) receives while it watches.
class LayoutRequestCounter : public QObject {
public:
    explicit LayoutRequestCounter(QObject* watched) { watched->installEventFilter(this); }
    int count() const { return m_count; }
    bool eventFilter(QObject*, QEvent* e) override
    {
        m_count += e->type() == QEvent::LayoutRequest;
        return false;
    }

private:
    int m_count = 0;
};

// How many layout requests each chart receives when `view` refreshes again with the same
// snapshot. It refreshes twice first: the first refresh comes before the charts' first layout.
template <class View>
QList<int> layoutRequestsOfAnUnchangedRefresh(View& view, const QList<QObject*>& charts)
{
    for (int i = 0; i < 2; ++i) {
        view.refreshNow();
        QCoreApplication::processEvents();
    }
    std::vector<std::unique_ptr<LayoutRequestCounter>> counters;
    for (QObject* chart : charts)
        counters.push_back(std::make_unique<LayoutRequestCounter>(chart));
    view.refreshNow();
    QCoreApplication::processEvents();
    QList<int> counts;
    for (const auto& c : counters)
        counts.append(c->count());
    return counts;
}

}  // namespace layerlab::test

namespace layerlab::test {

// The view's name at the left of its toolbar (SnapshotView's title).
inline QString viewTitle(const QWidget& view)
{
    const auto* title = view.findChild<ElidedLabel*>(QStringLiteral("viewTitle"));
    return title ? title->text() : QString();
}

// Whether a text came through the pseudo-translation (pseudo_translator.h): «like this».
inline bool isPseudo(const QString& text) { return text.startsWith(QStringLiteral("«")); }

// Saves the widget as <dir>/<name>.png when LAYERLAB_VIEW_SCREENSHOTS names a folder, so
// that a person can look at what the tests saw.
inline void saveScreenshot(QWidget& w, const char* name)
{
    const QByteArray dir = qgetenv("LAYERLAB_VIEW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    // Qt Charts lays titles and axes out on posted events, and deletes a replaced axis
    // later: let that happen first, as the event loop would
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    w.grab().save(QString::fromLocal8Bit(dir) + "/" + QLatin1String(name) + ".png");
}

// The chart's line series with the object name `name`, or null.
inline QLineSeries* series(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String(name))
            return qobject_cast<QLineSeries*>(s);
    return nullptr;
}

}  // namespace layerlab::test
