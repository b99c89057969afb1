// Dropout (Srivastava et al. 2014), inverted: while training each unit is kept with
// probability p = 1 - rate and scaled by 1/p, so inference needs no change.
#pragma once

#include "layers/layer.h"

namespace layerlab {

class DropoutLayer final : public Layer {
public:
    DropoutLayer(const LayerSpec& spec, Shape input);
    static Shape outputShape(const LayerSpec& spec, const Shape& input);

    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;
};

}  // namespace layerlab
