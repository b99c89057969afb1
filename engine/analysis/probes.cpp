#include "analysis/probes.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <tbb/parallel_for.h>

namespace layerlab {

namespace {

// An array longer than kHistogramSample values is histogrammed from a sample of that many:
// kSampleRuns runs of consecutive values, evenly spaced over the array. A 30-bin picture
// needs no more, and runs (unlike every k-th value) read only the sampled cache lines, so
// probing a layer of 200k weights reads 16 KB of it instead of all 800 KB.
constexpr Index kHistogramSample = 4096;
constexpr Index kSampleRuns = 128;
constexpr Index kSampleRun = kHistogramSample / kSampleRuns;

// Values to histogram, all finite.
Histogram histogramOfFinite(const Eigen::Ref<const Eigen::ArrayXf>& v, Histogram h)
{
    const float lo = v.minCoeff();
    const float hi = v.maxCoeff();
    if (lo == hi) {
        // a constant: one bin centred on it
        h.lo = lo - 0.5f;
        h.hi = hi + 0.5f;
    } else {
        h.lo = lo;
        h.hi = hi;
    }
    // hi - lo can overflow a float (a diverging run's values near +-3e38): take the scale in
    // double, and scale before subtracting so that no intermediate is infinite
    const float scale = float(double(kHistogramBins) / (double(h.hi) - double(h.lo)));
    const float offset = h.lo * scale;
    // Bins a block at a time (vectorised, on the stack), then four partial counts, so that
    // consecutive values in the same bin do not wait on each other.
    constexpr Index kBlock = 256;
    std::array<int, kBlock> bins;
    std::array<std::array<std::uint32_t, kHistogramBins>, 4> part{};
    for (Index begin = 0; begin < v.size(); begin += kBlock) {
        const Index n = std::min(kBlock, v.size() - begin);
        Eigen::Map<Eigen::ArrayXi>(bins.data(), n) =
            (v.segment(begin, n) * scale - offset).cast<int>().max(0).min(kHistogramBins - 1);
        Index i = 0;
        for (; i + 4 <= n; i += 4)
            for (int k = 0; k < 4; ++k)
                ++part[size_t(k)][size_t(bins[size_t(i + k)])];
        for (; i < n; ++i)
            ++part[0][size_t(bins[size_t(i)])];
    }
    for (size_t b = 0; b < size_t(kHistogramBins); ++b)
        h.counts[b] = part[0][b] + part[1][b] + part[2][b] + part[3][b];
    return h;
}

Histogram histogramOf(const Eigen::Ref<const Eigen::ArrayXf>& v)
{
    Histogram h;
    // v * 0 is NaN exactly when v is Inf or NaN
    if (v.size() == 0 || !std::isnan((v * 0.0f).sum()))
        return v.size() ? histogramOfFinite(v, h) : h;
    Eigen::ArrayXf finite(v.size());
    Index n = 0;
    for (Index i = 0; i < v.size(); ++i) {
        if (std::isfinite(v[i]))
            finite[n++] = v[i];
        else
            ++h.nonFinite;
    }
    return n ? histogramOfFinite(finite.head(n), h) : h;
}

// Calls f with the values themselves when there are at most kHistogramSample of them, else
// with the sample of kSampleRuns runs.
template <typename F>
void withSample(std::span<const float> values, F f)
{
    const Index n = Index(values.size());
    if (n <= kHistogramSample) {
        f(Eigen::Map<const Eigen::ArrayXf>(values.data(), n));
        return;
    }
    Eigen::ArrayXf sample(kHistogramSample);
    for (Index r = 0; r < kSampleRuns; ++r) {
        const Index begin = r * (n - kSampleRun) / (kSampleRuns - 1);  // first run at 0, last at the end
        sample.segment(r * kSampleRun, kSampleRun) = Eigen::Map<const Eigen::ArrayXf>(values.data() + begin, kSampleRun);
    }
    f(sample);
}

}  // namespace

Histogram Histogram::of(std::span<const float> values)
{
    Histogram h;
    withSample(values, [&](const auto& v) { h = histogramOf(v); });
    return h;
}

std::uint64_t Histogram::total() const
{
    std::uint64_t n = 0;
    for (auto c : counts)
        n += c;
    return n;
}

Quantiles quantilesOf(const Histogram& h)
{
    const std::uint64_t total = h.total();
    if (total == 0)
        return kNoQuantiles;
    Quantiles q{};
    // Histogram::of puts a constant alone in the middle bin of [c - 0.5, c + 0.5]; any other
    // histogram has its minimum in bin 0 and its maximum in the last bin.
    const auto occupied = std::count_if(h.counts.begin(), h.counts.end(), [](auto c) { return c > 0; });
    if (occupied == 1 && h.counts[0] == 0 && h.counts[kHistogramBins - 1] == 0) {
        q.fill(float(0.5 * (double(h.lo) + double(h.hi))));
        return q;
    }
    // The values of a bin are taken as spread evenly over it: the quantile at rank r lies
    // in the first occupied bin whose running count reaches r, as far in as r is into it.
    const double width = (double(h.hi) - double(h.lo)) / kHistogramBins;
    for (size_t k = 0; k < q.size(); ++k) {
        const double rank = kDistributionPercentiles[k] / 100.0 * double(total);
        double below = 0;
        for (int b = 0; b < kHistogramBins; ++b) {
            const double count = double(h.counts[size_t(b)]);
            if (count == 0)
                continue;
            if (below + count >= rank) {
                q[k] = float(double(h.lo) + (b + (rank - below) / count) * width);
                break;
            }
            below += count;
        }
    }
    return q;
}

namespace {

using ConstVecMap = Eigen::Map<const Vector>;

// Values per chunk of the fused norm pass: a chunk of both arrays stays in L1.
constexpr Index kNormChunk = 2048;
// From this many parameters, the probe jobs run as tasks in the caller's task arena.
constexpr Index kParallelProbeParameters = 32768;

// ||W|| and, with `previous`, ||W - previous|| in one pass over both arrays.
void weightNorms(LayerProbe& probe, const float* w, const float* previous, Index n)
{
    double squares = 0;
    double deltaSquares = 0;
    for (Index begin = 0; begin < n; begin += kNormChunk) {
        const ConstVecMap chunk(w + begin, std::min(kNormChunk, n - begin));
        squares += double(chunk.squaredNorm());
        if (previous)
            deltaSquares += double((chunk - ConstVecMap(previous + begin, chunk.size())).squaredNorm());
    }
    probe.weightNorm = std::sqrt(squares);
    if (previous)
        probe.updateRatio = probe.weightNorm > 0 ? std::sqrt(deltaSquares) / probe.weightNorm : 0.0;
}

// The histogram, mean, spread and saturation of a large layer's outputs come from the same
// sample as its histogram; which units are dead is exact.
void activationProbe(LayerProbe& probe, const Layer& layer, const Matrix& a)
{
    const Activation act = layer.activation();
    withSample({a.data(), size_t(a.size())}, [&](const auto& s) {
        probe.activations = histogramOf(s);
        const double mean = double(s.mean());
        probe.activationMean = mean;
        probe.activationStd = std::sqrt(std::max(0.0, double(s.square().sum()) / double(s.size()) - mean * mean));
        if (act == Activation::Sigmoid || act == Activation::Softmax)
            probe.saturatedFraction =
                double(((s < kSaturationMargin) || (s > 1 - kSaturationMargin)).count()) / double(s.size());
        else if (act == Activation::Tanh)
            probe.saturatedFraction = double((s.abs() > 1 - kSaturationMargin).count()) / double(s.size());
    });
    if (act == Activation::ReLU && layer.outputShape().isFlat()) {
        // a unit is dead when its largest output over the shard is <= 0; the maximum is taken
        // column by column (vectorised), as a.rowwise() on a column-major matrix is not
        Vector largest = a.col(0);
        for (Index j = 1; j < a.cols(); ++j)
            largest = largest.cwiseMax(a.col(j));
        probe.deadFraction = double((largest.array() <= 0.0f).count()) / double(a.rows());
    } else if (act == Activation::ReLU) {
        // a convolution's unit is a channel: dead when its whole feature map is 0 for every sample
        const Shape out = layer.outputShape();
        const Index plane = Index(out.height) * out.width;
        int dead = 0;
        for (int c = 0; c < out.channels; ++c)
            dead += (a.middleRows(c * plane, plane).array() <= 0.0f).all() ? 1 : 0;
        probe.deadFraction = double(dead) / double(out.channels);
    }
}

// Runs job(k) for k in [0, count): as tasks in the caller's task arena for a large model,
// where a probe reads megabytes, else one after another (a tiny net's probes take less time
// than handing out tasks).
template <typename Job>
void forEachJob(const Model& model, int count, const Job& job)
{
    if (model.parameterCount() >= kParallelProbeParameters)
        tbb::parallel_for(0, count, job);
    else
        for (int k = 0; k < count; ++k)
            job(k);
}

}  // namespace

ProbeReport probeLayout(const Model& model)
{
    ProbeReport report;
    const int layers = model.layerCount();
    report.layers.resize(size_t(layers));
    const Vector& mask = model.weightMask();
    for (int i = 0; i < layers; ++i) {
        LayerProbe& probe = report.layers[size_t(i)];
        probe.label = layerLabel(model.layer(i).spec(), i + 1);
        // Weights come first in every layer's parameter block and are the 1s of the mask: the
        // last 1, searched from the block's end, passes only the few biases.
        const Index offset = model.layerParameterOffset(i);
        Index weightCount = model.layerParameterCount(i);
        while (weightCount > 0 && mask(offset + weightCount - 1) != 1.0f)
            --weightCount;
        probe.hasWeights = weightCount > 0 && mask(offset) == 1.0f;
        probe.weightCount = probe.hasWeights ? weightCount : 0;
    }
    return report;
}

void measureNorms(ProbeReport& report, const Model& model, const Vector& gradients, const Vector& previous)
{
    const float* params = model.parameters().data();
    const bool hasPrevious = previous.size() == model.parameters().size();
    // two independent jobs per layer, each writing its own fields: weights, gradients
    forEachJob(model, 2 * int(report.layers.size()), [&](int k) {
        const int i = k / 2;
        LayerProbe& probe = report.layers[size_t(i)];
        if (probe.weightCount == 0)
            return;
        const Index offset = model.layerParameterOffset(i);
        if (k % 2 == 0)
            weightNorms(probe, params + offset, hasPrevious ? previous.data() + offset : nullptr, probe.weightCount);
        else
            probe.gradientNorm = double(ConstVecMap(gradients.data() + offset, probe.weightCount).norm());
    });
}

void measureDistributions(ProbeReport& report, const Model& model, const Vector& gradients, const Workspace& ws)
{
    const float* params = model.parameters().data();
    // three independent jobs per layer, each writing its own fields: weights, gradients, activations
    forEachJob(model, 3 * int(report.layers.size()), [&](int k) {
        const int i = k / 3;
        LayerProbe& probe = report.layers[size_t(i)];
        const Index offset = model.layerParameterOffset(i);
        const Index n = probe.weightCount;
        switch (k % 3) {
        case 0:
            if (n > 0) {
                probe.weights = Histogram::of({params + offset, size_t(n)});
                probe.weightQuantiles = quantilesOf(probe.weights);
            }
            return;
        case 1:
            if (n > 0) {
                probe.gradients = Histogram::of({gradients.data() + offset, size_t(n)});
                probe.gradientQuantiles = quantilesOf(probe.gradients);
            }
            return;
        default:
            if (size_t(i) < ws.outputs.size() && ws.outputs[size_t(i)].size() > 0) {
                activationProbe(probe, model.layer(i), ws.outputs[size_t(i)]);
                probe.activationQuantiles = quantilesOf(probe.activations);
            }
            return;
        }
    });
}

ProbeReport computeProbes(const Model& model, const Vector& gradients, const Vector& previous,
                          const Workspace& ws, std::int64_t step)
{
    ProbeReport report = probeLayout(model);
    measureNorms(report, model, gradients, previous);
    measureDistributions(report, model, gradients, ws);
    report.step = report.distributionStep = step;
    return report;
}

}  // namespace layerlab
