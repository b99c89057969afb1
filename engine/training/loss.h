// Loss functions. Every loss is averaged over the samples of the mini-batch (and, for
// MSE/MAE/Huber/BCE, over outputs, as Keras does).
// Softmax with categorical cross-entropy and sigmoid with binary cross-entropy are fused:
// computed from the logits Z with log-sum-exp, so no input overflows to Inf or NaN.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "layers/activation.h"
#include "data/dataset.h"
#include "core/tensor.h"

namespace layerlab {

enum class LossKind { MSE, MAE, Huber, BinaryCrossEntropy, CategoricalCrossEntropy, SparseCategoricalCrossEntropy };

std::string_view lossName(LossKind k);  // "mse", "sparse-categorical-crossentropy", ...
std::optional<LossKind> lossFromName(std::string_view name);
std::span<const LossKind> allLossKinds();
// "J(θ) = 1/n Σ_{i=1}^{n} (y_{i} − ŷ_{i})^{2}": marked and translated as activationFormula says.
std::string_view lossFormula(LossKind k);
bool isClassificationLoss(LossKind k);

constexpr float kHuberDelta = 1.0f;

// The activation the output layer should have for a loss, and the width it should have
// for the data (the app keeps the output layer in step with these).
Activation preferredOutputActivation(LossKind k);
int requiredOutputUnits(LossKind k, const Dataset& data);
// Targets in the form the loss reads: one-hot columns for categorical cross-entropy (and for
// MSE-like losses on multi-class data), class indices for sparse, values otherwise.
Matrix lossTargets(LossKind k, const Dataset& data, int outputUnits);

struct LossOutput {
    double sum = 0;                 // loss summed over the shard's samples
    bool gradIsPreActivation = false;
};

// z: the output layer's pre-activation (may be empty when its activation is Linear, then
// out is used), out = f(z), both (O, B). If grad is given, writes dL/d(out) or, when fused,
// dL/dz, each multiplied by gradScale (1 / mini-batch size).
LossOutput computeLoss(LossKind k, Activation outputActivation, const Matrix& z, const Matrix& out,
                       const Matrix& targets, float gradScale, Matrix* grad);

}  // namespace layerlab
