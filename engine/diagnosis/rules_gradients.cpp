// What the gradient norms and the distributions show: vanishing and exploding gradients,
// dead ReLUs, saturated sigmoid/tanh units.
#include <algorithm>
#include <cmath>

#include "diagnosis/diagnosis_rules.h"

namespace layerlab {

namespace {

// A sustained pattern: it holds in the recent quarter of the series and in the quarter
// before it, so one odd stretch raises nothing.
constexpr double kVanishingRatio = 1e-3;   // first weighted layer vs last, recent medians
constexpr double kExplodingRatio = 1e3;    // first weighted layer vs last
constexpr double kExplodingGrowth = 100;   // a layer's norm, recent vs the run's start
constexpr double kExplodingNorm = 1e3;     // a gradient norm this large is never healthy
constexpr double kDeadFraction = 0.5;      // in every one of the recent frames
constexpr double kSaturatedFraction = 0.5; // in every one of the recent frames
constexpr double kLargeGain = 2.5;         // weight std x sqrt(fan-in) past this saturates or explodes

MessageArg activationArg(Activation a) { return MessageArg::name(std::string(activationName(a))); }
MessageArg initArg(InitKind k) { return MessageArg::name(std::string(initName(k))); }

double earlyUpdateRatio(const RunFacts& facts, int layer)
{
    if (size_t(layer) >= facts.run().updateRatios.size())
        return 0;
    return median(sliceValues(facts.run().updateRatios[size_t(layer)], 0.0, 0.25));
}

// The number of inputs of each unit of a Dense layer (0 when not known).
int fanIn(const RunFacts& facts, int layer)
{
    for (int i = layer - 1; i >= 0; --i) {
        const LayerSpec& s = facts.spec(i);
        if (s.kind == LayerKind::Dense)
            return s.units;
        if (s.kind == LayerKind::Conv2D || s.kind == LayerKind::Flatten || s.kind == LayerKind::GlobalAvgPool)
            return 0;
    }
    const auto& inputs = facts.run().inputs;
    if (inputs.empty() || inputs.front().name == "pixels")
        return 0;
    return int(inputs.size());
}

// The standard deviation of a Dense layer's initial weights (0 when not known).
double initialStd(const RunFacts& facts, int layer)
{
    const LayerSpec& s = facts.spec(layer);
    const double in = fanIn(facts, layer);
    const double out = s.units;
    if (s.kind != LayerKind::Dense || in <= 0)
        return 0;
    switch (s.init.kind) {
    case InitKind::Zeros: return 0;
    case InitKind::Constant: return std::abs(s.init.value);
    case InitKind::Uniform: return std::abs(s.init.value) / std::sqrt(3.0);
    case InitKind::Normal: return std::abs(s.init.value);
    case InitKind::XavierUniform:
    case InitKind::XavierNormal: return std::sqrt(2.0 / (in + out));
    case InitKind::HeUniform:
    case InitKind::HeNormal: return std::sqrt(2.0 / in);
    case InitKind::LeCunUniform:
    case InitKind::LeCunNormal: return std::sqrt(1.0 / in);
    }
    return 0;
}

// How much a layer multiplies the spread of its inputs, at the start (init) or now.
double initialGain(const RunFacts& facts, int layer) { return initialStd(facts, layer) * std::sqrt(double(fanIn(facts, layer))); }
double currentGain(const RunFacts& facts, int layer)
{
    return facts.weightScale(layer) * std::sqrt(double(fanIn(facts, layer)));
}

double slopeLimit(Activation a)
{
    switch (a) {
    case Activation::Sigmoid: return 0.25;
    default: return 1.0;
    }
}

bool saturating(Activation a) { return a == Activation::Sigmoid || a == Activation::Tanh; }

InitKind initFor(Activation a)
{
    return a == Activation::ReLU || a == Activation::LeakyReLU ? InitKind::HeNormal : InitKind::XavierNormal;
}

// A run whose loss fell below this fraction of where it started learns well whatever else
// is measured: dead or saturated units there are worth knowing, not a warning.
constexpr double kLearnedWell = 0.3;

bool learnsWell(const RunFacts& facts)
{
    // a classifier that learns fast has left chance level before the first tenth of the run
    // the start loss is measured over: compare with chance level too
    const double start = std::max(facts.startLoss(), facts.chanceLoss().value_or(0.0));
    return start > 0 && facts.recentLoss() < kLearnedWell * start;
}

Finding finding(const RunFacts& facts, FindingKind kind, std::vector<int> layers)
{
    Finding f;
    f.kind = kind;
    f.severity = Severity::Warning;
    f.layers = std::move(layers);
    f.step = facts.run().step;
    return f;
}

}  // namespace

std::optional<Finding> checkVanishingGradients(const RunFacts& facts)
{
    const std::vector<int>& weighted = facts.weighted();
    // two layers are not "deep": a gradient lost there is saturation or dead units, found apart
    if (!facts.mature() || weighted.size() < 3)
        return std::nullopt;
    const int first = weighted.front();
    const int last = weighted.back();
    const double top = facts.recentGradient(last);
    const double bottom = facts.recentGradient(first);
    const bool recent = top > 0 && bottom < kVanishingRatio * top;
    const bool earlier = facts.earlierGradient(last) > 0 &&
                         facts.earlierGradient(first) < kVanishingRatio * facts.earlierGradient(last);
    if (!recent || !earlier)
        return std::nullopt;

    std::vector<int> layers;
    double worstSaturated = 0, worstDead = 0;
    int saturatedLayer = -1, deadLayer = -1;
    std::vector<double> scales;
    for (int layer : facts.hiddenWeighted()) {
        if (facts.recentGradient(layer) < 0.1 * top)
            layers.push_back(layer);
        if (const double s = facts.medianSaturated(layer); s > worstSaturated)
            worstSaturated = s, saturatedLayer = layer;
        if (const double d = facts.medianDead(layer); d > worstDead)
            worstDead = d, deadLayer = layer;
        scales.push_back(facts.weightScale(layer));
    }
    const double factor = std::pow(top / std::max(bottom, 1e-30), 1.0 / double(weighted.size() - 1));
    Finding f = finding(facts, FindingKind::VanishingGradients, layers);
    f.title = {"vanishing.title", {facts.layerArg(first)}};
    if (bottom > 0)
        f.evidence = {"vanishing.evidence",
                      {MessageArg::value(top), facts.layerArg(last), MessageArg::value(bottom), facts.layerArg(first),
                       MessageArg::value(factor)}};
    else
        f.evidence = {"vanishing.evidence.zero", {MessageArg::value(top), facts.layerArg(last), facts.layerArg(first)}};
    const Activation hidden = facts.spec(first).activation;
    if (worstSaturated >= kSaturatedFraction)
        f.cause = {"vanishing.cause.saturation", {MessageArg::percent(worstSaturated), facts.layerArg(saturatedLayer)}};
    else if (worstDead >= kDeadFraction)
        f.cause = {"vanishing.cause.dead", {MessageArg::percent(worstDead), facts.layerArg(deadLayer)}};
    else if (saturating(hidden) && bottom > 0)
        f.cause = {"vanishing.cause.small-slope",
                   {MessageArg::percent(worstSaturated), activationArg(hidden), MessageArg::value(slopeLimit(hidden)),
                    MessageArg::value(median(scales)), MessageArg::value(factor)}};
    else
        f.cause = {"vanishing.cause.small-weights",
                   {MessageArg::percent(worstSaturated), MessageArg::percent(worstDead), MessageArg::value(median(scales)),
                    MessageArg::value(factor)}};
    const std::vector<int> hiddenLayers = facts.hiddenWeighted();
    if (hidden != Activation::ReLU)
        f.fixes.push_back(fixes::useActivation(Activation::ReLU, hiddenLayers));
    f.fixes.push_back(fixes::useInitializer(InitKind::HeNormal, hiddenLayers));
    f.fixes.push_back(fixes::insertBatchNorm(hiddenLayers));
    return f;
}

std::optional<Finding> checkExplodingGradients(const RunFacts& facts)
{
    const std::vector<int>& weighted = facts.weighted();
    if (!facts.mature())
        return std::nullopt;
    Finding f = finding(facts, FindingKind::ExplodingGradients, {});
    const int first = weighted.front();
    const int last = weighted.back();
    const double top = facts.recentGradient(last);
    const double bottom = facts.recentGradient(first);
    if (weighted.size() >= 2 && top > 0 && bottom > kExplodingRatio * top &&
        facts.earlierGradient(first) > kExplodingRatio * facts.earlierGradient(last)) {
        for (int layer : facts.hiddenWeighted())
            if (facts.recentGradient(layer) > 10 * top)
                f.layers.push_back(layer);
        const double factor = std::pow(bottom / top, 1.0 / double(weighted.size() - 1));
        f.evidence = {"exploding.evidence.depth",
                      {MessageArg::value(top), facts.layerArg(last), MessageArg::value(bottom), facts.layerArg(first),
                       MessageArg::value(factor)}};
    } else {
        int worst = -1;
        double worstGrowth = 0;
        for (int layer : weighted) {
            const double now = facts.recentGradient(layer);
            const double start = facts.earlyGradient(layer);
            const double growth = start > 0 ? now / start : 0;
            const bool grew = now > 1 && growth > kExplodingGrowth && facts.earlierGradient(layer) > 10 * start;
            if (grew || now > kExplodingNorm) {
                f.layers.push_back(layer);
                if (worst < 0 || growth > worstGrowth)
                    worst = layer, worstGrowth = growth;
            }
        }
        if (worst < 0)
            return std::nullopt;
        if (worstGrowth > kExplodingGrowth)
            f.evidence = {"exploding.evidence.time",
                          {facts.layerArg(worst), MessageArg::value(facts.earlyGradient(worst)),
                           MessageArg::value(facts.recentGradient(worst)), MessageArg::count(facts.run().step)}};
        else
            f.evidence = {"exploding.evidence.size",
                          {facts.layerArg(worst), MessageArg::value(facts.recentGradient(worst))}};
    }
    if (f.layers.empty())
        f.layers = {first};
    f.title = {"exploding.title", {facts.layerArg(f.layers.front())}};
    int largest = -1;
    double gain = 0;
    for (int layer : weighted)
        if (const double g = std::max(currentGain(facts, layer), initialGain(facts, layer)); g > gain)
            gain = g, largest = layer;
    const Activation hidden = facts.spec(first).activation;
    if (gain > kLargeGain) {
        f.cause = {"exploding.cause.large-weights", {facts.layerArg(largest), MessageArg::value(gain)}};
        f.fixes = {fixes::useInitializer(initFor(hidden), weighted), fixes::clipGradients(1)};
        if (!facts.hiddenWeighted().empty())
            f.fixes.push_back(fixes::insertBatchNorm(facts.hiddenWeighted()));
    } else if (facts.inputsUnscaled() && facts.project().data.normalization == "none") {
        f.cause = {"exploding.cause.unscaled", {MessageArg::value(gain)}};
        f.fixes = {fixes::normalizeInputs(), fixes::clipGradients(1),
                   fixes::lowerLearningRate(lowerRateFor(facts.learningRate()))};
    } else {
        f.cause = {"exploding.cause.learning-rate", {MessageArg::value(gain), MessageArg::value(facts.learningRate())}};
        f.fixes = {fixes::clipGradients(1), fixes::lowerLearningRate(lowerRateFor(facts.learningRate())),
                   fixes::useInitializer(initFor(hidden), weighted)};
    }
    return f;
}

std::optional<Finding> checkDeadRelu(const RunFacts& facts)
{
    if (!facts.mature())
        return std::nullopt;
    std::vector<int> layers;
    int worst = -1;
    double worstDead = 0;
    for (int layer : facts.hiddenWeighted()) {
        if (facts.spec(layer).activation != Activation::ReLU)
            continue;
        const double dead = facts.sustainedDead(layer);
        if (dead < kDeadFraction)
            continue;
        layers.push_back(layer);
        if (dead > worstDead)
            worstDead = dead, worst = layer;
    }
    if (layers.empty())
        return std::nullopt;
    Finding f = finding(facts, FindingKind::DeadRelu, layers);
    f.title = {"dead.title", {facts.layerArg(worst)}};
    f.evidence = {"dead.evidence",
                  {MessageArg::percent(worstDead), facts.layerArg(worst), MessageArg::count(long(facts.recentFrames().size()))}};
    const LayerSpec& spec = facts.spec(worst);
    const double gain = initialGain(facts, worst);
    const double steps = earlyUpdateRatio(facts, worst);
    const Fix lower = fixes::lowerLearningRate(lowerRateFor(facts.learningRate()));
    const Fix leaky = fixes::useActivation(Activation::LeakyReLU, layers);
    const Fix he = fixes::useInitializer(InitKind::HeNormal, layers);
    if (gain > kLargeGain) {
        f.cause = {"dead.cause.huge-init", {facts.layerArg(worst), initArg(spec.init.kind), MessageArg::value(gain)}};
        f.fixes = {he, leaky, lower};
    } else if (steps > 1e-2) {
        f.cause = {"dead.cause.large-steps",
                   {MessageArg::value(steps), MessageArg::value(facts.learningRate()), initArg(spec.init.kind)}};
        f.fixes = {lower, leaky, he};
    } else if (facts.inputsUnscaled() && facts.project().data.normalization == "none") {
        f.cause = {"dead.cause.unscaled", {initArg(spec.init.kind), MessageArg::value(steps)}};
        f.fixes = {fixes::normalizeInputs(), leaky, he};
    } else {
        f.cause = {"dead.cause.generic", {initArg(spec.init.kind), MessageArg::value(steps)}};
        f.fixes = {leaky, he, lower};
    }
    if (gain <= kLargeGain && learnsWell(facts))
        f.severity = Severity::Info;
    return f;
}

std::optional<Finding> checkSaturation(const RunFacts& facts)
{
    if (!facts.mature())
        return std::nullopt;
    std::vector<int> layers;
    int worst = -1;
    double worstSaturated = 0;
    for (int layer : facts.hiddenWeighted()) {
        if (!saturating(facts.spec(layer).activation))
            continue;
        const double saturated = facts.sustainedSaturated(layer);
        if (saturated < kSaturatedFraction)
            continue;
        layers.push_back(layer);
        if (saturated > worstSaturated)
            worstSaturated = saturated, worst = layer;
    }
    if (layers.empty())
        return std::nullopt;
    Finding f = finding(facts, FindingKind::Saturation, layers);
    const LayerSpec& spec = facts.spec(worst);
    f.title = {"saturation.title", {facts.layerArg(worst)}};
    f.evidence = {"saturation.evidence",
                  {MessageArg::percent(worstSaturated), facts.layerArg(worst), MessageArg::percent(kSaturationMargin),
                   activationArg(spec.activation), MessageArg::count(long(facts.recentFrames().size()))}};
    const double startGain = initialGain(facts, worst);
    const double nowGain = currentGain(facts, worst);
    const Fix xavier = fixes::useInitializer(InitKind::XavierNormal, layers);
    const Fix batchNorm = fixes::insertBatchNorm(layers);
    const Fix lower = fixes::lowerLearningRate(lowerRateFor(facts.learningRate()));
    if (startGain > kLargeGain) {
        f.cause = {"saturation.cause.huge-init",
                   {facts.layerArg(worst), initArg(spec.init.kind), MessageArg::value(spec.init.value),
                    MessageArg::count(fanIn(facts, worst)), MessageArg::value(startGain), activationArg(spec.activation)}};
        f.fixes = {xavier, batchNorm, lower};
    } else if (facts.inputsUnscaled() && facts.project().data.normalization == "none") {
        f.cause = {"saturation.cause.unscaled", {initArg(spec.init.kind), activationArg(spec.activation)}};
        f.fixes = {fixes::normalizeInputs(), batchNorm, xavier};
    } else if (nowGain > kLargeGain) {
        f.cause = {"saturation.cause.grown-weights",
                   {facts.layerArg(worst), MessageArg::value(nowGain), initArg(spec.init.kind),
                    MessageArg::value(facts.learningRate())}};
        f.fixes = {lower, batchNorm, xavier};
    } else {
        f.cause = {"saturation.cause.generic", {initArg(spec.init.kind), MessageArg::value(nowGain)}};
        f.fixes = {batchNorm, xavier, lower};
    }
    // a well-trained classifier's sharp boundary saturates units too
    if (startGain <= kLargeGain && learnsWell(facts))
        f.severity = Severity::Info;
    return f;
}

}  // namespace layerlab
