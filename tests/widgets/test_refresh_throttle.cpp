// RefreshThrottle: merges requests, keeps its rate, and does nothing for a hidden view
// until it is shown again (then before its first paint).
#include <QtTest>

#include "refresh_throttle.h"

using namespace layerlab;

namespace {

// A widget that counts its refreshes, and how many had happened when it last painted.
class CountingView : public QWidget {
public:
    static constexpr int kIntervalMs = 80;
    CountingView() : throttle(this, kIntervalMs, [this] { ++refreshes; }) { resize(50, 50); }

    RefreshThrottle throttle;
    int refreshes = 0;
    int refreshesAtFirstPaint = -1;

protected:
    void paintEvent(QPaintEvent*) override
    {
        if (refreshesAtFirstPaint < 0)
            refreshesAtFirstPaint = refreshes;
    }
};

}  // namespace

class TestRefreshThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestsMergeAndKeepTheRate()
    {
        CountingView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.throttle.request();
        view.throttle.request();
        view.throttle.request();
        QTRY_COMPARE(view.refreshes, 1);
        // Right after a refresh, the next request waits for the interval.
        QElapsedTimer clock;
        clock.start();
        view.throttle.request();
        view.throttle.request();
        QTRY_COMPARE(view.refreshes, 2);
        QVERIFY2(clock.elapsed() >= CountingView::kIntervalMs - 5, qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(2 * CountingView::kIntervalMs);
        QCOMPARE(view.refreshes, 2);  // merged: one refresh for the two requests
    }

    void theStretchLengthensTheInterval()
    {
        // RefreshBudget stretches every throttle while drawing would slow training down.
        CountingView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RefreshThrottle::setStretch(3.0);
        view.throttle.now();
        QElapsedTimer clock;
        clock.start();
        view.throttle.request();
        QTRY_COMPARE(view.refreshes, 2);
        RefreshThrottle::setStretch(1.0);
        QVERIFY2(clock.elapsed() >= 3 * CountingView::kIntervalMs - 5, qPrintable(QString::number(clock.elapsed())));
    }

    void hiddenViewCatchesUpWhenShown()
    {
        CountingView view;
        view.throttle.request();
        QTest::qWait(2 * CountingView::kIntervalMs);
        QCOMPARE(view.refreshes, 0);  // never shown: no work
        QVERIFY(view.throttle.pending());
        view.show();
        QCOMPARE(view.refreshes, 1);  // at once, on the Show event
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.refreshesAtFirstPaint >= 0);
        QCOMPARE(view.refreshesAtFirstPaint, 1);  // no stale frame was painted
        QVERIFY(!view.throttle.pending());
    }

    void hidingCancelsAWaitingRefresh()
    {
        CountingView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.throttle.now();
        view.throttle.request();  // due in kIntervalMs
        view.hide();
        QTest::qWait(2 * CountingView::kIntervalMs);
        QCOMPARE(view.refreshes, 1);
        view.show();
        QCOMPARE(view.refreshes, 2);
        // Shown with nothing new: no refresh.
        view.hide();
        view.show();
        QCOMPARE(view.refreshes, 2);
    }

    void aViewMovedOutOfSightWaitsUntilItIsBack()
    {
        // QMainWindow keeps the dock tabs behind the current one "visible" and moves them
        // out of the window: such a view must wait as a hidden one does.
        QWidget window;
        window.resize(200, 200);
        auto* view = new CountingView;
        view->setParent(&window);
        view->move(-500, -500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(view->isVisible());
        view->throttle.request();
        QTest::qWait(2 * CountingView::kIntervalMs);
        QCOMPARE(view->refreshes, 0);
        QCOMPARE(view->refreshesAtFirstPaint, -1);
        view->move(10, 10);  // its tab is chosen
        QTRY_VERIFY(view->refreshesAtFirstPaint >= 0);
        QCOMPARE(view->refreshesAtFirstPaint, 1);  // caught up before its first paint
        QVERIFY(!view->throttle.pending());
    }

    void aThrottleForStateRefreshesWhileHidden()
    {
        int refreshes = 0;
        QWidget owner;
        RefreshThrottle throttle(&owner, 10, [&] { ++refreshes; }, RefreshThrottle::WhenHidden::Refresh);
        throttle.request();
        QTRY_COMPARE(refreshes, 1);
    }

    void nowRefreshesEvenWhenHidden()
    {
        CountingView view;
        view.throttle.now();
        QCOMPARE(view.refreshes, 1);
    }
};

QTEST_MAIN(TestRefreshThrottle)
#include "test_refresh_throttle.moc"
