// Passes over a parameter-sized buffer (the gradients, the parameters) split into chunks on
// the run's threads: one thread walking a large model's buffer leaves the other core idle,
// while a small model's buffer takes less time than handing out a task.
#pragma once

#include <algorithm>
#include <atomic>
#include <cmath>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "core/tensor.h"
#include "model/model.h"

namespace layerlab {

// Values per chunk: also the unit in which shard gradients are summed in a fixed order.
constexpr Index kParameterChunk = 16384;

// Runs work, which splits a buffer across threads with tbb::parallel_for, in the run's arena
// when the model is large; a small model's buffers take less time than handing out tasks.
template <typename Work>
void runSplitIfLarge(tbb::task_arena& arena, const Model& model, Work&& work)
{
    if (model.parameterCount() > kParameterChunk)
        arena.execute(work);
    else
        work();
}

// True when no value is Inf or NaN: v * 0 is 0 for a finite v and NaN otherwise, and the sum
// is a vectorised reduction (Eigen's allFinite() tests one value at a time).
template <typename Values>
bool allFinite(const Values& v)
{
    return !std::isnan((v.array() * 0.0f).sum());
}

// Runs chunk(begin, count) over [0, size) in chunks of kParameterChunk: on the run's threads
// when there are several, on this thread when there is one (handing out a task costs more).
template <typename Chunk>
void forEachChunk(tbb::task_arena& arena, Index size, Chunk&& chunk)
{
    const Index chunks = (size + kParameterChunk - 1) / kParameterChunk;
    const auto run = [&](Index c) {
        const Index begin = c * kParameterChunk;
        chunk(begin, std::min(kParameterChunk, size - begin));
    };
    if (chunks <= 1)
        run(0);
    else
        arena.execute([&] { tbb::parallel_for(Index(0), chunks, run); });
}

// allFinite for a whole parameter-sized buffer, in chunks on the run's threads.
inline bool allFiniteInChunks(tbb::task_arena& arena, const Vector& v)
{
    std::atomic<bool> finite = true;
    forEachChunk(arena, v.size(), [&](Index begin, Index count) {
        if (!allFinite(v.segment(begin, count)))
            finite.store(false, std::memory_order_relaxed);
    });
    return finite.load();
}

}  // namespace layerlab
