// Shared by the convolution tests: a layer built alone with its own parameter vector, a
// finite-difference check of its backward pass, and small image datasets made in memory.
#pragma once

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

#include "data/dataset.h"
#include "layers/layer.h"
#include "layers/layer_factory.h"
#include "core/rng.h"
#include "core/tensor.h"

namespace layerlab::convtest {

inline Matrix randomMatrix(Index rows, Index cols, std::uint64_t seed, float scale = 1.0f)
{
    Rng rng(seed);
    Matrix m(rows, cols);
    for (Index i = 0; i < m.size(); ++i)
        m.data()[i] = (2.0f * uniform01(rng) - 1.0f) * scale;
    return m;
}

// Distinct values -n/2 ... n/2 times `spacing`, shuffled: no two inputs of a pooling window
// are closer than `spacing`, so a finite-difference step smaller than spacing/2 never
// changes which input is the maximum.
inline Matrix distinctValues(Index rows, Index cols, std::uint64_t seed, float spacing)
{
    Matrix m(rows, cols);
    for (Index i = 0; i < m.size(); ++i)
        m.data()[i] = (float(i) - float(m.size()) / 2) * spacing;
    Rng rng(seed);
    for (Index i = m.size(); i > 1; --i)
        std::swap(m.data()[i - 1], m.data()[Index(rng() % std::uint64_t(i))]);
    return m;
}

// Bit for bit (so +0 and -0 differ, and NaN equals itself), for code that only moves data.
// Prints the first difference.
inline bool sameBits(const Matrix& actual, const Matrix& expected, const char* what)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        std::printf("  %s: shape %lldx%lld, expected %lldx%lld\n", what, (long long)actual.rows(),
                    (long long)actual.cols(), (long long)expected.rows(), (long long)expected.cols());
        return false;
    }
    for (Index i = 0; i < actual.size(); ++i)
        if (std::memcmp(&actual.data()[i], &expected.data()[i], sizeof(float)) != 0) {
            std::printf("  %s: entry (%lld, %lld) is %g, expected %g\n", what, (long long)(i % actual.rows()),
                        (long long)(i / actual.rows()), double(actual.data()[i]), double(expected.data()[i]));
            return false;
        }
    return true;
}

// One layer and its parameters, outside any model.
struct LayerUnderTest {
    std::unique_ptr<Layer> layer;
    Vector params;

    LayerUnderTest(const LayerSpec& spec, const Shape& input, std::uint64_t seed = 1) : layer(createLayer(spec, input))
    {
        Index n = 0;
        for (const auto& p : layer->parameters())
            n += p.size();
        params = Vector::Zero(n);
        Rng rng(seed);
        layer->initializeParameters(params.data(), rng);
    }
    Matrix forward(const Matrix& x) const
    {
        LayerCache cache;
        Matrix y;
        layer->forward(params.data(), nullptr, x, y, cache, PassInfo{true, 0});
        return y;
    }
};

// Central differences, with the loss L = sum(R .* y) summed in double so that only the
// float32 rounding of y itself is left: the check's error is about 6e-8 * |y| * |R| per
// output that depends on the perturbed value (k*k*Cout of them for a convolution, one for a
// pooling), divided by 2h. With h = 1e-2 and |y|, |R| <= ~5 that is < 1e-4 in absolute
// terms, below 1e-3 relative to the floor of `relativeError`. The truncation error is 0 for
// layers linear in the perturbed value (convolution, pooling away from ties) and h^2/6 f'''
// ~ 2e-5 for tanh. A wrong backward pass (a missing term, a transposed kernel, an
// off-by-one in padding) gives relative errors of order 1.
constexpr float kStep = 1e-2f;

inline double relativeError(double analytic, double numeric, double floor = 1e-1)
{
    return std::abs(analytic - numeric) / std::max({std::abs(analytic), std::abs(numeric), floor});
}

struct GradientErrors {
    double params = 0;
    double inputs = 0;
    int skipped = 0;  // entries whose +-h steps crossed a ReLU kink (not comparable)
};

// Checks dL/dparams and dL/dx of `t` at x. For ReLU layers an entry is compared only when
// the +-h steps leave every output on the same side of 0 (else the function is not
// differentiable there and the numeric slope means nothing).
inline GradientErrors checkGradients(const LayerUnderTest& t, const Matrix& x, std::uint64_t seed, float h = kStep)
{
    const Layer& layer = *t.layer;
    const Matrix r = randomMatrix(layer.outputShape().size(), x.cols(), seed);
    const bool relu = layer.activation() == Activation::ReLU;

    LayerCache cache;
    Matrix y;
    layer.forward(t.params.data(), nullptr, x, y, cache, PassInfo{true, 0});
    const Matrix positive = (y.array() > 0.0f).cast<float>();
    Matrix dy = r, dx;
    Vector grads = Vector::Zero(t.params.size());
    layer.backward(t.params.data(), x, y, dy, false, &dx, grads.data(), cache);

    GradientErrors errors;
    // L and whether y kept its ReLU pattern, for perturbed parameters or inputs
    auto loss = [&](const Vector& p, const Matrix& in, bool& samePiece) {
        LayerCache c;
        Matrix out;
        layer.forward(p.data(), nullptr, in, out, c, PassInfo{true, 0});
        samePiece = !relu || (out.array() > 0.0f).cast<float>().matrix() == positive;
        return (out.cast<double>().array() * r.cast<double>().array()).sum();
    };
    auto numeric = [&](const Vector& p, const Matrix& in, float* value, double& slope) {
        const float saved = *value;
        bool up = false, down = false;
        *value = saved + h;
        const double lossUp = loss(p, in, up);
        *value = saved - h;
        const double lossDown = loss(p, in, down);
        *value = saved;
        slope = (lossUp - lossDown) / (2.0 * double(h));
        return up && down;
    };
    Vector p = t.params;
    for (Index i = 0; i < p.size(); ++i) {
        double slope = 0;
        if (!numeric(p, x, &p(i), slope)) {
            ++errors.skipped;
            continue;
        }
        errors.params = std::max(errors.params, relativeError(grads(i), slope));
    }
    Matrix xp = x;
    for (Index i = 0; i < xp.size(); ++i) {
        double slope = 0;
        if (!numeric(t.params, xp, &xp.data()[i], slope)) {
            ++errors.skipped;
            continue;
        }
        errors.inputs = std::max(errors.inputs, relativeError(dx.data()[i], slope));
    }
    std::printf("  gradient check %s on %s: max relative error params %.2e, inputs %.2e (%d kink entries skipped)\n",
                std::string(layerKindName(layer.spec().kind)).c_str(), layer.inputShape().describe().c_str(),
                errors.params, errors.inputs, errors.skipped);
    return errors;
}

// Bars: a 1-pixel-wide horizontal (class 0) or vertical (class 1) bar of random position
// and length at least half the side, on a background of uniform noise in [0, 0.3).
inline Dataset barsDataset(int count, int side, std::uint64_t seed)
{
    Dataset d;
    d.name = "bars";
    d.task = Task::Classification;
    d.inputShape = Shape::image(1, side, side);
    d.classCount = 2;
    d.classNames = {"horizontal", "vertical"};
    d.inputs.resize(side * side, count);
    d.targets.resize(1, count);
    Rng rng(seed);
    for (int s = 0; s < count; ++s) {
        const int label = int(rng() % 2);
        float* image = d.inputs.col(s).data();
        for (int i = 0; i < side * side; ++i)
            image[i] = 0.3f * uniform01(rng);
        const int line = int(rng() % std::uint64_t(side));
        const int length = side / 2 + int(rng() % std::uint64_t(side / 2 + 1));
        const int start = int(rng() % std::uint64_t(side - length + 1));
        for (int k = start; k < start + length; ++k)
            image[label == 0 ? line * side + k : k * side + line] = 1.0f;
        d.targets(0, s) = float(label);
    }
    return d;
}

inline LayerSpec conv(int filters, int kernel, Activation a = Activation::ReLU, int stride = 1,
                      Padding padding = Padding::Valid)
{
    LayerSpec s = LayerSpec::of(LayerKind::Conv2D);
    s.filters = filters;
    s.kernel = kernel;
    s.stride = stride;
    s.padding = padding;
    s.activation = a;
    s.init = {InitKind::HeUniform};
    return s;
}

inline LayerSpec pool(LayerKind kind, int window)
{
    LayerSpec s = LayerSpec::of(kind);
    s.kernel = window;
    return s;
}

}  // namespace layerlab::convtest
