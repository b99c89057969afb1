#include "histogram_painter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "view_style.h"

namespace layerlab {

qreal histogramLabelHeight(const QFont& base) { return QFontMetricsF(style::smallFont(base)).height() + 4; }

void paintHistogram(QPainter& p, const QRectF& area, const Histogram& h, const BinColor& color, const QFont& base)
{
    const qreal labels = histogramLabelHeight(base);
    const QRectF bars(area.left(), area.top(), area.width(), std::max<qreal>(4, area.height() - labels));
    p.save();
    p.fillRect(bars, QColor(0xfa, 0xfa, 0xfa));
    const std::uint32_t most = *std::max_element(h.counts.begin(), h.counts.end());
    const qreal binWidth = bars.width() / kHistogramBins;
    if (most > 0) {
        for (int b = 0; b < kHistogramBins; ++b) {
            const std::uint32_t c = h.counts[size_t(b)];
            if (c == 0)
                continue;
            // square-root heights keep small bins visible next to a tall one
            const qreal height = std::max<qreal>(1.5, bars.height() * std::sqrt(double(c) / double(most)));
            const float low = h.lo + float(b) * (h.hi - h.lo) / kHistogramBins;
            const float high = h.lo + float(b + 1) * (h.hi - h.lo) / kHistogramBins;
            p.fillRect(QRectF(bars.left() + b * binWidth + 0.5, bars.bottom() - height, binWidth - 1, height),
                       color(low, high));
        }
    }
    p.setPen(QColor(0x90, 0x90, 0x90));
    p.drawLine(bars.bottomLeft(), bars.bottomRight());
    if (h.lo < 0 && h.hi > 0) {
        const qreal x = bars.left() + bars.width() * (0 - h.lo) / (h.hi - h.lo);
        p.setPen(QPen(style::kText, 1, Qt::DashLine));
        p.drawLine(QPointF(x, bars.top()), QPointF(x, bars.bottom() + 3));
    }
    p.setFont(style::smallFont(base));
    p.setPen(style::kText);
    const QRectF under(bars.left(), bars.bottom() + 2, bars.width(), labels);
    if (h.total() > 0) {
        p.drawText(under, Qt::AlignLeft | Qt::AlignTop, style::formatValue(h.lo));
        p.drawText(under, Qt::AlignRight | Qt::AlignTop, style::formatValue(h.hi));
        if (h.lo < 0 && h.hi > 0)
            p.drawText(QRectF(bars.left() + bars.width() * (0 - h.lo) / (h.hi - h.lo) - 20, under.top(), 40, labels),
                       Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("0"));
    }
    p.restore();
}

std::vector<QRectF> gridCells(const QRectF& area, int count, qreal minWidth, qreal gap)
{
    std::vector<QRectF> cells;
    if (count <= 0 || area.width() <= 0)
        return cells;
    const int columns = std::clamp(int((area.width() + gap) / (minWidth + gap)), 1, count);
    const int rows = (count + columns - 1) / columns;
    const qreal w = (area.width() - gap * (columns - 1)) / columns;
    const qreal h = (area.height() - gap * (rows - 1)) / rows;
    for (int i = 0; i < count; ++i)
        cells.push_back(QRectF(area.left() + (i % columns) * (w + gap), area.top() + (i / columns) * (h + gap), w, h));
    return cells;
}

}  // namespace layerlab
