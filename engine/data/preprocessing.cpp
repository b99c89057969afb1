#include "data/preprocessing.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <unordered_map>

#include "core/error.h"

namespace layerlab {

namespace {

// Keeps the samples whose flag is false, in order; returns how many were removed.
Index removeFlagged(Dataset& data, const std::vector<bool>& remove)
{
    std::vector<Index> keep;
    for (Index j = 0; j < data.sampleCount(); ++j)
        if (!remove[size_t(j)])
            keep.push_back(j);
    const Index removed = data.sampleCount() - Index(keep.size());
    if (removed > 0)
        data = selectSamples(data, keep);
    return removed;
}

// FNV-1a over the bytes of a sample's inputs and targets.
std::uint64_t hashSample(const Dataset& data, Index j)
{
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](const float* p, Index n) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(p);
        for (size_t i = 0; i < size_t(n) * sizeof(float); ++i)
            h = (h ^ bytes[i]) * 1099511628211ULL;
    };
    mix(data.inputs.col(j).data(), data.inputs.rows());
    mix(data.targets.col(j).data(), data.targets.rows());
    return h;
}

bool sameSample(const Dataset& data, Index a, Index b)
{
    return std::memcmp(data.inputs.col(a).data(), data.inputs.col(b).data(), size_t(data.inputs.rows()) * sizeof(float)) == 0
           && std::memcmp(data.targets.col(a).data(), data.targets.col(b).data(), size_t(data.targets.rows()) * sizeof(float)) == 0;
}

// The non-missing values of input feature i.
std::vector<float> presentValues(const Dataset& data, Index i)
{
    std::vector<float> values;
    values.reserve(size_t(data.sampleCount()));
    for (Index j = 0; j < data.sampleCount(); ++j)
        if (!std::isnan(data.inputs(i, j)))
            values.push_back(data.inputs(i, j));
    return values;
}

// The q-quantile of sorted values, interpolated linearly between neighbours (numpy's default).
double quantile(const std::vector<float>& sorted, double q)
{
    const double pos = q * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return double(sorted[lo]) + (pos - double(lo)) * (double(sorted[hi]) - double(sorted[lo]));
}

std::string featureName(const Dataset& data, Index i)
{
    if (size_t(i) < data.featureNames.size() && !data.featureNames[size_t(i)].empty())
        return data.featureNames[size_t(i)];
    return "input " + std::to_string(i + 1);
}

}  // namespace

Index removeDuplicateSamples(Dataset& data)
{
    std::unordered_map<std::uint64_t, std::vector<Index>> seen;
    std::vector<bool> duplicate(size_t(data.sampleCount()), false);
    for (Index j = 0; j < data.sampleCount(); ++j) {
        std::vector<Index>& bucket = seen[hashSample(data, j)];
        duplicate[size_t(j)] = std::any_of(bucket.begin(), bucket.end(), [&](Index k) { return sameSample(data, j, k); });
        if (!duplicate[size_t(j)])
            bucket.push_back(j);
    }
    return removeFlagged(data, duplicate);
}

Index dropMissingTargets(Dataset& data)
{
    std::vector<bool> missing(size_t(data.sampleCount()), false);
    for (Index j = 0; j < data.sampleCount(); ++j)
        missing[size_t(j)] = data.targets.col(j).array().isNaN().any();
    return removeFlagged(data, missing);
}

Index dropMissingInputs(Dataset& data)
{
    std::vector<bool> missing(size_t(data.sampleCount()), false);
    for (Index j = 0; j < data.sampleCount(); ++j)
        missing[size_t(j)] = data.inputs.col(j).array().isNaN().any();
    return removeFlagged(data, missing);
}

std::vector<Index> countMissingInputs(const Dataset& data)
{
    std::vector<Index> counts(size_t(data.inputs.rows()), 0);
    for (Index i = 0; i < data.inputs.rows(); ++i)
        counts[size_t(i)] = data.inputs.row(i).array().isNaN().count();
    return counts;
}

Imputer Imputer::fit(const Dataset& train, const std::string& method)
{
    if (method != "mean" && method != "median" && method != "most-frequent")
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "Missing values can be filled with the mean, median or most-frequent value, not '%1'. "
                                        "Choose one of these, or drop the rows with missing values."),
            MessageArg::name(method)));
    Imputer imputer;
    imputer.method = method;
    imputer.values = Vector::Zero(train.inputs.rows());
    for (Index i = 0; i < train.inputs.rows(); ++i) {
        std::vector<float> v = presentValues(train, i);
        if (v.empty())
            continue;
        if (method == "mean") {
            double sum = 0.0;
            for (float x : v)
                sum += x;
            imputer.values(i) = float(sum / double(v.size()));
        } else if (method == "median") {
            std::sort(v.begin(), v.end());
            imputer.values(i) = float(quantile(v, 0.5));
        } else {
            std::map<float, Index> counts;  // ordered: ties go to the smallest value
            for (float x : v)
                ++counts[x];
            auto best = counts.begin();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                if (it->second > best->second)
                    best = it;
            imputer.values(i) = best->first;
        }
    }
    return imputer;
}

std::vector<Index> Imputer::apply(Dataset& data) const
{
    std::vector<Index> filled(size_t(data.inputs.rows()), 0);
    for (Index j = 0; j < data.sampleCount(); ++j)
        for (Index i = 0; i < data.inputs.rows(); ++i)
            if (std::isnan(data.inputs(i, j))) {
                data.inputs(i, j) = values(i);
                ++filled[size_t(i)];
            }
    return filled;
}

OutlierBounds OutlierBounds::fit(const Dataset& train, const std::string& rule)
{
    if (rule != "zscore" && rule != "iqr")
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The outlier rule must be 'zscore' (|z| > 3) or 'iqr' (1.5 IQR), not '%1'. Choose one of these."),
            MessageArg::name(rule)));
    const Index features = train.inputs.rows();
    OutlierBounds bounds;
    bounds.rule = rule;
    bounds.low = Vector::Constant(features, -std::numeric_limits<float>::infinity());
    bounds.high = Vector::Constant(features, std::numeric_limits<float>::infinity());
    bounds.checked.assign(size_t(features), false);
    if (!train.inputShape.isFlat())
        return bounds;
    for (Index i = 0; i < features; ++i) {
        std::vector<float> v = presentValues(train, i);
        std::sort(v.begin(), v.end());
        size_t kinds = v.empty() ? 0 : 1;
        for (size_t k = 1; k < v.size() && kinds <= 2; ++k)
            kinds += v[k] != v[k - 1];
        if (kinds <= 2)
            continue;
        double lo, hi;
        if (rule == "zscore") {
            // z = (x - mean) / std, population std of the training split; outlier when |z| > 3.
            double sum = 0.0, sq = 0.0;
            for (float x : v)
                sum += x;
            const double mean = sum / double(v.size());
            for (float x : v)
                sq += (x - mean) * (x - mean);
            const double sd = std::sqrt(sq / double(v.size()));
            lo = mean - 3.0 * sd;
            hi = mean + 3.0 * sd;
        } else {
            // Tukey's fences: [Q1 - 1.5 IQR, Q3 + 1.5 IQR].
            const double q1 = quantile(v, 0.25), q3 = quantile(v, 0.75);
            lo = q1 - 1.5 * (q3 - q1);
            hi = q3 + 1.5 * (q3 - q1);
        }
        if (!(hi > lo))
            continue;
        bounds.low(i) = float(lo);
        bounds.high(i) = float(hi);
        bounds.checked[size_t(i)] = true;
    }
    return bounds;
}

std::vector<Index> OutlierBounds::count(const Dataset& data) const
{
    std::vector<Index> counts(size_t(data.inputs.rows()), 0);
    for (Index i = 0; i < data.inputs.rows(); ++i)
        if (checked[size_t(i)])
            counts[size_t(i)] = ((data.inputs.row(i).array() < low(i)) || (data.inputs.row(i).array() > high(i))).count();
    return counts;
}

Index OutlierBounds::drop(Dataset& data) const
{
    std::vector<bool> outlier(size_t(data.sampleCount()), false);
    for (Index j = 0; j < data.sampleCount(); ++j)
        for (Index i = 0; i < data.inputs.rows(); ++i)
            if (checked[size_t(i)] && (data.inputs(i, j) < low(i) || data.inputs(i, j) > high(i)))
                outlier[size_t(j)] = true;
    return removeFlagged(data, outlier);
}

std::vector<Index> OutlierBounds::clip(Dataset& data) const
{
    std::vector<Index> moved(size_t(data.inputs.rows()), 0);
    for (Index j = 0; j < data.sampleCount(); ++j)
        for (Index i = 0; i < data.inputs.rows(); ++i) {
            float& x = data.inputs(i, j);
            if (!checked[size_t(i)] || !(x < low(i) || x > high(i)))
                continue;
            x = x < low(i) ? low(i) : high(i);
            ++moved[size_t(i)];
        }
    return moved;
}

std::optional<Message> describeFeatureCounts(const std::vector<Index>& counts, const Dataset& data)
{
    std::optional<Message> text;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        const MessageArg count = MessageArg::count(counts[i]), feature = MessageArg::name(featureName(data, Index(i)));
        if (!text)
            text = counts[i] == 1 ? engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 cell in '%2'"), count, feature)
                                  : engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 cells in '%2'"), count, feature);
        else
            //: a list of cell counts growing by one: %1 is the list so far ("3 cells in 'age'"), %2 a count of cells
            //: in the feature %3
            text = engineMessage(QT_TRANSLATE_NOOP("Engine", "%1, %2 in '%3'"), MessageArg::message(std::move(*text)), count,
                                 feature);
    }
    return text;
}

}  // namespace layerlab
