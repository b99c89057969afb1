#include "neuron_image.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

DivergingScale outputScale(Task task, Activation output, std::initializer_list<const Matrix*> targets)
{
    if (task == Task::Classification)  // one unit: the probability of class 1, or a tanh score
        return output == Activation::Tanh ? DivergingScale{0, 1} : DivergingScale{0.5f, 0.5f};
    // the targets' range fills the colour scale, for the map and the points alike
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    for (const Matrix* t : targets)
        if (t->size() > 0) {
            lo = std::min(lo, t->minCoeff());
            hi = std::max(hi, t->maxCoeff());
        }
    return lo <= hi ? DivergingScale{(lo + hi) / 2, std::max((hi - lo) / 2, 1e-6f)} : DivergingScale{};
}

QImage decisionMapImage(const NeuronMaps& maps, Task task, const DivergingScale& scale)
{
    const Matrix& out = maps.layers.back();
    return task == Task::Classification && out.rows() > 1 ? classImage(maps, out) : neuronImage(maps, out, 0, scale);
}

void lighten(QImage& image, float whiteness)
{
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            const auto up = [whiteness](int v) { return int(v + (255 - v) * whiteness); };
            line[x] = qRgb(up(qRed(c)), up(qGreen(c)), up(qBlue(c)));
        }
    }
}

QColor planePointColor(Task task, float target, const DivergingScale& scale)
{
    if (task == Task::Classification)
        return style::classColor(int(std::lround(target)));
    return style::diverging(scale.toUnit(target));
}

void paintPlanePoint(QPainter& p, QPointF centre, const QColor& color, bool validation, qreal radius)
{
    if (validation) {
        p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, radius + 1.5, radius + 1.5);
        p.setPen(QPen(color, 3));
        p.setBrush(Qt::white);
        p.drawEllipse(centre, radius - 0.5, radius - 0.5);
    } else {
        p.setPen(QPen(QColor(0, 0, 0, 110), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, radius + 1.2, radius + 1.2);
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(color);
        p.drawEllipse(centre, radius, radius);
    }
}

QImage planeImage(const float* values, int height, int width, float peak, bool signedValues)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int i = 0; i < height; ++i) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(i));
        for (int j = 0; j < width; ++j) {
            const float v = values[i * width + j];
            if (signedValues) {
                line[j] = style::divergingRgb(peak > 0 ? v / peak : 0.0f);
            } else {
                const int g = std::clamp(int(std::lround(255.0f * (peak > 0 ? v / peak : 0.0f))), 0, 255);
                line[j] = qRgb(g, g, g);
            }
        }
    }
    return image;
}

QImage filterImage(const Matrix& filter, float peak)
{
    const Matrix rows = filter.transpose();  // column-major storage of the transpose: row after row
    return planeImage(rows.data(), int(filter.rows()), int(filter.cols()), peak, true);
}

}  // namespace layerlab
