// What the doctor's rules read off a RunRecord, robustly: medians over the recent part of
// each series (never one point), the layers that have weights, labels, the chance-level
// loss, and the rounding of suggested values. The rules (diagnosis_rules.h) decide; this
// file only measures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diagnosis/diagnose.h"

namespace layerlab {

// A run younger than this (steps, probe points, timeline frames) gets only the set-up checks
// and non-finite: too little evidence to judge its dynamics.
constexpr std::int64_t kMinDiagnosedSteps = 50;
constexpr size_t kMinProbePoints = 12;
constexpr size_t kMinFrames = 3;

double median(std::vector<double> values);

// The values of the last `fraction` of a series (at least `minPoints`, at most all), finite
// ones only.
std::vector<double> tailValues(const SeriesView& series, double fraction, size_t minPoints = 3);
// The values between the fractions `from` and `to` of a series (0 = oldest, 1 = newest).
std::vector<double> sliceValues(const SeriesView& series, double from, double to);

class RunFacts {
public:
    explicit RunFacts(const RunRecord& run);

    const RunRecord& run() const { return m_run; }
    const Project& project() const { return *m_run.project; }
    // Enough steps, probe points and frames to judge the dynamics of the run.
    bool mature() const { return m_mature; }

    int layerCount() const { return int(project().model.layers.size()); }
    const LayerSpec& spec(int layer) const { return project().model.layers[size_t(layer)]; }
    int outputLayer() const { return layerCount() - 1; }
    // "Dense #1" for layer 0.
    std::string label(int layer) const;
    MessageArg layerArg(int layer) const { return MessageArg::layer(layer, label(layer)); }
    // Dense and Conv2D layers with a gradient series, input side first.
    const std::vector<int>& weighted() const { return m_weighted; }
    // The weighted layers but the output layer.
    std::vector<int> hiddenWeighted() const;

    // Median gradient norm / update ratio of a layer over the recent quarter of its series,
    // and over the quarter before it (to see that a pattern is sustained).
    double recentGradient(int layer) const;
    double earlierGradient(int layer) const;
    double earlyGradient(int layer) const;  // the first quarter
    double recentUpdateRatio(int layer) const;

    // The last few timeline frames (at most `count`), oldest first.
    std::vector<const ProbeReport*> recentFrames(size_t count = 8) const;
    // Over those frames, the smallest and the median of a layer's dead / saturated fraction.
    double sustainedDead(int layer) const;
    double sustainedSaturated(int layer) const;
    double medianSaturated(int layer) const;
    double medianDead(int layer) const;
    // A layer's typical weight size, ||W|| / sqrt(count), from the latest frame (0 if none).
    double weightScale(int layer) const;

    // Step losses: the median of the recent quarter and of the first tenth of the run
    // (finite values only).
    double recentLoss() const;
    double startLoss() const;
    // Classification with a cross-entropy loss: ln(classes) (ln 2 for BCE); else nothing.
    std::optional<double> chanceLoss() const;

    // The inputs' largest spread of magnitude: max over features of E[x^2].
    double largestMeanSquare() const;
    double sumMeanSquares() const;
    // The inputs are far from a z-score: a feature far from zero for its spread (|mean| >
    // 2 std and > 1), spreads 100x apart, a spread above 100, or raw 0-255 pixels.
    bool inputsUnscaled() const;

    float learningRate() const { return project().training.optimizer.learningRate; }

private:
    const RunRecord& m_run;
    std::vector<int> m_weighted;
    bool m_mature = false;
};

// A learning rate a step of 1, 2 or 5 times a power of ten at or below `value` (0.046 -> 0.02).
double roundDownNicely(double value);

}  // namespace layerlab
