#include "layers/dense.h"

#include "core/error.h"

namespace layerlab {

namespace {
using ConstMap = Eigen::Map<const Matrix>;
using Map = Eigen::Map<Matrix>;
using ConstVecMap = Eigen::Map<const Vector>;
using VecMap = Eigen::Map<Vector>;
}  // namespace

Shape DenseLayer::outputShape(const LayerSpec& spec, const Shape& input)
{
    if (!input.isFlat())
        //: what is wrong with a layer, after its name ("Dense #2 expects ..."); %1 is a shape such as 26x26x32
        throw SpecError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "expects a flat input but receives %1: add Flatten before it"),
            MessageArg::name(input.describe())));
    if (spec.units < 1)
        //: what is wrong with a layer, after its name ("Dense #2 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs at least 1 unit (has %1)"),
                                      MessageArg::count(spec.units)));
    return Shape::flat(spec.units);
}

DenseLayer::DenseLayer(const LayerSpec& spec, Shape input)
    : Layer(spec, input, outputShape(spec, input)), m_in(input.size()), m_out(spec.units)
{
}

std::vector<ParamInfo> DenseLayer::parameters() const
{
    return {{"weight", m_out, m_in, true}, {"bias", m_out, 1, false}};
}

void DenseLayer::initializeParameters(float* params, Rng& rng) const
{
    initialize(spec().init, {params, size_t(m_out * m_in)}, int(m_in), int(m_out), rng);
    std::fill(params + m_out * m_in, params + m_out * m_in + m_out, 0.0f);
}

void DenseLayer::forward(const float* params, const float*, const Matrix& x, Matrix& y,
                         LayerCache& cache, const PassInfo&) const
{
    ConstMap weight(params, m_out, m_in);           // (O, I)
    ConstVecMap bias(params + m_out * m_in, m_out);  // (O)
    if (spec().activation == Activation::Linear) {
        y.noalias() = weight * x;
        y.colwise() += bias;
        return;
    }
    // keep the pre-activation Z for backward: f'(Z)
    cache.z.noalias() = weight * x;
    cache.z.colwise() += bias;
    applyActivation(spec().activation, cache.z, y);
}

void DenseLayer::backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                          bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const
{
    if (!dyIsPreActivation)
        activationBackward(spec().activation, spec().activation == Activation::Linear ? y : cache.z, y, dy);
    // dy is now dZ (O, B).  dW = dZ X^T,  db = sum over batch of dZ,  dX = W^T dZ
    ConstMap weight(params, m_out, m_in);
    Map gradWeight(grads, m_out, m_in);
    VecMap gradBias(grads + m_out * m_in, m_out);
    gradWeight.noalias() += dy * x.transpose();
    gradBias.noalias() += dy.rowwise().sum();
    if (dx)
        dx->noalias() = weight.transpose() * dy;
}

}  // namespace layerlab
