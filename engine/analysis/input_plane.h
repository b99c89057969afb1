// For two-input data made by a built-in generator: the (x1, x2) plane that the decision map
// and the neuron pictures cover, the points in the data's own coordinates (before derived
// features and normalisation), and how a raw point becomes the network's inputs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/decision_map.h"
#include "data/data_spec.h"

namespace layerlab {

struct InputPlane {
    PlaneExtent extent;            // the points' bounding box with a margin
    InputTransform transform;      // raw (x1, x2) -> the network's inputs; empty = identity
    Matrix trainPoints;            // (2, n), raw
    Matrix trainTargets;           // (1, n): the class index, or the target value
    Matrix validationPoints;       // (2, m), raw
    Matrix validationTargets;      // (1, m)
    Task task = Task::Classification;
    int classCount = 2;
    std::vector<std::string> classNames;
};

// The plane of the data `prepared` was made from `spec` and `seed`; nullopt unless that is
// a built-in generator with two inputs.
std::optional<InputPlane> inputPlane(const DataSpec& spec, std::uint64_t seed, const PreparedData& prepared);

}  // namespace layerlab
