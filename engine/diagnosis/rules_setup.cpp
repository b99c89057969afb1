// Set-up checks: the loss against the output layer, and the inputs' scales.
#include <algorithm>
#include <cmath>

#include "diagnosis/diagnosis_rules.h"

namespace layerlab {

namespace {

MessageArg lossArg(LossKind loss) { return MessageArg::name(std::string(lossName(loss))); }
MessageArg activationArg(Activation a) { return MessageArg::name(std::string(activationName(a))); }

bool isRegressionLoss(LossKind loss) { return !isClassificationLoss(loss); }

}  // namespace

std::optional<Finding> checkLossOutputMismatch(const RunFacts& facts)
{
    if (facts.layerCount() == 0)
        return std::nullopt;
    const RunRecord& run = facts.run();
    const int out = facts.outputLayer();
    const Activation act = facts.spec(out).activation;
    const LossKind loss = facts.project().training.loss;
    const bool classification = run.task == Task::Classification;
    const bool categorical = loss == LossKind::CategoricalCrossEntropy || loss == LossKind::SparseCategoricalCrossEntropy;
    const MessageArg layer = facts.layerArg(out);

    Finding f;
    f.kind = FindingKind::LossOutputMismatch;
    f.layers = {out};
    f.step = run.step;
    f.title = {"mismatch.title", {lossArg(loss), layer, activationArg(act)}};
    // the loss that fits the data, for the fix
    const LossKind fitting = !classification ? LossKind::MSE
                             : (run.classes <= 2 && run.outputUnits == 1) ? LossKind::BinaryCrossEntropy
                                                                           : LossKind::SparseCategoricalCrossEntropy;
    if (act == Activation::Softmax && run.outputUnits == 1) {
        f.severity = Severity::Error;
        f.evidence = {"mismatch.evidence.constant-softmax", {layer}};
        f.cause = {"mismatch.cause.constant", {}};
        f.fixes = {fixes::useLoss(fitting, preferredOutputActivation(fitting))};
        return f;
    }
    if (act == Activation::Softmax && (isRegressionLoss(loss) || loss == LossKind::BinaryCrossEntropy)) {
        f.severity = Severity::Warning;
        f.evidence = {"mismatch.evidence.softmax-with-loss", {layer, lossArg(loss)}};
        f.cause = {"mismatch.cause.slow", {lossArg(loss)}};
        const LossKind better = classification ? LossKind::SparseCategoricalCrossEntropy : LossKind::MSE;
        f.fixes = {fixes::useLoss(better, preferredOutputActivation(better))};
        return f;
    }
    if (categorical && act != Activation::Softmax) {
        f.severity = Severity::Error;
        f.evidence = {"mismatch.evidence.ce-not-probability", {lossArg(loss), layer, activationArg(act)}};
        f.cause = {act == Activation::Sigmoid ? "mismatch.cause.sigmoid-ce" : "mismatch.cause.unbounded-ce", {}};
        f.fixes = {fixes::useLoss(loss, Activation::Softmax)};
        return f;
    }
    if (loss == LossKind::BinaryCrossEntropy && act != Activation::Sigmoid) {
        f.severity = Severity::Error;
        f.evidence = {"mismatch.evidence.bce-not-probability", {layer, activationArg(act)}};
        f.cause = {"mismatch.cause.unbounded-ce", {}};
        f.fixes = {fixes::useLoss(loss, Activation::Sigmoid)};
        return f;
    }
    return std::nullopt;
}

std::optional<Finding> checkUnscaledInputs(const RunFacts& facts)
{
    const RunRecord& run = facts.run();
    if (facts.project().data.normalization != "none" || run.inputs.empty() || !facts.inputsUnscaled())
        return std::nullopt;
    Finding f;
    f.kind = FindingKind::UnscaledInputs;
    f.severity = Severity::Warning;
    if (!facts.weighted().empty())
        f.layers = {facts.weighted().front()};
    f.step = run.step;
    f.title = {"unscaled.title", {}};
    f.cause = {"unscaled.cause", {}};
    f.fixes = {fixes::normalizeInputs()};

    const FeatureStatistics& first = run.inputs.front();
    if (first.name == "pixels") {
        f.evidence = {"unscaled.evidence.pixels", {MessageArg::value(first.min), MessageArg::value(first.max)}};
        return f;
    }
    // the feature farthest from zero relative to its spread
    const FeatureStatistics* offset = nullptr;
    int offsetCount = 0;
    for (const FeatureStatistics& s : run.inputs)
        if (std::abs(s.mean) > 2 * s.std && std::abs(s.mean) > 1) {
            ++offsetCount;
            if (!offset || std::abs(s.mean) / std::max(s.std, 1e-12) > std::abs(offset->mean) / std::max(offset->std, 1e-12))
                offset = &s;
        }
    const auto widest = std::max_element(run.inputs.begin(), run.inputs.end(),
                                         [](const auto& a, const auto& b) { return a.std < b.std; });
    const FeatureStatistics* narrowest = nullptr;
    for (const FeatureStatistics& s : run.inputs)
        if (s.std > 0 && (!narrowest || s.std < narrowest->std))
            narrowest = &s;
    if (narrowest && widest->std > 100 * narrowest->std) {
        f.evidence = {"unscaled.evidence.spread",
                      {MessageArg::name(widest->name), MessageArg::value(widest->std), MessageArg::name(narrowest->name),
                       MessageArg::value(narrowest->std), MessageArg::value(widest->std / narrowest->std)}};
    } else if (offset && offsetCount == 1) {
        f.evidence = {"unscaled.evidence.offset",
                      {MessageArg::name(offset->name), MessageArg::value(offset->mean), MessageArg::value(offset->std)}};
    } else if (offset) {
        f.evidence = {"unscaled.evidence.offset-many",
                      {MessageArg::count(offsetCount), MessageArg::name(offset->name), MessageArg::value(offset->mean),
                       MessageArg::value(offset->std)}};
    } else {
        f.evidence = {"unscaled.evidence.large", {MessageArg::name(widest->name), MessageArg::value(widest->std)}};
    }
    return f;
}

}  // namespace layerlab
