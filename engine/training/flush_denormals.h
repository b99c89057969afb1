// Training treats denormal floats (magnitudes below 1.2e-38) as zero. On x86 every operation
// that reads or makes one takes a slow path, 10-100x the normal cost, and training makes them
// by the million: Adam's moments of a weight whose gradient stays 0 (a dead ReLU's, an image's
// border pixel's) shrink by beta each step and spend thousands of steps in the denormal range.
// On the MLP benchmark (784-256-128-10, Adam, batch 128) they cost 2-2.5x. No result of a
// network depends on values that small, and every thread of a step flushes alike, so results
// stay the same for any thread count.
#pragma once

#include <memory>

#include <tbb/task_arena.h>

namespace layerlab {

// While it lives, the calling thread flushes denormal results to zero and reads denormal
// inputs as zero (MXCSR's FTZ and DAZ on x86; nothing elsewhere); its mode comes back after.
class ScopedFlushDenormals {
public:
    ScopedFlushDenormals();
    ~ScopedFlushDenormals();
    ScopedFlushDenormals(const ScopedFlushDenormals&) = delete;
    ScopedFlushDenormals& operator=(const ScopedFlushDenormals&) = delete;

private:
    unsigned m_saved = 0;
};

// An arena of `threads` (0 = all cores) whose tasks flush denormals, on whichever thread runs
// them. oneTBB runs an arena's tasks with the floating-point mode its default context captured
// when the arena was initialised, whatever the mode of the thread that calls execute(): so the
// mode is set for that moment, not around each call.
std::unique_ptr<tbb::task_arena> makeFlushingArena(int threads);

// Whether the calling thread flushes denormals now (for tests).
bool flushesDenormals();

}  // namespace layerlab
