#include "session/snapshot.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace layerlab {

namespace {
// A new buffer's room: enough for a short run without growing; it doubles from there.
constexpr size_t kFirstRoom = 256;
}  // namespace

DecimatedSeries::Buffer::Buffer(std::uint64_t owner, size_t room) : owner(owner)
{
    steps.reserve(room);
    values.reserve(room);
}

std::uint64_t DecimatedSeries::newOwner()
{
    static std::atomic<std::uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

DecimatedSeries::DecimatedSeries(const DecimatedSeries& other)
    : m_capacity(other.m_capacity),
      m_buffer(other.m_buffer),
      m_steps(other.m_steps),
      m_values(other.m_values),
      m_size(other.m_size),
      m_stride(other.m_stride),
      m_pendingCount(other.m_pendingCount),
      m_pendingSum(other.m_pendingSum)
{
}

DecimatedSeries& DecimatedSeries::operator=(const DecimatedSeries& other)
{
    if (this != &other) {
        DecimatedSeries copy(other);
        copy.m_owner = m_owner;  // this one's buffers stay this one's
        *this = std::move(copy);
    }
    return *this;
}

void DecimatedSeries::makeRoom()
{
    // The owner appends in place while its buffer has room; anyone else (a copy), or a full
    // buffer, moves the points to a new buffer first: the old one stays as it is for
    // whoever shares it.
    if (m_buffer && m_buffer->owner == m_owner && m_size < m_buffer->steps.capacity())
        return;
    auto fresh = std::make_shared<Buffer>(m_owner, std::min(std::max(2 * m_size, kFirstRoom), std::max(m_capacity, size_t(1))));
    fresh->steps.assign(m_steps, m_steps + m_size);
    fresh->values.assign(m_values, m_values + m_size);
    m_buffer = std::move(fresh);
    m_steps = m_buffer->steps.data();
    m_values = m_buffer->values.data();
}

void DecimatedSeries::append(std::int64_t step, float value)
{
    makeRoom();
    m_buffer->steps.push_back(step);
    m_buffer->values.push_back(value);
    ++m_size;
}

void DecimatedSeries::add(std::int64_t step, float value, std::int64_t count)
{
    m_pendingSum += double(value) * double(count);
    m_pendingCount += count;
    if (m_pendingCount < m_stride)
        return;
    append(step, float(m_pendingSum / double(m_pendingCount)));
    m_pendingSum = 0;
    m_pendingCount = 0;
    if (m_size < m_capacity)
        return;
    // Full: average neighbouring pairs, and take twice as many steps per point from now on.
    // Into a new buffer: a snapshot may still be reading this one.
    const size_t half = m_size / 2;
    auto halved = std::make_shared<Buffer>(m_owner, m_capacity);
    for (size_t i = 0; i < half; ++i) {
        halved->steps.push_back(m_steps[2 * i + 1]);
        halved->values.push_back(0.5f * (m_values[2 * i] + m_values[2 * i + 1]));
    }
    m_buffer = std::move(halved);
    m_steps = m_buffer->steps.data();
    m_values = m_buffer->values.data();
    m_size = half;
    m_stride *= 2;
}

void DecimatedSeries::clear()
{
    m_stride = 1;
    m_pendingCount = 0;
    m_pendingSum = 0;
    m_buffer.reset();  // whoever shares the old points keeps them
    m_steps = nullptr;
    m_values = nullptr;
    m_size = 0;
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
