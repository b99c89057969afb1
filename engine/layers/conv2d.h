// 2-D convolution with its activation: A = f(W * X + b), one bias per filter.
//   z(o, i, j) = b(o) + sum over c, u, v of W(o, c, u, v) x(c, i*s + u - padTop, j*s + v - padLeft)
// (cross-correlation, as Keras and PyTorch compute it; x is 0 outside the image).
// B = batch, Cin/Cout = input/output channels, k = kernel size, s = stride,
// P = OH*OW output positions, K = Cin*k*k values under one kernel window.
// Computed as matrix products on unrolled patches (im2col.h), one sample at a time:
// Z_s = Cols_s W + b, with Z_s (P, Cout) exactly the sample's C,H,W output layout, so the
// product lands in place; the patches (P, K) stay in cache. Per sample, these products
// run as fast as one large product over the whole batch (140-180 GFLOP/s measured here
// for the textbook CNN's shapes).
#pragma once

#include "layers/im2col.h"
#include "layers/layer.h"

namespace layerlab {

class Conv2DLayer final : public Layer {
public:
    Conv2DLayer(const LayerSpec& spec, Shape input);
    // Throws a SpecError for an impossible input, without the layer's name (inferShapes adds it).
    static Shape outputShape(const LayerSpec& spec, const Shape& input);

    // weight (K, Cout): column o is filter o, stored (Cin, kh, kw) as PyTorch lays out
    // Conv2d.weight (Cout, Cin, kh, kw); then bias (Cout).
    std::vector<ParamInfo> parameters() const override;
    void initializeParameters(float* params, Rng& rng) const override;
    Activation activation() const override { return spec().activation; }
    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;

    const ConvGeometry& geometry() const { return m_geometry; }

private:
    ConvGeometry m_geometry;
    Index m_filters;    // Cout
    Index m_patch;      // K
    Index m_positions;  // P
};

}  // namespace layerlab
