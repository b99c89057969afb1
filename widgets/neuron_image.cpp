#include "neuron_image.h"

#include <algorithm>
#include <cmath>

#include "view_style.h"

namespace layerlab {

namespace {
QRgb blend(const QColor& a, const QColor& b, float t)
{
    return qRgb(int(a.red() + (b.red() - a.red()) * t), int(a.green() + (b.green() - a.green()) * t),
                int(a.blue() + (b.blue() - a.blue()) * t));
}

}  // namespace

DivergingScale naturalScale(Activation a, const Eigen::Ref<const Eigen::RowVectorXf>& values)
{
    switch (a) {
    case Activation::Tanh:
        return {0.0f, 1.0f};
    case Activation::Sigmoid:
    case Activation::Softmax:
        return {0.5f, 0.5f};
    default: {
        float largest = 0;
        for (Index i = 0; i < values.size(); ++i)
            if (std::isfinite(values(i)))
                largest = std::max(largest, std::abs(values(i)));
        return {0.0f, largest > 0 ? largest : 1.0f};
    }
    }
}

QImage neuronImage(const NeuronMaps& maps, const Matrix& values, int neuron, const DivergingScale& scale)
{
    QImage image(maps.width, maps.height, QImage::Format_RGB32);
    for (int row = 0; row < maps.height; ++row) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
        for (int col = 0; col < maps.width; ++col) {
            const float t = scale.toUnit(values(neuron, Index(row) * maps.width + col));
            line[col] = std::isfinite(t) ? style::divergingRgb(t) : style::kNeutral.rgb();
        }
    }
    return image;
}

QImage classImage(const NeuronMaps& maps, const Matrix& probabilities)
{
    QImage image(maps.width, maps.height, QImage::Format_RGB32);
    const Index classes = probabilities.rows();
    const float chance = classes > 0 ? 1.0f / float(classes) : 1.0f;
    for (int row = 0; row < maps.height; ++row) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
        for (int col = 0; col < maps.width; ++col) {
            Index best = 0;
            const float p = probabilities.col(Index(row) * maps.width + col).maxCoeff(&best);
            const float confidence = chance < 1 ? std::clamp((p - chance) / (1.0f - chance), 0.0f, 1.0f) : 1.0f;
            line[col] = std::isfinite(p) ? blend(style::kNeutral, style::classColor(int(best)), confidence)
                                         : style::kNeutral.rgb();
        }
    }
    return image;
}

}  // namespace layerlab
