// What the training views need besides snapshots: for two-input data, the points in the
// data's own (x1, x2) coordinates and how a raw point becomes the network's inputs
// (derived features, then the training split's normalisation), for the decision map and
// the neuron pictures of the network diagram.
#pragma once

#include <QStringList>

#include <optional>

#include "decision_map_view.h"
#include "io/project.h"

namespace layerlab {

// nullopt unless the project trains on a built-in two-input generator.
std::optional<DecisionMapData> decisionMapData(const Project& project, const PreparedData& prepared);

// The network's input names, as the data names them ("x1", "x2", "x1^2").
QStringList inputNames(const Dataset& train);

}  // namespace layerlab
