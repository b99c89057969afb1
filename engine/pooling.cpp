#include "pooling.h"

#include <algorithm>
#include <bit>
#include <cstdint>

#include "error.h"

namespace layerlab {

namespace {

std::string size2(int a, int b) { return std::to_string(a) + "x" + std::to_string(b); }

// One output row of max pooling, from the window's top-left input `top` (input rows
// `width` apart). Window offset by window offset, a whole output row at a time: the
// loops over ox have no branches and vectorise.
void maxPoolRow(const float* top, Index width, int w, int outWidth, float* row)
{
    for (int ox = 0; ox < outWidth; ++ox)
        row[ox] = top[Index(ox) * w];
    for (int ki = 0; ki < w; ++ki)
        for (int kj = 0; kj < w; ++kj) {
            const float* src = top + Index(ki) * width + kj;
            for (int ox = 0; ox < outWidth; ++ox)
                row[ox] = std::max(row[ox], src[Index(ox) * w]);
        }
}

// The 2x2 window, by far the most common: one pass over both input rows.
void maxPoolRow2(const float* top, Index width, int outWidth, float* row)
{
    const float* bottom = top + width;
    for (int ox = 0; ox < outWidth; ++ox)
        row[ox] = std::max(std::max(top[2 * ox], top[2 * ox + 1]), std::max(bottom[2 * ox], bottom[2 * ox + 1]));
}

// Max pooling's y is always a bit-for-bit copy of one input of its window (std::max and
// the vector max instructions return one of their operands), so backward finds the
// maximum by comparing bit patterns: exact, and integer compares need no branches.
std::uint32_t bits(float v) { return std::bit_cast<std::uint32_t>(v); }
// all ones when a == b, else 0
std::uint32_t same(float a, float b) { return 0u - std::uint32_t(bits(a) == bits(b)); }
float select(std::uint32_t mask, float v) { return std::bit_cast<float>(bits(v) & mask); }

// Backward of one output row: each window's gradient g goes to its first input equal to
// the maximum m, 0 to the others. taken[ox] (scratch, a mask's bits kept in a float)
// marks windows already served. Masks, not branches: which input wins is data, and
// unpredictable.
void maxPoolRowBackward(const float* top, Index width, int w, int outWidth, const float* m, const float* g,
                        float* gradTop, float* taken)
{
    std::fill(taken, taken + outWidth, 0.0f);
    for (int ki = 0; ki < w; ++ki)
        for (int kj = 0; kj < w; ++kj) {
            const Index offset = Index(ki) * width + kj;
            const float* src = top + offset;
            float* dst = gradTop + offset;
            for (int ox = 0; ox < outWidth; ++ox) {
                const std::uint32_t take = same(src[Index(ox) * w], m[ox]) & ~bits(taken[ox]);
                dst[Index(ox) * w] = select(take, g[ox]);
                taken[ox] = std::bit_cast<float>(bits(taken[ox]) | take);
            }
        }
}

// The 2x2 window, by far the most common, over a whole channel at once.
void maxPoolPlaneBackward2(const float* image, int width, int outHeight, int outWidth, const float* m,
                           const float* g, float* gradImage)
{
    for (int oy = 0; oy < outHeight; ++oy) {
        const float* top = image + Index(2 * oy) * width;
        const float* bottom = top + width;
        float* gradTop = gradImage + Index(2 * oy) * width;
        float* gradBottom = gradTop + width;
        const float* mRow = m + Index(oy) * outWidth;
        const float* gRow = g + Index(oy) * outWidth;
        for (int ox = 0; ox < outWidth; ++ox) {
            const std::uint32_t a = same(top[2 * ox], mRow[ox]);
            const std::uint32_t b = same(top[2 * ox + 1], mRow[ox]) & ~a;
            const std::uint32_t c = same(bottom[2 * ox], mRow[ox]) & ~(a | b);
            const std::uint32_t d = ~(a | b | c);
            gradTop[2 * ox] = select(a, gRow[ox]);
            gradTop[2 * ox + 1] = select(b, gRow[ox]);
            gradBottom[2 * ox] = select(c, gRow[ox]);
            gradBottom[2 * ox + 1] = select(d, gRow[ox]);
        }
    }
}

}  // namespace

Shape poolingOutputShape(const LayerSpec& spec, const Shape& input)
{
    if (input.isFlat())
        throw SpecError("expects an image input (height x width x channels) but receives " + input.describe() +
                        ": pooling shrinks feature maps, so put it after a Conv2D and before Flatten");
    const int w = spec.kernel;
    if (w < 1)
        throw SpecError("needs a window of at least 1x1 (has " + std::to_string(w) + ")");
    if (w > input.height || w > input.width)
        throw SpecError("has a " + size2(w, w) + " window but its input is only " + size2(input.height, input.width) +
                        ": use a smaller window or remove a pooling layer before it");
    return Shape::image(input.channels, input.height / w, input.width / w);
}

void MaxPool2DLayer::forward(const float*, const float*, const Matrix& x, Matrix& y, LayerCache&,
                             const PassInfo&) const
{
    const int w = spec().kernel;
    const Shape in = inputShape(), out = outputShape();
    const Index inPlane = Index(in.height) * in.width, outPlane = Index(out.height) * out.width;
    y.resize(out.size(), x.cols());
    for (Index s = 0; s < x.cols(); ++s) {
        for (int c = 0; c < in.channels; ++c) {
            const float* image = x.col(s).data() + c * inPlane;
            float* pooled = y.col(s).data() + c * outPlane;
            for (int oy = 0; oy < out.height; ++oy) {
                const float* top = image + Index(oy) * w * in.width;
                float* row = pooled + Index(oy) * out.width;
                if (w == 2)
                    maxPoolRow2(top, in.width, out.width, row);
                else
                    maxPoolRow(top, in.width, w, out.width, row);
            }
        }
    }
}

void MaxPool2DLayer::backward(const float*, const Matrix& x, const Matrix& y, Matrix& dy, bool, Matrix* dx, float*,
                              LayerCache& cache) const
{
    if (!dx)
        return;
    // dL/dx = dL/dy at the window's maximum, 0 elsewhere (the others did not affect y).
    // The maximum is found again as the first input of the window equal to y: no argmax
    // needs to be kept, and ties send the gradient to one input only (as PyTorch does).
    const int w = spec().kernel;
    const Shape in = inputShape(), out = outputShape();
    const Index inPlane = Index(in.height) * in.width, outPlane = Index(out.height) * out.width;
    if (in.height % w != 0 || in.width % w != 0)
        dx->setZero(in.size(), dy.cols());  // rows/columns left over by the windows get no gradient
    else
        dx->resize(in.size(), dy.cols());   // every input belongs to one window, written below
    cache.mask.resize(out.width, 1);        // scratch for maxPoolRowBackward's taken flags
    for (Index s = 0; s < dy.cols(); ++s) {
        for (int c = 0; c < in.channels; ++c) {
            const float* image = x.col(s).data() + c * inPlane;
            float* gradImage = dx->col(s).data() + c * inPlane;
            const float* pooled = y.col(s).data() + c * outPlane;
            const float* grad = dy.col(s).data() + c * outPlane;
            if (w == 2) {
                maxPoolPlaneBackward2(image, in.width, out.height, out.width, pooled, grad, gradImage);
                continue;
            }
            for (int oy = 0; oy < out.height; ++oy) {
                const Index top = Index(oy) * w * in.width;
                maxPoolRowBackward(image + top, in.width, w, out.width, pooled + Index(oy) * out.width,
                                   grad + Index(oy) * out.width, gradImage + top, cache.mask.data());
            }
        }
    }
}

void AvgPool2DLayer::forward(const float*, const float*, const Matrix& x, Matrix& y, LayerCache&,
                             const PassInfo&) const
{
    const int w = spec().kernel;
    const float scale = 1.0f / float(w * w);
    const Shape in = inputShape(), out = outputShape();
    const Index inPlane = Index(in.height) * in.width, outPlane = Index(out.height) * out.width;
    y.resize(out.size(), x.cols());
    for (Index s = 0; s < x.cols(); ++s) {
        for (int c = 0; c < in.channels; ++c) {
            const float* image = x.col(s).data() + c * inPlane;
            float* pooled = y.col(s).data() + c * outPlane;
            for (int oy = 0; oy < out.height; ++oy) {
                for (int ox = 0; ox < out.width; ++ox) {
                    const float* window = image + Index(oy) * w * in.width + Index(ox) * w;
                    float sum = 0;
                    for (int ki = 0; ki < w; ++ki)
                        for (int kj = 0; kj < w; ++kj)
                            sum += window[Index(ki) * in.width + kj];
                    pooled[Index(oy) * out.width + ox] = sum * scale;
                }
            }
        }
    }
}

void AvgPool2DLayer::backward(const float*, const Matrix&, const Matrix&, Matrix& dy, bool, Matrix* dx, float*,
                              LayerCache&) const
{
    if (!dx)
        return;
    // y = (1/w^2) sum of the window  =>  dL/dx = dL/dy / w^2 for each input of the window
    const int w = spec().kernel;
    const float scale = 1.0f / float(w * w);
    const Shape in = inputShape(), out = outputShape();
    const Index inPlane = Index(in.height) * in.width, outPlane = Index(out.height) * out.width;
    dx->setZero(in.size(), dy.cols());
    for (Index s = 0; s < dy.cols(); ++s) {
        for (int c = 0; c < in.channels; ++c) {
            float* image = dx->col(s).data() + c * inPlane;
            const float* grad = dy.col(s).data() + c * outPlane;
            for (int oy = 0; oy < out.height; ++oy) {
                for (int ox = 0; ox < out.width; ++ox) {
                    const float g = grad[Index(oy) * out.width + ox] * scale;
                    float* window = image + Index(oy) * w * in.width + Index(ox) * w;
                    for (int ki = 0; ki < w; ++ki)
                        for (int kj = 0; kj < w; ++kj)
                            window[Index(ki) * in.width + kj] = g;
                }
            }
        }
    }
}

}  // namespace layerlab
