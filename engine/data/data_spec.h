// Which data a project trains on and how it is prepared: part of the project file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "../dataset.h"

namespace layerlab {

struct DataSpec {
    // A built-in generator ("spiral", "circle", "xor", "gaussians", "moons", "checkerboard",
    // "blobs", "multi-spiral", "plane", "gaussian-mixture", "sine", "line", "linear2"),
    // "fashion-mnist", "csv" or "idx".
    std::string source = "spiral";
    int samples = 500;        // generators
    float noise = 0.1f;       // generators, in the generator's own units
    int classes = 3;          // multi-class generators (3..5)
    // Derived input features for two-input sets: any of x1, x2, x1^2, x2^2, x1*x2,
    // sin(x1), sin(x2). Empty means the raw inputs x1, x2.
    std::vector<std::string> features;

    std::string path;         // csv file, or idx images file
    std::string labelsPath;   // idx labels file
    std::string labelColumn;  // csv; empty = last column
    int sampleLimit = 0;      // idx / fashion-mnist: use at most this many training images (0 = all)

    // Cleaning (the textbook's first data-preparation step).
    bool removeDuplicates = false;
    std::string missing = "drop";     // "drop", "mean", "median", "most-frequent"
    std::string outliers = "keep";    // "keep", "drop", "clip"
    std::string outlierRule = "zscore";  // "zscore" (|z| > 3) or "iqr" (1.5 IQR)

    std::string normalization = "none";  // "none", "minmax", "zscore"; fitted on train only
    float validationFraction = 0.2f;
    float testFraction = 0.0f;
    bool stratify = true;                // classification splits keep class proportions

    friend bool operator==(const DataSpec&, const DataSpec&) = default;
};

// The three splits, ready to train on, and a one-paragraph report of what preparation did
// ("removed 12 duplicates, imputed 3 cells in 'age'; z-score fitted on 400 training rows").
struct PreparedData {
    Dataset train;
    Dataset validation;  // may have zero samples
    Dataset test;        // may have zero samples
    std::string report;
};

// Loads or generates the data, cleans, splits (reproducibly from seed) and normalises.
// Throws DataError with a message that says what is wrong and what to do.
PreparedData prepareData(const DataSpec& spec, std::uint64_t seed);

void to_json(nlohmann::json& j, const DataSpec& spec);
void from_json(const nlohmann::json& j, DataSpec& spec);  // throws ProjectFileError

}  // namespace layerlab
