// im2col (Chellapilla et al. 2006): unroll every k x k input patch into one row of a matrix
// so that a convolution becomes one matrix product, Y = Cols W.
// S = samples in the group, P = OH*OW output positions, K = Cin*k*k patch values.
// Cols is (S*P, K): row s*P + p is the patch under output position p of sample s, and
// column (ci*k + ki)*k + kj holds input channel ci at kernel offset (ki, kj).
// Column-major, so one column is contiguous: it is the input plane shifted by (ki, kj),
// which im2col writes with whole-row copies.
#pragma once

#include "core/shape.h"
#include "core/tensor.h"

namespace layerlab {

struct ConvGeometry {
    int channels = 1;       // Cin
    int height = 1;         // H
    int width = 1;          // W
    int kernel = 1;         // k
    int stride = 1;
    int padTop = 0;         // zeros above the input (and padLeft to its left)
    int padLeft = 0;
    int outHeight = 1;      // OH
    int outWidth = 1;       // OW

    Index positions() const { return Index(outHeight) * outWidth; }             // P
    Index patchSize() const { return Index(channels) * kernel * kernel; }       // K
    Index inputSize() const { return Index(channels) * height * width; }        // Cin*H*W
};

// Keras/TensorFlow padding: 'valid' uses only whole windows, OH = floor((H - k) / s) + 1;
// 'same' gives OH = ceil(H / s) and pads (OH - 1) s + k - H zeros in total, half above and
// the extra one below (likewise left/right).
ConvGeometry convGeometry(const Shape& input, int kernel, int stride, bool samePadding);

// Writes the patches of samples [first, first + count) of x (Cin*H*W, B) into the first
// count*P rows of cols (at least count*P rows, K columns).
void im2col(const ConvGeometry& g, const Matrix& x, Index first, Index count, Eigen::Ref<Matrix> cols);

// The adjoint of im2col: adds every patch value of cols back onto the input position it was
// copied from, into columns [first, first + count) of dx.
void col2imAdd(const ConvGeometry& g, const Eigen::Ref<const Matrix>& cols, Index first, Index count, Matrix& dx);

}  // namespace layerlab
