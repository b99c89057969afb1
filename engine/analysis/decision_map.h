// What every neuron computes over the input plane (TensorFlow Playground's neuron
// pictures): the model is run on every pixel of a W x H grid of (x1, x2) points, and each
// layer's outputs are kept, so a view can paint one heatmap per neuron and the decision
// map of the output.
// P = pixels (W * H), U = units of a layer, F = the network's input features.
#pragma once

#include <functional>
#include <vector>

#include "model/model.h"

namespace layerlab {

// The part of the (x1, x2) plane a map covers, in the data's original coordinates.
struct PlaneExtent {
    float xMin = -1;
    float xMax = 1;
    float yMin = -1;
    float yMax = 1;

    float width() const { return xMax - xMin; }
    float height() const { return yMax - yMin; }
};

// Maps raw points (2, N) to the network's inputs (F, N): derived features (x1^2, sin x1, ...)
// then the training split's normalisation. An empty function means the identity. It is
// called from several threads at once, so it must not change shared state.
using InputTransform = std::function<Matrix(const Matrix&)>;

struct NeuronMaps {
    int width = 0;                // grid columns
    int height = 0;               // grid rows
    PlaneExtent extent;
    // Pixel p = row * width + col; row 0 is the top of the plane (x2 = yMax) so that a grid
    // copies straight into an image. Pixel centres:
    //   x1 = xMin + (col + 0.5) * (xMax - xMin) / width
    //   x2 = yMax - (row + 0.5) * (yMax - yMin) / height
    Matrix inputs;                // (F, P): the network's inputs, after the transform
    std::vector<Matrix> layers;   // layers[l]: (U_l, P), layer l's outputs; empty if not kept

    bool empty() const { return width == 0 || height == 0; }
    // Layer l's neuron n at a pixel.
    float at(int layer, int neuron, int col, int row) const
    {
        return layers[size_t(layer)](neuron, Index(row) * width + col);
    }
    // The raw (x1, x2) of a pixel's centre.
    float pixelX(int col) const { return extent.xMin + (float(col) + 0.5f) * extent.width() / float(width); }
    float pixelY(int row) const { return extent.yMax - (float(row) + 0.5f) * extent.height() / float(height); }
};

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
