#include "refresh_budget.h"

#include <QThread>

#include <algorithm>
#include <ctime>

#include "refresh_throttle.h"

namespace layerlab {

namespace {

// A core counts as free when less than this share of the machine's cores is in use.
constexpr double kFreeCore = 0.25;
// Within [kSteady, 1] x kUiShare the stretch stays: no hunting around the budget.
constexpr double kSteady = 0.7;

double cpuSeconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

}  // namespace

double RefreshBudget::nextStretch(double stretch, Load load, int cores)
{
    const bool coresBusy = load.ui + load.others > double(cores) - kFreeCore;
    if (!coresBusy)
        return 1.0;
    if (load.ui >= kSteady * kUiShare && load.ui <= kUiShare)
        return stretch;
    // Most of the UI thread's work comes with refreshes, so its share falls about in
    // proportion as the stretch grows; the rest (input, the snapshot poll) does not, so the
    // share moves less than the stretch and the correction never overshoots.
    const double target = 0.5 * (1.0 + kSteady) * kUiShare;
    return std::clamp(stretch * load.ui / target, 1.0, kMaxStretch);
}

RefreshBudget::CpuSeconds RefreshBudget::cpuSecondsNow()
{
    return {cpuSeconds(CLOCK_THREAD_CPUTIME_ID), cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)};
}

RefreshBudget::RefreshBudget(QObject* parent, CpuClock clock) : QObject(parent), m_clock(std::move(clock))
{
    QObject::connect(&m_timer, &QTimer::timeout, this, &RefreshBudget::measure);
    setEnabled(true);
}

RefreshBudget::~RefreshBudget() { RefreshThrottle::setStretch(1.0); }

void RefreshBudget::setEnabled(bool enabled)
{
    RefreshThrottle::setStretch(1.0);
    m_timer.stop();
    if (!enabled)
        return;
    m_last = m_clock();
    m_wall.start();
    m_timer.start(kPeriodMs);
}

void RefreshBudget::measure()
{
    const CpuSeconds now = m_clock();
    const double wall = 1e-9 * double(m_wall.nsecsElapsed());
    m_wall.restart();
    if (wall <= 0)
        return;
    const double ui = now.uiThread - m_last.uiThread;
    m_lastLoad.ui = ui / wall;
    m_lastLoad.others = std::max(0.0, now.process - m_last.process - ui) / wall;
    m_last = now;
    RefreshThrottle::setStretch(nextStretch(RefreshThrottle::stretch(), m_lastLoad, QThread::idealThreadCount()));
}

}  // namespace layerlab
