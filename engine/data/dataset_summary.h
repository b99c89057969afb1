// A readable description of a data set, as `layerlab-cli data FILE-or-NAME` prints it:
// rows and columns, per-column min/max/mean/std/missing, and class counts.
#pragma once

#include <vector>

#include "core/message.h"
#include "data/dataset.h"

namespace layerlab {

// A table, one message a line (without the line break). Flat inputs get one line per feature
// (the first 40, then a count of the rest); images get one line for all pixels. Regression
// targets get their own lines. Statistics skip missing (NaN) cells; std is the population
// standard deviation. The rows of numbers are verbatim (aligned as printed), the words
// around them translatable.
std::vector<Message> describeDataset(const Dataset& data);

}  // namespace layerlab
