#include "refresh_throttle.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace layerlab {

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

bool RefreshThrottle::waits() const { return m_whenHidden == WhenHidden::Wait && !m_owner->isVisible(); }

void RefreshThrottle::request()
{
    if (waits()) {
        m_stale = true;
        return;
    }
    if (m_timer.isActive())
        return;
    const qint64 wait = m_last.isValid() ? std::max<qint64>(0, m_interval - m_last.elapsed()) : 0;
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
    if (watched == m_owner && event->type() == QEvent::Show && m_stale)
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
