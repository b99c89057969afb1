// Keeps the views' share of the UI thread small while training keeps every core busy.
//
// With every core training, each millisecond the UI thread draws is taken from a training
// thread, and the step waits for that thread: the window's share of one core costs training
// about that share of its speed (docs/app-performance.md measures it). Twice a second the
// budget measures the UI thread's share of a core and the rest of the process's, and while
// the cores are busy it stretches every RefreshThrottle's interval until the UI thread stays
// within kUiShare (by at most kMaxStretch). When a core is free again (a small net, a paced
// or paused run) the stretch goes back to 1: the views then cost training nothing.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace layerlab {

class RefreshBudget : public QObject {
public:
    // Shares of one core over the last period.
    struct Load {
        double ui = 0;      // the UI thread
        double others = 0;  // every other thread of the process (training)
    };
    static constexpr double kUiShare = 0.02;
    static constexpr double kMaxStretch = 6.0;
    static constexpr int kPeriodMs = 500;

    // The stretch for the next period, from this one's and the load it produced on `cores`.
    static double nextStretch(double stretch, Load load, int cores);

    // CPU seconds used so far by the UI thread and by the whole process.
    struct CpuSeconds {
        double uiThread = 0;
        double process = 0;
    };
    using CpuClock = std::function<CpuSeconds()>;
    // The thread calling it (made on the UI thread, the budget calls it there) and the process.
    static CpuSeconds cpuSecondsNow();

    // Measures with `clock` every kPeriodMs and sets RefreshThrottle's stretch; on
    // destruction the stretch goes back to 1.
    explicit RefreshBudget(QObject* parent = nullptr, CpuClock clock = cpuSecondsNow);
    ~RefreshBudget() override;

    // Off: every throttle runs at its own interval again (stretch 1) until turned back on.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_timer.isActive(); }
    Load lastLoad() const { return m_lastLoad; }

private:
    void measure();

    CpuClock m_clock;
    QTimer m_timer;
    QElapsedTimer m_wall;
    CpuSeconds m_last;  // at the last measurement
    Load m_lastLoad;
};

}  // namespace layerlab
