#include "diagnosis/run_facts.h"

#include <algorithm>
#include <cmath>

namespace layerlab {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return 0.5 * (lower + upper);
}

std::vector<double> sliceValues(const SeriesView& series, double from, double to)
{
    const size_t n = series.size();
    const size_t begin = std::min(n, size_t(std::floor(from * double(n))));
    const size_t end = std::min(n, std::max(begin + 1, size_t(std::ceil(to * double(n)))));
    std::vector<double> values;
    for (size_t i = begin; i < end; ++i)
        if (std::isfinite(series.values[i]))
            values.push_back(series.values[i]);
    return values;
}

std::vector<double> tailValues(const SeriesView& series, double fraction, size_t minPoints)
{
    const size_t n = series.size();
    const size_t count = std::min(n, std::max(minPoints, size_t(std::ceil(fraction * double(n)))));
    std::vector<double> values;
    for (size_t i = n - count; i < n; ++i)
        if (std::isfinite(series.values[i]))
            values.push_back(series.values[i]);
    return values;
}

RunFacts::RunFacts(const RunRecord& run) : m_run(run)
{
    const int layers = std::min<int>(int(project().model.layers.size()), int(run.gradientNorms.size()));
    for (int i = 0; i < layers; ++i) {
        const LayerKind kind = spec(i).kind;
        if (kind == LayerKind::Dense || kind == LayerKind::Conv2D)
            m_weighted.push_back(i);
    }
    size_t points = run.gradientNorms.empty() ? 0 : run.gradientNorms.front().size();
    for (int layer : m_weighted)
        points = std::min(points, run.gradientNorms[size_t(layer)].size());
    m_mature = run.step >= kMinDiagnosedSteps && points >= kMinProbePoints && run.frames.size() >= kMinFrames &&
               !m_weighted.empty();
}

std::string RunFacts::label(int layer) const
{
    if (!m_run.frames.empty()) {
        const ProbeReport& last = *m_run.frames.back();
        if (layer >= 0 && size_t(layer) < last.layers.size())
            return last.layers[size_t(layer)].label;
    }
    if (layer >= 0 && layer < layerCount())
        return layerLabel(spec(layer), layer + 1);
    return "?";
}

std::vector<int> RunFacts::hiddenWeighted() const
{
    std::vector<int> hidden;
    for (int layer : m_weighted)
        if (layer != outputLayer())
            hidden.push_back(layer);
    return hidden;
}

double RunFacts::recentGradient(int layer) const
{
    return median(tailValues(m_run.gradientNorms[size_t(layer)], 0.25));
}

double RunFacts::earlierGradient(int layer) const
{
    return median(sliceValues(m_run.gradientNorms[size_t(layer)], 0.5, 0.75));
}

double RunFacts::earlyGradient(int layer) const
{
    return median(sliceValues(m_run.gradientNorms[size_t(layer)], 0.0, 0.25));
}

double RunFacts::recentUpdateRatio(int layer) const
{
    if (size_t(layer) >= m_run.updateRatios.size())
        return 0;
    return median(tailValues(m_run.updateRatios[size_t(layer)], 0.25));
}

std::vector<const ProbeReport*> RunFacts::recentFrames(size_t count) const
{
    std::vector<const ProbeReport*> frames;
    const size_t n = m_run.frames.size();
    for (size_t i = n - std::min(n, count); i < n; ++i)
        if (m_run.frames[i])
            frames.push_back(m_run.frames[i].get());
    return frames;
}

namespace {

template <typename Measure>
std::vector<double> overFrames(const std::vector<const ProbeReport*>& frames, int layer, Measure measure)
{
    std::vector<double> values;
    for (const ProbeReport* f : frames)
        if (size_t(layer) < f->layers.size())
            values.push_back(measure(f->layers[size_t(layer)]));
    return values;
}

double smallest(const std::vector<double>& values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

}  // namespace

double RunFacts::sustainedDead(int layer) const
{
    return smallest(overFrames(recentFrames(), layer, [](const LayerProbe& p) { return p.deadFraction; }));
}

double RunFacts::sustainedSaturated(int layer) const
{
    return smallest(overFrames(recentFrames(), layer, [](const LayerProbe& p) { return p.saturatedFraction; }));
}

double RunFacts::medianSaturated(int layer) const
{
    return median(overFrames(recentFrames(), layer, [](const LayerProbe& p) { return p.saturatedFraction; }));
}

double RunFacts::medianDead(int layer) const
{
    return median(overFrames(recentFrames(), layer, [](const LayerProbe& p) { return p.deadFraction; }));
}

double RunFacts::weightScale(int layer) const
{
    if (m_run.frames.empty())
        return 0;
    const ProbeReport& last = *m_run.frames.back();
    if (size_t(layer) >= last.layers.size() || last.layers[size_t(layer)].weightCount == 0)
        return 0;
    const LayerProbe& p = last.layers[size_t(layer)];
    return p.weightNorm / std::sqrt(double(p.weightCount));
}

double RunFacts::recentLoss() const { return median(tailValues(m_run.stepLoss, 0.25)); }

double RunFacts::startLoss() const { return median(sliceValues(m_run.stepLoss, 0.0, 0.1)); }

std::optional<double> RunFacts::chanceLoss() const
{
    if (m_run.task != Task::Classification || m_run.classes < 2)
        return std::nullopt;
    const LossKind loss = project().training.loss;
    if (loss == LossKind::BinaryCrossEntropy && m_run.classes == 2)
        return std::log(2.0);
    if (loss == LossKind::CategoricalCrossEntropy || loss == LossKind::SparseCategoricalCrossEntropy)
        return std::log(double(m_run.classes));
    return std::nullopt;
}

double RunFacts::largestMeanSquare() const
{
    double largest = 0;
    for (const FeatureStatistics& f : m_run.inputs)
        largest = std::max(largest, f.std * f.std + f.mean * f.mean);
    return largest;
}

double RunFacts::sumMeanSquares() const
{
    double sum = 0;
    for (const FeatureStatistics& f : m_run.inputs)
        sum += f.std * f.std + f.mean * f.mean;
    return sum;
}

bool RunFacts::inputsUnscaled() const
{
    double smallestStd = INFINITY, largestStd = 0;
    for (const FeatureStatistics& f : m_run.inputs) {
        if (f.name == "pixels")
            return f.max > 2.0;  // raw 0-255 values rather than 0-1
        if (f.std > 0) {
            smallestStd = std::min(smallestStd, f.std);
            largestStd = std::max(largestStd, f.std);
        }
        if (std::abs(f.mean) > 2 * f.std && std::abs(f.mean) > 1)
            return true;
        if (f.std > 100)
            return true;
    }
    return largestStd > 0 && largestStd > 100 * smallestStd;
}

double roundDownNicely(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return value;
    const double power = std::pow(10.0, std::floor(std::log10(value) + 1e-9));
    for (double mantissa : {5.0, 2.0, 1.0})
        if (mantissa * power <= value * (1 + 1e-6))
            return mantissa * power;
    return power;
}

}  // namespace layerlab
