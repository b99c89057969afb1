// Dense (fully connected) layer with its activation: A = f(W X + b).
// B = batch, I = inputs, O = outputs (units).
#pragma once

#include "layers/layer.h"

namespace layerlab {

class DenseLayer final : public Layer {
public:
    DenseLayer(const LayerSpec& spec, Shape input);
    // Throws a SpecError for an impossible input, without the layer's name (inferShapes adds it).
    static Shape outputShape(const LayerSpec& spec, const Shape& input);

    std::vector<ParamInfo> parameters() const override;
    void initializeParameters(float* params, Rng& rng) const override;
    Activation activation() const override { return spec().activation; }
    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;

private:
    Index m_in;
    Index m_out;
};

}  // namespace layerlab
