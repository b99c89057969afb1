// The doctor's rules, one function per finding kind, grouped by what they read: the set-up
// (rules_setup.cpp), the gradients and distributions (rules_gradients.cpp) and the loss
// curves (rules_loss.cpp). Each adds at most one finding; diagnose() orders them. The
// thresholds and the reasoning behind them are in docs/doctor.md.
#pragma once

#include <optional>
#include <vector>

#include "diagnosis/run_facts.h"

namespace layerlab {

// Set-up checks: they need no training and judge a run of any age.
std::optional<Finding> checkLossOutputMismatch(const RunFacts& facts);
std::optional<Finding> checkUnscaledInputs(const RunFacts& facts);

// What the gradients and the distributions show (mature runs only).
std::optional<Finding> checkVanishingGradients(const RunFacts& facts);
std::optional<Finding> checkExplodingGradients(const RunFacts& facts);
std::optional<Finding> checkDeadRelu(const RunFacts& facts);
std::optional<Finding> checkSaturation(const RunFacts& facts);

// What the loss curves show. non-finite judges any run; the others need a mature one.
std::optional<Finding> checkNonFinite(const RunFacts& facts);
std::optional<Finding> checkLearningRateTooHigh(const RunFacts& facts);
std::optional<Finding> checkLearningRateTooLow(const RunFacts& facts);
// `earlier`: the findings already made, to point the plateau at its likely cause.
std::optional<Finding> checkPlateau(const RunFacts& facts, const std::vector<Finding>& earlier);
std::optional<Finding> checkOverfitting(const RunFacts& facts);
std::optional<Finding> checkUnderfitting(const RunFacts& facts);

// The fixes the rules offer, with their button labels.
namespace fixes {
Fix lowerLearningRate(double to);
Fix raiseLearningRate(double to);
Fix useOptimizer(OptimizerKind kind, double learningRate);
Fix normalizeInputs();
Fix useInitializer(InitKind init, std::vector<int> layers);
Fix useActivation(Activation activation, std::vector<int> layers);
Fix insertBatchNorm(std::vector<int> after);
Fix clipGradients(double globalNorm);
Fix addDropout(double rate, std::vector<int> after);
Fix addL2(double rate);
Fix earlyStopping(int patience);
Fix useLoss(LossKind loss, Activation outputActivation);
Fix widenLayers(std::vector<int> layers, int units);
Fix addLayer(int units, Activation activation);
}  // namespace fixes

// A learning rate the doctor suggests instead of `current`: ten times lower, rounded down
// to 1, 2 or 5 times a power of ten, and below `bound` when the stable bound is known.
double lowerRateFor(double current, std::optional<double> bound = std::nullopt);
// The stable bound 2 / lambda_max of gradient descent on a single linear Dense layer with
// MSE (nothing for other models): lambda_max ~ 2 (sum_j E[x_j^2] + 1), the Hessian's trace,
// which is close to its largest eigenvalue when the features are correlated.
std::optional<double> linearStableBound(const RunFacts& facts);

}  // namespace layerlab
