#include "im2col.h"

#include <algorithm>

namespace layerlab {

namespace {

// The output columns ox whose input column ix = ox*stride + offset lies inside [0, width):
// outside them a patch reads padding (zeros).
struct InsideRange {
    Index begin = 0;
    Index end = 0;
};

InsideRange insideRange(int offset, int stride, int width, int outWidth)
{
    // ix >= 0  <=>  ox >= ceil(-offset / stride);  ix <= width - 1  <=>  ox <= floor((width - 1 - offset) / stride)
    const int low = -offset;
    const int high = width - 1 - offset;
    InsideRange r;
    if (high < 0)
        return r;
    r.begin = low > 0 ? (low + stride - 1) / stride : 0;
    r.end = std::min<Index>(outWidth, high / stride + 1);
    r.begin = std::min(r.begin, r.end);
    return r;
}

}  // namespace

ConvGeometry convGeometry(const Shape& input, int kernel, int stride, bool samePadding)
{
    ConvGeometry g;
    g.channels = input.channels;
    g.height = input.height;
    g.width = input.width;
    g.kernel = kernel;
    g.stride = stride;
    if (samePadding) {
        g.outHeight = (input.height + stride - 1) / stride;
        g.outWidth = (input.width + stride - 1) / stride;
        g.padTop = std::max((g.outHeight - 1) * stride + kernel - input.height, 0) / 2;
        g.padLeft = std::max((g.outWidth - 1) * stride + kernel - input.width, 0) / 2;
    } else {
        g.outHeight = (input.height - kernel) / stride + 1;
        g.outWidth = (input.width - kernel) / stride + 1;
    }
    return g;
}

void im2col(const ConvGeometry& g, const Matrix& x, Index first, Index count, Eigen::Ref<Matrix> cols)
{
    const Index plane = Index(g.height) * g.width;
    const Index positions = g.positions();
    for (int ci = 0; ci < g.channels; ++ci) {
        for (int ki = 0; ki < g.kernel; ++ki) {
            for (int kj = 0; kj < g.kernel; ++kj) {
                const Index column = (Index(ci) * g.kernel + ki) * g.kernel + kj;
                const int colOffset = kj - g.padLeft;
                const InsideRange inside = insideRange(colOffset, g.stride, g.width, g.outWidth);
                float* out = cols.col(column).data();
                for (Index s = 0; s < count; ++s) {
                    const float* image = x.col(first + s).data() + ci * plane;
                    float* sampleOut = out + s * positions;
                    for (int oy = 0; oy < g.outHeight; ++oy) {
                        float* row = sampleOut + Index(oy) * g.outWidth;
                        const int iy = oy * g.stride + ki - g.padTop;
                        if (iy < 0 || iy >= g.height) {
                            std::fill(row, row + g.outWidth, 0.0f);
                            continue;
                        }
                        const float* in = image + Index(iy) * g.width;  // input column ox*stride + colOffset
                        std::fill(row, row + inside.begin, 0.0f);
                        if (g.stride == 1)
                            std::copy(in + (inside.begin + colOffset), in + (inside.end + colOffset), row + inside.begin);
                        else
                            for (Index ox = inside.begin; ox < inside.end; ++ox)
                                row[ox] = in[ox * g.stride + colOffset];
                        std::fill(row + inside.end, row + g.outWidth, 0.0f);
                    }
                }
            }
        }
    }
}

void col2imAdd(const ConvGeometry& g, const Eigen::Ref<const Matrix>& cols, Index first, Index count, Matrix& dx)
{
    const Index plane = Index(g.height) * g.width;
    const Index positions = g.positions();
    for (int ci = 0; ci < g.channels; ++ci) {
        for (int ki = 0; ki < g.kernel; ++ki) {
            for (int kj = 0; kj < g.kernel; ++kj) {
                const Index column = (Index(ci) * g.kernel + ki) * g.kernel + kj;
                const int colOffset = kj - g.padLeft;
                const InsideRange inside = insideRange(colOffset, g.stride, g.width, g.outWidth);
                const float* in = cols.col(column).data();
                for (Index s = 0; s < count; ++s) {
                    float* image = dx.col(first + s).data() + ci * plane;
                    const float* sampleIn = in + s * positions;
                    for (int oy = 0; oy < g.outHeight; ++oy) {
                        const int iy = oy * g.stride + ki - g.padTop;
                        if (iy < 0 || iy >= g.height)
                            continue;  // padding: its gradient goes nowhere
                        const float* row = sampleIn + Index(oy) * g.outWidth;
                        float* out = image + Index(iy) * g.width;  // input column ox*stride + colOffset
                        if (g.stride == 1)
                            for (Index ox = inside.begin; ox < inside.end; ++ox)
                                out[ox + colOffset] += row[ox];
                        else
                            for (Index ox = inside.begin; ox < inside.end; ++ox)
                                out[ox * g.stride + colOffset] += row[ox];
                    }
                }
            }
        }
    }
}

}  // namespace layerlab
