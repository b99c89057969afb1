// The NaN/Inf watch: where a step first went non-finite. The engine reports it as data; the
// CLI and the app put it into words (divergence_text.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "model/model.h"

namespace layerlab {

struct Divergence {
    std::int64_t step = 0;    // the step that diverged, 1-based
    int epoch = 0;            // 1-based
    int layer = -1;           // 0-based; -1 when no one layer shows it
    std::string layerLabel;   // "Dense #2", or "the loss"
    enum class Where { Forward, Loss, Backward, Update } where = Where::Forward;
    float largestOutput = 0;  // Where::Loss: the largest |output|, finite yet too large for the loss
};

// After a step's forward and backward passes over `shards`: the first place values went
// non-finite, or nothing when the loss and the summed gradients are both finite.
std::optional<Divergence> diagnoseGradients(const Model& model, std::span<const Workspace> shards,
                                            const Vector& gradients, bool lossFinite, bool gradientsFinite,
                                            std::int64_t step, int epoch);

// After an optimizer step that left non-finite parameters: the first layer whose weights
// overflowed.
Divergence diagnoseUpdate(const Model& model, std::int64_t step, int epoch);

}  // namespace layerlab
