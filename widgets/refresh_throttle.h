// Redraw at a bounded rate however often snapshots arrive: the latest snapshot wins and
// nothing queues up (architecture.md: "a slow UI drops snapshots"). A view out of sight (a
// dock tab behind another, a closed dock) does no work at all: it catches up when it is
// shown, before it is painted.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace layerlab {

class RefreshThrottle : public QObject {
public:
    // What a request does while the owner is hidden.
    enum class WhenHidden {
        Wait,     // nothing until it is shown (views: drawing what nobody sees is waste)
        Refresh,  // the same as when shown (state that others read, such as a counter)
    };
    // refresh runs on the owner's thread, at most once every intervalMs.
    RefreshThrottle(QWidget* owner, int intervalMs, std::function<void()> refresh,
                    WhenHidden whenHidden = WhenHidden::Wait);

    // Refresh soon: on the next event-loop turn if the last refresh is older than the
    // interval, else when the interval has passed. Requests in between merge into one.
    // While the owner is hidden, the request waits for it to be shown.
    void request();
    // Refresh now, shown or not, and drop a pending request.
    void now();
    bool pending() const { return m_timer.isActive() || m_stale; }

    // Every throttle's interval is multiplied by this (>= 1): RefreshBudget raises it while
    // the views' drawing would slow training down. UI thread only.
    static void setStretch(double stretch);
    static double stretch();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run();

    bool waits() const;

    QWidget* m_owner;
    WhenHidden m_whenHidden;
    int m_interval;  // before the stretch
    std::function<void()> m_refresh;
    QTimer m_timer;
    QElapsedTimer m_last;
    bool m_stale = false;  // a request arrived while the owner was hidden
};

}  // namespace layerlab
