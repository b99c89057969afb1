// Metrics beside the loss: accuracy for classification, RMSE and R^2 for regression.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "data/dataset.h"
#include "core/tensor.h"
#include "analysis/predictions.h"  // predictedClass: what the metrics count

namespace layerlab {

constexpr double kNotApplicable = std::numeric_limits<double>::quiet_NaN();

struct Metrics {
    double loss = kNotApplicable;
    double accuracy = kNotApplicable;  // classification, in [0, 1]
    double rmse = kNotApplicable;      // regression
    double r2 = kNotApplicable;        // regression: 1 - SSE / SST
    Index samples = 0;
    // Classification: confusion[t * classCount + p] counts the samples of true class t
    // predicted as class p (row-major, classCount x classCount); empty for regression.
    std::vector<std::int64_t> confusion;
    int classCount = 0;
};

// Sums from which metrics are computed; shards add their own and are merged in order.
struct MetricSums {
    double loss = 0;
    Index samples = 0;
    Index correct = 0;
    double squaredError = 0;
    double targetSum = 0;
    double targetSquaredSum = 0;
    Index values = 0;
    int classCount = 0;                   // set by the first classification batch
    std::vector<std::int64_t> confusion;  // (true, predicted) pairs, as Metrics::confusion

    void merge(const MetricSums& other);
    Metrics finish(Task task) const;
};

// Adds the outputs of a batch against its dataset targets (class indices or values). For
// classification the classes are outputs.rows(), or 2 for a single sigmoid output.
void accumulateMetrics(MetricSums& sums, Task task, const Matrix& outputs, const Matrix& targets);

}  // namespace layerlab
