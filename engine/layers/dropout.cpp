#include "layers/dropout.h"

#include "core/error.h"
#include "core/rng.h"

namespace layerlab {

Shape DropoutLayer::outputShape(const LayerSpec& spec, const Shape& input)
{
    if (!(spec.rate >= 0.0f && spec.rate < 1.0f))
        //: what is wrong with a layer, after its name ("Dropout #2 needs ...")
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "needs a rate in [0, 1) (has %1): a rate of 1 would "
                                                                  "drop every unit"),
                                      MessageArg::value(spec.rate)));
    return input;
}

DropoutLayer::DropoutLayer(const LayerSpec& spec, Shape input) : Layer(spec, input, outputShape(spec, input)) {}

void DropoutLayer::forward(const float*, const float*, const Matrix& x, Matrix& y, LayerCache& cache,
                           const PassInfo& pass) const
{
    const float rate = spec().rate;
    if (!pass.training || rate == 0.0f) {
        y = x;
        cache.mask.resize(0, 0);
        return;
    }
    const float keepScale = 1.0f / (1.0f - rate);
    Rng rng(pass.seed);
    cache.mask.resize(x.rows(), x.cols());
    for (Index i = 0; i < cache.mask.size(); ++i)
        cache.mask.data()[i] = uniform01(rng) >= rate ? keepScale : 0.0f;
    y = x.cwiseProduct(cache.mask);
}

void DropoutLayer::backward(const float*, const Matrix&, const Matrix&, Matrix& dy, bool, Matrix* dx, float*,
                            LayerCache& cache) const
{
    if (!dx)
        return;
    if (cache.mask.size() == 0)
        *dx = dy;
    else
        *dx = dy.cwiseProduct(cache.mask);
}

}  // namespace layerlab
