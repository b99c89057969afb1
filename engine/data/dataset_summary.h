// A readable description of a data set, as `layerlab-cli data FILE-or-NAME` prints it:
// rows and columns, per-column min/max/mean/std/missing, and class counts.
#pragma once

#include <string>

#include "data/dataset.h"

namespace layerlab {

// A multi-line table. Flat inputs get one line per feature (the first 40, then a count of
// the rest); images get one line for all pixels. Regression targets get their own lines.
// Statistics skip missing (NaN) cells; std is the population standard deviation.
std::string describeDataset(const Dataset& data);

}  // namespace layerlab
