// A dataset in memory: inputs and targets as batch-major matrices, plus what they mean.
#pragma once

#include <string>
#include <vector>

#include "core/shape.h"
#include "core/tensor.h"

namespace layerlab {

enum class Task { Classification, Regression };

struct Dataset {
    std::string name;
    Task task = Task::Classification;
    Shape inputShape;                       // per sample, e.g. flat(2) or image(1, 28, 28)
    Matrix inputs;                          // (inputShape.size(), samples)
    // Classification: (1, samples) holding the class index 0..classCount-1 as a float.
    // Regression: (targets, samples).
    Matrix targets;
    int classCount = 0;                     // classification only
    std::vector<std::string> classNames;    // optional, classCount entries when present
    std::vector<std::string> featureNames;  // optional, one per input feature (flat inputs)
    std::vector<std::string> targetNames;   // optional, regression targets

    Index sampleCount() const { return inputs.cols(); }
    bool isClassification() const { return task == Task::Classification; }
    // The width of the network's output layer this data asks for:
    // classCount for multi-class, 1 for two classes (sigmoid) is a loss choice, not data's.
    Index targetRows() const { return targets.rows(); }
};

// Picks the given columns (samples) of a dataset, in that order.
Dataset selectSamples(const Dataset& data, const std::vector<Index>& indices);

}  // namespace layerlab
