// WeightView: one histogram per layer with weights, the selected layer's W as a heatmap
// whose colours follow the sign of each weight, tooltips naming the weight, and its CSV.
#include <QComboBox>
#include <QLabel>
#include <QtTest>

#include "pseudo_translator.h"
#include "view_style.h"
#include "view_test_support.h"
#include "weight_view.h"

using namespace layerlab;

class TestWeightView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void heatmapColoursFollowTheSign()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        WeightView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        for (int l = 0; l < 3; ++l)
            QVERIFY(!view.panelRect(l).isNull());

        // Dense #1's W is (6, 2)
        const Model& model = run.snapshot->model;
        const ConstMatrixMap w = model.parameter(0, "weight");
        Index posR = -1, posC = -1, negR = -1, negC = -1;
        for (Index r = 0; r < 6; ++r)
            for (Index c = 0; c < 2; ++c) {
                if (w(r, c) > 0.2f && posR < 0)
                    posR = r, posC = c;
                if (w(r, c) < -0.2f && negR < 0)
                    negR = r, negC = c;
            }
        QVERIFY(posR >= 0 && negR >= 0);
        const QImage image = test::render(view);
        const QColor positive = image.pixel(view.heatmapCellRect(int(posR), int(posC)).center().toPoint());
        const QColor negative = image.pixel(view.heatmapCellRect(int(negR), int(negC)).center().toPoint());
        QVERIFY2(positive.blue() > positive.red() + 30, qPrintable(positive.name()));
        QVERIFY2(negative.red() > negative.blue() + 30, qPrintable(negative.name()));

        const QString tip = view.toolTipAt(view.heatmapCellRect(int(posR), int(posC)).center());
        QVERIFY2(tip.contains(style::formatValue(w(posR, posC))), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("input %1 to unit %2 of Dense #1").arg(posC + 1).arg(posR + 1)), qPrintable(tip));
        test::saveScreenshot(view, "views-weights");
    }

    void selectingALayerShowsItsMatrix()
    {
        const test::TinyRun run = test::trainTinyRun(2);
        WeightView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        QVERIFY(!view.heatmapCellRect(5, 1).isNull());  // Dense #1: 6 x 2
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.panelRect(1).center().toPoint());
        QCOMPARE(view.selectedLayer(), 1);
        QVERIFY(!view.heatmapCellRect(3, 5).isNull());  // Dense #2: 4 x 6
        QVERIFY(view.heatmapCellRect(4, 0).isNull());
    }

    void gradientsCanBeShown()
    {
        const test::TinyRun run = test::trainTinyRun(2);
        WeightView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        const QImage weights = test::render(view);
        view.setQuantity(WeightView::Quantity::Gradients);
        QCOMPARE(view.quantity(), WeightView::Quantity::Gradients);
        const QImage gradients = test::render(view);
        const QRect panel = view.panelRect(0).toRect();
        QVERIFY(weights.copy(panel) != gradients.copy(panel));
    }

    void csvHasEveryBin()
    {
        const test::TinyRun run = test::trainTinyRun(2);
        WeightView view;
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        const CsvTable table = view.csvData();
        QCOMPARE(table.header, (QStringList{"layer", "quantity", "bin_low", "bin_high", "count"}));
        QCOMPARE(table.rows.size(), 3 * 2 * kHistogramBins);
        // the weights' counts add up to the layer's number of weights
        int total = 0;
        for (const QStringList& row : table.rows)
            if (row[0] == "Dense #2" && row[1] == "weights")
                total += row[4].toInt();
        QCOMPARE(total, 4 * 6);
    }

    void followsTheLanguage()
    {
        const test::TinyRun run = test::trainTinyRun(3);
        WeightView view;
        view.resize(800, 700);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Weights»"));
            QCOMPARE(view.findChild<QLabel*>()->text(), QStringLiteral("«Histograms of:»"));
            QCOMPARE(view.findChild<QComboBox*>()->itemText(1), QStringLiteral("«Gradients»"));
            QVERIFY(test::isPseudo(view.findChild<QComboBox*>()->toolTip()));
            test::saveScreenshot(view, "pseudo-weights");
        }
        QCOMPARE(view.findChild<QComboBox*>()->itemText(0), QStringLiteral("Weights"));
    }
};

QTEST_MAIN(TestWeightView)
#include "test_weight_view.moc"
