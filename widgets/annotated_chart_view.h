// A chart view that adds what Qt Charts lacks for teaching: shaded, labelled horizontal
// bands behind the lines (a "healthy" or "exploding" range), labelled vertical markers
// in front of them (a learning-rate change), a message while there is nothing to plot, and
// a title whose text can change with every refresh without laying the chart out again.
// It keeps its chart styled from its own font (style::styleChart), so the chart's type
// grows when the UI is zoomed, and its series' pens at the presentation line scale.
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

    // Styles the chart (fonts from this view's font, margins, legend): done on construction
    // and when the font changes; a view that adds an axis later calls it again.
    void restyle();
    // Keeps the view at least as high as the chart's title and axes plus this many lines
    // (of its axis labels) of plot: shorter, Qt Charts elides the axis labels to "...".
    void setMinimumPlotLines(int lines);

    void setBands(QList<ChartBand> bands);
    void setMarkers(QList<ChartMarker> markers);
    const QList<ChartMarker>& markers() const { return m_markers; }
    // Shown in the middle of the plot area when not empty (e.g. "No training yet").
    void setEmptyMessage(const QString& message);
    // The chart's title, for text that changes as training goes ("Loss: 0.31 after epoch
    // 4"). QChart::setTitle lays the whole chart out again, a new text or not; this keeps a
    // title row reserved and paints the text into it, in the chart's title font: one row,
    // or two (wrapped, then elided) where the chart is too narrow for one.
    void setLiveTitle(const QString& title);
    const QString& liveTitle() const { return m_liveTitle; }

    // Where a value lands in scene (and viewport) coordinates: the plot area's axes, linear
    // or logarithmic.
    double xToPixel(double x) const;
    double yToPixel(double y) const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    QList<ChartBand> m_bands;
    QList<ChartMarker> m_markers;
    QString m_emptyMessage;
    QString m_liveTitle;
    int m_minimumPlotLines = 0;
    int m_titleRows = 1;
    void updateMinimumHeight();
    void reserveTitleRows();
    QRectF liveTitleRow() const;
};

}  // namespace layerlab
