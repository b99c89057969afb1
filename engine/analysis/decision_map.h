// What every neuron computes over the input plane (TensorFlow Playground's neuron
// pictures): the model is run on every pixel of a W x H grid of (x1, x2) points, and each
// layer's outputs are kept (a wide hidden layer's for the units a view draws only,
// analysis/budgets.h), so a view can paint one heatmap per neuron and the decision map of
// the output.
// P = pixels (W * H), U = units of a layer, F = the network's input features.
#pragma once

#include "analysis/neuron_maps.h"
#include "model/model.h"

namespace layerlab {

// Which layers to keep: every layer (for the network diagram) or the output only (for the
// decision map, which saves copying the hidden layers).
enum class KeepLayers { All, OutputOnly };

// Runs the model (inference mode) on every pixel of a width x height grid over `extent`,
// in parallel over bands of rows (tbb::parallel_for in the current task arena).
// The model must take flat inputs of the transform's output size; throws std::invalid_argument
// otherwise, or when width or height is below 1.
NeuronMaps computeNeuronMaps(const Model& model, const InputTransform& transform, const PlaneExtent& extent,
                             int width, int height, KeepLayers keep = KeepLayers::All);

}  // namespace layerlab
