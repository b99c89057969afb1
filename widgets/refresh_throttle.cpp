#include "refresh_throttle.h"

#include <algorithm>

namespace layerlab {

RefreshThrottle::RefreshThrottle(int intervalMs, std::function<void()> refresh)
    : m_interval(intervalMs), m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { run(); });
}

void RefreshThrottle::request()
{
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

void RefreshThrottle::run()
{
    m_last.restart();
    m_refresh();
}

}  // namespace layerlab
