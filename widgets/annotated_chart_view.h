// A chart view that adds what Qt Charts lacks for teaching: shaded, labelled horizontal
// bands behind the lines (a "healthy" or "exploding" range), labelled vertical markers
// in front of them (a learning-rate change), and a message while there is nothing to plot.
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>

namespace layerlab {

struct ChartBand {
    double yLow = 0;       // in the y axis' units; may lie outside the axis range
    double yHigh = 0;
    QColor color;          // drawn translucent
    QString label;         // written inside the band, at the left
};

struct ChartMarker {
    double x = 0;          // in the x axis' units
    QString label;         // written beside the line, near the top
    bool operator==(const ChartMarker&) const = default;
};

class AnnotatedChartView : public QChartView {
public:
    explicit AnnotatedChartView(QChart* chart, QWidget* parent = nullptr);

    void setBands(QList<ChartBand> bands);
    void setMarkers(QList<ChartMarker> markers);
    const QList<ChartMarker>& markers() const { return m_markers; }
    // Shown in the middle of the plot area when not empty (e.g. "No training yet").
    void setEmptyMessage(const QString& message);

    // Where a value lands in scene (and viewport) coordinates: the plot area's axes, linear
    // or logarithmic.
    double xToPixel(double x) const;
    double yToPixel(double y) const;

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    QList<ChartBand> m_bands;
    QList<ChartMarker> m_markers;
    QString m_emptyMessage;
};

}  // namespace layerlab
