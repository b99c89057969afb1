// What a map of the input plane holds: the plane's extent, how a raw point becomes the
// network's inputs, and every kept layer's outputs at every pixel of a grid (values only;
// analysis/decision_map.h computes them).
// P = pixels (W * H), U = units of a layer, F = the network's input features.
#pragma once

#include <algorithm>
#include <functional>
#include <vector>

#include "core/tensor.h"

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
    std::vector<Matrix> layers;   // layers[l]: (K_l, P), layer l's kept units' outputs; empty if not kept
    // units[l]: which of layer l's units the rows of layers[l] are, ascending; empty when
    // they are all of them (a wide layer keeps only some, analysis/budgets.h).
    std::vector<std::vector<int>> units;

    bool empty() const { return width == 0 || height == 0; }
    // The row of layers[layer] that holds unit `unit`, or -1 when that unit was left out.
    Index rowOf(int layer, int unit) const
    {
        const auto& kept = units[size_t(layer)];
        if (kept.empty())
            return unit < layers[size_t(layer)].rows() ? unit : -1;
        const auto it = std::lower_bound(kept.begin(), kept.end(), unit);
        return it != kept.end() && *it == unit ? Index(it - kept.begin()) : -1;
    }
    // Layer l's neuron n at a pixel (a kept unit's).
    float at(int layer, int neuron, int col, int row) const
    {
        return layers[size_t(layer)](rowOf(layer, neuron), Index(row) * width + col);
    }
    // The raw (x1, x2) of a pixel's centre.
    float pixelX(int col) const { return extent.xMin + (float(col) + 0.5f) * extent.width() / float(width); }
    float pixelY(int row) const { return extent.yMax - (float(row) + 0.5f) * extent.height() / float(height); }
};

}  // namespace layerlab
