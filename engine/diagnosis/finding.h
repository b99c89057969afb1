// What the gradient doctor says about a run, as data: a finding's kind, the layers it
// concerns, how serious it is, the evidence in numbers, the most likely cause (with the
// reasoning that rules the others out) and the fixes the app can apply. Every text is a
// Message: a key naming a sentence template (diagnosis_text.h) and the values that fill it.
// The CLI prints the English template; the app translates it first. No sentence is put
// together here.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/message.h"
#include "layers/activation.h"
#include "layers/initializer.h"
#include "training/loss.h"
#include "training/optimizer.h"

namespace layerlab {

enum class FindingKind {
    VanishingGradients,
    ExplodingGradients,
    NonFinite,
    DeadRelu,
    Saturation,
    UnscaledInputs,
    LearningRateTooHigh,
    LearningRateTooLow,
    Plateau,
    Overfitting,
    Underfitting,
    LossOutputMismatch,
};

// "vanishing-gradients", "dead-relu", ... (the CLI's JSON, breakpoints in settings)
std::string_view findingKindName(FindingKind kind);
std::optional<FindingKind> findingKindFromName(std::string_view name);
std::span<const FindingKind> allFindingKinds();

// Info: worth knowing, nothing wrong (shown, never alarming). Warning: training is held
// back. Error: training cannot go on (Inf/NaN) or cannot work as set up.
enum class Severity { Info, Warning, Error };
std::string_view severityName(Severity severity);  // "info", "warning", "error"

// A change the app applies as one undoable edit (applyFix in fixes.h does it to a project).
struct Fix {
    enum class Kind {
        SetInitializer,     // `layers` (all Dense/Conv2D when empty) get `init`
        SetActivation,      // `layers` (the hidden Dense/Conv2D when empty) get `activation`
        SetLearningRate,    // the optimizer's learning rate becomes `value`
        SetOptimizer,       // the optimizer becomes `optimizer` at learning rate `value`
        NormalizeInputs,    // the data's normalisation becomes `normalization` ("zscore")
        InsertBatchNorm,    // a BatchNorm after each of `layers`
        ClipGradients,      // clipping by global norm `value`
        AddDropout,         // a Dropout of rate `value` after each of `layers`
        AddL2,              // L2 regularisation of rate `value`
        EnableEarlyStopping,// early stopping with patience `count`, restoring the best weights
        SetLoss,            // the loss becomes `loss` (the app fits the output layer to it)
        WidenLayers,        // `layers` get `count` units each
        AddLayer,           // a Dense layer of `count` units with `activation` before the output
    };
    Kind kind = Kind::SetLearningRate;
    std::vector<int> layers;
    InitKind init = InitKind::HeNormal;
    Activation activation = Activation::ReLU;
    OptimizerKind optimizer = OptimizerKind::Adam;
    LossKind loss = LossKind::MSE;
    std::string normalization;
    float value = 0;
    int count = 0;
    Message label;  // what the button says: "Use He initialisation"
    bool operator==(const Fix&) const = default;
};

struct Finding {
    FindingKind kind = FindingKind::Plateau;
    Severity severity = Severity::Warning;
    std::vector<int> layers;   // 0-based; empty when the finding is about the run as a whole
    std::int64_t step = 0;     // the step it was found at
    Message title;             // a short headline: "Vanishing gradients in Dense #1-#7"
    Message evidence;          // what was measured
    Message cause;             // the most likely cause and why not the others
    std::vector<Fix> fixes;    // most promising first, at most three
    bool operator==(const Finding&) const = default;
};

}  // namespace layerlab
