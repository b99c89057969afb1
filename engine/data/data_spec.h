// Which data a project trains on and how it is prepared: part of the project file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/message.h"
#include "data/dataset.h"
#include "data/normalization.h"

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
    std::string labelColumn;  // csv: a column name or 1-based number; empty = last column
    std::string labelTask = "auto";  // csv: "auto", "classification", "regression" (rule in csv_loader.h)
    // idx: read at most this many images (0 = all), then split.
    // fashion-mnist: use at most this many training images (0 = all 60000); the validation set
    // is the official test set, capped to ceil(sampleLimit / 6) images (the official 6:1 ratio),
    // at least 100, at most 10000. validationFraction is not used for fashion-mnist;
    // testFraction splits a test set off the training images.
    int sampleLimit = 0;

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

// The three splits, ready to train on, and a report of what preparation did, one sentence
// a step ("Removed 12 duplicates.", "Imputed 3 cells in 'age' with the mean value fitted on
// the 400 training samples only.").
struct PreparedData {
    Dataset train;
    Dataset validation;  // may have zero samples
    Dataset test;        // may have zero samples
    std::vector<Message> report;
    // Fitted on `train` only; already applied to all three splits. Apply it to any new input
    // (a decision-boundary grid, a drawn digit) before feeding the network.
    Normalizer normalizer;
};

// Loads or generates the data, cleans, splits (reproducibly from seed) and normalises.
// Throws DataError with a message that says what is wrong and what to do.
PreparedData prepareData(const DataSpec& spec, std::uint64_t seed);

// What is wrong with a spec's values, as a message that says what to do; nothing when the
// spec can be used. Does not touch files (prepareData reports missing files).
std::optional<Message> dataSpecProblem(const DataSpec& spec);

// Keys are the field names above in snake_case (label_column for labelColumn; project files
// of version 1 wrote them as they are spelled here, see io/project.cpp). from_json keeps the default for a missing key, ignores
// unknown keys (files from newer versions), and throws ProjectFileError naming the field
// for a value of the wrong type or out of range.
void to_json(nlohmann::json& j, const DataSpec& spec);
void from_json(const nlohmann::json& j, DataSpec& spec);  // throws ProjectFileError

}  // namespace layerlab
