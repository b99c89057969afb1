#include "layers/global_avg_pool.h"

#include "core/error.h"

namespace layerlab {

namespace {
using ConstMap = Eigen::Map<const Matrix>;
using Map = Eigen::Map<Matrix>;
}  // namespace

Shape GlobalAvgPoolLayer::outputShape(const LayerSpec&, const Shape& input)
{
    if (input.isFlat())
        //: what is wrong with a layer, after its name ("GlobalAvgPool #3 expects ..."); %1 is a shape such as 784
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "expects an image input (height x width x channels) but "
                                                                  "receives %1: it averages each feature map of a Conv2D, "
                                                                  "so use it after a Conv2D in place of Flatten"),
                                      MessageArg::name(input.describe())));
    return Shape::flat(input.channels);
}

void GlobalAvgPoolLayer::forward(const float*, const float*, const Matrix& x, Matrix& y, LayerCache&,
                                 const PassInfo&) const
{
    // y_c = (1/S) sum over positions of x_c; sample s viewed as (S, C), one column per channel
    const Shape in = inputShape();
    const Index positions = Index(in.height) * in.width;
    y.resize(in.channels, x.cols());
    for (Index s = 0; s < x.cols(); ++s)
        y.col(s) = ConstMap(x.col(s).data(), positions, in.channels).colwise().mean().transpose();
}

void GlobalAvgPoolLayer::backward(const float*, const Matrix&, const Matrix&, Matrix& dy, bool, Matrix* dx, float*,
                                  LayerCache&) const
{
    if (!dx)
        return;
    // dL/dx_c = dL/dy_c / S at every position of channel c
    const Shape in = inputShape();
    const Index positions = Index(in.height) * in.width;
    const float scale = 1.0f / float(positions);
    dx->resize(in.size(), dy.cols());
    for (Index s = 0; s < dy.cols(); ++s)
        Map(dx->col(s).data(), positions, in.channels).rowwise() = dy.col(s).transpose() * scale;
}

}  // namespace layerlab
