// What the network answers for given samples: the class it picks and how sure it is, for
// the sample gallery (and the metrics, which count the picks).
#pragma once

#include <vector>

#include "model/model.h"

namespace layerlab {

// The class a sample's outputs (one column) pick: the largest output, or for a single
// sigmoid output, class 1 above 0.5.
Index predictedClass(const Matrix& outputs, Index column);

struct SamplePredictions {
    std::vector<int> classes;        // per sample, the predicted class; -1 = no answer
    std::vector<float> confidences;  // per sample, the output for that class (0..1)
    bool empty() const { return classes.empty(); }
};

// Predictions for every column of `inputs` (features, samples). Every class is -1 when the
// model has no layers, was built for other inputs, or has non-finite weights.
SamplePredictions predictSamples(const Model& model, const Matrix& inputs);

}  // namespace layerlab
