#include "activation_plot.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr int kSamples = 161;
const QColor kFunction(0x08, 0x77, 0xbd);     // f: blue
const QColor kDerivative(0xe0, 0x6c, 0x00);   // f': orange, dashed
const QColor kAxis(0x75, 0x75, 0x75);
const QColor kGrid(0xe3, 0xe5, 0xe8);
}  // namespace

ActivationPlot::ActivationPlot(QWidget* parent) : QWidget(parent)
{
    translatedTexts(this, [this] {
        setToolTip(tr("The activation f(x) (solid blue) and its slope f'(x) (dashed orange). Where f' is near 0 "
                      "the unit has saturated and passes almost no gradient back."));
        updateGeometry();  // the legend's width is in the size hints
        update();          // the legend is painted
    });
}

void ActivationPlot::setActivation(Activation a)
{
    m_activation = a;
    update();
}

void ActivationPlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);

    float xs[kSamples], fs[kSamples], ds[kSamples];
    float lo = -1.0f, hi = 1.0f;
    for (int i = 0; i < kSamples; ++i) {
        xs[i] = -kXRange + 2 * kXRange * float(i) / float(kSamples - 1);
        fs[i] = activationValue(m_activation, xs[i]);
        ds[i] = activationDerivative(m_activation, xs[i]);
        for (float v : {fs[i], ds[i]})
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    }
    lo = std::floor(lo - 0.1f);
    hi = std::ceil(hi + 0.1f);

    const QFontMetrics fm(font());
    // the legend's two entries side by side, or one above the other where they do not fit
    const QString functionText = tr("f(x)"), derivativeText = tr("f'(x), the slope");
    const bool stacked = plotLeft() + entryWidth(functionText) + entryWidth(derivativeText) > width();
    const int legendRow = fm.height() + 6;
    const int legendHeight = legendRow * (stacked ? 2 : 1);
    const QRectF plot = QRectF(rect()).adjusted(plotLeft(), 6, -8, -(fm.height() + 6 + legendHeight));
    auto px = [&](float x) { return plot.left() + (x + kXRange) / (2 * kXRange) * plot.width(); };
    auto py = [&](float y) { return plot.bottom() - (y - lo) / (hi - lo) * plot.height(); };

    // grid at integers, axes through 0, labels at the ends
    p.setPen(QPen(kGrid, 1));
    for (int x = int(-kXRange); x <= int(kXRange); ++x)
        p.drawLine(QPointF(px(float(x)), plot.top()), QPointF(px(float(x)), plot.bottom()));
    const float yStep = hi - lo > 6 ? 2.0f : 1.0f;
    for (float y = lo; y <= hi + 1e-3f; y += yStep)
        p.drawLine(QPointF(plot.left(), py(y)), QPointF(plot.right(), py(y)));
    p.setPen(QPen(kAxis, 1.5));
    p.drawLine(QPointF(plot.left(), py(0)), QPointF(plot.right(), py(0)));
    p.drawLine(QPointF(px(0), plot.top()), QPointF(px(0), plot.bottom()));
    p.setPen(kAxis);
    for (float y : {lo, hi}) {
        const QString label = QString::number(double(y));
        p.drawText(QRectF(0, py(y) - fm.height() / 2.0, plot.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   label);
    }
    for (int x : {-int(kXRange), 0, int(kXRange)})
        p.drawText(QRectF(px(float(x)) - 20, plot.bottom() + 2, 40, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(x));

    auto curve = [&](const float* ys, const QColor& color, Qt::PenStyle style) {
        QPainterPath path;
        bool started = false;
        for (int i = 0; i < kSamples; ++i) {
            if (!std::isfinite(ys[i])) {
                started = false;
                continue;
            }
            const QPointF point(px(xs[i]), py(ys[i]));
            started ? path.lineTo(point) : path.moveTo(point);
            started = true;
        }
        p.setPen(QPen(color, 3 * style::lineScale(), style, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    p.save();
    p.setClipRect(plot.adjusted(-2, -2, 2, 2));
    curve(ds, kDerivative, Qt::DashLine);
    curve(fs, kFunction, Qt::SolidLine);
    p.restore();

    // legend under the x labels
    qreal legendY = rect().bottom() - legendHeight + legendRow / 2.0;
    qreal x = plot.left();
    auto entry = [&](const QColor& color, Qt::PenStyle style, const QString& text) {
        p.setPen(QPen(color, 3 * style::lineScale(), style));
        p.drawLine(QPointF(x, legendY), QPointF(x + 26, legendY));
        p.setPen(QColor(0x21, 0x21, 0x21));
        p.drawText(QPointF(x + 32, legendY + fm.ascent() / 2.0 - 1), text);
        if (stacked)
            legendY += legendRow;
        else
            x += entryWidth(text);
    };
    entry(kFunction, Qt::SolidLine, functionText);
    entry(kDerivative, Qt::DashLine, derivativeText);
}

int ActivationPlot::entryWidth(const QString& text) const { return 32 + fontMetrics().horizontalAdvance(text) + 20; }

int ActivationPlot::plotLeft() const { return fontMetrics().horizontalAdvance(QStringLiteral("-4")) + 10; }

QSize ActivationPlot::sizeHint() const
{
    const int lines = fontMetrics().height();
    return {std::max(plotLeft() + entryWidth(tr("f(x)")) + entryWidth(tr("f'(x), the slope")), 20 * lines), 11 * lines};
}

QSize ActivationPlot::minimumSizeHint() const
{
    const int lines = fontMetrics().height();
    return {plotLeft() + std::max(entryWidth(tr("f(x)")), entryWidth(tr("f'(x), the slope"))), 9 * lines};
}

}  // namespace layerlab
