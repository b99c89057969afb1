// Flatten: an image (channels x height x width) becomes a flat feature vector. Samples are
// already contiguous, so the data does not move; only the shape changes.
#pragma once

#include "layers/layer.h"

namespace layerlab {

class FlattenLayer final : public Layer {
public:
    FlattenLayer(const LayerSpec& spec, Shape input) : Layer(spec, input, Shape::flat(int(input.size()))) {}

    void forward(const float*, const float*, const Matrix& x, Matrix& y, LayerCache&, const PassInfo&) const override
    {
        y = x;
    }
    void backward(const float*, const Matrix&, const Matrix&, Matrix& dy, bool, Matrix* dx, float*,
                  LayerCache&) const override
    {
        if (dx)
            dx->swap(dy);
    }
};

}  // namespace layerlab
