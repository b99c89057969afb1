// LossChartView: what its series hold after a real training run, the log switch, the
// change markers, decimation of very long histories, and its CSV.
#include <QtTest>

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <set>

#include "annotated_chart_view.h"
#include "live_curve.h"
#include "loss_chart_view.h"
#include "pseudo_translator.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;
using test::series;


class TestLossChartView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryStepAndEpochOfAShortRun()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        const TrainingSnapshot& s = *run.snapshot;
        QCOMPARE(s.stepsPerEpoch, std::int64_t(4));  // 64 samples, batches of 16

        LossChartView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();

        LiveCurve* batch = LiveCurve::find(view.lossChart(), QStringLiteral("batchLoss"));
        QLineSeries* train = series(view.lossChart(), "trainLoss");
        QLineSeries* validation = series(view.lossChart(), "validationLoss");
        QVERIFY(batch && train && validation);
        QCOMPARE(batch->points().size(), 20);
        QCOMPARE(batch->points().last(), QPointF(20, double(s.stepLoss.values().back())));
        QCOMPARE(batch->series()->name(), QStringLiteral("Each mini-batch"));  // its legend entry
        QCOMPARE(train->count(), 5);
        QCOMPARE(train->points().last().y(), s.history.back().train.loss);
        QCOMPARE(validation->points().last().y(), s.history.back().validation.loss);

        QLineSeries* accuracy = series(view.metricChart(), "trainMetric");
        QVERIFY(accuracy);
        QCOMPARE(accuracy->count(), 5);
        QCOMPARE(accuracy->points().last().y(), 100.0 * s.history.back().train.accuracy);
        QCOMPARE(accuracy->name(), QStringLiteral("Training accuracy"));

        // epochs on the horizontal axis: the last epoch's point sits at x = 5
        view.setXUnit(LossChartView::XUnit::Epochs);
        QCOMPARE(train->points().last().x(), 5.0);
        test::saveScreenshot(view, "views-loss");
    }

    void anEmptyChartLabelsItsStepsOnce()
    {
        // before the first step the step axis read "0 0 0 1 1 1" (0..1 printed as whole
        // numbers): now 0..10 in whole steps; a few steps later, still no label twice
        LossChartView view;
        view.resize(500, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refreshNow();
        for (AnnotatedChartView* chart : {view.lossChartView(), view.metricChartView()}) {
            const QStringList labels = test::axisLabels(chart, Qt::Horizontal);
            QVERIFY2(labels.size() >= 3, qPrintable(labels.join(' ')));
            QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
            QCOMPARE(labels.first(), QStringLiteral("0"));
            QCOMPARE(labels.last(), QStringLiteral("10"));
        }
        auto s = std::make_shared<TrainingSnapshot>();
        s->step = 3;
        for (int step = 1; step <= 3; ++step)
            s->stepLoss.add(step, 0.5f);
        view.setSnapshot(s);
        view.refreshNow();
        const QStringList labels = test::axisLabels(view.lossChartView(), Qt::Horizontal);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        test::saveScreenshot(view, "views-loss-empty");
    }

    void aNarrowChartLabelsItsStepsApart()
    {
        // a long run in a narrow chart: fewer step labels, never touching ("50000100000")
        LossChartView view;
        view.resize(330, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto s = std::make_shared<TrainingSnapshot>();
        s->step = 217946;
        for (int step = 1; step <= 217946; step += 997)
            s->stepLoss.add(step, 0.5f / float(1 + step / 1000));
        view.setSnapshot(s);
        view.refreshNow();
        QCoreApplication::processEvents();
        view.refreshNow();
        const auto labels = test::axisLabelItems(view.lossChartView(), Qt::Horizontal);
        QVERIFY2(labels.size() >= 2, qPrintable(QString::number(labels.size())));
        for (qsizetype i = 1; i < labels.size(); ++i)
            QVERIFY2(labels[i - 1].first.right() + 4 < labels[i].first.left(),
                     qPrintable(labels[i - 1].second + QStringLiteral(" touches ") + labels[i].second));
        for (const auto& [rect, text] : labels)
            QVERIFY2(!text.contains(QStringLiteral("...")), qPrintable(text));
        test::saveScreenshot(view, "views-loss-narrow");
    }

    void logSwitchChangesTheAxis()
    {
        LossChartView view;
        view.setSnapshot(test::trainTinyRun(2).snapshot);
        view.refreshNow();
        QVERIFY(qobject_cast<QValueAxis*>(view.lossChart()->axes(Qt::Vertical).value(0)));
        view.setLogScale(true);
        QCOMPARE(view.lossChart()->axes(Qt::Vertical).size(), 1);
        auto* log = qobject_cast<QLogValueAxis*>(view.lossChart()->axes(Qt::Vertical).value(0));
        QVERIFY(log);
        // every series is drawn against the new axis, and the axis covers the data
        const LiveCurve* batch = LiveCurve::find(view.lossChart(), QStringLiteral("batchLoss"));
        QCOMPARE(batch->series()->attachedAxes().size(), 2);
        QVERIFY(batch->series()->attachedAxes().contains(log));
        for (const QPointF& p : batch->points())
            QVERIFY2(p.y() >= log->min() && p.y() <= log->max(), qPrintable(QString::number(p.y())));
        view.setLogScale(false);
        QVERIFY(qobject_cast<QValueAxis*>(view.lossChart()->axes(Qt::Vertical).value(0)));
    }

    void onlyCurvesWithNewPointsAreRedrawn()
    {
        // A snapshot a few mini-batches later, inside the same epoch: the per-batch curve has
        // new points, the epoch curves do not, so Qt Charts must not lay those out and stroke
        // them again.
        const test::TinyRun run = test::trainTinyRun(5);
        auto later = std::make_shared<TrainingSnapshot>(*run.snapshot);
        for (int i = 1; i <= 3; ++i)
            later->stepLoss.add(later->step + i, 0.1f);
        later->step += 3;

        LossChartView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        const auto* x = qobject_cast<QValueAxis*>(view.lossChart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(x->max(), 20.0);  // 20 steps: already round
        QSignalSpy batchReplaced(LiveCurve::find(view.lossChart(), QStringLiteral("batchLoss")),
                                 &LiveCurve::pointsReplaced);
        QSignalSpy trainReplaced(series(view.lossChart(), "trainLoss"), &QXYSeries::pointsReplaced);
        QSignalSpy accuracyReplaced(series(view.metricChart(), "trainMetric"), &QXYSeries::pointsReplaced);
        QSignalSpy axisMoved(x, &QValueAxis::rangeChanged);
        view.setSnapshot(later);
        view.refreshNow();
        QCOMPARE(batchReplaced.count(), 1);
        QCOMPARE(LiveCurve::find(view.lossChart(), QStringLiteral("batchLoss"))->points().size(), 23);
        QCOMPARE(x->max(), 24.0);  // the next round value: steps of 2 between 20 and 50
        QCOMPARE(axisMoved.count(), 1);
        QCOMPARE(trainReplaced.count(), 0);
        QCOMPARE(accuracyReplaced.count(), 0);
        QCOMPARE(series(view.lossChart(), "trainLoss")->count(), 5);
    }

    void anUnchangedSnapshotLaysOutNothing()
    {
        // Refreshing with the same snapshot (the view refreshes ten times a second while
        // training, and most refreshes change only a few things) must not lay out the charts:
        // a layout sets every axis label as rich text again.
        LossChartView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(test::trainTinyRun(3).snapshot);
        QCOMPARE(test::layoutRequestsOfAnUnchangedRefresh(view, {view.lossChart(), view.metricChart()}), QList<int>({0, 0}));
    }

    void anEpochsNewNumbersChangeTheTitlesWithoutALayout()
    {
        // The titles carry the last epoch's loss and accuracy, which change with every epoch
        // (several times a second on a small net): a QChart title would lay its chart out
        // again each time.
        LossChartView view;
        view.resize(900, 700);
        view.show();
        const auto run = test::trainTinyRun(3).snapshot;
        view.setSnapshot(run);
        QCOMPARE(test::layoutRequestsOfAnUnchangedRefresh(view, {view.lossChart(), view.metricChart()}), QList<int>({0, 0}));
        auto next = std::make_shared<TrainingSnapshot>(*run);
        std::vector<EpochMetrics> epochs = next->history.epochs();
        EpochMetrics& last = epochs.back();
        last.train.loss *= 0.9;
        last.train.accuracy = 0.5 * (last.train.accuracy + 1.0);
        next->history = std::move(epochs);
        test::LayoutRequestCounter lossLayouts(view.lossChart()), metricLayouts(view.metricChart());
        view.setSnapshot(next);
        view.refreshNow();
        QCoreApplication::processEvents();
        QCOMPARE(lossLayouts.count(), 0);
        QCOMPARE(metricLayouts.count(), 0);
        const QString lossTitle = view.lossChartView()->liveTitle();
        QVERIFY2(lossTitle.contains(style::formatValue(last.train.loss)), qPrintable(lossTitle));
        QVERIFY2(lossTitle.contains(QString::number(last.epoch)), qPrintable(lossTitle));
        const QString metricTitle = view.metricChartView()->liveTitle();
        QVERIFY2(metricTitle.contains(style::formatValue(100 * last.train.accuracy)), qPrintable(metricTitle));
        // The row QChart keeps for a title is there, and blank: the text is painted into it.
        QCOMPARE(view.lossChart()->title(), QStringLiteral(" "));
        test::saveScreenshot(view, "loss_chart_live_titles");
    }

    void timeAxesEndOnRoundValuesJustPastTheNewestPoint()
    {
        QCOMPARE(style::timeAxisEnd(20), 20.0);
        QCOMPARE(style::timeAxisEnd(11.5), 12.0);          // steps of 1 between 10 and 20,
        QCOMPARE(style::timeAxisEnd(23.2), 24.0);          // of 2 between 20 and 50,
        QCOMPARE(style::timeAxisEnd(40001), 42000.0);      // of 2000 between 2*10^4 and 5*10^4
        QCOMPARE(style::timeAxisEnd(51000), 55000.0);      // of 5000 between 5*10^4 and 10^5
        QCOMPARE(style::timeAxisEnd(99999), 100000.0);
        QCOMPARE(style::timeAxisEnd(0), 1.0);
        for (double v : {1.7, 37.0, 512.5, 123456.0, 9.99e6})
            QVERIFY(style::timeAxisEnd(v) >= v && style::timeAxisEnd(v) <= v * 1.1);
        // so a live axis moves 35 times while training goes from 1,000 to 10,000 steps
        std::set<double> ends;
        for (int step = 1000; step <= 10000; ++step)
            ends.insert(style::timeAxisEnd(step));
        QCOMPARE(ends.size(), size_t(36));
    }

    void changesBecomeMarkers()
    {
        auto s = std::make_shared<TrainingSnapshot>(*test::trainTinyRun(3).snapshot);
        s->changes.push_back({5, verbatimMessage("learning rate 0.05 -> 0.01")});
        s->changes.push_back({9, verbatimMessage("batch size 16 -> 32")});
        LossChartView view;
        view.setSnapshot(s);
        view.refreshNow();
        const auto& markers = view.lossChartView()->markers();
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers[0].x, 5.0);
        QCOMPARE(markers[1].label, QStringLiteral("batch size 16 -> 32"));
    }

    void theMiniBatchCurveIsDrawnWhereItsPointsAre()
    {
        // a loss of 1 and then 0.5 for 100 steps: a horizontal line half way up a 0-1 axis
        auto s = std::make_shared<TrainingSnapshot>();
        for (int i = 1; i <= 100; ++i)
            s->stepLoss.add(i, i == 1 ? 1.0f : 0.5f);
        s->step = 100;
        LossChartView view;
        view.resize(900, 700);
        view.show();
        view.setSnapshot(s);
        view.refreshNow();
        AnnotatedChartView* chartView = view.lossChartView();
        const QImage image = chartView->viewport()->grab().toImage();
        const auto blueAt = [&](double x, double y) {
            const QPoint p = chartView->mapFromScene(QPointF(x, y));
            int most = 0;  // the line is antialiased across up to two rows
            for (int dy = -1; dy <= 1; ++dy) {
                const QColor c = image.pixelColor(p.x(), p.y() + dy);
                most = std::max(most, c.blue() - c.red());
            }
            return most;
        };
        const double lineY = chartView->yToPixel(0.5);
        for (int step : {10, 50, 90}) {
            const double x = chartView->xToPixel(step);
            QVERIFY2(blueAt(x, lineY) > 20, qPrintable(QString("step %1: %2").arg(step).arg(blueAt(x, lineY))));
            QCOMPARE(blueAt(x, lineY - 25), 0);  // and nothing above it
        }
        // on a log axis the same points move to their new place
        view.setLogScale(true);
        const QImage logImage = chartView->viewport()->grab().toImage();
        const QPoint logPoint = chartView->mapFromScene(QPointF(chartView->xToPixel(50), chartView->yToPixel(0.5)));
        QVERIFY(std::abs(chartView->yToPixel(0.5) - lineY) > 20);
        const QColor onLine = logImage.pixelColor(logPoint);
        const QColor below = logImage.pixelColor(logPoint + QPoint(0, 1));
        const QColor above = logImage.pixelColor(logPoint - QPoint(0, 1));
        QVERIFY(std::max({onLine.blue() - onLine.red(), below.blue() - below.red(), above.blue() - above.red()}) > 20);
    }

    void aMillionStepsDrawAsAFewPointsPerPixel()
    {
        auto s = std::make_shared<TrainingSnapshot>();
        s->stepLoss = DecimatedSeries(2'000'000);  // keep every one of them
        for (int i = 1; i <= 1'000'000; ++i)
            s->stepLoss.add(i, 1.0f / std::sqrt(float(i)) + (i % 2 ? 0.05f : 0.0f));
        s->step = 1'000'000;
        LossChartView view;
        view.resize(800, 600);
        view.show();
        view.setSnapshot(s);
        view.refreshNow();
        const LiveCurve* batch = LiveCurve::find(view.lossChart(), QStringLiteral("batchLoss"));
        const int columns = int(view.lossChart()->plotArea().width());
        QVERIFY(columns > 100);
        QVERIFY2(batch->points().size() <= 4 * columns, qPrintable(QString("%1 points").arg(batch->points().size())));
        QVERIFY(batch->points().size() > columns);
        QCOMPARE(batch->points().first().y(), double(1.0f + 0.05f));  // the first loss and the highest
        QCOMPARE(batch->points().last(), QPointF(1e6, double(1.0f / std::sqrt(1e6f))));
    }

    void regressionShowsRmse()
    {
        auto s = std::make_shared<TrainingSnapshot>();
        s->classification = false;
        {
            // before its first epoch too: no "Accuracy" waiting over a regression run
            LossChartView empty;
            empty.setSnapshot(s);
            empty.refreshNow();
            QCOMPARE(series(empty.metricChart(), "validationMetric")->name(), QStringLiteral("Validation RMSE"));
        }
        std::vector<EpochMetrics> epochs;
        for (int e = 1; e <= 3; ++e) {
            EpochMetrics m;
            m.epoch = e;
            m.step = 10 * e;
            m.train.loss = 1.0 / e;
            m.train.rmse = 2.0 / e;
            m.validation.loss = 1.5 / e;
            m.validation.rmse = 2.5 / e;
            m.validation.samples = 10;
            epochs.push_back(m);
        }
        s->history = std::move(epochs);
        s->step = 30;
        LossChartView view;
        view.setSnapshot(s);
        view.refreshNow();
        QLineSeries* rmse = series(view.metricChart(), "validationMetric");
        QCOMPARE(rmse->name(), QStringLiteral("Validation RMSE"));
        QCOMPARE(rmse->points().last(), QPointF(30, 2.5 / 3));
    }

    void csvHasOneRowPerStep()
    {
        const test::TinyRun run = test::trainTinyRun(2);
        LossChartView view;
        view.setSnapshot(run.snapshot);
        const CsvTable table = view.csvData();
        QCOMPARE(table.header.value(0), QStringLiteral("step"));
        QCOMPARE(table.header.value(2), QStringLiteral("minibatch_loss"));
        QCOMPARE(table.rows.size(), 8);
        // the last row closes epoch 2
        QCOMPARE(table.rows.last().value(0), QStringLiteral("8"));
        QCOMPARE(table.rows.last().value(1), QStringLiteral("2"));
        QCOMPARE(table.rows.last().value(3).toDouble(), run.snapshot->history.back().train.loss);
        QCOMPARE(table.rows.first().value(1), QString());  // no epoch ended at step 1
    }

    void followsTheLanguage()
    {
        const test::TinyRun run = test::trainTinyRun(5);
        LossChartView view;
        view.resize(900, 600);
        view.show();
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        QCOMPARE(test::viewTitle(view), QStringLiteral("Learning curves"));
        {
            test::ScopedPseudoTranslation pseudo;
            // at once, without new data: the toolbar, the lines' names, the axes, the titles
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Learning curves»"));
            QCOMPARE(LiveCurve::find(view.lossChart(), QStringLiteral("batchLoss"))->series()->name(),
                     QStringLiteral("«Each mini-batch»"));
            QCOMPARE(series(view.lossChart(), "trainLoss")->name(), QStringLiteral("«Training (epoch mean)»"));
            QCOMPARE(series(view.metricChart(), "trainMetric")->name(), QStringLiteral("«Training accuracy»"));
            QVERIFY(view.lineKey()->text().contains(QStringLiteral("«Validation»")));
            QVERIFY(test::isPseudo(view.lineKey()->toolTip()));
            for (QChart* chart : {view.lossChart(), view.metricChart()})
                for (QAbstractAxis* axis : chart->axes())
                    QVERIFY2(test::isPseudo(axis->titleText()), qPrintable(axis->titleText()));
            QVERIFY(test::isPseudo(view.lossChartView()->liveTitle()));
            QVERIFY(test::isPseudo(view.metricChartView()->liveTitle()));
            QVERIFY(test::isPseudo(view.lossChartView()->toolTip()));
            QVERIFY(test::isPseudo(view.findChild<QCheckBox*>()->text()));
            QCOMPARE(view.findChild<QComboBox*>()->itemText(1), QStringLiteral("«Epochs»"));
            const QList<QAction*> exports = view.actions();
            QCOMPARE(exports.size(), 2);
            for (QAction* action : exports)
                QVERIFY(test::isPseudo(action->text()) && test::isPseudo(action->toolTip()));
            test::saveScreenshot(view, "pseudo-loss");
        }
        QCOMPARE(test::viewTitle(view), QStringLiteral("Learning curves"));
        QCOMPARE(series(view.lossChart(), "trainLoss")->name(), QStringLiteral("Training (epoch mean)"));
        QVERIFY(!test::isPseudo(view.lossChartView()->liveTitle()));
    }
};

QTEST_MAIN(TestLossChartView)
#include "test_loss_chart_view.moc"
