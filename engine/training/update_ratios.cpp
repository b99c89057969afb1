#include "training/update_ratios.h"

#include <cmath>

namespace layerlab {

namespace {

// A layer is measured whole up to kWholeLayer weights, else on kRuns evenly spaced runs of
// kWholeLayer / kRuns consecutive weights (runs read only the sampled cache lines).
constexpr Index kWholeLayer = 8192;
constexpr Index kRuns = 256;

// The number of weights (not biases) of every layer that has any, else 0.
std::vector<Index> weightCounts(const Model& model)
{
    std::vector<Index> counts;
    for (int i = 0; i < model.layerCount(); ++i) {
        Index weights = 0;
        for (const auto& p : model.layer(i).parameters())
            if (p.isWeight)
                weights += p.size();
        // weights come first in a layer's block (as the probes assume)
        const bool first = weights > 0 && model.weightMask()(model.layerParameterOffset(i)) == 1.0f;
        counts.push_back(first ? weights : 0);
    }
    return counts;
}

// Calls f(layer, first parameter, count) for every run of the sample, layer by layer.
template <typename F>
void forEachSampleRun(const Model& model, const std::vector<Index>& weightCounts, F f)
{
    for (int i = 0; i < model.layerCount(); ++i) {
        const Index offset = model.layerParameterOffset(i);
        const Index weights = weightCounts[size_t(i)];
        if (weights == 0)
            continue;
        if (weights <= kWholeLayer) {
            f(i, offset, weights);
            continue;
        }
        constexpr Index run = kWholeLayer / kRuns;
        for (Index r = 0; r < kRuns; ++r)
            f(i, offset + r * (weights - run) / (kRuns - 1), run);
    }
}

}  // namespace

void UpdateRatioSampler::saveBefore(const Model& model)
{
    if (m_layerWeights.size() != size_t(model.layerCount()))
        m_layerWeights = weightCounts(model);
    m_before.clear();
    const Vector& params = model.parameters();
    forEachSampleRun(model, m_layerWeights, [&](int, Index first, Index count) {
        m_before.insert(m_before.end(), params.data() + first, params.data() + first + count);
    });
}

void UpdateRatioSampler::setRatios(const Model& model, ProbeReport& report) const
{
    const Vector& params = model.parameters();
    size_t saved = 0;
    int current = -1;
    double squares = 0;
    double deltaSquares = 0;
    // sum ||W||^2 and ||delta W||^2 over a layer's runs; set its ratio when the next layer starts
    const auto finish = [&] {
        if (current >= 0 && size_t(current) < report.layers.size() && report.layers[size_t(current)].hasWeights)
            report.layers[size_t(current)].updateRatio = squares > 0 ? std::sqrt(deltaSquares / squares) : 0.0;
        squares = deltaSquares = 0;
    };
    forEachSampleRun(model, m_layerWeights, [&](int layer, Index first, Index count) {
        if (layer != current) {
            finish();
            current = layer;
        }
        const auto now = params.segment(first, count);
        const Eigen::Map<const Vector> before(m_before.data() + saved, count);
        saved += size_t(count);
        squares += double(now.squaredNorm());
        deltaSquares += double((now - before).squaredNorm());
    });
    finish();
}

}  // namespace layerlab
