// DistributionView: the bands between the timeline's quantiles drawn where they lie, darker
// inwards, following the layer and quantity chosen in the toolbar's combos, a symmetric-log
// axis for values of very different sizes, and what it says with nothing to draw.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>

#include "distribution_view.h"
#include "pseudo_translator.h"
#include "session/probe_history.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {

// A made-up layer: its weights, gradients and activations with the given quantiles.
LayerProbe layer(const char* label, bool hasWeights, const Quantiles& weights, const Quantiles& gradients,
                 const Quantiles& activations)
{
    LayerProbe p;
    p.label = label;
    p.hasWeights = hasWeights;
    p.weightCount = hasWeights ? 10 : 0;
    if (hasWeights) {
        p.weightQuantiles = weights;
        p.gradientQuantiles = gradients;
    }
    p.activationQuantiles = activations;
    return p;
}

Quantiles shifted(const Quantiles& q, float by, float scale = 1)
{
    Quantiles r = q;
    for (float& v : r)
        v = v * scale + by;
    return r;
}

// -4 ... 4: the bands lie between +-4, +-3, +-2, +-1, the median at 0
constexpr Quantiles kSymmetric = {-4, -3, -2, -1, 0, 1, 2, 3, 4};

// Frames at steps 0, 10, ..., 100 made by `layersAt(step)`.
std::shared_ptr<TrainingSnapshot> snapshotOf(const std::function<std::vector<LayerProbe>(int step)>& layersAt)
{
    auto frames = std::make_shared<ProbeFrames>();
    for (int step = 0; step <= 100; step += 10) {
        auto report = std::make_shared<ProbeReport>();
        report->step = report->distributionStep = step;
        report->layers = layersAt(step);
        frames->push_back(report);
    }
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = 100;
    s->probes = *frames->back();
    s->timeline = frames;
    return s;
}

// Dense #1: weights -4..4, gradients 10 times smaller and all positive; Flatten #2 without
// weights; Dense #3: weights 20..28.
std::shared_ptr<TrainingSnapshot> madeUpRun()
{
    return snapshotOf([](int) {
        return std::vector<LayerProbe>{
            layer("Dense #1", true, kSymmetric, shifted(kSymmetric, 0.5f, 0.1f), shifted(kSymmetric, 4)),
            layer("Flatten #2", false, {}, {}, kSymmetric),
            layer("Dense #3", true, shifted(kSymmetric, 24), kSymmetric, kSymmetric)};
    });
}

// How light a pixel is, 0 (black) to 255 (white).
int lightness(QColor c) { return c.lightness(); }

QColor pixelAt(const QImage& image, QPointF point) { return image.pixelColor(point.toPoint()); }

void showAt(DistributionView& view, QSize size, std::shared_ptr<const TrainingSnapshot> snapshot)
{
    view.resize(size);
    view.show();
    view.setSnapshot(std::move(snapshot));
    view.refreshNow();
}

}  // namespace

class TestDistributionView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saysWhatWillAppearBeforeTraining()
    {
        DistributionView view;
        showAt(view, QSize(400, 300), nullptr);
        QVERIFY(view.message().contains(QStringLiteral("weights, gradients and activations")));
        QVERIFY(view.plotRect().isNull());
        auto empty = std::make_shared<TrainingSnapshot>();
        empty->timeline = std::make_shared<const ProbeFrames>();
        view.setSnapshot(empty);
        view.refreshNow();
        QVERIFY(!view.message().isEmpty());
        QVERIFY(view.plotRect().isNull());
        // the message is drawn: some dark text in the middle of the drawing
        const QImage image = test::render(view);
        bool text = false;
        for (int x = 0; x < image.width() && !text; ++x)
            for (int y = image.height() / 3; y < image.height() * 2 / 3 && !text; ++y)
                text = lightness(image.pixelColor(x, y)) < 150;
        QVERIFY(text);
    }

    void bandsLieBetweenTheQuantilesDarkerInwards()
    {
        DistributionView view;
        showAt(view, QSize(500, 360), madeUpRun());
        QVERIFY2(view.message().isEmpty(), qPrintable(view.message()));
        QVERIFY(view.caption().contains(QStringLiteral("weights of Dense #1")));
        QVERIFY(!view.plotRect().isNull());
        const QImage image = test::render(view);
        // at step 50, from the outer band (between 3 and 4) to the inner one (0 to 1)
        int previous = 256;
        for (double value : {3.5, 2.5, 1.5, 0.5}) {
            for (double sign : {1.0, -1.0}) {
                const QColor c = pixelAt(image, view.pointAt(50, sign * value));
                QVERIFY2(c.blue() > c.red() + 20, qPrintable(QStringLiteral("%1 at %2").arg(c.name()).arg(sign * value)));
                QVERIFY2(lightness(c) < previous,
                         qPrintable(QStringLiteral("%1 at %2 is not darker than outside it").arg(c.name()).arg(value)));
            }
            previous = lightness(pixelAt(image, view.pointAt(50, value)));
        }
        // the two sides of the median alike, the median a dark line
        QCOMPARE(pixelAt(image, view.pointAt(30, 2.5)), pixelAt(image, view.pointAt(70, -2.5)));
        int darkest = 255;
        const QPointF median = view.pointAt(50, 0);
        for (int dy = -2; dy <= 2; ++dy)
            darkest = std::min(darkest, lightness(pixelAt(image, median + QPointF(0, dy))));
        QVERIFY2(darkest < previous - 30, qPrintable(QString::number(darkest)));
        // the bands span the frames' steps and the values' range
        QVERIFY(view.pointAt(0, 0).x() >= view.plotRect().left() - 0.5);
        QVERIFY(view.pointAt(100, 0).x() <= view.plotRect().right() + 0.5);
        QVERIFY(view.plotRect().contains(view.pointAt(100, 4)));
        QVERIFY(view.plotRect().contains(view.pointAt(0, -4)));
    }

    void bandsFollowTheQuantilesOverTime()
    {
        // narrow (+-1) until step 40, wide (+-4) from step 60: a value of 3.5 lies outside
        // every band early on and in the outer one late
        DistributionView view;
        showAt(view, QSize(500, 360), snapshotOf([](int step) {
                   const Quantiles q = step <= 40 ? shifted(kSymmetric, 0, 0.25f) : kSymmetric;
                   return std::vector<LayerProbe>{layer("Dense #1", true, q, q, q)};
               }));
        const QImage image = test::render(view);
        const QColor early = pixelAt(image, view.pointAt(25, 3.5));  // between the grid lines
        const QColor late = pixelAt(image, view.pointAt(75, 3.5));
        QVERIFY2(lightness(early) > 240, qPrintable(early.name()));
        QVERIFY2(late.blue() > late.red() + 20, qPrintable(late.name()));
        // and swapped in time, the other way round
        view.setSnapshot(snapshotOf([](int step) {
            const Quantiles q = step >= 60 ? shifted(kSymmetric, 0, 0.25f) : kSymmetric;
            return std::vector<LayerProbe>{layer("Dense #1", true, q, q, q)};
        }));
        view.refreshNow();
        const QImage swapped = test::render(view);
        QVERIFY(lightness(pixelAt(swapped, view.pointAt(75, 3.5))) > 240);
        QVERIFY(pixelAt(swapped, view.pointAt(25, 3.5)).blue() > pixelAt(swapped, view.pointAt(25, 3.5)).red() + 20);
    }

    void theCombosChooseTheLayerAndQuantity()
    {
        DistributionView view;
        showAt(view, QSize(500, 360), madeUpRun());
        auto* layers = view.findChild<QComboBox*>(QStringLiteral("layerBox"));
        auto* quantities = view.findChild<QComboBox*>(QStringLiteral("quantityBox"));
        QVERIFY(layers && quantities);
        QCOMPARE(layers->count(), 3);
        QCOMPARE(layers->itemText(2), QStringLiteral("Dense #3"));
        QCOMPARE(layers->currentIndex(), 0);
        const QImage weights = test::render(view);

        // Gradients of Dense #1: all positive (0.1 ... 0.9), so -2 lies outside
        QTest::keyClick(quantities, Qt::Key_Down);
        QCOMPARE(view.quantity(), DistributionView::Quantity::Gradients);
        view.refreshNow();
        QVERIFY(view.caption().contains(QStringLiteral("gradients of Dense #1")));
        QVERIFY(view.plotRect().contains(view.pointAt(50, 0.5)));
        QVERIFY(!view.plotRect().contains(view.pointAt(50, -2)));
        const QImage gradients = test::render(view);
        QVERIFY(weights.copy(view.plotRect().toRect()) != gradients.copy(view.plotRect().toRect()));
        QVERIFY(pixelAt(gradients, view.pointAt(50, 0.52)).blue() > pixelAt(gradients, view.pointAt(50, 0.52)).red() + 20);

        // Flatten #2 has no weights: said instead of a chart
        QTest::keyClick(layers, Qt::Key_Down);
        QCOMPARE(view.selectedLayer(), 1);
        view.refreshNow();
        QVERIFY(view.plotRect().isNull());
        QVERIFY2(view.message().contains(QStringLiteral("Flatten #2 has no weights")), qPrintable(view.message()));
        // ... but activations
        QTest::keyClick(quantities, Qt::Key_Down);
        view.refreshNow();
        QCOMPARE(view.quantity(), DistributionView::Quantity::Activations);
        QVERIFY(view.message().isEmpty());
        QVERIFY(view.caption().contains(QStringLiteral("outputs of Flatten #2")));

        // Dense #3's weights lie around 24
        QTest::keyClick(layers, Qt::Key_Down);
        view.setQuantity(DistributionView::Quantity::Weights);
        QCOMPARE(quantities->currentIndex(), 0);
        QVERIFY(view.plotRect().contains(view.pointAt(50, 24)));
        QVERIFY(!view.plotRect().contains(view.pointAt(50, 0)));
        const QImage dense3 = test::render(view);
        QVERIFY(pixelAt(dense3, view.pointAt(50, 24.5)).blue() > pixelAt(dense3, view.pointAt(50, 24.5)).red() + 20);
        QCOMPARE(view.csvData().rows.size(), 11);
        QCOMPARE(view.csvData().rows[0][0], QStringLiteral("Dense #3"));
        QCOMPARE(view.csvData().rows[0][3 + 4], QStringLiteral("24"));  // the median
    }

    void aLogAxisShowsValuesOfEverySize()
    {
        // gradients shrinking from +-0.1 to +-1e-6: on a linear axis the late bands are flat
        DistributionView view;
        showAt(view, QSize(500, 360), snapshotOf([](int step) {
                   const Quantiles q = shifted(kSymmetric, 0, 0.025f * float(std::pow(10.0, -step / 20.0)));
                   return std::vector<LayerProbe>{layer("Dense #1", true, q, q, q)};
               }));
        view.setQuantity(DistributionView::Quantity::Gradients);
        // at step 80 the middle 38% lies within +-2.5e-6
        const auto innerBandHeight = [&view] { return view.pointAt(80, -2.5e-6).y() - view.pointAt(80, 2.5e-6).y(); };
        QVERIFY(!view.axisText().contains(QStringLiteral("log")));
        QVERIFY(innerBandHeight() < 1);
        view.setLogScale(true);
        QVERIFY2(view.axisText().contains(QStringLiteral("log scale (linear within")), qPrintable(view.axisText()));
        QVERIFY2(innerBandHeight() > 10, qPrintable(QString::number(innerBandHeight())));
        QVERIFY(view.linearLimit() <= 1e-6);
        const QImage image = test::render(view);
        const QColor tiny = pixelAt(image, view.pointAt(78, 1.5e-6));
        QVERIFY2(tiny.blue() > tiny.red() + 20, qPrintable(tiny.name()));
        QVERIFY(view.plotRect().contains(view.pointAt(0, 0.1)));
    }

    void aRealRunReadsWell()
    {
        // a small net trained by the engine, its timeline recorded as the session does
        test::TinyRun run = test::trainTinyRun(1, {16, 8}, Activation::ReLU);
        ModelSpec spec;
        for (int units : {16, 8})
            spec.layers.push_back(LayerSpec::dense(units, Activation::ReLU));
        spec.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
        Model model(spec, Shape::flat(2));
        model.initialize(3);
        TrainConfig config;
        config.loss = LossKind::BinaryCrossEntropy;
        config.optimizer.learningRate = 0.1f;
        config.batchSize = 8;
        config.epochs = 60;
        config.threads = 1;
        Trainer trainer(model, std::make_shared<const Dataset>(run.train), std::make_shared<const Dataset>(run.validation),
                        config, 3);
        ProbeHistory history;
        history.reset(&trainer);
        while (trainer.state() == TrainerState::Ready) {
            trainer.step();
            history.record(trainer);
        }
        auto s = std::make_shared<TrainingSnapshot>(*run.snapshot);
        s->timeline = history.frames();
        s->probes = trainer.probes();
        QVERIFY(s->timeline->size() > 100);

        DistributionView view;
        showAt(view, QSize(400, 300), s);
        view.setSelectedLayer(1);
        QVERIFY(view.message().isEmpty());
        QVERIFY(view.caption().contains(QStringLiteral("Dense #2")));
        QVERIFY(view.plotRect().height() > 100);
        QVERIFY(view.plotRect().width() > 250);
        // the latest frame's median, drawn in the plot
        const ProbeReport& last = *s->timeline->back();
        QVERIFY(view.plotRect().adjusted(-1, -1, 1, 1).contains(
            view.pointAt(double(last.distributionStep), double(last.layers[1].weightQuantiles[4]))));
        test::saveScreenshot(view, "distributions");
        // the gradients on a log axis: the bands stay inside the plot and the axis says so
        view.setQuantity(DistributionView::Quantity::Gradients);
        view.setLogScale(true);
        QVERIFY(view.axisText().startsWith(QStringLiteral("Gradient, log scale")));
        QVERIFY(view.plotRect().adjusted(-1, -1, 1, 1).contains(
            view.pointAt(double(last.distributionStep), double(last.layers[1].gradientQuantiles[8]))));
        QVERIFY(view.plotRect().adjusted(-1, -1, 1, 1).contains(
            view.pointAt(double(last.distributionStep), double(last.layers[1].gradientQuantiles[0]))));
    }

    void followsTheLanguage()
    {
        DistributionView view;
        view.resize(700, 500);
        view.show();
        const QString message = view.message();
        QVERIFY(!message.isEmpty());
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Distributions»"));
            auto* quantities = view.findChild<QComboBox*>(QStringLiteral("quantityBox"));
            QCOMPARE(quantities->itemText(2), QStringLiteral("«Activations»"));
            QVERIFY(test::isPseudo(quantities->toolTip()));
            QCOMPARE(view.findChild<QCheckBox*>(QStringLiteral("logBox"))->text(), QStringLiteral("«Log»"));
            QCOMPARE(view.message(), QStringLiteral("«%1»").arg(message));  // the cached message, made again
        }
        QCOMPARE(view.message(), message);
    }
};

QTEST_MAIN(TestDistributionView)
#include "test_distribution_view.moc"
