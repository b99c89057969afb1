// Global average pooling (Lin et al. 2013, "Network in Network"): each channel's feature
// map becomes its mean, so an image (C, H, W) becomes C features. Used in place of Flatten
// before the output layer; it has no parameters and does not depend on the image size.
// B = batch, C = channels, S = H*W positions per channel.
#pragma once

#include "layers/layer.h"

namespace layerlab {

class GlobalAvgPoolLayer final : public Layer {
public:
    GlobalAvgPoolLayer(const LayerSpec& spec, Shape input) : Layer(spec, input, outputShape(spec, input)) {}
    // Throws a SpecError for a flat input, without the layer's name (inferShapes adds it).
    static Shape outputShape(const LayerSpec& spec, const Shape& input);

    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;
};

}  // namespace layerlab
