// Shared checks for engine tests: finite-difference gradients (micrograd's and llm.c's
// way of trusting backward passes) and tensor comparison that prints the worst difference.
#pragma once

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

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

// --- Finite differences: the one rule every gradient check of the engine tests follows ---
//
// Central differences (L(v + h) - L(v - h)) / 2h of a float32 computation whose loss is
// summed in double, with h = 1e-2 and again with h / 4:
// - truncation error O(h^2), ~1e-4 times the third derivative (0 where L is linear in v);
// - rounding error about 6e-8 * |L| / h, ~1e-4 absolutely for |L| ~ 5 at h = 1e-2.
// - A kink (ReLU at 0, a max-pool tie) inside [v - h, v + h] spoils one difference; the
//   four times smaller step almost never straddles the same kink, while a wrong backward
//   pass disagrees with both. So each entry keeps the better of the two.
// The error is relative to the larger of the two derivatives, with a floor of 1e-2
// (kGradientFloor): a derivative near zero is judged by its absolute error instead. Below
// kGradientTolerance = 1e-2 the backward pass is right; a wrong term (a missing factor, a
// transposed matrix, an off-by-one in padding) gives errors of order 1.
constexpr float kFiniteDifferenceStep = 1e-2f;
constexpr double kGradientFloor = 1e-2;
constexpr double kGradientTolerance = 1e-2;

inline double relativeError(double analytic, double numeric)
{
    return std::abs(analytic - numeric) / std::max({std::abs(analytic), std::abs(numeric), kGradientFloor});
}

// The error of `analytic` as the derivative of loss() with respect to `value`, a float that
// loss() reads: value is moved by +-h and put back. loss() returns a double, or an optional
// that is empty when the step moved the computation onto another piece of a piecewise
// function (a ReLU output across 0): that step is not compared. Empty when no step was.
template <typename Loss>
std::optional<double> finiteDifferenceError(double analytic, float& value, Loss&& loss,
                                            float step = kFiniteDifferenceStep)
{
    const float saved = value;
    std::optional<double> best;
    for (const float h : {step, step / 4}) {
        value = saved + h;
        const std::optional<double> up = loss();
        value = saved - h;
        const std::optional<double> down = loss();
        value = saved;
        if (!up || !down)
            continue;
        const double error = relativeError(analytic, (*up - *down) / (2 * double(h)));
        best = std::min(best.value_or(error), error);
    }
    return best;
}

struct GradientCheck {
    double maxParameterError = 0;
    double maxInputError = 0;
    int skipped = 0;  // entries no step could judge: each one moved an output across a kink
};

// Checks a layer's backward pass at (params, state, x): L = sum(R .* layer(x)) for a fixed
// random R (from `seed`), so dL/dy = R; dL/dparams and dL/dx are compared with finite
// differences (rule above). For an activation with a kink at 0 (ReLU, leaky ReLU) a step
// that moves any output across 0 is not compared: there the slope means nothing.
inline GradientCheck checkGradients(const Layer& layer, const Vector& params, const Vector& state, const Matrix& x,
                                    const PassInfo& pass, std::uint64_t seed, float step = kFiniteDifferenceStep)
{
    const Matrix r = randomMatrix(layer.outputShape().size(), x.cols(), seed);
    const bool kinked = layer.activation() == Activation::ReLU || layer.activation() == Activation::LeakyReLU;

    LayerCache cache;
    Matrix y;
    layer.forward(params.data(), state.data(), x, y, cache, pass);
    const auto positive = (y.array() > 0.0f).eval();
    Matrix dy = r, dx;
    Vector grads = Vector::Zero(params.size());
    layer.backward(params.data(), x, y, dy, false, &dx, grads.data(), cache);

    Vector p = params;
    Matrix in = x;
    auto loss = [&]() -> std::optional<double> {
        LayerCache c;
        Matrix out;
        layer.forward(p.data(), state.data(), in, out, c, pass);
        if (kinked && ((out.array() > 0.0f) != positive).any())
            return std::nullopt;
        return (out.cast<double>().array() * r.cast<double>().array()).sum();
    };
    GradientCheck result;
    auto judge = [&](double analytic, float& value, double& worst) {
        if (const auto error = finiteDifferenceError(analytic, value, loss, step))
            worst = std::max(worst, *error);
        else
            ++result.skipped;
    };
    for (Index i = 0; i < p.size(); ++i)
        judge(grads(i), p(i), result.maxParameterError);
    for (Index i = 0; i < in.size(); ++i)
        judge(dx.data()[i], in.data()[i], result.maxInputError);
    return result;
}

// checkGradients on a layer built from `spec`, with initial parameters moved away from
// their 0/1 starts (so that every bias and gamma term is exercised), a random batch, and in
// training mode (dropout masks fixed by the seed) when `training` is set.
inline GradientCheck checkLayerGradients(const LayerSpec& spec, const Shape& input, Index batch,
                                         bool training = true, std::uint64_t seed = 7)
{
    const auto layer = createLayer(spec, input);
    Vector params(totalSize(layer->parameters())), state(totalSize(layer->stateBuffers()));
    Rng rng(seed);
    layer->initializeParameters(params.data(), rng);
    params += Vector(randomMatrix(params.size(), 1, seed + 1, 0.3f));
    layer->initializeState(state.data());
    const Matrix x = randomMatrix(input.size(), batch, seed + 2, 1.5f);
    return checkGradients(*layer, params, state, x, PassInfo{training, seed + 4}, seed + 3);
}

// For QVERIFY: whether both errors are below kGradientTolerance; if not, prints them with
// the tolerance (llm.c's check_tensor), `what` naming the case.
inline bool gradientsMatch(const GradientCheck& check, const char* what)
{
    const bool match = check.maxParameterError < kGradientTolerance && check.maxInputError < kGradientTolerance;
    if (!match)
        std::printf("%s: max relative gradient error: parameters %.2e, inputs %.2e; tolerance %.0e (%d entries "
                    "skipped at kinks)\n",
                    what, check.maxParameterError, check.maxInputError, kGradientTolerance, check.skipped);
    return match;
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
