// Redraw at a bounded rate however often snapshots arrive: the latest snapshot wins and
// nothing queues up (architecture.md: "a slow UI drops snapshots").
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace layerlab {

class RefreshThrottle {
public:
    // refresh runs on the owner's thread, at most once every intervalMs.
    RefreshThrottle(int intervalMs, std::function<void()> refresh);

    // Refresh soon: on the next event-loop turn if the last refresh is older than the
    // interval, else when the interval has passed. Requests in between merge into one.
    void request();
    // Refresh now, and drop a pending request.
    void now();
    bool pending() const { return m_timer.isActive(); }

private:
    void run();

    int m_interval;
    std::function<void()> m_refresh;
    QTimer m_timer;
    QElapsedTimer m_last;
};

}  // namespace layerlab
