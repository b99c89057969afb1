// Pictures of what neurons compute over the input plane (from engine/decision_map):
// one pixel per grid point, on Playground's orange-grey-blue scale, or in the colour of
// the most likely class for a softmax output.
#pragma once

#include <QImage>
#include <QPainter>

#include <initializer_list>

#include "analysis/neuron_maps.h"
#include "data/dataset.h"
#include "layers/activation.h"

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

// The scale a one-unit output is drawn on: a probability of class 1 (centre 0.5), a tanh
// score (centre 0), or for regression the range of the given targets.
DivergingScale outputScale(Task task, Activation output, std::initializer_list<const Matrix*> targets);

// The decision map: the output layer (the last of `maps`) in its classes' colours when it
// has a unit per class, else its first unit on `scale`.
QImage decisionMapImage(const NeuronMaps& maps, Task task, const DivergingScale& scale);

// Lightens every pixel towards white by `whiteness` (0..1): a map under data points.
void lighten(QImage& image, float whiteness);
constexpr float kMapWhiteness = 0.4f;  // a decision map is lightened so its points stand out
constexpr qreal kPlanePointRadius = 5.5;

// A data point's colour: its class's, or its target's on the regression scale.
QColor planePointColor(Task task, float target, const DivergingScale& scale);

// One data point over a map: a training point filled with its colour (Playground's white
// edge), a validation point a ring (white inside), each with a faint dark edge so that it
// shows on any background.
void paintPlanePoint(QPainter& p, QPointF centre, const QColor& color, bool validation, qreal radius);

// A (height, width) plane of values, row after row, as a picture: black at 0 and white at
// `peak` when all values are >= 0 (ReLU maps), else the orange-grey-blue scale around 0.
QImage planeImage(const float* values, int height, int width, float peak, bool signedValues);
// A convolution filter (k, k) on the diverging scale, +-peak at its ends.
QImage filterImage(const Matrix& filter, float peak);

}  // namespace layerlab
