// The gradient doctor: findings from what a run recorded (probe series, distributions over
// time, epoch metrics, the inputs' statistics) and from its set-up (model, loss, data).
// Plain values in, plain values out; cheap enough to run several times a second in the
// worker (it reads bounded series, never the data or the weights).
//
// Rules of the house: a healthy run raises no warning (the built-in examples, trained as
// shipped, get at most Info notes); a finding names its evidence in numbers and rules out
// the other causes it considered; a run too young to judge gets nothing.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/probes.h"
#include "data/dataset.h"
#include "diagnosis/finding.h"
#include "io/project.h"
#include "training/divergence.h"
#include "training/epoch_tracker.h"

namespace layerlab {

// One input feature as the network sees it (after the project's normalisation).
struct FeatureStatistics {
    std::string name;
    double mean = 0;
    double std = 0;
    double min = 0;
    double max = 0;
};

// Per feature of `train`'s inputs. Image data (more than kMaxDiagnosedFeatures features)
// gets one entry for all pixels together, named "pixels".
std::vector<FeatureStatistics> featureStatistics(const Dataset& train);
constexpr int kMaxDiagnosedFeatures = 256;

// A per-step series: steps ascending, one value each (a DecimatedSeries read as spans).
struct SeriesView {
    std::span<const std::int64_t> steps;
    std::span<const float> values;
    size_t size() const { return values.size(); }
    bool empty() const { return values.empty(); }
};

// Everything a diagnosis reads. Spans and pointers borrow from the caller for the call.
struct RunRecord {
    const Project* project = nullptr;               // model, loss, optimizer, data spec
    Task task = Task::Classification;
    int classes = 0;                                // classification: number of classes
    int outputUnits = 0;                            // the built model's output width
    std::span<const FeatureStatistics> inputs;      // featureStatistics(train)
    std::vector<SeriesView> gradientNorms;          // per layer: ||dL/dW|| over steps
    std::vector<SeriesView> updateRatios;           // per layer: ||dW|| / ||W|| over steps
    // Distributions over time (dead and saturated fractions, activation statistics), oldest
    // first, each a whole ProbeReport.
    std::span<const std::shared_ptr<const ProbeReport>> frames;
    std::span<const EpochMetrics> epochs;           // finished epochs, oldest first
    SeriesView stepLoss;                            // training loss per mini-batch
    std::optional<Divergence> divergence;           // where a step went Inf/NaN
    std::int64_t step = 0;                          // steps done
    std::int64_t stepsPerEpoch = 1;
};

// Most severe first (Error, Warning, Info), then in the order of FindingKind.
std::vector<Finding> diagnose(const RunRecord& run);

}  // namespace layerlab
