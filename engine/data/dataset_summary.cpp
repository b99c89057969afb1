#include "data/dataset_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace layerlab {

namespace {

constexpr size_t kMaxColumnsShown = 40;
constexpr size_t kNameWidth = 24;

struct Stats {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double mean = 0.0;
    double sd = 0.0;
    Index present = 0;
    Index missing = 0;
};

// Statistics of the values in `v`, skipping NaN: two passes for a stable std.
template <typename Values>
Stats statsOf(const Values& v)
{
    Stats s;
    double sum = 0.0;
    for (Index k = 0; k < v.size(); ++k) {
        const float x = v(k);
        if (std::isnan(x)) {
            ++s.missing;
            continue;
        }
        s.min = std::min(s.min, double(x));
        s.max = std::max(s.max, double(x));
        sum += x;
        ++s.present;
    }
    if (s.present == 0)
        return s;
    s.mean = sum / double(s.present);
    double sq = 0.0;
    for (Index k = 0; k < v.size(); ++k)
        if (!std::isnan(v(k)))
            sq += (v(k) - s.mean) * (v(k) - s.mean);
    s.sd = std::sqrt(sq / double(s.present));
    return s;
}

std::string number(double v)
{
    if (std::abs(v) < 1e-6)  // a normalised mean of -6e-09 reads better as 0
        v = 0.0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", v);
    return buffer;
}

std::string pad(std::string s, size_t width)
{
    if (s.size() > width)
        s = s.substr(0, width - 3) + "...";
    return s + std::string(width - s.size() + 1, ' ');
}

std::string statsLine(const std::string& name, const Stats& s)
{
    if (s.present == 0)
        return pad(name, kNameWidth) + pad("-", 10) + pad("-", 10) + pad("-", 10) + pad("-", 10) + std::to_string(s.missing) + "\n";
    return pad(name, kNameWidth) + pad(number(s.min), 10) + pad(number(s.max), 10) + pad(number(s.mean), 10)
           + pad(number(s.sd), 10) + std::to_string(s.missing) + "\n";
}

std::string percent(Index part, Index whole)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", whole ? 100.0 * double(part) / double(whole) : 0.0);
    return buffer;
}

}  // namespace

std::string describeDataset(const Dataset& data)
{
    const Index n = data.sampleCount();
    const Index features = data.inputs.rows();
    std::string text = (data.name.empty() ? std::string("data") : data.name) + ": " + std::to_string(n) + " rows (samples), ";
    if (data.inputShape.isFlat())
        text += std::to_string(features) + " input column" + (features == 1 ? "" : "s");
    else
        text += "images of " + data.inputShape.describe() + " (height x width x channels)";
    if (data.isClassification())
        text += ", classification into " + std::to_string(data.classCount) + " classes\n";
    else
        text += ", regression of " + std::to_string(data.targets.rows()) + " target" + (data.targets.rows() == 1 ? "" : "s") + "\n";

    text += pad("column", kNameWidth) + pad("min", 10) + pad("max", 10) + pad("mean", 10) + pad("std", 10) + "missing\n";
    if (data.inputShape.isFlat()) {
        const size_t shown = std::min(size_t(features), kMaxColumnsShown);
        for (size_t i = 0; i < shown; ++i) {
            const std::string name = i < data.featureNames.size() ? data.featureNames[i] : "input " + std::to_string(i + 1);
            text += statsLine(name, statsOf(data.inputs.row(Index(i))));
        }
        if (size_t(features) > shown)
            text += "... and " + std::to_string(size_t(features) - shown) + " more input columns\n";
    } else {
        const Eigen::Map<const Vector> all(data.inputs.data(), data.inputs.size());
        text += statsLine("all " + std::to_string(features) + " pixels", statsOf(all));
    }

    if (!data.isClassification()) {
        for (Index t = 0; t < data.targets.rows(); ++t) {
            const std::string name = size_t(t) < data.targetNames.size() ? data.targetNames[size_t(t)] : "target " + std::to_string(t + 1);
            text += statsLine(name + " (target)", statsOf(data.targets.row(t)));
        }
        return text;
    }

    std::vector<Index> counts(size_t(std::max(data.classCount, 0)), 0);
    Index missing = 0, outside = 0;
    for (Index j = 0; j < n; ++j) {
        const float t = data.targets(0, j);
        if (std::isnan(t))
            ++missing;
        else if (t >= 0.0f && t < float(data.classCount))
            ++counts[size_t(t)];
        else
            ++outside;
    }
    text += "class counts:\n";
    for (size_t k = 0; k < counts.size(); ++k) {
        const std::string name = k < data.classNames.size() ? std::to_string(k) + " " + data.classNames[k] : std::to_string(k);
        text += "  " + pad(name, kNameWidth - 2) + pad(std::to_string(counts[k]), 10) + percent(counts[k], n) + "\n";
    }
    if (missing)
        text += "  " + pad("(missing label)", kNameWidth - 2) + std::to_string(missing) + "\n";
    if (outside)
        text += "  " + pad("(label out of range)", kNameWidth - 2) + std::to_string(outside) + "\n";
    return text;
}

}  // namespace layerlab
