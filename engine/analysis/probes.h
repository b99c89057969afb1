// Probes: what the UI shows about each layer while training (TensorBoard's histograms,
// Playground's neurons). Computed on the training thread, from the first shard's
// activations, so their cost is bounded whatever the batch size.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "model/model.h"

namespace layerlab {

constexpr int kHistogramBins = 30;

struct Histogram {
    float lo = 0;
    float hi = 0;
    std::array<std::uint32_t, kHistogramBins> counts{};
    std::uint32_t nonFinite = 0;  // NaN and Inf values, counted apart

    // Over more than 4096 values, the histogram is of a sample of 4096 of them (128 evenly
    // spaced runs of 32): its counts then add up to 4096, not to values.size().
    static Histogram of(std::span<const float> values);
    std::uint64_t total() const;
};

// The percentiles TensorBoard's distribution charts draw: the minimum, the normal
// distribution's -1.5, -1, -0.5 sigma, the median, +0.5, +1, +1.5 sigma and the maximum.
// Between the pairs lie the middle 38%, 68% and 87% of the values, and all of them.
constexpr int kQuantileCount = 9;
constexpr std::array<double, kQuantileCount> kDistributionPercentiles = {0, 6.68, 15.87, 30.85, 50,
                                                                          69.15, 84.13, 93.32, 100};
using Quantiles = std::array<float, kQuantileCount>;
// The quantiles of no values at all.
constexpr Quantiles kNoQuantiles = [] {
    Quantiles q{};
    q.fill(std::numeric_limits<float>::quiet_NaN());
    return q;
}();

// kDistributionPercentiles of a histogram's finite values, interpolated within its bins
// (so within a bin width of the exact ones); kNoQuantiles when it holds none.
Quantiles quantilesOf(const Histogram& histogram);

// Outputs of sigmoid/tanh within this distance of their limits count as saturated.
constexpr float kSaturationMargin = 0.02f;

struct LayerProbe {
    std::string label;              // "Dense #2"
    bool hasWeights = false;
    Index weightCount = 0;          // weights (not biases); they come first in the layer's parameters
    double weightNorm = 0;          // ||W|| (weights only, not biases)
    double gradientNorm = 0;        // ||dL/dW||
    double updateRatio = 0;         // ||delta W|| / ||W|| of the last step
    Histogram weights;
    Histogram gradients;
    Histogram activations;
    // quantilesOf() the three histograms, for the charts of distributions over time
    Quantiles weightQuantiles = kNoQuantiles;
    Quantiles gradientQuantiles = kNoQuantiles;
    Quantiles activationQuantiles = kNoQuantiles;
    double activationMean = 0;
    double activationStd = 0;
    double saturatedFraction = 0;   // sigmoid/tanh units near their limits
    double deadFraction = 0;        // ReLU units (Conv2D: channels) that output 0 for every sample of the shard
};

// Probes come in two parts with different costs. The norms (and the update ratios the
// trainer adds) are a few sums: cheap enough for every step, and the gradient view charts
// them over time. The distributions (histograms, activation statistics) cost several times
// more and are only ever looked at in the latest snapshot, so the trainer measures them
// when asked, from the buffers the step left behind.
struct ProbeReport {
    std::int64_t step = -1;              // the step the norms and update ratios describe
    std::int64_t distributionStep = -1;  // the step the histograms and activation statistics describe
    std::vector<LayerProbe> layers;
};

// Each layer's label and weight count, every measurement empty: once per model.
ProbeReport probeLayout(const Model& model);

// ||W|| and ||dL/dW|| of every layer; with `previous` (the parameters before the step,
// same size as the model's), the update ratios ||delta W|| / ||W|| too.
void measureNorms(ProbeReport& report, const Model& model, const Vector& gradients, const Vector& previous = {});

// The histograms of weights, gradients and activations and the activations' statistics.
// gradients: the step's summed gradient; activations: a shard's workspace after its
// forward pass.
void measureDistributions(ProbeReport& report, const Model& model, const Vector& gradients,
                          const Workspace& activations);

// Everything at once, as of `step`.
ProbeReport computeProbes(const Model& model, const Vector& gradients, const Vector& previous,
                          const Workspace& activations, std::int64_t step);

}  // namespace layerlab
