// What the loss curves show: a run that went Inf/NaN, a learning rate too high or too low,
// a plateau at chance level, overfitting and underfitting.
#include <algorithm>
#include <cmath>

#include "diagnosis/diagnosis_rules.h"

namespace layerlab {

namespace {

constexpr double kTooHighUpdateRatio = 1e-1;  // a hundred times the usual 1e-3
constexpr double kTooLowUpdateRatio = 1e-5;   // a hundred times below it
constexpr double kChanceTolerance = 0.05;     // a loss within 5% of ln(C) sits at chance
constexpr double kFlatChange = 0.02;          // a loss that moved less than 2% is flat
constexpr std::int64_t kPlateauSteps = 300;   // a plateau lasts this many steps and epochs at least
constexpr std::int64_t kPlateauEpochs = 10;
constexpr size_t kUnderfitEpochs = 50;        // slow phases look flat for a while: judge late

Finding finding(const RunFacts& facts, FindingKind kind, Severity severity)
{
    Finding f;
    f.kind = kind;
    f.severity = severity;
    f.step = facts.run().step;
    return f;
}

// How many times larger the loss got per step over the last points before the run's end
// (1 when it did not grow or there are too few points).
double lossGrowthPerStep(const SeriesView& loss)
{
    std::vector<size_t> finite;
    for (size_t i = 0; i < loss.size(); ++i)
        if (std::isfinite(loss.values[i]) && loss.values[i] > 0)
            finite.push_back(i);
    if (finite.size() < 3)
        return 1;
    const size_t last = finite.back();
    const size_t first = finite[finite.size() - std::min<size_t>(finite.size(), 10)];
    const double steps = double(loss.steps[last] - loss.steps[first]);
    if (steps <= 0)
        return 1;
    return std::pow(double(loss.values[last]) / double(loss.values[first]), 1.0 / steps);
}

// A loss that grew more than tenfold per step overshoots by far: a tenth of the rate is
// not enough, ask for a hundredth (the doctor looks again after the next run).
std::optional<double> divergedBound(double lr, double growth)
{
    return growth > 10 ? std::optional<double>(lr / 50) : std::nullopt;
}

MessageArg optimizerArg(const RunFacts& facts)
{
    return MessageArg::name(std::string(optimizerName(facts.project().training.optimizer.kind)));
}

bool unnormalisedAndUnscaled(const RunFacts& facts)
{
    return facts.project().data.normalization == "none" && facts.inputsUnscaled();
}

// The features farthest from zero (by |mean|), for a cause that names them.
std::vector<const FeatureStatistics*> featuresByMean(const RunFacts& facts)
{
    std::vector<const FeatureStatistics*> features;
    for (const FeatureStatistics& f : facts.run().inputs)
        features.push_back(&f);
    std::stable_sort(features.begin(), features.end(),
                     [](const auto* a, const auto* b) { return std::abs(a->mean) > std::abs(b->mean); });
    return features;
}

const EpochMetrics* lastEpoch(const RunFacts& facts)
{
    return facts.run().epochs.empty() ? nullptr : &facts.run().epochs.back();
}

// metrics that do not apply to the task are NaN
bool applicable(double metric) { return std::isfinite(metric); }

}  // namespace

double lowerRateFor(double current, std::optional<double> bound)
{
    double target = current / 10;
    if (bound)
        target = std::min(target, *bound / 2);
    return roundDownNicely(target);
}

std::optional<double> linearStableBound(const RunFacts& facts)
{
    const Project& p = facts.project();
    const OptimizerKind optimizer = p.training.optimizer.kind;
    if (p.model.layers.size() != 1 || p.model.layers.front().kind != LayerKind::Dense ||
        p.model.layers.front().activation != Activation::Linear || p.training.loss != LossKind::MSE ||
        (optimizer != OptimizerKind::GradientDescent && optimizer != OptimizerKind::SGD) || facts.run().inputs.empty() ||
        facts.run().inputs.front().name == "pixels")
        return std::nullopt;
    const double curvature = 2 * (facts.sumMeanSquares() + 1);
    return 2 / curvature;
}

std::optional<Finding> checkNonFinite(const RunFacts& facts)
{
    const RunRecord& run = facts.run();
    if (!run.divergence)
        return std::nullopt;
    const Divergence& d = *run.divergence;
    Finding f = finding(facts, FindingKind::NonFinite, Severity::Error);
    f.step = d.step;
    if (d.layer >= 0)
        f.layers = {d.layer};
    const MessageArg where = d.layer >= 0 ? MessageArg::layer(d.layer, d.layerLabel) : MessageArg::name(d.layerLabel);
    f.title = {"nonfinite.title", {MessageArg::count(d.step)}};
    switch (d.where) {
    case Divergence::Where::Forward: f.evidence = {"nonfinite.evidence.forward", {MessageArg::count(d.step), where}}; break;
    case Divergence::Where::Loss:
        f.evidence = {"nonfinite.evidence.loss", {MessageArg::count(d.step), where, MessageArg::value(d.largestOutput)}};
        break;
    case Divergence::Where::Backward:
        f.evidence = {"nonfinite.evidence.backward", {MessageArg::count(d.step), where}};
        break;
    case Divergence::Where::Update: f.evidence = {"nonfinite.evidence.update", {MessageArg::count(d.step), where}}; break;
    }
    const double growth = lossGrowthPerStep(run.stepLoss);
    const std::optional<double> bound = linearStableBound(facts);
    const double lr = facts.learningRate();
    const Fix lower = fixes::lowerLearningRate(lowerRateFor(lr, bound ? bound : divergedBound(lr, growth)));
    if (bound && lr > *bound) {
        f.cause = {"nonfinite.cause.above-bound",
                   {MessageArg::value(growth), MessageArg::value(lr), MessageArg::value(*bound)}};
    } else if (growth > 1.2) {
        f.cause = {"nonfinite.cause.growing", {MessageArg::value(growth), MessageArg::value(lr)}};
    } else if (unnormalisedAndUnscaled(facts)) {
        const FeatureStatistics* worst = featuresByMean(facts).front();
        f.cause = {"nonfinite.cause.unscaled",
                   {MessageArg::name(worst->name), MessageArg::value(std::max(std::abs(worst->mean), worst->std))}};
    } else {
        f.cause = {"nonfinite.cause.sudden", {MessageArg::value(growth), MessageArg::value(lr)}};
    }
    f.fixes = {lower};
    if (unnormalisedAndUnscaled(facts))
        f.fixes.push_back(fixes::normalizeInputs());
    f.fixes.push_back(fixes::clipGradients(1));
    return f;
}

std::optional<Finding> checkLearningRateTooHigh(const RunFacts& facts)
{
    const RunRecord& run = facts.run();
    const double lr = facts.learningRate();
    const bool diverged = run.divergence.has_value();
    Finding f = finding(facts, FindingKind::LearningRateTooHigh, diverged ? Severity::Error : Severity::Warning);
    f.title = {"lr-high.title", {MessageArg::value(lr)}};
    const double growth = lossGrowthPerStep(run.stepLoss);

    // A single linear layer with MSE: the curvature, hence the stable bound, follows from the
    // inputs alone. lambda_max is at least 2 max(E[x_j^2], 1) (a diagonal entry of the
    // Hessian): a rate above 2 / that diverges for sure; above the trace's bound it diverges
    // when the features are correlated, which the loss shows by growing.
    if (const std::optional<double> bound = linearStableBound(facts)) {
        const double sureBound = 2 / (2 * std::max(facts.largestMeanSquare(), 1.0));
        const bool growing = diverged || (run.stepLoss.size() >= 3 && growth > 1.01);
        if (lr > sureBound || (lr > *bound && growing)) {
            f.layers = {0};  // the one layer
            f.evidence = {"lr-high.evidence.bound",
                          {MessageArg::value(2 / *bound), MessageArg::value(*bound), MessageArg::value(lr)}};
            const auto features = featuresByMean(facts);
            const double features2 = double(run.inputs.size());
            const double zCurvature = 2 * (features2 + 1);  // every E[x^2] = 1 after z-score
            if (unnormalisedAndUnscaled(facts) && features.size() >= 2) {
                f.cause = {"lr-high.cause.unscaled-inputs",
                           {MessageArg::name(features[0]->name), MessageArg::value(features[0]->mean),
                            MessageArg::name(features[1]->name), MessageArg::value(features[1]->mean),
                            MessageArg::value(zCurvature), MessageArg::value(2 / zCurvature)}};
            } else if (unnormalisedAndUnscaled(facts)) {
                f.cause = {"lr-high.cause.unscaled-input",
                           {MessageArg::name(features[0]->name), MessageArg::value(features[0]->mean),
                            MessageArg::value(zCurvature), MessageArg::value(2 / zCurvature)}};
            } else {
                f.cause = {"lr-high.cause.curvature", {MessageArg::value(std::abs(1 - lr * 2 / *bound))}};
            }
            f.fixes = {fixes::lowerLearningRate(lowerRateFor(lr, *bound))};
            if (unnormalisedAndUnscaled(facts))
                f.fixes.push_back(fixes::normalizeInputs());
            return f;
        }
        if (diverged)
            return std::nullopt;  // below the bound: not the learning rate
    }

    const Fix lower = fixes::lowerLearningRate(lowerRateFor(lr, diverged ? divergedBound(lr, growth) : std::nullopt));
    if (diverged) {
        // A steadily growing loss (or one that blew up within a few steps) is overshooting.
        const std::int64_t at = run.divergence->step;
        if (growth > 1.2 && run.stepLoss.size() >= 3)
            f.evidence = {"lr-high.evidence.diverged", {MessageArg::value(growth), MessageArg::count(at)}};
        else if (at <= 10)
            f.evidence = {"lr-high.evidence.immediate", {MessageArg::count(at), MessageArg::value(lr)}};
        else
            return std::nullopt;
        f.cause = {"lr-high.cause.overshoot", {MessageArg::value(lr), optimizerArg(facts)}};
        f.fixes = {lower, fixes::clipGradients(1)};
        if (unnormalisedAndUnscaled(facts))
            f.fixes.push_back(fixes::normalizeInputs());
        return f;
    }
    if (!facts.mature())
        return std::nullopt;

    // A loss that climbs back up (medians of tenths, not single noisy batches).
    double best = INFINITY, worst = 0;
    for (int tenth = 0; tenth < 10; ++tenth) {
        const auto values = sliceValues(run.stepLoss, tenth / 10.0, (tenth + 1) / 10.0);
        if (!values.empty()) {
            best = std::min(best, median(values));
            worst = std::max(worst, median(values));
        }
    }
    const std::optional<double> chance = facts.chanceLoss();
    const double recent = facts.recentLoss();
    const double start = facts.startLoss();
    double largestRatio = 0;
    int largestLayer = -1;
    for (int layer : facts.weighted())
        if (const double r = facts.recentUpdateRatio(layer); r > largestRatio)
            largestRatio = r, largestLayer = layer;
    // ending above where it started, and well above its best: a healthy run never does that
    if (std::isfinite(best) && best > 0 && recent > 1.5 * best && recent > 1.1 * start) {
        f.evidence = {"lr-high.evidence.rising", {MessageArg::value(best), MessageArg::value(recent)}};
    } else if (chance && recent > 1.5 * *chance && worst > 1.5 * best) {
        // a classifier that does worse than guessing, jumping from stretch to stretch
        f.evidence = {"lr-high.evidence.above-chance",
                      {MessageArg::value(recent), MessageArg::value(best), MessageArg::value(worst),
                       MessageArg::value(*chance)}};
    } else if (largestRatio > kTooHighUpdateRatio && recent > 0.9 * start) {
        f.evidence = {"lr-high.evidence.update-ratio",
                      {facts.layerArg(largestLayer), MessageArg::percent(largestRatio), MessageArg::value(start),
                       MessageArg::value(recent)}};
    } else {
        return std::nullopt;
    }
    f.cause = {"lr-high.cause.overshoot", {MessageArg::value(lr), optimizerArg(facts)}};
    f.fixes = {lower, fixes::clipGradients(1)};
    return f;
}

std::optional<Finding> checkLearningRateTooLow(const RunFacts& facts)
{
    const RunRecord& run = facts.run();
    if (!facts.mature() || run.divergence)
        return std::nullopt;
    double largestRatio = 0;
    for (int layer : facts.weighted())
        largestRatio = std::max(largestRatio, facts.recentUpdateRatio(layer));
    const double recent = facts.recentLoss();
    const double before = median(sliceValues(run.stepLoss, 0.5, 0.75));
    const double start = facts.startLoss();
    const bool barelyMoving = recent > 0 && std::abs(before - recent) < kFlatChange * recent;
    // a converged run also takes tiny steps: only a loss still near where it started counts
    const bool farFromGood = recent > 0.5 * start && recent > 1e-3;
    // tiny steps from a gradient that is itself ~0 are not the learning rate's doing
    const int last = facts.weighted().back();
    const bool gradientFlows = facts.recentGradient(last) > 1e-4;
    if (!(largestRatio < kTooLowUpdateRatio) || !barelyMoving || !farFromGood || !gradientFlows)
        return std::nullopt;
    const double lr = facts.learningRate();
    Finding f = finding(facts, FindingKind::LearningRateTooLow, Severity::Warning);
    f.title = {"lr-low.title", {MessageArg::value(lr)}};
    f.evidence = {"lr-low.evidence",
                  {MessageArg::value(largestRatio), MessageArg::value(start), MessageArg::value(recent),
                   MessageArg::count(run.step)}};
    f.cause = {"lr-low.cause",
               {MessageArg::value(facts.recentGradient(last)), facts.layerArg(last), MessageArg::value(lr)}};
    // aim at the usual update ratio of 1e-3
    const double factor = std::min(1e3, 1e-3 / std::max(largestRatio, 1e-12));
    const double raised = roundDownNicely(std::min(lr * factor, 1.0));
    f.fixes = {fixes::raiseLearningRate(raised)};
    if (facts.project().training.optimizer.kind != OptimizerKind::Adam)
        f.fixes.push_back(fixes::useOptimizer(OptimizerKind::Adam, 0.01));
    return f;
}

std::optional<Finding> checkPlateau(const RunFacts& facts, const std::vector<Finding>& earlier)
{
    const RunRecord& run = facts.run();
    const std::optional<double> chance = facts.chanceLoss();
    if (!facts.mature() || !chance || run.divergence)
        return std::nullopt;
    const double recent = facts.recentLoss();
    const double before = median(sliceValues(run.stepLoss, 0.5, 0.75));
    if (std::abs(recent - *chance) > kChanceTolerance * *chance || std::abs(before - *chance) > kChanceTolerance * *chance)
        return std::nullopt;
    if (before - recent > 0.01 * *chance)
        return std::nullopt;  // still creeping down: a slow start, not a plateau
    // long enough to be more than the slow start many nets have (the spiral's first epochs)
    const std::int64_t stretch = run.stepLoss.empty() ? 0 : run.step - run.stepLoss.steps[run.stepLoss.size() / 2];
    if (stretch < std::max<std::int64_t>(kPlateauSteps, kPlateauEpochs * run.stepsPerEpoch))
        return std::nullopt;
    const EpochMetrics* epoch = lastEpoch(facts);
    const double guess = 1.0 / run.classes;
    const bool hasAccuracy = epoch && applicable(epoch->train.accuracy);
    if (hasAccuracy && epoch->train.accuracy > guess + 0.05)
        return std::nullopt;

    Finding f = finding(facts, FindingKind::Plateau, Severity::Warning);
    f.title = {"plateau.title", {MessageArg::value(recent)}};
    if (hasAccuracy)
        f.evidence = {"plateau.evidence",
                      {MessageArg::value(recent), MessageArg::count(stretch), MessageArg::count(run.classes),
                       MessageArg::value(*chance), MessageArg::percent(epoch->train.accuracy)}};
    else
        f.evidence = {"plateau.evidence.no-accuracy",
                      {MessageArg::value(recent), MessageArg::count(stretch), MessageArg::count(run.classes),
                       MessageArg::value(*chance)}};
    // weights that all start equal keep every unit of a layer identical: no gradient breaks the tie
    std::vector<int> symmetric;
    for (int layer : facts.weighted()) {
        const InitKind init = facts.spec(layer).init.kind;
        if (init == InitKind::Zeros || init == InitKind::Constant)
            symmetric.push_back(layer);
    }
    if (!symmetric.empty()) {
        f.layers = symmetric;
        f.cause = {"plateau.cause.symmetric",
                   {facts.layerArg(symmetric.front()),
                    MessageArg::name(std::string(initName(facts.spec(symmetric.front()).init.kind)))}};
        f.fixes = {fixes::useInitializer(InitKind::XavierUniform, symmetric)};
        return f;
    }
    // the likeliest cause among what was found, in this order
    const std::pair<FindingKind, const char*> causes[] = {
        {FindingKind::VanishingGradients, "plateau.cause.vanishing"},
        {FindingKind::DeadRelu, "plateau.cause.dead"},
        {FindingKind::Saturation, "plateau.cause.saturation"},
        {FindingKind::LearningRateTooLow, "plateau.cause.lr-low"},
        {FindingKind::LossOutputMismatch, "plateau.cause.mismatch"},
    };
    for (const auto& [kind, key] : causes)
        for (const Finding& other : earlier)
            if (other.kind == kind) {
                f.layers = other.layers;
                f.cause = {key, {}};
                f.fixes = other.fixes;
                return f;
            }
    f.cause = {"plateau.cause.unknown", {MessageArg::value(facts.learningRate())}};
    if (facts.project().training.optimizer.kind != OptimizerKind::Adam)
        f.fixes.push_back(fixes::useOptimizer(OptimizerKind::Adam, 0.01));
    f.fixes.push_back(fixes::addLayer(32, Activation::ReLU));
    return f;
}

std::optional<Finding> checkOverfitting(const RunFacts& facts)
{
    const RunRecord& run = facts.run();
    if (!facts.mature() || run.divergence)
        return std::nullopt;
    std::vector<const EpochMetrics*> epochs;
    for (const EpochMetrics& e : run.epochs)
        if (e.validation.samples > 0 && std::isfinite(e.validation.loss) && std::isfinite(e.train.loss))
            epochs.push_back(&e);
    if (epochs.size() < 10)
        return std::nullopt;
    // the best validation loss, and the last epochs' medians (one noisy epoch proves nothing)
    size_t best = 0;
    for (size_t i = 1; i < epochs.size(); ++i)
        if (epochs[i]->validation.loss < epochs[best]->validation.loss)
            best = i;
    const size_t since = epochs.size() - 1 - best;
    if (since < std::max<size_t>(5, epochs.size() / 10))
        return std::nullopt;
    // over the last tenth of the run (at least 3 epochs): a regression's validation loss
    // swings by half from one epoch to the next on small data
    const size_t window = std::min(since, std::max<size_t>(3, epochs.size() / 10));
    std::vector<double> lastValidation, lastTrain;
    for (size_t i = epochs.size() - window; i < epochs.size(); ++i) {
        lastValidation.push_back(epochs[i]->validation.loss);
        lastTrain.push_back(epochs[i]->train.loss);
    }
    const double validationNow = median(lastValidation);
    const double trainNow = median(lastTrain);
    const EpochMetrics& bestEpoch = *epochs[best];
    const double gapThen = bestEpoch.validation.loss - bestEpoch.train.loss;
    const double gapNow = validationNow - trainNow;
    // a few noisy validation epochs rise by 10-15% on their own; memorising rises more, and
    // the training loss keeps falling meanwhile
    // ... and a rise that matters: for a classifier at least a tenth of the chance-level loss
    // (0.07 for two classes), for a regression half the best loss again
    const double rise = validationNow - bestEpoch.validation.loss;
    const std::optional<double> chance = facts.chanceLoss();
    const bool rising = rise > 0.2 * bestEpoch.validation.loss &&
                        (chance ? rise > 0.1 * *chance : rise > 0.5 * bestEpoch.validation.loss);
    const bool trainFalling = trainNow < 0.9 * bestEpoch.train.loss;
    // and a gap that is there now: validation a quarter worse than training at least (a
    // validation loss that rises from below the training loss to meet it is not memorising)
    const bool gap = gapNow > 0.25 * trainNow;
    if (!rising || !trainFalling || !gap || !(gapNow > gapThen))
        return std::nullopt;
    const bool guarded = facts.project().training.earlyStopping.enabled;
    Finding f = finding(facts, FindingKind::Overfitting, guarded ? Severity::Info : Severity::Warning);
    f.title = {"overfit.title", {}};
    f.evidence = {"overfit.evidence",
                  {MessageArg::value(bestEpoch.validation.loss), MessageArg::count(bestEpoch.epoch),
                   MessageArg::value(validationNow), MessageArg::count(epochs.back()->epoch),
                   MessageArg::value(bestEpoch.train.loss), MessageArg::value(trainNow)}};
    f.cause = {"overfit.cause", {MessageArg::value(gapThen), MessageArg::value(gapNow)}};
    if (!guarded)
        f.fixes.push_back(fixes::earlyStopping(10));
    const std::vector<int> hidden = facts.hiddenWeighted();
    if (!hidden.empty())
        f.fixes.push_back(fixes::addDropout(0.2, hidden));
    f.fixes.push_back(fixes::addL2(1e-4));
    return f;
}

std::optional<Finding> checkUnderfitting(const RunFacts& facts)
{
    const RunRecord& run = facts.run();
    if (!facts.mature() || run.divergence || run.epochs.size() < kUnderfitEpochs)
        return std::nullopt;
    const auto& epochs = run.epochs;
    const EpochMetrics& last = epochs.back();
    if (!std::isfinite(last.train.loss) || !(last.train.loss > 0))
        return std::nullopt;
    // flat over the last half: the median training loss of its first and second quarter
    // moved less than 2% (and the last epoch is no lower)
    auto medianLoss = [&](size_t from, size_t to) {
        std::vector<double> values;
        for (size_t i = from; i < to; ++i)
            values.push_back(epochs[i].train.loss);
        return median(values);
    };
    const size_t n = epochs.size();
    const double earlier = medianLoss(n / 2, n * 3 / 4);
    const double later = medianLoss(n * 3 / 4, n);
    const bool flat = std::abs(earlier - later) < kFlatChange * later && last.train.loss > (1 - kFlatChange) * later;
    if (!flat)
        return std::nullopt;
    Finding f = finding(facts, FindingKind::Underfitting, Severity::Warning);
    f.title = {"underfit.title", {}};
    const bool validation = last.validation.samples > 0;
    if (run.task == Task::Classification) {
        const std::optional<double> chance = facts.chanceLoss();
        if (!applicable(last.train.accuracy) || last.train.accuracy >= 0.8 ||
            (validation && applicable(last.validation.accuracy) && last.validation.accuracy >= 0.8))
            return std::nullopt;
        if (chance && last.train.loss > (1 - 2 * kChanceTolerance) * *chance)
            return std::nullopt;  // at chance level: a plateau, not a model too small
        if (validation && last.validation.loss > 1.5 * last.train.loss)
            return std::nullopt;
        f.evidence = {"underfit.evidence.accuracy",
                      {MessageArg::count(last.epoch), MessageArg::percent(last.train.accuracy),
                       MessageArg::percent(validation ? last.validation.accuracy : last.train.accuracy),
                       MessageArg::value(last.train.loss)}};
    } else {
        if (!applicable(last.train.r2) || last.train.r2 >= 0.7)
            return std::nullopt;
        if (validation && last.validation.loss > 1.5 * last.train.loss)
            return std::nullopt;  // validation much worse: not underfitting
        f.evidence = {"underfit.evidence.r2",
                      {MessageArg::count(last.epoch), MessageArg::percent(std::max(0.0, last.train.r2)),
                       MessageArg::value(last.train.loss)}};
    }
    const std::vector<int> hidden = facts.hiddenWeighted();
    int widest = 0;
    for (int layer : hidden)
        widest = std::max(widest, facts.spec(layer).units);
    if (hidden.empty())
        f.cause = {"underfit.cause.linear", {}};
    else
        f.cause = {"underfit.cause", {MessageArg::count(long(hidden.size())), MessageArg::count(widest)}};
    if (!hidden.empty())
        f.fixes.push_back(fixes::widenLayers(hidden, std::max(2 * widest, 16)));
    f.fixes.push_back(fixes::addLayer(32, Activation::ReLU));
    if (facts.project().training.optimizer.kind != OptimizerKind::Adam)
        f.fixes.push_back(fixes::useOptimizer(OptimizerKind::Adam, 0.01));
    return f;
}

}  // namespace layerlab
