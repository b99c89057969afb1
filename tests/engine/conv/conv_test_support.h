// Shared by the convolution tests: a layer built alone with its own parameter vector, and
// small image datasets made in memory. Gradients are checked with test_support.h's rule.
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
#include "../test_support.h"

namespace layerlab::convtest {

using test::randomMatrix;

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
        params = Vector::Zero(totalSize(layer->parameters()));
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
