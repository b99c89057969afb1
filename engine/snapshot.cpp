#include "snapshot.h"

namespace layerlab {

void DecimatedSeries::add(std::int64_t step, float value)
{
    m_pendingSum += double(value);
    if (++m_pendingCount < m_stride)
        return;
    m_steps.push_back(step);
    m_values.push_back(float(m_pendingSum / double(m_pendingCount)));
    m_pendingSum = 0;
    m_pendingCount = 0;
    if (m_values.size() < m_capacity)
        return;
    // Full: average neighbouring pairs, and take twice as many steps per point from now on.
    const size_t half = m_values.size() / 2;
    for (size_t i = 0; i < half; ++i) {
        m_steps[i] = m_steps[2 * i + 1];
        m_values[i] = 0.5f * (m_values[2 * i] + m_values[2 * i + 1]);
    }
    m_steps.resize(half);
    m_values.resize(half);
    m_stride *= 2;
}

void DecimatedSeries::clear()
{
    m_stride = 1;
    m_pendingCount = 0;
    m_pendingSum = 0;
    m_steps.clear();
    m_values.clear();
}

}  // namespace layerlab
