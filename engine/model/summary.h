// A Keras-style model summary: layer, output shape, parameters, totals.
#pragma once

#include <string>
#include <vector>

#include "model/model_spec.h"
#include "core/shape.h"

namespace layerlab {

struct SummaryRow {
    std::string layer;        // "Dense #1 (tanh)"
    std::string outputShape;  // "(None, 8)"
    long long parameters = 0;
};

struct ModelSummary {
    std::vector<SummaryRow> rows;
    long long totalParameters = 0;
    long long trainableParameters = 0;
    long long nonTrainableParameters = 0;
};

// Throws SpecError for an impossible model, naming the layer.
ModelSummary summarizeModel(const ModelSpec& spec, const Shape& input);
std::string formatSummary(const ModelSummary& summary);
// "(None, 26, 26, 32)" for images, "(None, 8)" for flat: Keras' notation.
std::string kerasShape(const Shape& shape);

}  // namespace layerlab
