#include "annotated_chart_view.h"

#include <QChart>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "view_style.h"

namespace layerlab {

namespace {

const QAbstractAxis* firstAxis(const QChart* chart, Qt::Orientation o)
{
    const auto axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : axes.first();
}

}  // namespace

AnnotatedChartView::AnnotatedChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // One rectangle per repaint. Qt's default clips every item to the union of the changed
    // items' rectangles, a region of many pieces, and the raster engine then intersects each
    // grid line's spans with all of them: most of a live chart's paint time.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // the bands are painted in drawBackground, so the chart must let them show through
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(Qt::white);
}

void AnnotatedChartView::setBands(QList<ChartBand> bands)
{
    m_bands = std::move(bands);
    resetCachedContent();
    viewport()->update();
}

// The live views set their markers and message with every refresh: repaint only on a change.
void AnnotatedChartView::setMarkers(QList<ChartMarker> markers)
{
    if (markers == m_markers)
        return;
    m_markers = std::move(markers);
    viewport()->update();
}

void AnnotatedChartView::setEmptyMessage(const QString& message)
{
    if (message == m_emptyMessage)
        return;
    m_emptyMessage = message;
    viewport()->update();
}

void AnnotatedChartView::setLiveTitle(const QString& title)
{
    if (title == m_liveTitle)
        return;
    // A title of one space reserves the row (one layout, the first time); the text is ours.
    if (chart()->title() != QStringLiteral(" "))
        chart()->setTitle(QStringLiteral(" "));
    m_liveTitle = title;
    viewport()->update();
}

double AnnotatedChartView::xToPixel(double x) const
{
    const QRectF area = chart()->plotArea();
    const auto* axis = firstAxis(chart(), Qt::Horizontal);
    return area.left() + style::AxisScale(axis).fraction(x) * area.width();
}

double AnnotatedChartView::yToPixel(double y) const
{
    const QRectF area = chart()->plotArea();
    const auto* axis = firstAxis(chart(), Qt::Vertical);
    return area.bottom() - style::AxisScale(axis).fraction(y) * area.height();
}

void AnnotatedChartView::drawBackground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawBackground(painter, rect);
    const QRectF area = chart()->plotArea();
    painter->save();
    painter->setClipRect(area);
    painter->setFont(style::labelFont());
    for (const ChartBand& band : m_bands) {
        const double top = std::clamp(yToPixel(band.yHigh), area.top(), area.bottom());
        const double bottom = std::clamp(yToPixel(band.yLow), area.top(), area.bottom());
        if (bottom - top < 1)
            continue;
        QColor fill = band.color;
        fill.setAlphaF(0.2);
        const QRectF r(area.left(), top, area.width(), bottom - top);
        painter->fillRect(r, fill);
        const QFontMetricsF metrics(painter->font());
        const double textHeight = metrics.height() + 4;
        const bool nearTop = (top + bottom) / 2 > area.center().y();
        // the label sits at the band's edge nearest the middle of the chart; a band too thin
        // for it gets the label just outside, on a white ground
        QRectF textRect = r.adjusted(8, 2, -8, -2);
        if (r.height() < textHeight) {
            textRect = nearTop ? QRectF(r.left() + 8, r.top() - textHeight, r.width() - 16, textHeight)
                               : QRectF(r.left() + 8, r.bottom(), r.width() - 16, textHeight);
            const double width = metrics.horizontalAdvance(band.label) + 8;
            painter->fillRect(QRectF(textRect.left() - 4, textRect.top(), width, textHeight), QColor(255, 255, 255, 220));
        }
        painter->setPen(band.color.darker(130));
        painter->drawText(textRect, Qt::AlignLeft | (nearTop ? Qt::AlignTop : Qt::AlignBottom), band.label);
    }
    painter->restore();
}

void AnnotatedChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF area = chart()->plotArea();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(area);
    painter->setFont(style::smallFont());
    const QFontMetricsF metrics(painter->font());
    int row = 0;
    double lastRight = -1e9;
    for (const ChartMarker& marker : m_markers) {
        const double x = xToPixel(marker.x);
        if (x < area.left() - 1 || x > area.right() + 1)
            continue;
        painter->setPen(QPen(style::kMutedText, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        // labels that would overlap the previous one go one line lower
        row = x < lastRight ? (row + 1) % 4 : 0;
        const double width = metrics.horizontalAdvance(marker.label) + 8;
        // near the right edge the label goes to the left of its line
        const bool leftSide = x + width > area.right();
        const QRectF box(leftSide ? x - width - 2 : x + 2, area.top() + 4 + row * (metrics.height() + 2), width,
                         metrics.height());
        lastRight = box.right();
        painter->fillRect(box, QColor(255, 255, 255, 220));
        painter->setPen(style::kText);
        painter->drawText(box, Qt::AlignCenter, marker.label);
    }
    if (!m_emptyMessage.isEmpty()) {
        painter->setFont(style::labelFont());
        painter->setPen(style::kMutedText);
        painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
    }
    if (!m_liveTitle.isEmpty()) {
        // where QChart puts its title: centred, at the top of the chart inside its margins
        const QRectF chartRect = chart()->geometry();
        const QMarginsF margins = chart()->margins();
        painter->setClipping(false);
        painter->setFont(chart()->titleFont());
        painter->setPen(chart()->titleBrush().color());
        const QRectF row(chartRect.left() + margins.left(), chartRect.top() + margins.top(),
                         chartRect.width() - margins.left() - margins.right(), area.top() - chartRect.top());
        painter->drawText(row, Qt::AlignHCenter | Qt::AlignTop,
                          QFontMetricsF(painter->font()).elidedText(m_liveTitle, Qt::ElideRight, row.width()));
    }
    painter->restore();
}

}  // namespace layerlab
