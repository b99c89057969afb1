// ActivationView: the saturated or dead share written on each layer's histogram, in the
// warning colour when high, and its CSV.
#include <QtTest>

#include "activation_view.h"
#include "pseudo_translator.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {

// tanh, ReLU, sigmoid layers with chosen saturated / dead fractions.
std::shared_ptr<TrainingSnapshot> handMade(double tanhSaturated, double reluDead, double outputSaturated = 0.05)
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(4, Activation::ReLU),
                   LayerSpec::dense(1, Activation::Sigmoid)};
    auto s = std::make_shared<TrainingSnapshot>();
    s->model = Model(spec, Shape::flat(2));
    s->probes.step = 1;
    const std::vector<float> values[] = {{-0.99f, -0.5f, 0.0f, 0.5f, 0.995f}, {0.0f, 0.0f, 1.0f, 2.5f}, {0.1f, 0.9f}};
    for (int l = 0; l < 3; ++l) {
        LayerProbe p;
        p.label = "Dense #" + std::to_string(l + 1);
        p.hasWeights = true;
        p.activations = Histogram::of(values[l]);
        p.saturatedFraction = l == 0 ? tanhSaturated : l == 2 ? outputSaturated : 0.0;
        p.deadFraction = l == 1 ? reluDead : 0.0;
        s->probes.layers.push_back(p);
    }
    return s;
}

}  // namespace

class TestActivationView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesTheShareOnEachLayer()
    {
        ActivationView view;
        view.resize(900, 420);
        view.show();
        view.setSnapshot(handMade(0.6, 0.1));
        view.refreshNow();
        QCOMPARE(view.summary(0), QStringLiteral("Saturated: 60%"));
        QCOMPARE(view.summary(1), QStringLiteral("Dead: 10%"));
        QCOMPARE(view.summary(2), QStringLiteral("Saturated: 5% (sure answers)"));
        QVERIFY(view.isWarning(0));
        QVERIFY(!view.isWarning(1));
        QVERIFY(!view.isWarning(2));
        QVERIFY(view.toolTipAt(view.panelRect(1).center()).contains("output 0 for every sample"));
        QVERIFY(view.toolTipAt(view.panelRect(0).center()).contains("limits"));

        // the warning panel's frame is in the warning colour, the others' is not
        const QImage image = test::render(view);
        const auto frame = [&](int layer) {
            const QRectF r = view.panelRect(layer);
            return QColor(image.pixel(int(r.left()) + 1, int(r.center().y())));
        };
        QCOMPARE(frame(0), style::kWarning);
        QVERIFY(frame(1) != style::kWarning);
        test::saveScreenshot(view, "views-activations-warning");

        // a saturated output layer means sure answers: written, not flagged
        view.setSnapshot(handMade(0.1, 0.5, 0.9));
        view.refreshNow();
        QVERIFY(!view.isWarning(0));
        QVERIFY(view.isWarning(1));
        QCOMPARE(view.summary(2), QStringLiteral("Saturated: 90% (sure answers)"));
        QVERIFY(!view.isWarning(2));
    }

    void aTrainedRun()
    {
        const test::TinyRun run = test::trainTinyRun(5, {6, 4}, Activation::ReLU);
        ActivationView view;
        view.resize(900, 420);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        for (int l = 0; l < 3; ++l)
            QVERIFY(!view.panelRect(l).isNull());
        QVERIFY(view.summary(0).startsWith("Dead: "));
        QVERIFY(view.summary(2).startsWith("Saturated: "));
        const CsvTable table = view.csvData();
        QCOMPARE(table.header.first(), QStringLiteral("layer"));
        QCOMPARE(table.rows.size(), 3 * kHistogramBins);
        QCOMPARE(table.rows.first()[1], QStringLiteral("relu"));
        test::saveScreenshot(view, "views-activations");
    }

    void nothingYet()
    {
        ActivationView view;
        view.setSnapshot(std::make_shared<TrainingSnapshot>());
        view.refreshNow();
        QVERIFY(view.panelRect(0).isNull());
        QVERIFY(view.csvData().rows.isEmpty());
    }

    void followsTheLanguage()
    {
        const test::TinyRun run = test::trainTinyRun(3);
        ActivationView view;
        view.resize(800, 600);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        QVERIFY(view.summary(0).startsWith(QStringLiteral("Saturated")));  // tanh
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Activations»"));
            QVERIFY2(view.summary(0).startsWith(QStringLiteral("«Saturated")), qPrintable(view.summary(0)));
            QVERIFY(test::isPseudo(view.toolTipAt(view.panelRect(0).center())));
        }
        QVERIFY(view.summary(0).startsWith(QStringLiteral("Saturated")));
    }
};

QTEST_MAIN(TestActivationView)
#include "test_activation_view.moc"
