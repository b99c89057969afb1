// Breakpoints: conditions on which a run pauses by itself, at the step that met them, so the
// views show that very step (a debugger's breakpoints, for training). Inf/NaN always pauses
// and is not one of them. The checks are plain functions; the session calls them after each
// step with what it has just measured.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "analysis/probes.h"
#include "diagnosis/finding.h"
#include "training/epoch_tracker.h"

namespace layerlab {

struct Breakpoints {
    double gradientAbove = 0;       // any layer's gradient norm above this (0 = off)
    double gradientBelow = 0;       // any layer's gradient norm below this (0 = off)
    double deadAbove = 0;           // any layer's dead fraction above this, 0..1 (0 = off)
    double saturatedAbove = 0;      // any layer's saturated fraction above this, 0..1 (0 = off)
    int validationRiseEpochs = 0;   // the validation loss rose this many epochs in a row (0 = off)
    std::vector<FindingKind> findings;  // a finding of one of these kinds appears
    bool empty() const
    {
        return gradientAbove <= 0 && gradientBelow <= 0 && deadAbove <= 0 && saturatedAbove <= 0 &&
               validationRiseEpochs <= 0 && findings.empty();
    }
    bool operator==(const Breakpoints&) const = default;
};

// Why a run paused: the step and a Message (diagnosis_text.h keys "breakpoint.*").
struct BreakpointHit {
    std::int64_t step = 0;
    std::vector<int> layers;  // the layers that met the condition
    Message reason;
    bool operator==(const BreakpointHit&) const = default;
};

// After a probed step: the gradient norms of `norms` (its step must be the step just taken).
std::optional<BreakpointHit> checkGradientBreakpoints(const Breakpoints& b, const ProbeReport& norms);
// After distributions were measured: the dead and saturated fractions.
std::optional<BreakpointHit> checkDistributionBreakpoints(const Breakpoints& b, const ProbeReport& distributions);
// After an epoch ended: whether the validation loss has risen validationRiseEpochs times in
// a row (epochs without validation data never count).
std::optional<BreakpointHit> checkEpochBreakpoints(const Breakpoints& b, std::span<const EpochMetrics> epochs);
// After a diagnosis: a finding of a watched kind that `before` did not have.
std::optional<BreakpointHit> checkFindingBreakpoints(const Breakpoints& b, std::span<const Finding> before,
                                                     std::span<const Finding> now, std::int64_t step);

}  // namespace layerlab
