// The budgets of the computations done for the views. A Dense layer of a million units is
// a valid model; without these, running it over a 200 x 200 grid in one pass would ask for
// gigabytes (issue 18). Each budget says how much a view's computation may take, and
// what does not fit is left out (and said so) rather than allocated.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/model.h"

namespace layerlab {

// The values one layer's outputs may hold in one forward pass of a view's computation
// (a band of the plane's pixels, a batch of gallery samples): 4 Mi floats = 16 MB. The
// workspace keeps every layer's outputs (and what backward would need), once per thread,
// so a pass of the widest layer stays near a hundred megabytes even on many cores. A
// 200-unit network still runs 2048 pixels at once (fast GEMM); a million-unit layer runs
// 4 at a time.
constexpr Index kMaxPassValues = Index(4) << 20;

// The work of one map over the input plane, in pixels x parameters (about one multiply-add
// each): 2^30, a few tenths of a second on two cores. A toy network gets the full grid; a
// 4-million-parameter network gets 16 x 16 pixels instead of 200 x 200, which is still a
// picture and keeps the worker answering the app's commands.
constexpr Index kMaxPlaneWork = Index(1) << 30;
// A map coarser than this says nothing: below it, none is made.
constexpr int kMinPictureGrid = 8;

// Neuron pictures keep at most this many units of a layer (the network diagram's
// kMaxUnitsShown) and, above it, kSampledMapUnits units spread evenly from the first to
// the last (the diagram's sample): pictures of units no view draws would only take memory.
constexpr int kMaxMapUnits = 64;
constexpr int kSampledMapUnits = 32;

// The widest layer's output size (at least 1): what one sample costs in a forward pass.
inline Index widestLayer(const Model& model)
{
    Index widest = model.inputShape().size();
    for (int l = 0; l < model.layerCount(); ++l)
        widest = std::max(widest, model.layer(l).outputShape().size());
    return std::max<Index>(1, widest);
}

// How many samples (or pixels) one forward pass of a view's computation may take: at most
// `most`, at least 1, and no more than kMaxPassValues of the widest layer's outputs.
inline Index samplesPerPass(const Model& model, Index most)
{
    return std::clamp<Index>(kMaxPassValues / widestLayer(model), 1, std::max<Index>(1, most));
}

// The units of a layer of `units` units that neuron pictures keep, ascending: all of them
// up to kMaxMapUnits, else kSampledMapUnits evenly spread, the first and the last included.
inline std::vector<int> mapUnits(int units)
{
    std::vector<int> kept;
    if (units <= kMaxMapUnits) {
        for (int u = 0; u < units; ++u)
            kept.push_back(u);
        return kept;
    }
    for (int i = 0; i < kSampledMapUnits; ++i)
        kept.push_back(int(std::lround(double(i) * (units - 1) / (kSampledMapUnits - 1))));
    return kept;
}

}  // namespace layerlab
