#include "probes.h"

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
    const float scale = float(kHistogramBins) / (h.hi - h.lo);
    // Bins a block at a time (vectorised, on the stack), then four partial counts, so that
    // consecutive values in the same bin do not wait on each other.
    constexpr Index kBlock = 256;
    std::array<int, kBlock> bins;
    std::array<std::array<std::uint32_t, kHistogramBins>, 4> part{};
    for (Index begin = 0; begin < v.size(); begin += kBlock) {
        const Index n = std::min(kBlock, v.size() - begin);
        Eigen::Map<Eigen::ArrayXi>(bins.data(), n) =
            ((v.segment(begin, n) - h.lo) * scale).cast<int>().min(kHistogramBins - 1);
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

namespace {

using ConstVecMap = Eigen::Map<const Vector>;

// Values per chunk of the fused norm pass: a chunk of both arrays stays in L1.
constexpr Index kNormChunk = 2048;
// From this many parameters, the probe jobs run as tasks in the caller's task arena.
constexpr Index kParallelProbeParameters = 32768;

// ||W|| and ||W - previous|| in one pass over both arrays.
void weightProbe(LayerProbe& probe, const float* w, const float* previous, Index n)
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
    probe.weights = Histogram::of({w, size_t(n)});
}

void gradientProbe(LayerProbe& probe, const float* g, Index n)
{
    probe.gradientNorm = double(ConstVecMap(g, n).norm());
    probe.gradients = Histogram::of({g, size_t(n)});
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

}  // namespace

ProbeReport computeProbes(const Model& model, const Vector& gradients, const Vector& previous,
                          const Workspace& ws, std::int64_t step)
{
    ProbeReport report;
    report.step = step;
    const int layers = model.layerCount();
    report.layers.resize(size_t(layers));
    std::vector<Index> weightCounts(size_t(layers), 0);
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
        weightCounts[size_t(i)] = probe.hasWeights ? weightCount : 0;
    }

    // Three independent jobs per layer: its weights, its gradients, its activations. Each
    // writes its own fields of its layer's probe.
    const float* params = model.parameters().data();
    const bool hasPrevious = previous.size() == model.parameters().size();
    const auto job = [&](int k) {
        const int i = k / 3;
        LayerProbe& probe = report.layers[size_t(i)];
        const Index offset = model.layerParameterOffset(i);
        const Index n = weightCounts[size_t(i)];
        switch (k % 3) {
        case 0:
            if (n > 0)
                weightProbe(probe, params + offset, hasPrevious ? previous.data() + offset : nullptr, n);
            return;
        case 1:
            if (n > 0)
                gradientProbe(probe, gradients.data() + offset, n);
            return;
        default:
            if (size_t(i) < ws.outputs.size() && ws.outputs[size_t(i)].size() > 0)
                activationProbe(probe, model.layer(i), ws.outputs[size_t(i)]);
            return;
        }
    };
    if (model.parameterCount() >= kParallelProbeParameters)
        tbb::parallel_for(0, 3 * layers, job);
    else
        for (int k = 0; k < 3 * layers; ++k)
            job(k);
    return report;
}

}  // namespace layerlab
