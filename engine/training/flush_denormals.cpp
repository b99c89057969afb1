#include "training/flush_denormals.h"

#include <tbb/info.h>

#if defined(__SSE__) || defined(__x86_64__)
#include <xmmintrin.h>
#define LAYERLAB_HAS_MXCSR 1
#endif

namespace layerlab {

namespace {

#ifdef LAYERLAB_HAS_MXCSR
constexpr unsigned kFlushToZero = 0x8000;       // results that would be denormal become 0
constexpr unsigned kDenormalsAreZero = 0x0040;  // denormal inputs read as 0
constexpr unsigned kFlushing = kFlushToZero | kDenormalsAreZero;
#endif

}  // namespace

ScopedFlushDenormals::ScopedFlushDenormals()
{
#ifdef LAYERLAB_HAS_MXCSR
    m_saved = _mm_getcsr();
    _mm_setcsr(m_saved | kFlushing);
#endif
}

ScopedFlushDenormals::~ScopedFlushDenormals()
{
#ifdef LAYERLAB_HAS_MXCSR
    _mm_setcsr(m_saved);
#endif
}

std::unique_ptr<tbb::task_arena> makeFlushingArena(int threads)
{
    const ScopedFlushDenormals flush;
    auto arena = std::make_unique<tbb::task_arena>(threads > 0 ? threads : tbb::info::default_concurrency());
    arena->initialize();  // now, while the mode is set: its context captures it
    return arena;
}

bool flushesDenormals()
{
#ifdef LAYERLAB_HAS_MXCSR
    return (_mm_getcsr() & kFlushing) == kFlushing;
#else
    return false;
#endif
}

}  // namespace layerlab
