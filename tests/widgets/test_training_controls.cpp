// TrainingControls: counters from the snapshot, Play/Pause toggling, and disabled buttons
// with the reason written beside them.
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "editing_test_support.h"
#include "snapshot.h"
#include "refresh_throttle.h"
#include "training_controls.h"

using namespace layerlab;

namespace {
std::shared_ptr<const TrainingSnapshot> snapshot(std::int64_t step, bool playing, TrainerState state = TrainerState::Ready)
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = step;
    s->epoch = 3;
    s->playing = playing;
    s->state = state;
    s->samplesPerSecond = 12345;
    s->stepLoss.add(step, 0.25f);
    return s;
}
}  // namespace

class TestTrainingControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countersFollowTheSnapshot()
    {
        TrainingControls c;
        c.resize(1200, 60);
        c.setSnapshot(snapshot(1234, false));
        QCOMPARE(c.displayedStep(), 1234);
        QVERIFY(c.stepLabel()->text().contains(QLocale().toString(1234)));
        QVERIFY(c.playButton()->isEnabled());
        QCOMPARE(c.playButton()->text(), QStringLiteral("Play"));
        test::renderForReview(&c, QStringLiteral("training_controls"));
    }

    void theSpeedSaysWhenTheViewsRefreshLessOften()
    {
        TrainingControls c;
        c.setSnapshot(snapshot(10, false));
        QVERIFY(!c.speedLabel()->toolTip().contains(QStringLiteral("less often")));
        RefreshThrottle::setStretch(4.0);  // as RefreshBudget sets it while training fills every core
        c.setSnapshot(snapshot(20, false));
        RefreshThrottle::setStretch(1.0);
        QVERIFY2(c.speedLabel()->toolTip().contains(QStringLiteral("about 4 times less often")),
                 qPrintable(c.speedLabel()->toolTip()));
        c.setSnapshot(snapshot(30, false));
        QVERIFY(!c.speedLabel()->toolTip().contains(QStringLiteral("less often")));
    }

    void playTogglesToPause()
    {
        TrainingControls c;
        QSignalSpy play(&c, &TrainingControls::playRequested);
        QSignalSpy pause(&c, &TrainingControls::pauseRequested);
        c.setSnapshot(snapshot(0, false));
        QTest::mouseClick(c.playButton(), Qt::LeftButton);
        QCOMPARE(play.count(), 1);
        c.setSnapshot(snapshot(10, true));
        QCOMPARE(c.playButton()->text(), QStringLiteral("Pause"));
        QTest::mouseClick(c.playButton(), Qt::LeftButton);
        QCOMPARE(pause.count(), 1);
        c.togglePlay();
        QCOMPARE(pause.count(), 2);
    }

    void aBlockedRunSaysWhy()
    {
        TrainingControls c;
        QSignalSpy play(&c, &TrainingControls::playRequested);
        c.setSnapshot(snapshot(0, false));
        c.setBlockedReason(QStringLiteral("Cannot train: Dense #2 needs at least 1 unit"));
        QVERIFY(!c.playButton()->isEnabled());
        QVERIFY(!c.stepButton()->isEnabled());
        QVERIFY(!c.epochButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().contains(QStringLiteral("Dense #2")));
        QVERIFY(c.playButton()->toolTip().contains(QStringLiteral("Dense #2")));
        c.togglePlay();
        QCOMPARE(play.count(), 0);
        test::renderForReview(&c, QStringLiteral("training_controls_blocked"));
        c.setBlockedReason(QString());
        QVERIFY(c.playButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().isEmpty());
    }

    void aFinishedRunOffersReset()
    {
        TrainingControls c;
        c.setSnapshot(snapshot(300, false, TrainerState::Finished));
        QVERIFY(!c.playButton()->isEnabled());
        QVERIFY(!c.stepButton()->isEnabled());
        QVERIFY(c.resetButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().contains(QStringLiteral("Reset")));
    }

    void aDivergedRunWithBrokenWeightsNeedsReset()
    {
        TrainingControls c;
        auto s = std::make_shared<TrainingSnapshot>(*snapshot(7, false, TrainerState::Diverged));
        ModelSpec spec;
        spec.layers = {LayerSpec::dense(1, Activation::Linear)};
        s->model = Model(spec, Shape::flat(2));
        s->model.parameters()(0) = std::numeric_limits<float>::quiet_NaN();
        c.setSnapshot(s);
        QVERIFY(!c.playButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().contains(QStringLiteral("Reset")));
        // finite weights: Play may continue after a fix
        s->model.parameters().setZero();
        c.setSnapshot(s);
        QVERIFY(c.playButton()->isEnabled());
        QVERIFY(!c.stepButton()->isEnabled());
    }
};

QTEST_MAIN(TestTrainingControls)
#include "test_training_controls.moc"
