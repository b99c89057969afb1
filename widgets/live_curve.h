// A chart curve that is redrawn several times a second with many points: the loss of every
// mini-batch, the gradient norm of every probe. A QLineSeries strokes its whole outline
// (for hit-testing) each time its points change or an axis moves, which made it the
// learning curves' biggest cost while a network trains at full speed
// (docs/app-performance.md). A LiveCurve keeps an empty QLineSeries in the chart, so the
// legend, the axes and the series' name, pen and visibility work as for any series, and
// paints the points itself, as a polyline clipped to the plot area.
#pragma once

#include <QGraphicsObject>
#include <QList>
#include <QPointF>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
QT_END_NAMESPACE

namespace layerlab {

class LiveCurve : public QGraphicsObject {
    Q_OBJECT
public:
    // Adds `series` (its name, pen and axes as the caller sets them) to `chart` and draws
    // this curve's points with the series' pen, beneath the chart's own curves. The chart
    // owns both.
    LiveCurve(QChart* chart, QLineSeries* series);

    QLineSeries* series() const { return m_series; }
    const QList<QPointF>& points() const { return m_points; }
    // Repaints, and emits pointsReplaced, only when the points differ from the current ones.
    // Points whose y is not finite leave a gap in the line.
    void setPoints(QList<QPointF> points);

    // The curves of a chart whose series has this object name, or nullptr.
    static LiveCurve* find(const QChart* chart, const QString& objectName);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

Q_SIGNALS:
    void pointsReplaced();

private:
    QChart* m_chart;
    QLineSeries* m_series;
    QList<QPointF> m_points;
    QRectF m_area;  // the chart's plot area: where the curve is drawn, and its bounding rectangle
};

}  // namespace layerlab
