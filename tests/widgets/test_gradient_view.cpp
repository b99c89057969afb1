// GradientView: its series follow the per-layer history, layers with vanishing or
// exploding gradients are reported (and signalled), the ranges are shaded, and its CSV.
#include <QtTest>

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSignalSpy>

#include "annotated_chart_view.h"
#include "gradient_view.h"
#include "live_curve.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {

// Three Dense layers whose latest gradient norms are the given values.
std::shared_ptr<TrainingSnapshot> withGradients(double g0, double g1, double g2)
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = 10;
    s->probes.step = 10;
    const double g[] = {g0, g1, g2};
    s->gradientNorms.resize(3);
    s->updateRatios.resize(3);
    for (int l = 0; l < 3; ++l) {
        LayerProbe p;
        p.label = "Dense #" + std::to_string(l + 1);
        p.hasWeights = true;
        p.gradientNorm = g[l];
        p.updateRatio = 1e-3;
        s->probes.layers.push_back(p);
        for (int step = 1; step <= 10; ++step) {
            s->gradientNorms[size_t(l)].add(step, float(g[l]));
            s->updateRatios[size_t(l)].add(step, 1e-3f);
        }
    }
    return s;
}

}  // namespace

class TestGradientView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anUnchangedSnapshotLaysOutNothing()
    {
        // the view refreshes five times a second while training: an unchanged refresh must
        // not lay out the charts (their axis labels are rich text, set again by a layout)
        GradientView view;
        view.resize(900, 760);
        view.show();
        view.setSnapshot(test::trainTinyRun(3).snapshot);
        QCOMPARE(test::layoutRequestsOfAnUnchangedRefresh(view, {view.gradientChart(), view.ratioChart()}),
                 QList<int>({0, 0}));
    }

    void seriesFollowTheHistory()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        GradientView view;
        view.resize(900, 760);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        for (int l = 0; l < 3; ++l) {
            const LiveCurve* g = LiveCurve::find(view.gradientChart(), QStringLiteral("gradient:%1").arg(l));
            const LiveCurve* r = LiveCurve::find(view.ratioChart(), QStringLiteral("ratio:%1").arg(l));
            QVERIFY(g && r);
            QCOMPARE(g->points().size(), 20);
            QCOMPARE(g->points().last().y(), double(run.snapshot->gradientNorms[size_t(l)].values().back()));
            QCOMPARE(r->points().last().y(), double(run.snapshot->updateRatios[size_t(l)].values().back()));
            QCOMPARE(g->series()->name(), QStringLiteral("Dense #%1").arg(l + 1));
        }
        auto* y = qobject_cast<QLogValueAxis*>(view.gradientChart()->axes(Qt::Vertical).value(0));
        QVERIFY(y && y->min() <= 1e-8 && y->max() >= 1e4);  // both ranges are always in sight
        QVERIFY(view.layersOutOfRange().isEmpty());
        test::saveScreenshot(view, "views-gradients");
    }

    void reportsVanishingAndExplodingLayers()
    {
        GradientView view;
        QSignalSpy out(&view, &GradientView::layerOutOfRange);
        QSignalSpy back(&view, &GradientView::layerBackInRange);
        view.setSnapshot(withGradients(0.5, 1e-9, 5e3));
        view.refreshNow();
        QCOMPARE(view.layersOutOfRange(), (QList<int>{1, 2}));
        QVERIFY2(view.outOfRangeReason(1).contains("vanishing"), qPrintable(view.outOfRangeReason(1)));
        QVERIFY(view.outOfRangeReason(1).startsWith("Dense #2"));
        QVERIFY2(view.outOfRangeReason(2).contains("exploding"), qPrintable(view.outOfRangeReason(2)));
        QVERIFY(view.outOfRangeReason(0).isEmpty());
        QCOMPARE(out.count(), 2);
        QCOMPARE(out.at(0).at(0).toInt(), 1);

        // the same again: no new signals; layer 1 recovers and layer 0 goes non-finite
        view.setSnapshot(withGradients(0.5, 1e-9, 5e3));
        view.refreshNow();
        QCOMPARE(out.count(), 2);
        view.setSnapshot(withGradients(std::nan(""), 1e-2, 5e3));
        view.refreshNow();
        QCOMPARE(view.layersOutOfRange(), (QList<int>{0, 2}));
        QVERIFY(view.outOfRangeReason(0).contains("NaN"));
        QCOMPARE(back.count(), 1);
        QCOMPARE(back.at(0).at(0).toInt(), 1);
        QCOMPARE(out.count(), 3);
    }

    void rangesAreShaded()
    {
        GradientView view;
        view.resize(900, 760);
        view.show();
        view.setSnapshot(withGradients(0.5, 1e-9, 2e4));
        view.refreshNow();
        auto* chartView = view.findChild<AnnotatedChartView*>();
        QVERIFY(chartView);
        const QImage image = chartView->grab().toImage();
        const QRectF area = chartView->chart()->plotArea();
        const int x = int(area.left() + area.width() * 0.7);
        const QColor vanishing = image.pixel(x, int(chartView->yToPixel(3e-8)));
        const QColor middle = image.pixel(x, int(chartView->yToPixel(3e-2)));
        const QColor exploding = image.pixel(x, int(chartView->yToPixel(2e3)));
        QVERIFY2(vanishing.red() > vanishing.blue() + 15, qPrintable(vanishing.name()));
        QVERIFY2(exploding.red() > exploding.blue() + 15, qPrintable(exploding.name()));
        QCOMPARE(middle, QColor(Qt::white));
        test::saveScreenshot(view, "views-gradients-warning");
    }

    void csvHasALayerPairPerColumn()
    {
        GradientView view;
        view.setSnapshot(withGradients(0.5, 1e-9, 5e3));
        const CsvTable table = view.csvData();
        QCOMPARE(table.header.size(), 7);
        QCOMPARE(table.header[1], QStringLiteral("Dense #1 gradient_norm"));
        QCOMPARE(table.header[6], QStringLiteral("Dense #3 update_ratio"));
        QCOMPARE(table.rows.size(), 10);
        QCOMPARE(table.rows.last()[0], QStringLiteral("10"));
        QCOMPARE(table.rows.last()[3].toFloat(), 1e-9f);
    }
};

QTEST_MAIN(TestGradientView)
#include "test_gradient_view.moc"
