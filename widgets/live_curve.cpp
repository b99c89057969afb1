#include "live_curve.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "view_style.h"

namespace layerlab {

namespace {

// Qt Charts stacks its grid (z 2) and axes (3) beneath its series (4): a live curve goes
// between them, beneath the chart's own (fewer, thicker) curves such as the epoch means.
constexpr qreal kLiveCurveZ = 3.5;
constexpr double kFar = 1e6;  // pixels

QAbstractAxis* attachedAxis(QLineSeries* series, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : series->attachedAxes())
        if (axis->orientation() == orientation)
            return axis;
    return nullptr;
}

}  // namespace

LiveCurve::LiveCurve(QChart* chart, QLineSeries* series) : QGraphicsObject(chart), m_chart(chart), m_series(series)
{
    chart->addSeries(series);
    setZValue(kLiveCurveZ);
    m_area = chart->plotArea();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        prepareGeometryChange();  // before boundingRect() changes, as the scene's index needs
        m_area = area;
    });
    connect(series, &QAbstractSeries::visibleChanged, this, [this] { setVisible(m_series->isVisible()); });
}

void LiveCurve::setPoints(QList<QPointF> points)
{
    if (points == m_points)
        return;
    m_points = std::move(points);
    update();
    Q_EMIT pointsReplaced();
}

LiveCurve* LiveCurve::find(const QChart* chart, const QString& objectName)
{
    for (QGraphicsItem* item : chart->childItems())
        if (auto* curve = qobject_cast<LiveCurve*>(item->toGraphicsObject()))
            if (curve->series()->objectName() == objectName)
                return curve;
    return nullptr;
}

QRectF LiveCurve::boundingRect() const { return m_area; }

void LiveCurve::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_points.size() < 2)
        return;
    // The axes are read at paint time: an axis that moves repaints the plot area, and with
    // it this curve, in its new place.
    const QRectF area = m_area;
    const style::AxisScale x(attachedAxis(m_series, Qt::Horizontal));
    const style::AxisScale y(attachedAxis(m_series, Qt::Vertical));
    painter->save();
    painter->setPen(m_series->pen());
    painter->setClipRect(area);
    // Segment by segment, as Qt Charts draws its lines: one long polyline is rasterised as
    // one path, and a noisy curve then crosses every pixel row many times, which the
    // antialiasing rasteriser handles in time quadratic in the crossings (100 ms a paint).
    QList<QLineF> segments;
    segments.reserve(m_points.size());
    bool previousFinite = false;
    QPointF previous;
    for (const QPointF& p : m_points) {
        if (!std::isfinite(p.y())) {
            previousFinite = false;
            continue;
        }
        // far outside the plot (a log axis' zero) but not so far that the rasteriser's
        // fixed-point coordinates overflow: the clipped part keeps its slope
        const QPointF point(std::clamp(area.left() + x.fraction(p.x()) * area.width(), -kFar, kFar),
                            std::clamp(area.bottom() - y.fraction(p.y()) * area.height(), -kFar, kFar));
        if (previousFinite)
            segments.append(QLineF(previous, point));
        previous = point;
        previousFinite = true;
    }
    painter->drawLines(segments);
    painter->restore();
}

}  // namespace layerlab
