// Derived input features for one- and two-input data (TensorFlow Playground's feature
// picker): a spiral a single layer cannot separate from x1, x2 alone becomes easier
// with x1^2, x2^2 or sin(x1) as extra inputs.
#pragma once

#include <string>
#include <vector>

#include "data/dataset.h"

namespace layerlab {

// The names DataSpec::features accepts, in display order:
// x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2).
const std::vector<std::string>& derivedFeatureNames();

// Replaces the inputs of a flat data set whose features are x1 (and x2) by the listed
// derived features, in the order given; featureNames follows. An empty list keeps the data
// as it is. Throws DataError for an unknown or repeated name, or a name that needs x2 on
// one-input data.
void applyDerivedFeatures(Dataset& data, const std::vector<std::string>& features);

}  // namespace layerlab
