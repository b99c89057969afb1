#include "layers/conv2d.h"

#include <algorithm>

#include "core/error.h"

namespace layerlab {

namespace {

using ConstMap = Eigen::Map<const Matrix>;
using Map = Eigen::Map<Matrix>;
using ConstVecMap = Eigen::Map<const Vector>;
using VecMap = Eigen::Map<Vector>;

// The cache's scratch matrices: [0] patches Cols_s (P, K), [1] their gradient dCols_s.
// Kept between steps, so they are allocated once and then reused.
constexpr size_t kColumns = 0, kColumnGradients = 1;

Matrix& scratch(LayerCache& cache, size_t i, Index rows, Index cols)
{
    if (cache.extra.size() < 2)
        cache.extra.resize(2);  // both at once: growing the vector later would move them
    cache.extra[i].resize(rows, cols);  // no reallocation when the size is unchanged
    return cache.extra[i];
}

}  // namespace

Shape Conv2DLayer::outputShape(const LayerSpec& spec, const Shape& input)
{
    if (input.isFlat())
        //: what is wrong with a layer, after its name ("Conv2D #1 expects ..."); %1 is a shape such as 784
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "expects an image input (height x width x channels) but "
                                                                  "receives %1: convolutions work on images, so put them "
                                                                  "before Flatten and use image data"),
                                      MessageArg::name(input.describe())));
    if (spec.filters < 1)
        //: what is wrong with a layer, after its name ("Conv2D #1 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs at least 1 filter (has %1)"),
                                      MessageArg::count(spec.filters)));
    if (spec.kernel < 1)
        //: what is wrong with a layer, after its name ("Conv2D #1 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs a kernel of at least 1x1 (has %1)"),
                                      MessageArg::count(spec.kernel)));
    if (spec.stride < 1)
        //: what is wrong with a layer, after its name ("Conv2D #1 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs a stride of at least 1 (has %1)"),
                                      MessageArg::count(spec.stride)));
    if (spec.activation == Activation::Softmax)
        //: what is wrong with a layer, after its name ("Conv2D #1 cannot ..."); softmax, Dense and relu are names
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "cannot use softmax: softmax turns a layer's outputs "
                                                                  "into class probabilities and belongs on the Dense "
                                                                  "output layer; use relu here")));
    if (spec.padding == Padding::Valid && (spec.kernel > input.height || spec.kernel > input.width))
        //: what is wrong with a layer, after its name ("Conv2D #1 has ..."): a %1x%1 kernel, a %2x%3
        //: input (height x width); 'same' is a setting's name
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "has a %1x%1 kernel but its input is only %2x%3: "
                                                                  "remove a pooling layer before it or use 'same' padding"),
                                      MessageArg::count(spec.kernel), MessageArg::count(input.height),
                                      MessageArg::count(input.width)));
    const ConvGeometry g = convGeometry(input, spec.kernel, spec.stride, spec.padding == Padding::Same);
    return Shape::image(spec.filters, g.outHeight, g.outWidth);
}

Conv2DLayer::Conv2DLayer(const LayerSpec& spec, Shape input)
    : Layer(spec, input, outputShape(spec, input)),
      m_geometry(convGeometry(input, spec.kernel, spec.stride, spec.padding == Padding::Same)),
      m_filters(spec.filters),
      m_patch(m_geometry.patchSize()),
      m_positions(m_geometry.positions())
{
}

std::vector<ParamInfo> Conv2DLayer::parameters() const
{
    return {{"weight", m_patch, m_filters, true}, {"bias", m_filters, 1, false}};
}

void Conv2DLayer::initializeParameters(float* params, Rng& rng) const
{
    // Each output sees k*k*Cin inputs; each input feeds k*k*Cout outputs (Keras' fans).
    const int kk = spec().kernel * spec().kernel;
    initialize(spec().init, {params, size_t(m_patch * m_filters)}, kk * m_geometry.channels, kk * int(m_filters), rng);
    std::fill(params + m_patch * m_filters, params + m_patch * m_filters + m_filters, 0.0f);
}

void Conv2DLayer::forward(const float* params, const float*, const Matrix& x, Matrix& y, LayerCache& cache,
                          const PassInfo&) const
{
    ConstMap weight(params, m_patch, m_filters);                   // (K, Cout)
    ConstVecMap bias(params + m_patch * m_filters, m_filters);     // (Cout)
    const Index batch = x.cols();
    const Activation act = spec().activation;
    // ReLU's backward needs only y (y > 0 exactly where z > 0); other activations keep the
    // pre-activation Z for f'(Z).
    const bool keepZ = act != Activation::Linear && act != Activation::ReLU;
    Matrix& z = keepZ ? cache.z : y;
    z.resize(m_filters * m_positions, batch);
    Matrix& cols = scratch(cache, kColumns, m_positions, m_patch);
    for (Index s = 0; s < batch; ++s) {
        im2col(m_geometry, x, s, 1, cols);
        // Z_s = Cols_s W + b: (P, Cout) column-major is exactly sample s's (Cout, OH, OW)
        // layout, so the product is written in place. Starting from b makes the bias free.
        Map zs(z.col(s).data(), m_positions, m_filters);
        zs.rowwise() = bias.transpose();
        zs.noalias() += cols * weight;
        if (act == Activation::ReLU)
            zs = zs.cwiseMax(0.0f);  // while the sample is still in cache
    }
    if (keepZ)
        applyActivation(act, z, y);
}

void Conv2DLayer::backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                           bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const
{
    const Activation act = spec().activation;
    const bool relu = act == Activation::ReLU && !dyIsPreActivation;
    if (!dyIsPreActivation && !relu && act != Activation::Linear)
        activationBackward(act, cache.z, y, dy);
    // Per sample, with dZ_s (P, Cout):  dW += Cols_s^T dZ_s,  db += column sums of dZ_s,
    // dCols_s = dZ_s W^T, and col2im folds dCols_s back onto the input positions: dX_s.
    ConstMap weight(params, m_patch, m_filters);
    Map gradWeight(grads, m_patch, m_filters);
    VecMap gradBias(grads + m_patch * m_filters, m_filters);
    const Index batch = x.cols();
    Matrix& cols = scratch(cache, kColumns, m_positions, m_patch);
    Matrix* dcols = dx ? &scratch(cache, kColumnGradients, m_positions, m_patch) : nullptr;
    if (dx)
        dx->resize(m_geometry.inputSize(), batch);  // zeroed sample by sample below, while in cache
    for (Index s = 0; s < batch; ++s) {
        Map dz(dy.col(s).data(), m_positions, m_filters);
        if (relu)  // dZ = dA * f'(Z), f'(Z) = 1 where y > 0 (select: 10x faster than multiplying by a cast mask)
            dz.array() = (ConstMap(y.col(s).data(), m_positions, m_filters).array() > 0.0f).select(dz.array(), 0.0f);
        // recomputing the patches costs one copy; keeping them would cost K/Cout times the output
        im2col(m_geometry, x, s, 1, cols);
        gradWeight.noalias() += cols.transpose() * dz;
        gradBias.noalias() += dz.colwise().sum().transpose();
        if (dx) {
            dcols->noalias() = dz * weight.transpose();
            dx->col(s).setZero();
            col2imAdd(m_geometry, *dcols, s, 1, *dx);
        }
    }
}

}  // namespace layerlab
