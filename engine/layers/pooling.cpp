#include "layers/pooling.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <stdexcept>

#include "core/error.h"

namespace layerlab {

namespace {

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

// Max pooling's y is always a bit-for-bit copy of one input of its window (std::max and
// the vector max instructions return one of their operands), so the input that gave the
// maximum is found by comparing bit patterns: exact, and integer compares need no branches.
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

// Which input of a 2x2 window gets its gradient: 0 top-left, 1 top-right, 2 bottom-left,
// 3 bottom-right, kept in LayerCache::mask (same shape as y). A float, not a byte: the
// vectoriser sizes its blocks by the smallest type in the loop, and blocks of 64 bytes
// would never fit in a row.
using Winner = float;

// The 2x2 window, by far the most common, has its own loops, one output row at a time.
// The rows are short (13 and 5 windows in the textbook CNN) and the vectoriser leaves each
// row's last (n mod 8) windows to a scalar loop, so every row of a channel but its last one
// is run on to a multiple of 8 windows. The extra windows read the rows below and write
// into the output row below, which is computed later and overwrites them. With n >= 4 the
// padded length is at most 2n, so they reach no further than the next row of windows and
// never leave the channel.
Index paddedRowLength(int outWidth) { return outWidth >= 4 ? (outWidth + 7) / 8 * 8 : outWidth; }

// y for windows [0, n) of one row, and the first input of each window equal to y (ties
// send the gradient to one input only, as PyTorch does). Recording the winner costs as much
// as writing y; finding it again in backward would mean reading the 4x larger input again.
void maxPoolRow2(const float* top, const float* bottom, Index n, float* row, Winner* winners)
{
    for (Index ox = 0; ox < n; ++ox) {
        const float a = top[2 * ox], b = top[2 * ox + 1], c = bottom[2 * ox], d = bottom[2 * ox + 1];
        const float m = std::max(std::max(a, b), std::max(c, d));
        row[ox] = m;
        // the first of a, b, c equal to m, else d; counted, not branched (see bits())
        const int notA = bits(a) != bits(m), notB = bits(b) != bits(m), notC = bits(c) != bits(m);
        winners[ox] = Winner(notA + (notA & notB) + (notA & notB & notC));
    }
}

void maxPoolPlane2(const float* image, int width, int outHeight, int outWidth, float* pooled, Winner* winners)
{
    const Index padded = paddedRowLength(outWidth);
    for (int oy = 0; oy < outHeight; ++oy) {
        const float* top = image + Index(2 * oy) * width;
        maxPoolRow2(top, top + width, oy + 1 < outHeight ? padded : outWidth, pooled + Index(oy) * outWidth,
                    winners + Index(oy) * outWidth);
    }
}

// Backward of one input row of the windows [0, n): the gradient g of each window whose
// winner is `left` or left + 1 goes to that input, 0 to the other.
void maxPoolRowBackward2(const Winner* winners, const float* g, Index n, Winner left, float* grad)
{
    for (Index ox = 0; ox < n; ++ox) {
        grad[2 * ox] = winners[ox] == left ? g[ox] : 0.0f;
        grad[2 * ox + 1] = winners[ox] == left + 1 ? g[ox] : 0.0f;
    }
}

// Rows padded as in maxPoolPlane2. The extra windows of an input row write into the rows
// below, so each top row is written before its bottom row, and a pair of rows before the
// next pair. What lands in the unpooled columns is zeroed afterwards (zeroUnpooled).
void maxPoolPlaneBackward2(const Winner* winners, const float* g, int width, int outHeight, int outWidth,
                           float* gradImage)
{
    const Index padded = paddedRowLength(outWidth);
    for (int oy = 0; oy < outHeight; ++oy) {
        const Index n = oy + 1 < outHeight ? padded : outWidth;
        const Winner* winnerRow = winners + Index(oy) * outWidth;
        const float* gRow = g + Index(oy) * outWidth;
        float* gradTop = gradImage + Index(2 * oy) * width;
        maxPoolRowBackward2(winnerRow, gRow, n, 0, gradTop);
        maxPoolRowBackward2(winnerRow, gRow, n, 2, gradTop + width);
    }
}

// The rows and columns left over by the windows (bottom, right) get no gradient.
void zeroUnpooled(const Shape& in, const Shape& out, int w, float* gradImage)
{
    const int pooledWidth = out.width * w, pooledHeight = out.height * w;
    if (pooledWidth < in.width)
        for (int iy = 0; iy < pooledHeight; ++iy)
            std::fill(gradImage + Index(iy) * in.width + pooledWidth, gradImage + Index(iy + 1) * in.width, 0.0f);
    std::fill(gradImage + Index(pooledHeight) * in.width, gradImage + Index(in.height) * in.width, 0.0f);
}

}  // namespace

Shape poolingOutputShape(const LayerSpec& spec, const Shape& input)
{
    if (input.isFlat())
        //: what is wrong with a layer, after its name ("MaxPool2D #3 expects ..."); %1 is a shape such as 784
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "expects an image input (height x width x channels) but "
                                                                  "receives %1: pooling shrinks feature maps, so put it "
                                                                  "after a Conv2D and before Flatten"),
                                      MessageArg::name(input.describe())));
    const int w = spec.kernel;
    if (w < 1)
        //: what is wrong with a layer, after its name ("MaxPool2D #3 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs a window of at least 1x1 (has %1)"),
                                      MessageArg::count(w)));
    if (w > input.height || w > input.width)
        //: what is wrong with a layer, after its name ("MaxPool2D #3 has ..."): a %1x%1 window, a %2x%3
        //: input (height x width)
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "has a %1x%1 window but its input is only %2x%3: use a "
                                                                  "smaller window or remove a pooling layer before it"),
                                      MessageArg::count(w), MessageArg::count(input.height),
                                      MessageArg::count(input.width)));
    return Shape::image(input.channels, input.height / w, input.width / w);
}

void MaxPool2DLayer::forward(const float*, const float*, const Matrix& x, Matrix& y, LayerCache& cache,
                             const PassInfo&) const
{
    const int w = spec().kernel;
    const Shape in = inputShape(), out = outputShape();
    const Index inPlane = Index(in.height) * in.width, outPlane = Index(out.height) * out.width;
    y.resize(out.size(), x.cols());
    // 2x2 windows record their winners for backward, in inference too: backward may follow
    // any forward pass, and one more value per output is cheap next to reading the input.
    if (w == 2)
        cache.mask.resize(out.size(), x.cols());
    for (Index s = 0; s < x.cols(); ++s) {
        for (int c = 0; c < in.channels; ++c) {
            const float* image = x.col(s).data() + c * inPlane;
            float* pooled = y.col(s).data() + c * outPlane;
            if (w == 2) {
                maxPoolPlane2(image, in.width, out.height, out.width, pooled, cache.mask.col(s).data() + c * outPlane);
                continue;
            }
            for (int oy = 0; oy < out.height; ++oy)
                maxPoolRow(image + Index(oy) * w * in.width, in.width, w, out.width, pooled + Index(oy) * out.width);
        }
    }
}

void MaxPool2DLayer::backward(const float*, const Matrix& x, const Matrix& y, Matrix& dy, bool, Matrix* dx, float*,
                              LayerCache& cache) const
{
    if (!dx)
        return;
    // dL/dx = dL/dy at the window's maximum, 0 elsewhere (the others did not affect y).
    // The maximum is the first input of the window equal to y, so ties send the gradient to
    // one input only (as PyTorch does). 2x2 windows recorded it in forward; larger ones find
    // it again here, which keeps their forward pass free of bookkeeping.
    const int w = spec().kernel;
    const Shape in = inputShape(), out = outputShape();
    const Index inPlane = Index(in.height) * in.width, outPlane = Index(out.height) * out.width;
    if (w == 2 && (cache.mask.rows() != out.size() || cache.mask.cols() != dy.cols()))
        throw std::logic_error("MaxPool2D backward needs the winners its forward pass records in the cache");
    dx->resize(in.size(), dy.cols());  // every input is written below
    if (w != 2)
        cache.mask.resize(out.width, 1);  // scratch for maxPoolRowBackward's taken flags
    for (Index s = 0; s < dy.cols(); ++s) {
        for (int c = 0; c < in.channels; ++c) {
            float* gradImage = dx->col(s).data() + c * inPlane;
            const float* grad = dy.col(s).data() + c * outPlane;
            if (w == 2) {
                maxPoolPlaneBackward2(cache.mask.col(s).data() + c * outPlane, grad, in.width, out.height, out.width,
                                      gradImage);
                zeroUnpooled(in, out, w, gradImage);
                continue;
            }
            zeroUnpooled(in, out, w, gradImage);
            const float* image = x.col(s).data() + c * inPlane;
            const float* pooled = y.col(s).data() + c * outPlane;
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
