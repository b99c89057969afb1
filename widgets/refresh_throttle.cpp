#include "refresh_throttle.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace layerlab {

namespace {
double g_stretch = 1.0;
}

void RefreshThrottle::setStretch(double stretch) { g_stretch = std::max(1.0, stretch); }

double RefreshThrottle::stretch() { return g_stretch; }

RefreshThrottle::RefreshThrottle(QWidget* owner, int intervalMs, std::function<void()> refresh,
                                 WhenHidden whenHidden)
    : m_owner(owner), m_whenHidden(whenHidden), m_interval(intervalMs), m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        if (waits())
            m_stale = true;  // hidden since the request
        else
            run();
    });
    m_owner->installEventFilter(this);
}

// Out of sight is hidden, or placed where nothing of it shows: QMainWindow keeps the docks
// of a tab group that are not the current tab "visible" and moves them out of the window.
bool RefreshThrottle::waits() const
{
    return m_whenHidden == WhenHidden::Wait && (!m_owner->isVisible() || m_owner->visibleRegion().isEmpty());
}

void RefreshThrottle::request()
{
    // Only the cheap half of waits() here: requests come with every snapshot, and whether
    // any of the owner is on screen is asked when the timer fires.
    if (m_whenHidden == WhenHidden::Wait && !m_owner->isVisible()) {
        m_stale = true;
        return;
    }
    if (m_timer.isActive())
        return;
    const qint64 interval = qint64(std::lround(m_interval * g_stretch));
    const qint64 wait = m_last.isValid() ? std::max<qint64>(0, interval - m_last.elapsed()) : 0;
    m_timer.start(int(wait));
}

void RefreshThrottle::now()
{
    m_timer.stop();
    run();
}

bool RefreshThrottle::eventFilter(QObject* watched, QEvent* event)
{
    // Show arrives before the first paint: catching up here means no stale frame is drawn.
    // A dock tab brought to the front is moved back into the window, not shown: its first
    // paint is the first sign, and catching up before it is painted works the same way.
    if (watched == m_owner && m_stale && (event->type() == QEvent::Show || event->type() == QEvent::Paint))
        now();
    return false;
}

void RefreshThrottle::run()
{
    m_stale = false;
    m_last.restart();
    m_refresh();
}

}  // namespace layerlab
