// NetworkDiagramView: tooltips name the weight under the mouse, lines and neuron
// pictures carry Playground's colours, wide layers are sampled, and the CSV lists every
// parameter.
#include <QtTest>

#include "network_diagram_view.h"
#include "pseudo_translator.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {

std::shared_ptr<TrainingSnapshot> snapshotOf(std::vector<LayerSpec> layers, int inputs)
{
    ModelSpec spec;
    spec.layers = std::move(layers);
    auto s = std::make_shared<TrainingSnapshot>();
    s->model = Model(spec, Shape::flat(inputs));
    s->model.initialize(3);
    return s;
}

bool isBlue(QRgb c) { return qBlue(c) > qRed(c) + 40; }
bool isOrange(QRgb c) { return qRed(c) > qBlue(c) + 40; }

}  // namespace

class TestNetworkDiagramView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tooltipAtAnEdgeNamesItsWeight()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        NetworkDiagramView view;
        view.resize(1000, 620);
        view.show();
        view.setInputNames({"x1", "x2"});
        test::servePictures(view, run.snapshot, nullptr, PlaneExtent{-1, 1, -1, 1});
        view.refreshNow();
        QCOMPARE(view.columnCount(), 4);  // inputs, 6, 4, 1

        // Dense #2's weight from neuron 4 of Dense #1 to its neuron 2: W(1, 3) of a (4, 6) matrix
        const Model& model = run.snapshot->model;
        const float w = model.parameter(1, "weight")(1, 3);
        const QLineF line = view.edgeLine(2, 3, 1);
        QVERIFY(!line.isNull());
        // (not at its middle: where two columns have the same pitch, the lines 3 -> 1 and 4 -> 0
        // cross there)
        const QString tip = view.toolTipAt(line.pointAt(0.3));
        QVERIFY2(tip.contains(style::formatValue(w)), qPrintable(tip));
        QVERIFY2(tip.contains("neuron 4 of Dense #1") && tip.contains("neuron 2 of Dense #2"), qPrintable(tip));

        // an input's edge names the input
        const float w0 = model.parameter(0, "weight")(0, 0);  // from x1 to neuron 1
        const QString inputTip = view.toolTipAt(view.edgeLine(1, 0, 0).center());
        QVERIFY2(inputTip.contains("from x1 to neuron 1 of Dense #1") && inputTip.contains(style::formatValue(w0)),
                 qPrintable(inputTip));

        // a node tells its bias; empty space tells nothing
        const float b = model.parameter(2, "bias")(0);
        const QString nodeTip = view.toolTipAt(view.nodeRect(3, 0).center());
        QVERIFY2(nodeTip.contains("Bias: " + style::formatValue(b)), qPrintable(nodeTip));
        QVERIFY(view.toolTipAt(QPointF(2, view.height() - 60)).isEmpty());
        test::saveScreenshot(view, "views-network");
    }

    void colorsFollowTheSignOfWeightsAndOutputs()
    {
        // one tanh neuron, y = tanh(3 x1 - 3 x2): weights +3 (blue) and -3 (orange); its picture is
        // orange where 3 x1 - 3 x2 < 0 (top left) and blue where it is > 0 (bottom right)
        auto s = snapshotOf({LayerSpec::dense(1, Activation::Tanh)}, 2);
        s->model.parameters() << 3.0f, -3.0f, 0.0f;
        NetworkDiagramView view;
        view.resize(700, 500);
        view.show();
        test::servePictures(view, s);
        view.refreshNow();
        const QImage image = test::render(view);
        QVERIFY(isBlue(image.pixel(view.edgeLine(1, 0, 0).center().toPoint())));
        QVERIFY(isOrange(image.pixel(view.edgeLine(1, 1, 0).center().toPoint())));
        const QRectF box = view.nodeRect(1, 0);
        QVERIFY(isOrange(image.pixel((box.topLeft() + QPointF(5, 5)).toPoint())));
        QVERIFY(isBlue(image.pixel((box.bottomRight() - QPointF(5, 5)).toPoint())));
    }

    void wideLayersAreSampled()
    {
        auto s = snapshotOf({LayerSpec::dense(100, Activation::ReLU), LayerSpec::dense(3, Activation::Softmax)}, 2);
        NetworkDiagramView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(s);
        view.refreshNow();
        QVERIFY(!view.nodeRect(1, 0).isNull());
        QVERIFY(!view.nodeRect(1, 99).isNull());
        QVERIFY(view.nodeRect(1, 1).isNull());  // not in the sample of 32
        int shown = 0;
        for (int u = 0; u < 100; ++u)
            shown += view.nodeRect(1, u).isNull() ? 0 : 1;
        QCOMPARE(shown, NetworkDiagramView::kSampleSize);
        QCOMPARE(view.nodeRect(2, 2).isNull(), false);
        test::saveScreenshot(view, "views-network-wide");
    }

    void manyLayersKeepTheirTitlesApart()
    {
        // ten Dense layers of 8 in a narrow dock: titles shorten ("#3", "3") but never
        // overlap, the whole title is in the tooltip, and the neurons stay readable boxes
        auto s = snapshotOf(std::vector<LayerSpec>(10, LayerSpec::dense(8, Activation::Tanh)), 2);
        NetworkDiagramView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setInputNames({"x1", "x2"});
        test::servePictures(view, s, nullptr, PlaneExtent{-1, 1, -1, 1});
        view.refreshNow();
        QCOMPARE(view.columnCount(), 11);
        for (int c = 0; c < view.columnCount(); ++c) {
            const QRectF title = view.titleRect(c);
            QVERIFY2(!view.titleText(c).isEmpty() && !view.titleText(c).contains(QChar(0x2026)), qPrintable(view.titleText(c)));
            QVERIFY2(title.left() >= 0 && title.right() <= view.width(), qPrintable(view.titleText(c)));
            for (int d = c + 1; d < view.columnCount(); ++d)
                QVERIFY2(!title.intersects(view.titleRect(d)),
                         qPrintable(QStringLiteral("%1 and %2 overlap").arg(view.titleText(c), view.titleText(d))));
            // neurons: boxes of at least 10 px that do not touch each other
            for (int u = 0; u < (c == 0 ? 2 : 8); ++u) {
                const QRectF box = view.nodeRect(c, u);
                QVERIFY2(box.width() >= 10, qPrintable(QString::number(box.width())));
                QVERIFY(box.top() > title.bottom());
                if (u > 0)
                    QVERIFY(!box.intersects(view.nodeRect(c, u - 1)));
                if (c > 0)
                    QVERIFY(!box.intersects(view.nodeRect(c - 1, 0)));
            }
        }
        // the layers' titles read alike: all "#3" or all "3"
        const bool hashed = view.titleText(1).startsWith(QLatin1Char('#'));
        for (int c = 1; c < view.columnCount(); ++c)
            QCOMPARE(view.titleText(c), (hashed ? QStringLiteral("#%1") : QStringLiteral("%1")).arg(c));
        const QString tip = view.toolTipAt(view.titleRect(10).center());
        QVERIFY2(tip.startsWith(QStringLiteral("Dense #10\n8 × tanh")), qPrintable(tip));
        test::saveScreenshot(view, "views-network-10-layers-narrow");

        // with room, the whole titles
        view.resize(1400, 600);
        QCOMPARE(view.titleText(3), QStringLiteral("Dense #3"));
        for (int c = 1; c < view.columnCount(); ++c)
            QVERIFY(!view.titleRect(c - 1).intersects(view.titleRect(c)));
        test::saveScreenshot(view, "views-network-10-layers-wide");
    }

    void csvListsEveryParameter()
    {
        const test::TinyRun run = test::trainTinyRun(1);
        NetworkDiagramView view;
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        const CsvTable table = view.csvData();
        QCOMPARE(table.header, (QStringList{"layer", "parameter", "from_unit", "to_unit", "value"}));
        QCOMPARE(table.rows.size(), int(run.snapshot->model.parameterCount()));  // 2-6-4-1: 51
        QCOMPARE(table.rows.first(), (QStringList{"Dense #1", "weight", "1", "1",
                                                  csvNumber(run.snapshot->model.parameters()(0))}));
    }

    void noModelSaysSo()
    {
        NetworkDiagramView view;
        view.setSnapshot(std::make_shared<TrainingSnapshot>());
        view.refreshNow();
        QCOMPARE(view.columnCount(), 0);
        QVERIFY(view.toolTipAt(QPointF(100, 100)).isEmpty());
    }

    void followsTheLanguage()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        NetworkDiagramView view;
        view.resize(1000, 620);
        view.show();
        view.setInputNames({"x1", "x2"});
        test::servePictures(view, run.snapshot, nullptr, PlaneExtent{-1, 1, -1, 1});
        view.refreshNow();
        QCOMPARE(view.titleText(0), QStringLiteral("Input"));
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Network»"));
            QCOMPARE(view.titleText(0), QStringLiteral("«Input»"));  // the columns, made again
            QVERIFY(test::isPseudo(view.toolTipAt(view.edgeLine(1, 0, 0).center())));
            test::saveScreenshot(view, "pseudo-network");
        }
        QCOMPARE(view.titleText(0), QStringLiteral("Input"));
    }
};

QTEST_MAIN(TestNetworkDiagramView)
#include "test_network_diagram_view.moc"
