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

// The cells of a statistics row after its name.
std::string statsCells(const Stats& s)
{
    if (s.present == 0)
        return pad("-", 10) + pad("-", 10) + pad("-", 10) + pad("-", 10) + std::to_string(s.missing);
    return pad(number(s.min), 10) + pad(number(s.max), 10) + pad(number(s.mean), 10) + pad(number(s.sd), 10)
           + std::to_string(s.missing);
}

// A row whose first cell is words (translatable), padded by its English width, then `rest`.
Message wordsRow(const std::string& indent, Message first, size_t width, const std::string& rest)
{
    const size_t used = englishText(first).size();
    const std::string gap(used < width ? width - used + 1 : 1, ' ');
    return Message{{}, {MessageArg::name(indent), MessageArg::message(std::move(first)), MessageArg::name(gap + rest)},
                   nullptr, "%1%2%3"};
}

std::string percent(Index part, Index whole)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", whole ? 100.0 * double(part) / double(whole) : 0.0);
    return buffer;
}

}  // namespace

std::vector<Message> describeDataset(const Dataset& data)
{
    const Index n = data.sampleCount();
    const Index features = data.inputs.rows();
    std::vector<Message> lines;
    const Message inputs =
        !data.inputShape.isFlat()
            ? engineMessage(QT_TRANSLATE_NOOP("Engine", "images of %1 (height x width x channels)"),
                            MessageArg::name(data.inputShape.describe()))
        : features == 1 ? engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 input column"), MessageArg::count(features))
                        : engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 input columns"), MessageArg::count(features));
    const Index targets = data.targets.rows();
    const Message task =
        data.isClassification()
            ? engineMessage(QT_TRANSLATE_NOOP("Engine", "classification into %1 classes"), MessageArg::count(data.classCount))
        : targets == 1 ? engineMessage(QT_TRANSLATE_NOOP("Engine", "regression of %1 target"), MessageArg::count(targets))
                       : engineMessage(QT_TRANSLATE_NOOP("Engine", "regression of %1 targets"), MessageArg::count(targets));
    //: the first line of `layerlab-cli data`: %1 is the data set's name, %2 its number of rows, %3 its inputs
    //: ("2 input columns", "images of 28x28x1 (...)"), %4 its task ("classification into 10 classes")
    lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1: %2 rows (samples), %3, %4"),
                                  MessageArg::name(data.name.empty() ? std::string("data") : data.name), MessageArg::count(n),
                                  MessageArg::message(inputs), MessageArg::message(task)));

    //: the heading of a table: keep each word's column aligned with the numbers below (column = the data's column)
    lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "column                   min        max        mean       std        missing")));
    if (data.inputShape.isFlat()) {
        const size_t shown = std::min(size_t(features), kMaxColumnsShown);
        for (size_t i = 0; i < shown; ++i) {
            const std::string name = i < data.featureNames.size() ? data.featureNames[i] : "input " + std::to_string(i + 1);
            lines.push_back(verbatimMessage(pad(name, kNameWidth) + statsCells(statsOf(data.inputs.row(Index(i))))));
        }
        if (size_t(features) > shown)
            lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "... and %1 more input columns"),
                                          MessageArg::count((long long)(size_t(features) - shown))));
    } else {
        const Eigen::Map<const Vector> all(data.inputs.data(), data.inputs.size());
        lines.push_back(wordsRow("", engineMessage(QT_TRANSLATE_NOOP("Engine", "all %1 pixels"), MessageArg::count(features)),
                                 kNameWidth, statsCells(statsOf(all))));
    }

    if (!data.isClassification()) {
        for (Index t = 0; t < data.targets.rows(); ++t) {
            const std::string name = size_t(t) < data.targetNames.size() ? data.targetNames[size_t(t)] : "target " + std::to_string(t + 1);
            //: a row of a table: %1 is the name of a regression target
            lines.push_back(wordsRow("", engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 (target)"), MessageArg::name(name)),
                                     kNameWidth, statsCells(statsOf(data.targets.row(t)))));
        }
        return lines;
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
    lines.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "class counts:")));
    for (size_t k = 0; k < counts.size(); ++k) {
        const std::string name = k < data.classNames.size() ? std::to_string(k) + " " + data.classNames[k] : std::to_string(k);
        lines.push_back(verbatimMessage("  " + pad(name, kNameWidth - 2) + pad(std::to_string(counts[k]), 10) + percent(counts[k], n)));
    }
    if (missing)
        lines.push_back(wordsRow("  ", engineMessage(QT_TRANSLATE_NOOP("Engine", "(missing label)")), kNameWidth - 2,
                                 std::to_string(missing)));
    if (outside)
        lines.push_back(wordsRow("  ", engineMessage(QT_TRANSLATE_NOOP("Engine", "(label out of range)")), kNameWidth - 2,
                                 std::to_string(outside)));
    return lines;
}

}  // namespace layerlab
