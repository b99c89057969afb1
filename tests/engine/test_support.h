// Shared checks for engine tests: finite-difference gradients (micrograd's and llm.c's
// way of trusting backward passes) and tensor comparison that prints the worst difference.
#pragma once

#include <QtTest>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

#include "layers/layer.h"
#include "layers/layer_factory.h"
#include "core/rng.h"
#include "core/tensor.h"

namespace layerlab::test {

inline Matrix randomMatrix(Index rows, Index cols, std::uint64_t seed, float scale = 1.0f)
{
    Rng rng(seed);
    Matrix m(rows, cols);
    for (Index i = 0; i < m.size(); ++i)
        m.data()[i] = (2.0f * uniform01(rng) - 1.0f) * scale;
    return m;
}

// Relative error of an analytic derivative a against a numeric one n. The floor keeps
// derivatives that are both near zero from counting as large relative errors.
inline double relativeError(double a, double n, double floor = 1e-2)
{
    return std::abs(a - n) / std::max({std::abs(a), std::abs(n), floor});
}

// Central differences on a float32 forward pass with step h = 1e-2 (and 2.5e-3, below):
// truncation error O(h^2) ~ 1e-4 times the third derivative; rounding error about
// 6e-8 * |L| / h, ~1e-4 absolutely for |L| ~ 5. Errors are taken relative to the larger of
// the two derivatives, with a floor of 1e-2 (relativeError) so that a derivative near zero
// is judged by that absolute error. Below 1e-2 the backward pass is right; a wrong term (a
// missing factor, a transposed matrix) gives errors of order 1.
constexpr float kFiniteDifferenceStep = 1e-2f;
constexpr double kGradientTolerance = 1e-2;

struct GradientCheck {
    double maxParameterError = 0;
    double maxInputError = 0;
};

// Checks a layer's backward pass: L = sum(R * layer(x)) for a fixed random R, so
// dL/dy = R. Compares dL/dparams and dL/dx with central differences, in training mode
// (dropout masks fixed by the seed) when `training` is set.
inline GradientCheck checkLayerGradients(const LayerSpec& spec, const Shape& input, Index batch,
                                         bool training = true, std::uint64_t seed = 7)
{
    auto layer = createLayer(spec, input);
    Index paramCount = 0, stateCount = 0;
    for (const auto& p : layer->parameters())
        paramCount += p.size();
    for (const auto& s : layer->stateBuffers())
        stateCount += s.size();
    Vector params(paramCount), state(stateCount);
    Rng rng(seed);
    layer->initializeParameters(params.data(), rng);
    // Perturb biases and gammas away from their 0/1 starts so that every term is exercised.
    params += Vector(randomMatrix(paramCount, 1, seed + 1, 0.3f));
    layer->initializeState(state.data());
    Matrix x = randomMatrix(input.size(), batch, seed + 2, 1.5f);
    const Matrix r = randomMatrix(layer->outputShape().size(), batch, seed + 3);
    const PassInfo pass{training, seed + 4};

    auto loss = [&](const Vector& p, const Matrix& in) {
        LayerCache cache;
        Matrix y;
        layer->forward(p.data(), state.data(), in, y, cache, pass);
        return (y.cast<double>().array() * r.cast<double>().array()).sum();
    };

    LayerCache cache;
    Matrix y;
    layer->forward(params.data(), state.data(), x, y, cache, pass);
    Matrix dy = r, dx;
    Vector grads = Vector::Zero(paramCount);
    layer->backward(params.data(), x, y, dy, false, &dx, grads.data(), cache);

    // A kink (ReLU at 0, a max-pool tie) inside [v - h, v + h] spoils one difference; a
    // second, four times smaller step almost never straddles the same kink, while a wrong
    // backward pass disagrees with both. So each element keeps the better of the two.
    auto numericError = [&](double analytic, auto&& evaluate) {
        double best = 1e300;
        for (float h : {kFiniteDifferenceStep, kFiniteDifferenceStep / 4}) {
            const double numeric = (evaluate(h) - evaluate(-h)) / (2 * double(h));
            best = std::min(best, relativeError(analytic, numeric));
        }
        return best;
    };
    GradientCheck result;
    for (Index i = 0; i < paramCount; ++i) {
        const double e = numericError(grads(i), [&](float h) {
            Vector p = params;
            p(i) += h;
            return loss(p, x);
        });
        result.maxParameterError = std::max(result.maxParameterError, e);
    }
    for (Index i = 0; i < x.size(); ++i) {
        const double e = numericError(dx.data()[i], [&](float h) {
            Matrix xp = x;
            xp.data()[i] += h;
            return loss(params, xp);
        });
        result.maxInputError = std::max(result.maxInputError, e);
    }
    return result;
}

// QVERIFY that prints the worst element-wise difference when two matrices differ.
inline bool matricesClose(const Matrix& a, const Matrix& b, float tolerance, const char* what)
{
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
        std::printf("%s: shapes differ (%lldx%lld vs %lldx%lld)\n", what, (long long)a.rows(), (long long)a.cols(),
                    (long long)b.rows(), (long long)b.cols());
        return false;
    }
    const float worst = (a - b).cwiseAbs().maxCoeff();
    if (worst > tolerance)
        std::printf("%s: max difference %g exceeds tolerance %g\n", what, double(worst), double(tolerance));
    return worst <= tolerance;
}

}  // namespace layerlab::test

Q_DECLARE_METATYPE(layerlab::LayerSpec)
Q_DECLARE_METATYPE(layerlab::Shape)
