// The QT HALF of the training controller: TrainingController's worker thread (worker-object
// pattern), its ~30 Hz timer and snapshotChanged/statusChanged reaching listeners. The engine
// half (TrainingSession's commands and snapshots, under two threads and TSan) is tested in
// tests/engine/test_training_session.cpp.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include "app_test_support.h"
#include "io/examples.h"
#include "training_controller.h"

using namespace layerlab;

class TestTrainingController : public QObject {
    Q_OBJECT

private:
    static Project spiral()
    {
        Project p = *findExample("spiral");
        p.training.epochs = 100000;  // still playing whenever the test looks
        return p;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void snapshotsReachListeners()
    {
        TrainingController c;
        QSignalSpy snapshots(&c, &TrainingController::snapshotChanged);
        QSignalSpy statuses(&c, &TrainingController::statusChanged);
        c.loadProject(spiral(), 1);
        QVERIFY(test::waitAllApplied(&c));
        QVERIFY(c.status()->ready);
        QCOMPARE(c.status()->revision, 1u);
        QVERIFY(statuses.count() >= 1);
        c.play();
        QVERIFY(test::waitUntil(&c, [&] { return c.snapshot()->step > 0; }));
        const int before = snapshots.count();
        QVERIFY(snapshots.wait(test::kPatienceMs));  // they keep coming while playing
        QVERIFY(snapshots.count() > before);
        const auto last = snapshots.last().at(0).value<std::shared_ptr<const TrainingSnapshot>>();
        QVERIFY(last);
        QVERIFY(last->step > 0);
        QCOMPARE(last, c.snapshot());
    }

    void playPauseStep()
    {
        TrainingController c;
        c.loadProject(spiral(), 1);
        c.play();
        QVERIFY(test::waitUntil(&c, [&] { return c.snapshot()->step > 0; }));
        c.pause();
        QVERIFY(test::waitAllApplied(&c));
        QVERIFY(!c.snapshot()->playing);
        const auto paused = c.snapshot()->step;
        c.stepBatch();
        QVERIFY(test::waitAllApplied(&c));
        QCOMPARE(c.snapshot()->step, paused + 1);
        c.pause();
        QVERIFY(test::waitAllApplied(&c));
        QCOMPARE(c.snapshot()->step, paused + 1);
    }

    void destroyingWhilePlayingStopsTheThread()
    {
        auto c = std::make_unique<TrainingController>();
        c->loadProject(spiral(), 1);
        c->play();
        QVERIFY(test::waitUntil(c.get(), [&] { return c->snapshot()->step > 0; }));
        QVERIFY(c->workerThread()->isRunning());
        QSignalSpy finished(c->workerThread(), &QThread::finished);
        c.reset();  // must return: the destructor posts stop, quits and waits
        QCOMPARE(finished.count(), 1);  // (emitted by the thread as it ends, before wait() returns)
    }

    void destroyingAtOnceIsSafe()
    {
        // constructed and destroyed before the worker thread even started its loop
        for (int i = 0; i < 5; ++i) {
            auto c = std::make_unique<TrainingController>();
            QSignalSpy finished(c->workerThread(), &QThread::finished);
            c.reset();
            QCOMPARE(finished.count(), 1);
        }
    }
};

QTEST_MAIN(TestTrainingController)
#include "test_training_controller.moc"
