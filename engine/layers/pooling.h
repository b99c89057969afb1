// Pooling over non-overlapping w x w windows (stride = w), per channel, as Keras'
// MaxPooling2D/AveragePooling2D with 'valid' padding: OH = floor(H / w), OW = floor(W / w);
// rows and columns left over at the bottom/right are not pooled.
// B = batch, C = channels, w = window, OH x OW = output size.
#pragma once

#include "layers/layer.h"

namespace layerlab {

// Output shape of both poolings; throws a SpecError without the layer's name
// (inferShapes adds it).
Shape poolingOutputShape(const LayerSpec& spec, const Shape& input);

// y = max over the window. Backward sends dy to the window's largest input only.
class MaxPool2DLayer final : public Layer {
public:
    MaxPool2DLayer(const LayerSpec& spec, Shape input) : Layer(spec, input, poolingOutputShape(spec, input)) {}

    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;
};

// y = mean over the window. Backward spreads dy / (w*w) over the window.
class AvgPool2DLayer final : public Layer {
public:
    AvgPool2DLayer(const LayerSpec& spec, Shape input) : Layer(spec, input, poolingOutputShape(spec, input)) {}

    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;
};

}  // namespace layerlab
