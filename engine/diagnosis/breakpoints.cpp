#include "diagnosis/breakpoints.h"

#include <algorithm>
#include <cmath>

namespace layerlab {

namespace {

// The layers of `report` whose `measure` meets `condition`, as a hit with `key`; `limit` and
// the first such layer's value fill the message.
template <typename Measure, typename Condition>
std::optional<BreakpointHit> layersWhere(const ProbeReport& report, std::int64_t step, const char* key, double limit,
                                         Measure measure, Condition condition, bool fractions)
{
    BreakpointHit hit;
    double first = 0;
    for (size_t i = 0; i < report.layers.size(); ++i) {
        const LayerProbe& layer = report.layers[i];
        if (!fractions && !layer.hasWeights)
            continue;  // a gradient norm belongs to a layer with weights
        const double v = measure(layer);
        if (!condition(v))
            continue;
        if (hit.layers.empty())
            first = v;
        hit.layers.push_back(int(i));
    }
    if (hit.layers.empty())
        return std::nullopt;
    hit.step = step;
    const int layer = hit.layers.front();
    auto arg = [&](double v) { return fractions ? MessageArg::percent(v) : MessageArg::value(v); };
    hit.reason = {key, {MessageArg::layer(layer, report.layers[size_t(layer)].label), arg(first), arg(limit),
                        MessageArg::count(step)}};
    return hit;
}

}  // namespace

std::optional<BreakpointHit> checkGradientBreakpoints(const Breakpoints& b, const ProbeReport& norms)
{
    auto gradient = [](const LayerProbe& l) { return l.gradientNorm; };
    if (b.gradientAbove > 0)
        if (auto hit = layersWhere(norms, norms.step, "breakpoint.gradient-above", b.gradientAbove, gradient,
                                   [&](double v) { return !(v <= b.gradientAbove); }, false))
            return hit;
    if (b.gradientBelow > 0)
        if (auto hit = layersWhere(norms, norms.step, "breakpoint.gradient-below", b.gradientBelow, gradient,
                                   [&](double v) { return v < b.gradientBelow; }, false))
            return hit;
    return std::nullopt;
}

std::optional<BreakpointHit> checkDistributionBreakpoints(const Breakpoints& b, const ProbeReport& d)
{
    if (b.deadAbove > 0)
        if (auto hit = layersWhere(d, d.distributionStep, "breakpoint.dead", b.deadAbove,
                                   [](const LayerProbe& l) { return l.deadFraction; },
                                   [&](double v) { return v > b.deadAbove; }, true))
            return hit;
    if (b.saturatedAbove > 0)
        if (auto hit = layersWhere(d, d.distributionStep, "breakpoint.saturated", b.saturatedAbove,
                                   [](const LayerProbe& l) { return l.saturatedFraction; },
                                   [&](double v) { return v > b.saturatedAbove; }, true))
            return hit;
    return std::nullopt;
}

std::optional<BreakpointHit> checkEpochBreakpoints(const Breakpoints& b, std::span<const EpochMetrics> epochs)
{
    const int n = b.validationRiseEpochs;
    if (n <= 0 || epochs.size() < size_t(n) + 1)
        return std::nullopt;
    // the last n epochs each ended with a higher validation loss than the one before
    for (size_t i = epochs.size() - size_t(n); i < epochs.size(); ++i) {
        const EpochMetrics& before = epochs[i - 1];
        const EpochMetrics& now = epochs[i];
        if (before.validation.samples == 0 || now.validation.samples == 0 ||
            !(now.validation.loss > before.validation.loss))
            return std::nullopt;
    }
    const EpochMetrics& first = epochs[epochs.size() - size_t(n) - 1];
    const EpochMetrics& last = epochs.back();
    BreakpointHit hit;
    hit.step = last.step;
    hit.reason = {"breakpoint.validation-rise",
                  {MessageArg::count(n), MessageArg::value(first.validation.loss),
                   MessageArg::value(last.validation.loss), MessageArg::count(last.epoch)}};
    return hit;
}

std::optional<BreakpointHit> checkFindingBreakpoints(const Breakpoints& b, std::span<const Finding> before,
                                                     std::span<const Finding> now, std::int64_t step)
{
    for (const Finding& f : now) {
        if (std::find(b.findings.begin(), b.findings.end(), f.kind) == b.findings.end())
            continue;
        // the same kind over a few more or fewer layers is not news
        const bool known =
            std::any_of(before.begin(), before.end(), [&](const Finding& old) { return old.kind == f.kind; });
        if (known)
            continue;
        BreakpointHit hit;
        hit.step = step;
        hit.layers = f.layers;
        hit.reason = {"breakpoint.finding", {MessageArg::name(std::string(findingKindName(f.kind))),
                                             MessageArg::count(step)}};
        return hit;
    }
    return std::nullopt;
}

}  // namespace layerlab
