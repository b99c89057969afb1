#include "session/snapshot.h"

#include <cmath>

namespace layerlab {

void DecimatedSeries::add(std::int64_t step, float value, std::int64_t count)
{
    m_pendingSum += double(value) * double(count);
    m_pendingCount += count;
    if (m_pendingCount < m_stride)
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

std::vector<EpochMetrics> thinnedHistory(const std::vector<EpochMetrics>& history, size_t limit)
{
    std::vector<EpochMetrics> out;
    if (history.size() <= limit || limit < 2) {
        out = history;
    } else {
        out.reserve(limit);
        const double stride = double(history.size() - 1) / double(limit - 1);
        for (size_t i = 0; i < limit; ++i)
            out.push_back(history[size_t(std::llround(double(i) * stride))]);
    }
    // Only the latest epoch's confusion matrix is shown: the others need not be copied on.
    for (size_t i = 0; i + 1 < out.size(); ++i) {
        out[i].train.confusion.clear();
        out[i].validation.confusion.clear();
    }
    return out;
}

}  // namespace layerlab
