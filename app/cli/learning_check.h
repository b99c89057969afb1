// Whether a finished run learned anything, judged plainly from its numbers: a run can end
// without Inf/NaN (tanh and sigmoid saturate, the loss is clamped) and still have learned
// nothing, as Adam at learning rate 1e6 does. `train` says so after its Final lines.
#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "training/epoch_tracker.h"
#include "training/loss.h"
#include "training/metrics.h"

namespace layerlab::cli {

// The end's training loss more than this many times the first epoch's: the loss went up.
inline constexpr double kLossRiseFactor = 3.0;
// A classifier's end training loss more than this many times the loss of guessing every class
// alike (ln C for cross-entropy): worse than knowing nothing, whatever the accuracy says.
inline constexpr double kAboveChanceLossFactor = 2.0;
// A classifier must close at least this share of the gap between chance (always the most
// common class) and 100% on its training data; 0.1 is 55% for two balanced classes, 19% for
// ten. Short healthy runs of the examples pass it after one epoch.
inline constexpr double kAboveChanceShare = 0.1;

// The training accuracy of always answering the most common class, from the confusion
// counts; nothing for regression or without counts.
std::optional<double> chanceAccuracy(const Metrics& metrics);

// The loss of guessing every class alike, ln C (ln 2 for binary cross-entropy), for a
// classifier trained with cross-entropy; nothing otherwise.
std::optional<double> chanceLoss(const Metrics& metrics, LossKind loss);

// A warning (what was seen, then what to try) when the run did not learn: its final training
// loss is far above the first epoch's or above guessing's, its training accuracy is at chance
// level, or its training R^2 is no better than answering the mean (R^2 <= 0). Nothing when it
// learned. `finalTrain` is the training data evaluated after training; `history` the epochs.
std::optional<QString> didNotLearnWarning(const std::vector<EpochMetrics>& history, const Metrics& finalTrain,
                                          LossKind loss, double learningRate);

}  // namespace layerlab::cli
