// Pictures of what neurons compute over the input plane (from engine/decision_map):
// one pixel per grid point, on Playground's orange-grey-blue scale, or in the colour of
// the most likely class for a softmax output.
#pragma once

#include <QImage>

#include "layers/activation.h"
#include "analysis/decision_map.h"

namespace layerlab {

// Maps a value onto the colour scale: t = (v - centre) / halfRange, then clamped to [-1, 1].
struct DivergingScale {
    float centre = 0;
    float halfRange = 1;
    float toUnit(float v) const { return halfRange > 0 ? (v - centre) / halfRange : 0.0f; }
};

// The range an activation's outputs fill: tanh [-1, 1], sigmoid and softmax [0, 1] (centre
// 0.5). Unbounded ones (ReLU, linear, ...) are centred at 0 and reach the largest |value|
// of the neuron's own picture, so that its shape shows whatever its size.
DivergingScale naturalScale(Activation a, const Eigen::Ref<const Eigen::RowVectorXf>& values);

// One neuron's picture: `values` is a layer's (units, pixels) grid from NeuronMaps.
QImage neuronImage(const NeuronMaps& maps, const Matrix& values, int neuron, const DivergingScale& scale);

// A softmax output's picture: each pixel in its most likely class's colour, fading to grey
// as that class's probability falls towards chance (1 / classes).
QImage classImage(const NeuronMaps& maps, const Matrix& probabilities);

}  // namespace layerlab
