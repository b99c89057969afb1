// What the training views need besides snapshots, in the views' own terms: the input plane
// of two-input data (which the session computes) as the decision map draws it, and the
// network's input names.
#pragma once

#include <QStringList>

#include "analysis/input_plane.h"
#include "decision_map_view.h"

namespace layerlab {

DecisionMapData decisionMapData(const InputPlane& plane);

// The network's input names, as the data names them ("x1", "x2", "x1^2").
QStringList inputNames(const Dataset& train);

}  // namespace layerlab
