#include "layers/im2col.h"

#include <algorithm>
#include <cstring>

namespace layerlab {

namespace {

// The rows moved here are short (26 and 11 floats in the textbook CNN), and there are many
// of them: std::copy and std::fill call memmove/memset for each, and a loop of unknown
// length gets an alias check and a scalar tail. Blocks of a fixed 8 floats compile to
// single vector instructions instead.
constexpr Index kBlock = 8;

// Row r of dst = row r of src, n floats each, for r in [0, rows). For n >= 8 the last block
// of a row overlaps the one before it instead of leaving a tail: it writes the same values
// again. Rows of 4 to 7 floats take two overlapping half blocks.
void copyRows(const float* src, Index srcStride, Index rows, Index n, float* dst, Index dstStride)
{
    constexpr size_t block = kBlock * sizeof(float), halfBlock = block / 2;
    for (Index r = 0; r < rows; ++r, src += srcStride, dst += dstStride) {
        if (n >= kBlock) {
            for (Index i = 0; i + kBlock < n; i += kBlock)
                std::memcpy(dst + i, src + i, block);
            std::memcpy(dst + n - kBlock, src + n - kBlock, block);
        } else if (n >= kBlock / 2) {
            std::memcpy(dst, src, halfBlock);
            std::memcpy(dst + n - kBlock / 2, src + n - kBlock / 2, halfBlock);
        } else {
            for (Index i = 0; i < n; ++i)
                dst[i] = src[i];
        }
    }
}

void zeroRow(float* dst, Index n)
{
    constexpr float zeros[kBlock] = {};
    copyRows(zeros, 0, n / kBlock, kBlock, dst, kBlock);
    copyRows(zeros, 0, 1, n % kBlock, dst + n / kBlock * kBlock, 0);
}

// Row r of dst += row r of src, n floats each. Sums cannot overlap blocks, so the tail is a
// half block and single floats. Each dst value gets exactly one addition, as in the plain
// loop.
void addRows(const float* src, Index srcStride, Index rows, Index n, float* dst, Index dstStride)
{
    using Block = Eigen::Array<float, kBlock, 1>;
    using HalfBlock = Eigen::Array<float, kBlock / 2, 1>;
    for (Index r = 0; r < rows; ++r, src += srcStride, dst += dstStride) {
        Index i = 0;
        for (; i + kBlock <= n; i += kBlock)
            Eigen::Map<Block>(dst + i) += Eigen::Map<const Block>(src + i);
        if (i + kBlock / 2 <= n) {
            Eigen::Map<HalfBlock>(dst + i) += Eigen::Map<const HalfBlock>(src + i);
            i += kBlock / 2;
        }
        for (; i < n; ++i)
            dst[i] += src[i];
    }
}

// The output columns ox whose input column ix = ox*stride + offset lies inside [0, width):
// outside them a patch reads padding (zeros). Likewise for rows.
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
    if (stride == 1) {  // the common case, without the divisions
        r.begin = std::min<Index>(std::max(low, 0), outWidth);
        r.end = std::min<Index>(outWidth, high + 1);
        r.begin = std::min(r.begin, r.end);
        return r;
    }
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

void im2col(const ConvGeometry& geometry, const Matrix& x, Index first, Index count, Eigen::Ref<Matrix> cols)
{
    // Copies, not reads through the references: the row copies below write through
    // memcpy, which may alias anything, so the compiler would reload every field after each.
    const ConvGeometry g = geometry;
    const float* const input = x.data();
    const Index inputStride = x.outerStride();
    float* const output = cols.data();
    const Index outputStride = cols.outerStride();
    const Index plane = Index(g.height) * g.width;
    const Index positions = g.positions();
    for (int ci = 0; ci < g.channels; ++ci) {
        for (int ki = 0; ki < g.kernel; ++ki) {
            const int rowOffset = ki - g.padTop;  // input row oy*stride + rowOffset
            const InsideRange rows = insideRange(rowOffset, g.stride, g.height, g.outHeight);
            for (int kj = 0; kj < g.kernel; ++kj) {
                const Index column = (Index(ci) * g.kernel + ki) * g.kernel + kj;
                const int colOffset = kj - g.padLeft;  // input column ox*stride + colOffset
                const InsideRange inside = insideRange(colOffset, g.stride, g.width, g.outWidth);
                float* out = output + column * outputStride;
                for (Index s = 0; s < count; ++s) {
                    const float* image = input + (first + s) * inputStride + ci * plane;
                    float* sampleOut = out + s * positions;
                    zeroRow(sampleOut, rows.begin * g.outWidth);  // padding above and below
                    zeroRow(sampleOut + rows.end * g.outWidth, (g.outHeight - rows.end) * g.outWidth);
                    const Index inRows = rows.end - rows.begin;
                    if (inRows == 0)
                        continue;
                    float* firstRow = sampleOut + rows.begin * g.outWidth;
                    const float* in = image + (rows.begin * g.stride + rowOffset) * g.width;
                    if (inside.begin > 0 || inside.end < g.outWidth)  // padding left and right
                        for (Index r = 0; r < inRows; ++r) {
                            zeroRow(firstRow + r * g.outWidth, inside.begin);
                            zeroRow(firstRow + r * g.outWidth + inside.end, g.outWidth - inside.end);
                        }
                    if (g.stride == 1) {
                        copyRows(in + (inside.begin + colOffset), g.width, inRows, inside.end - inside.begin,
                                 firstRow + inside.begin, g.outWidth);
                        continue;
                    }
                    for (Index r = 0; r < inRows; ++r)
                        for (Index ox = inside.begin; ox < inside.end; ++ox)
                            firstRow[r * g.outWidth + ox] = in[r * g.stride * g.width + ox * g.stride + colOffset];
                }
            }
        }
    }
}

void col2imAdd(const ConvGeometry& geometry, const Eigen::Ref<const Matrix>& cols, Index first, Index count,
               Matrix& dx)
{
    const ConvGeometry g = geometry;  // see im2col
    const float* const input = cols.data();
    const Index inputStride = cols.outerStride();
    float* const output = dx.data();
    const Index outputStride = dx.outerStride();
    const Index plane = Index(g.height) * g.width;
    const Index positions = g.positions();
    for (int ci = 0; ci < g.channels; ++ci) {
        for (int ki = 0; ki < g.kernel; ++ki) {
            const int rowOffset = ki - g.padTop;
            // rows of padding are skipped: their gradient goes nowhere
            const InsideRange rows = insideRange(rowOffset, g.stride, g.height, g.outHeight);
            for (int kj = 0; kj < g.kernel; ++kj) {
                const Index column = (Index(ci) * g.kernel + ki) * g.kernel + kj;
                const int colOffset = kj - g.padLeft;
                const InsideRange inside = insideRange(colOffset, g.stride, g.width, g.outWidth);
                const float* in = input + column * inputStride;
                const Index inRows = rows.end - rows.begin;
                if (inRows == 0)
                    continue;
                for (Index s = 0; s < count; ++s) {
                    const float* firstRow = in + s * positions + rows.begin * g.outWidth;
                    float* image = output + (first + s) * outputStride + ci * plane;
                    float* out = image + (rows.begin * g.stride + rowOffset) * g.width;
                    if (g.stride == 1) {
                        addRows(firstRow + inside.begin, g.outWidth, inRows, inside.end - inside.begin,
                                out + (inside.begin + colOffset), g.width);
                        continue;
                    }
                    for (Index r = 0; r < inRows; ++r)
                        for (Index ox = inside.begin; ox < inside.end; ++ox)
                            out[r * g.stride * g.width + ox * g.stride + colOffset] += firstRow[r * g.outWidth + ox];
                }
            }
        }
    }
}

}  // namespace layerlab
