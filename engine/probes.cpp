#include "probes.h"

#include <cmath>

namespace layerlab {

Histogram Histogram::of(std::span<const float> values)
{
    Histogram h;
    float lo = std::numeric_limits<float>::infinity();
    float hi = -lo;
    for (float v : values) {
        if (!std::isfinite(v)) {
            ++h.nonFinite;
            continue;
        }
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (lo > hi)
        return h;
    if (lo == hi) {
        // a constant: one bin centred on it
        h.lo = lo - 0.5f;
        h.hi = hi + 0.5f;
    } else {
        h.lo = lo;
        h.hi = hi;
    }
    const float scale = float(kHistogramBins) / (h.hi - h.lo);
    for (float v : values) {
        if (!std::isfinite(v))
            continue;
        const int bin = std::min(kHistogramBins - 1, int((v - h.lo) * scale));
        ++h.counts[size_t(bin)];
    }
    return h;
}

std::uint64_t Histogram::total() const
{
    std::uint64_t n = 0;
    for (auto c : counts)
        n += c;
    return n;
}

ProbeReport computeProbes(const Model& model, const Vector& gradients, const Vector& previous,
                          const Workspace& ws, std::int64_t step)
{
    ProbeReport report;
    report.step = step;
    const Vector& params = model.parameters();
    const Vector& mask = model.weightMask();
    for (int i = 0; i < model.layerCount(); ++i) {
        const Layer& layer = model.layer(i);
        LayerProbe probe;
        probe.label = layerLabel(layer.spec(), i + 1);
        const Index offset = model.layerParameterOffset(i);
        Index weightCount = 0;
        for (const auto& p : layer.parameters())
            if (p.isWeight)
                weightCount += p.size();
        // Weights come first in every layer's parameter block.
        if (weightCount > 0 && mask(offset) == 1.0f) {
            probe.hasWeights = true;
            auto w = params.segment(offset, weightCount);
            auto g = gradients.segment(offset, weightCount);
            probe.weightNorm = double(w.norm());
            probe.gradientNorm = double(g.norm());
            if (previous.size() == params.size()) {
                const double delta = double((w - previous.segment(offset, weightCount)).norm());
                probe.updateRatio = probe.weightNorm > 0 ? delta / probe.weightNorm : 0.0;
            }
            probe.weights = Histogram::of({w.data(), size_t(weightCount)});
            probe.gradients = Histogram::of({g.data(), size_t(weightCount)});
        }
        if (size_t(i) < ws.outputs.size() && ws.outputs[size_t(i)].size() > 0) {
            const Matrix& a = ws.outputs[size_t(i)];
            probe.activations = Histogram::of({a.data(), size_t(a.size())});
            const double mean = double(a.mean());
            probe.activationMean = mean;
            probe.activationStd = std::sqrt(std::max(0.0, double(a.squaredNorm()) / double(a.size()) - mean * mean));
            const Activation act = layer.activation();
            if (act == Activation::Sigmoid || act == Activation::Softmax)
                probe.saturatedFraction =
                    double(((a.array() < kSaturationMargin) || (a.array() > 1 - kSaturationMargin)).count()) /
                    double(a.size());
            else if (act == Activation::Tanh)
                probe.saturatedFraction =
                    double((a.array().abs() > 1 - kSaturationMargin).count()) / double(a.size());
            if (act == Activation::ReLU)
                probe.deadFraction =
                    double((a.array() <= 0.0f).rowwise().all().count()) / double(a.rows());
        }
        report.layers.push_back(std::move(probe));
    }
    return report;
}

}  // namespace layerlab
