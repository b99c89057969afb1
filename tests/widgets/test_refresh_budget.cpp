// RefreshBudget: while training keeps every core busy, the views' refresh intervals stretch
// until the UI thread stays within its share of a core; with a core free they do not.
#include <QtTest>

#include <atomic>

#include "refresh_budget.h"
#include "refresh_throttle.h"

using namespace layerlab;

namespace {

using Load = RefreshBudget::Load;
constexpr int kCores = 2;

// CPU seconds that grow with the wall clock at the given shares of a core, as a process
// whose UI thread uses `ui` and whose training threads use `others` would show.
class FakeCpu {
public:
    void setShares(double ui, double others)
    {
        advance();
        m_ui = ui;
        m_others = others;
    }
    RefreshBudget::CpuSeconds now()
    {
        advance();
        return m_seconds;
    }

private:
    void advance()
    {
        const double wall = m_clock.isValid() ? 1e-9 * double(m_clock.nsecsElapsed()) : 0.0;
        m_clock.start();
        m_seconds.uiThread += m_ui * wall;
        m_seconds.process += (m_ui + m_others) * wall;
    }
    QElapsedTimer m_clock;
    double m_ui = 0;
    double m_others = 0;
    RefreshBudget::CpuSeconds m_seconds;
};

}  // namespace

class TestRefreshBudget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { RefreshThrottle::setStretch(1.0); }

    void busyCoresStretchTheIntervalsUntilTheUiFitsItsShare()
    {
        // The UI thread at 6% of a core, training on everything else: the intervals stretch
        // by what brings 6% down into the share (about 3.5x).
        const double once = RefreshBudget::nextStretch(1.0, Load{0.06, 1.93}, kCores);
        QVERIFY2(once > 2.0 && once < RefreshBudget::kMaxStretch, qPrintable(QString::number(once)));
        // A share that would need more stops at the most the views may be slowed.
        QCOMPARE(RefreshBudget::nextStretch(1.0, Load{0.5, 1.5}, kCores), RefreshBudget::kMaxStretch);
        // Still over the share after stretching (work that does not come with refreshes):
        // stretch further.
        QVERIFY(RefreshBudget::nextStretch(2.0, Load{0.04, 1.95}, kCores) > 2.0);
    }

    void withinTheShareTheStretchStays()
    {
        QCOMPARE(RefreshBudget::nextStretch(2.5, Load{RefreshBudget::kUiShare * 0.9, 1.97}, kCores), 2.5);
    }

    void aLighterUiShortensTheStretch()
    {
        const double next = RefreshBudget::nextStretch(4.0, Load{0.005, 1.99}, kCores);
        QVERIFY2(next >= 1.0 && next < 4.0, qPrintable(QString::number(next)));
    }

    void aFreeCoreEndsTheStretch()
    {
        // A Playground-size net trains on one thread, or a run is paced or paused: the UI
        // thread has a core of its own and may refresh at full rate, however much it draws.
        QCOMPARE(RefreshBudget::nextStretch(3.0, Load{0.25, 0.95}, kCores), 1.0);
        QCOMPARE(RefreshBudget::nextStretch(3.0, Load{0.02, 0.0}, kCores), 1.0);
    }

    void theBudgetFollowsTheMeasuredLoad()
    {
        FakeCpu cpu;
        cpu.setShares(0.10, 1.9);  // every view on screen while the cores train
        RefreshBudget budget(nullptr, [&cpu] { return cpu.now(); });
        QTRY_COMPARE_WITH_TIMEOUT(RefreshThrottle::stretch(), RefreshBudget::kMaxStretch, 4 * RefreshBudget::kPeriodMs);
        QVERIFY(qAbs(budget.lastLoad().ui - 0.10) < 0.02);
        QVERIFY(qAbs(budget.lastLoad().others - 1.9) < 0.2);

        cpu.setShares(0.10, 0.6);  // training paused: a core is free
        QTRY_COMPARE_WITH_TIMEOUT(RefreshThrottle::stretch(), 1.0, 4 * RefreshBudget::kPeriodMs);
    }

    void turnedOffTheIntervalsAreTheirOwn()
    {
        FakeCpu cpu;
        cpu.setShares(0.10, 1.9);
        RefreshBudget budget(nullptr, [&cpu] { return cpu.now(); });
        QTRY_VERIFY_WITH_TIMEOUT(RefreshThrottle::stretch() > 1.0, 4 * RefreshBudget::kPeriodMs);
        budget.setEnabled(false);
        QCOMPARE(RefreshThrottle::stretch(), 1.0);
        QTest::qWait(2 * RefreshBudget::kPeriodMs);
        QCOMPARE(RefreshThrottle::stretch(), 1.0);
        QVERIFY(!budget.isEnabled());
    }

    void theRealClockSeesTheUiThreadWork()
    {
        // The clock the window uses: a UI thread that computes for 100 ms has used about
        // 100 ms of CPU (at least half of it on a loaded machine).
        const auto before = RefreshBudget::cpuSecondsNow();
        QElapsedTimer wall;
        wall.start();
        std::atomic<double> sink = 0;
        while (wall.elapsed() < 100)
            sink = sink + 1.0;
        const auto after = RefreshBudget::cpuSecondsNow();
        const double ui = after.uiThread - before.uiThread;
        QVERIFY2(ui > 0.02 && ui < 0.2, qPrintable(QString::number(ui)));
        // The process's clock counts the UI thread too (the two clocks are read one after
        // the other and are updated at different moments: allow a few milliseconds).
        const double process = after.process - before.process;
        QVERIFY2(process >= ui - 0.01, qPrintable(QStringLiteral("process %1 s, UI thread %2 s").arg(process).arg(ui)));
    }
};

QTEST_MAIN(TestRefreshBudget)
#include "test_refresh_budget.moc"
