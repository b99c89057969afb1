#include "layers/batch_norm.h"

#include <cmath>

#include "core/error.h"

namespace layerlab {

Shape BatchNormLayer::outputShape(const LayerSpec& spec, const Shape& input)
{
    if (!(spec.momentum >= 0.0f && spec.momentum < 1.0f))
        //: what is wrong with a layer, after its name ("BatchNorm #2 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs a momentum in [0, 1)")));
    if (!(spec.epsilon > 0.0f))
        //: what is wrong with a layer, after its name ("BatchNorm #2 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs a positive epsilon")));
    return input;
}

BatchNormLayer::BatchNormLayer(const LayerSpec& spec, Shape input)
    : Layer(spec, input, outputShape(spec, input)),
      m_channels(input.channels),
      m_spatial(Index(input.height) * input.width)
{
}

std::vector<ParamInfo> BatchNormLayer::parameters() const
{
    return {{"gamma", m_channels, 1, false}, {"beta", m_channels, 1, false}};
}

std::vector<ParamInfo> BatchNormLayer::stateBuffers() const
{
    return {{"running mean", m_channels, 1, false}, {"running variance", m_channels, 1, false}};
}

void BatchNormLayer::initializeParameters(float* params, Rng&) const
{
    std::fill(params, params + m_channels, 1.0f);
    std::fill(params + m_channels, params + 2 * m_channels, 0.0f);
}

void BatchNormLayer::initializeState(float* state) const
{
    std::fill(state, state + m_channels, 0.0f);
    std::fill(state + m_channels, state + 2 * m_channels, 1.0f);
}

void BatchNormLayer::forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                             LayerCache& cache, const PassInfo& pass) const
{
    const float eps = spec().epsilon;
    const Index batch = x.cols();
    y.resize(x.rows(), batch);
    // cache.extra[0]: xhat (C*S, B); cache.extra[1]: per channel (mean, 1/std, variance) as (C, 3)
    cache.extra.resize(2);
    Matrix& xhat = cache.extra[0];
    Matrix& stats = cache.extra[1];
    xhat.resize(x.rows(), batch);
    stats.resize(m_channels, 3);
    const double count = double(m_spatial * batch);
    for (Index c = 0; c < m_channels; ++c) {
        auto block = x.middleRows(c * m_spatial, m_spatial);
        float mean, var;
        if (pass.training) {
            // two-pass mean and variance in double: stable for large, offset inputs
            mean = float(block.cast<double>().sum() / count);
            var = float((block.array().cast<double>() - double(mean)).square().sum() / count);
        } else {
            mean = state[c];
            var = state[m_channels + c];
        }
        const float invStd = 1.0f / std::sqrt(var + eps);
        stats(c, 0) = mean;
        stats(c, 1) = invStd;
        stats(c, 2) = var;
        xhat.middleRows(c * m_spatial, m_spatial) = (block.array() - mean) * invStd;
        y.middleRows(c * m_spatial, m_spatial) =
            xhat.middleRows(c * m_spatial, m_spatial).array() * params[c] + params[m_channels + c];
    }
}

void BatchNormLayer::backward(const float* params, const Matrix&, const Matrix&, Matrix& dy, bool,
                              Matrix* dx, float* grads, LayerCache& cache) const
{
    const Matrix& xhat = cache.extra[0];
    const Matrix& stats = cache.extra[1];
    const float n = float(m_spatial * dy.cols());
    if (dx)
        dx->resize(dy.rows(), dy.cols());
    for (Index c = 0; c < m_channels; ++c) {
        auto g = dy.middleRows(c * m_spatial, m_spatial).array();
        auto xh = xhat.middleRows(c * m_spatial, m_spatial).array();
        const float sumG = g.sum();
        const float sumGX = (g * xh).sum();
        grads[c] += sumGX;               // dgamma = sum dy * xhat
        grads[m_channels + c] += sumG;   // dbeta = sum dy
        if (dx) {
            // dx = gamma/std * (dy - mean(dy) - xhat * mean(dy * xhat))
            const float scale = params[c] * stats(c, 1);
            dx->middleRows(c * m_spatial, m_spatial).array() = scale * (g - sumG / n - xh * (sumGX / n));
        }
    }
}

void BatchNormLayer::updateState(float* state, std::span<const LayerCache* const> caches,
                                 std::span<const Index> shardSizes) const
{
    // Merge shard statistics into the whole mini-batch's mean and (biased) variance:
    // var = sum n_i (var_i + (mean_i - mean)^2) / n.
    const float m = spec().momentum;
    for (Index c = 0; c < m_channels; ++c) {
        double n = 0, mean = 0;
        for (size_t s = 0; s < caches.size(); ++s) {
            n += double(shardSizes[s]);
            mean += double(shardSizes[s]) * caches[s]->extra[1](c, 0);
        }
        mean /= n;
        double var = 0;
        for (size_t s = 0; s < caches.size(); ++s) {
            const double d = caches[s]->extra[1](c, 0) - mean;
            var += double(shardSizes[s]) * (caches[s]->extra[1](c, 2) + d * d);
        }
        var /= n;
        state[c] = m * state[c] + (1 - m) * float(mean);
        state[m_channels + c] = m * state[m_channels + c] + (1 - m) * float(var);
    }
}

}  // namespace layerlab
