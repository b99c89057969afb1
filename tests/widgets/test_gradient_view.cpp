// GradientView: its series follow the per-layer history, layers with vanishing or
// exploding gradients are reported (and signalled), the ranges are shaded, and its CSV.
#include <QtTest>

#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSignalSpy>

#include <cmath>
#include <functional>
#include <set>

#include "annotated_chart_view.h"
#include "elided_label.h"
#include "gradient_view.h"
#include "live_curve.h"
#include "pseudo_translator.h"
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

// `layers` Dense layers whose gradient norms are `norm(l)` at every one of 20 steps.
std::shared_ptr<TrainingSnapshot> withLayers(int layers, const std::function<double(int)>& norm)
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = 20;
    s->probes.step = 20;
    s->gradientNorms.resize(size_t(layers));
    s->updateRatios.resize(size_t(layers));
    for (int l = 0; l < layers; ++l) {
        LayerProbe p;
        p.label = "Dense #" + std::to_string(l + 1);
        p.hasWeights = true;
        p.gradientNorm = norm(l);
        p.updateRatio = 1e-3;
        s->probes.layers.push_back(p);
        for (int step = 1; step <= 20; ++step) {
            s->gradientNorms[size_t(l)].add(step, float(norm(l) * (1 + 0.1 * std::sin(step + l))));
            s->updateRatios[size_t(l)].add(step, float(1e-3 * (1 + 0.3 * std::cos(step * 0.7 + l))));
        }
    }
    return s;
}

double decades(QChart* chart)
{
    auto* y = qobject_cast<QLogValueAxis*>(chart->axes(Qt::Vertical).value(0));
    return std::log10(y->max() / y->min());
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

    void manyWarningsKeepTheChartsReadable()
    {
        // ten layers, seven of them vanishing, in a dock of a 1280x720 screen: the warnings
        // are summed up in two lines (each one in the tooltip), the charts keep their height
        GradientView view;
        view.resize(420, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(withLayers(10, [](int l) { return l < 7 ? 1e-9 : 0.3; }));
        view.refreshNow();
        QCoreApplication::processEvents();
        QCOMPARE(view.layersOutOfRange().size(), 7);
        const ElidedLabel* status = view.statusLabel();
        QVERIFY2(status->text().startsWith(QStringLiteral("7 layers out of range")), qPrintable(status->text()));
        for (int l = 1; l <= 7; ++l)
            QVERIFY2(status->toolTip().contains(QStringLiteral("Dense #%1: gradient norm").arg(l)), qPrintable(status->toolTip()));
        const int line = QFontMetrics(status->font()).lineSpacing();
        QVERIFY2(status->height() <= 2 * line + 2, qPrintable(QString::number(status->height())));
        const int labelLine = QFontMetrics(view.gradientChart()->axes(Qt::Vertical).value(0)->labelsFont()).lineSpacing();
        for (QChart* chart : {view.gradientChart(), view.ratioChart()}) {
            // room for a few value labels, not a strip
            QVERIFY2(chart->plotArea().height() >= 3 * labelLine,
                     qPrintable(QString::number(chart->plotArea().height())));
            QVERIFY2(decades(chart) <= 16, qPrintable(QString::number(decades(chart))));
        }
        test::saveScreenshot(view, "views-gradients-many-warnings");
    }

    void theAxisSpansTheDataNotMore()
    {
        // a short chart labels fewer decades, it does not span more of them (it spanned
        // 1e-17 to 1e+17); the bands' thresholds stay in sight
        GradientView view;
        view.resize(420, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(withLayers(3, [](int l) { return std::pow(10.0, -l); }));  // 1, 0.1, 0.01
        view.refreshNow();
        QCoreApplication::processEvents();
        view.refreshNow();
        auto* y = qobject_cast<QLogValueAxis*>(view.gradientChart()->axes(Qt::Vertical).value(0));
        QVERIFY2(y->min() >= 1e-9 && y->min() <= 1e-8 && y->max() >= 1e4 && y->max() <= 1e5,
                 qPrintable(QStringLiteral("%1 .. %2").arg(y->min()).arg(y->max())));
        const QStringList labels = test::axisLabels(view.findChild<AnnotatedChartView*>(), Qt::Vertical);
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(' ')));
        // however short the view is made, each chart keeps room for a few value labels
        const int labelLine = QFontMetrics(y->labelsFont()).lineSpacing();
        for (QWidget* w : {view.gradientChartView(), view.ratioChartView()}) {
            auto* chartView = qobject_cast<QChartView*>(w);
            QChart* chart = chartView->chart();
            QVERIFY2(chart->plotArea().height() >= 3 * labelLine, qPrintable(QString::number(chart->plotArea().height())));
            QVERIFY2(decades(chart) <= 16, qPrintable(QString::number(decades(chart))));
            // a chart asks for its title and axes and a few lines of plot, whatever its
            // arrangement (squeezed, Qt Charts writes its axis labels as "...")
            QVERIFY(w->minimumHeight() >= chart->effectiveSizeHint(Qt::MinimumSize).height() + 3 * labelLine);
            const QStringList steps = test::axisLabels(chartView, Qt::Horizontal);
            QVERIFY2(steps.size() >= 2 && !steps.join(' ').contains(QStringLiteral("...")), qPrintable(steps.join(' ')));
        }
        test::saveScreenshot(view, "views-gradients-short");

        // a gradient of exactly zero, or far below anything meaningful: the axis stops at
        // 1e-20 and the line runs along its bottom, in the vanishing band
        view.setSnapshot(withLayers(2, [](int l) { return l == 0 ? 1e-35 : 0.5; }));
        view.refreshNow();
        QVERIFY2(y->min() >= 1e-20, qPrintable(QString::number(y->min())));
        const LiveCurve* curve = LiveCurve::find(view.gradientChart(), QStringLiteral("gradient:0"));
        QVERIFY(curve && !curve->points().isEmpty());
        QCOMPARE(curve->points().first().y(), y->min());
    }

    void theKeyNamesEveryLayer()
    {
        // one key for both charts, with every layer's whole name, wrapped to the width
        GradientView view;
        view.resize(420, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(withLayers(10, [](int) { return 0.3; }));
        view.refreshNow();
        QCoreApplication::processEvents();
        QLabel* key = view.layerKey();
        QVERIFY(key->isVisible());
        for (int l = 1; l <= 10; ++l)
            QVERIFY2(key->text().contains(QStringLiteral("Dense&nbsp;#%1").arg(l)), qPrintable(key->text()));
        QVERIFY(!view.gradientChart()->legend()->isVisible());
        QVERIFY(key->geometry().right() <= view.width());
        QVERIFY2(key->height() >= 2 * QFontMetrics(key->font()).lineSpacing(), "ten names wrap to more rows");
        QVERIFY(view.minimumSizeHint().width() <= 420);
        // each layer's colour differs from every other's
        std::set<QRgb> colours;
        for (int l = 0; l < 10; ++l)
            colours.insert(LiveCurve::find(view.gradientChart(), QStringLiteral("gradient:%1").arg(l))->series()->pen().color().rgb());
        QCOMPARE(colours.size(), size_t(10));

        // a short view (a projector's column shared with the Doctor): "#3", whole names in the
        // tooltip, and fewer rows for the key
        const int wholeHeight = key->height();
        view.resize(420, 12 * QFontMetrics(key->font()).lineSpacing());
        view.refreshNow();
        QCoreApplication::processEvents();
        for (int l = 1; l <= 10; ++l) {
            QVERIFY2(!key->text().contains(QStringLiteral("Dense&nbsp;#%1").arg(l)), qPrintable(key->text()));
            QVERIFY2(key->text().contains(QStringLiteral("#%1").arg(l)), qPrintable(key->text()));
            QVERIFY(key->toolTip().contains(QStringLiteral("Dense #%1").arg(l)));
        }
        QVERIFY(key->height() < wholeHeight);
    }

    void anEmptyChartLabelsItsStepsOnce()
    {
        // before the first step: 0 2 4 6 8 10, not "0 0 0 1 1 1"
        GradientView view;
        view.resize(500, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refreshNow();
        const QStringList labels = test::axisLabels(view.findChild<AnnotatedChartView*>(), Qt::Horizontal);
        QVERIFY2(labels.size() >= 3, qPrintable(labels.join(' ')));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QCOMPARE(labels.first(), QStringLiteral("0"));
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

    void followsTheLanguage()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        GradientView view;
        view.resize(900, 600);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        QVERIFY(!view.statusLabel()->text().isEmpty());
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Gradients»"));
            QCOMPARE(view.gradientChart()->title(), QStringLiteral("«Gradient norm per layer (log scale)»"));
            QVERIFY(test::isPseudo(view.ratioChart()->title()));
            for (QChart* chart : {view.gradientChart(), view.ratioChart()})
                for (QAbstractAxis* axis : chart->axes())
                    QVERIFY2(test::isPseudo(axis->titleText()), qPrintable(axis->titleText()));
            QVERIFY(test::isPseudo(view.gradientChartView()->toolTip()));
            QVERIFY(test::isPseudo(view.layerKey()->toolTip()));
            QVERIFY2(test::isPseudo(view.statusLabel()->text()), qPrintable(view.statusLabel()->text()));
            test::saveScreenshot(view, "pseudo-gradients");
        }
        QCOMPARE(view.gradientChart()->title(), QStringLiteral("Gradient norm per layer (log scale)"));
        QVERIFY(!test::isPseudo(view.statusLabel()->text()));
    }
};

QTEST_MAIN(TestGradientView)
#include "test_gradient_view.moc"
