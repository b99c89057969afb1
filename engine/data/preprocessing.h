// Cleaning, the textbook's first data-preparation step: duplicate rows, missing values and
// outliers. A missing value is a NaN cell (csv_loader.h turns empty cells into NaN).
//
// Steps that only look at one row at a time (dropping duplicates, dropping rows with
// missing cells) run on the whole data set. Steps that use a statistic (the mean that fills
// a missing cell, the bounds that mark an outlier) are FITTED ON THE TRAINING SPLIT ONLY and
// then applied to every split, so nothing about validation or test data leaks into training.
// Normalisation is in normalization.h, splitting in split.h, the order in prepare_data.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/message.h"
#include "data/dataset.h"

namespace layerlab {

// Removes samples whose inputs and targets are bit for bit equal to an earlier sample's,
// keeping the first. Returns how many were removed.
Index removeDuplicateSamples(Dataset& data);

// Drops samples whose target is missing: a label cannot be imputed. Returns how many.
Index dropMissingTargets(Dataset& data);

// Drops samples with at least one missing input. Returns how many.
Index dropMissingInputs(Dataset& data);

// Missing cells in each input feature, counted.
std::vector<Index> countMissingInputs(const Dataset& data);

// The value that fills the missing cells of each input feature. Mean and median ignore
// missing cells; most-frequent takes the smallest of equally frequent values. A feature with
// no value at all in the training split is filled with 0. On one-hot columns from a CSV
// category, "mean" fills the category's share (a soft one-hot).
struct Imputer {
    std::string method;  // "mean", "median" or "most-frequent"
    Vector values;       // (features)

    static Imputer fit(const Dataset& train, const std::string& method);
    // Fills the missing cells; returns how many it filled in each feature.
    std::vector<Index> apply(Dataset& data) const;
};

// Which values count as outliers, per input feature:
//   "zscore": |x - mean| > 3 std               (mean and std of the training split)
//   "iqr":    x < Q1 - 1.5 IQR or x > Q3 + 1.5 IQR  (Tukey's fences; quartiles interpolated
//             linearly, as numpy's default)
// Features with at most two distinct values (one-hot and yes/no columns) or no spread are
// not checked: every value of such a feature would be "typical". Images are not checked.
struct OutlierBounds {
    std::string rule;            // "zscore" or "iqr"
    Vector low, high;            // (features) values outside [low, high] are outliers
    std::vector<bool> checked;   // (features) whether the rule applies to the feature

    static OutlierBounds fit(const Dataset& train, const std::string& rule);
    // Outlier cells in each input feature.
    std::vector<Index> count(const Dataset& data) const;
    // Drops samples with an outlier in any checked feature; returns how many.
    Index drop(Dataset& data) const;
    // Moves outlier cells onto the nearest bound; returns how many it moved in each feature.
    std::vector<Index> clip(Dataset& data) const;
};

// "3 cells in 'age', 1 in 'income'" for per-feature counts of cells (zero counts left out;
// features without a name are called "input 1", "input 2", ...). Nothing when all counts are zero.
std::optional<Message> describeFeatureCounts(const std::vector<Index>& counts, const Dataset& data);

}  // namespace layerlab
