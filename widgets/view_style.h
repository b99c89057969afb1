// Colours and fonts shared by the training views, chosen for a classroom projector:
// TensorFlow Playground's orange/blue for negative/positive and for the two classes, big
// type, and one warning colour.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QEvent;
class QWidget;
class QLabel;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace layerlab::style {

// Playground's scale: -1 orange, 0 light grey, +1 blue.
inline const QColor kNegative{0xf5, 0x93, 0x22};
inline const QColor kNeutral{0xe8, 0xea, 0xeb};
inline const QColor kPositive{0x08, 0x77, 0xbd};
inline const QColor kWarning{0xc6, 0x28, 0x28};
inline const QColor kHealthy{0x2e, 0x7d, 0x32};
inline const QColor kText{0x21, 0x21, 0x21};
inline const QColor kMutedText{0x61, 0x61, 0x61};

// t in [-1, 1] (clamped; NaN gives neutral) along orange - grey - blue.
QColor diverging(float t);
// The same as a pixel, from a table of 256 steps (finer than the eye can tell): for images
// of thousands of values, redrawn many times a second.
QRgb divergingRgb(float t);
// Class k's colour: 0 orange and 1 blue as in Playground, then green, purple, red, ...
QColor classColor(int k);
// A distinct colour per layer for line charts (Tableau 10 without orange and blue, so a
// layer's line is never mistaken for a class).
QColor seriesColor(int k);

// Point sizes readable from the back of a classroom.
constexpr qreal kTitlePointSize = 15;
constexpr qreal kLabelPointSize = 12;
constexpr qreal kSmallPointSize = 10.5;
QFont titleFont();
QFont labelFont();
QFont smallFont();

// A view's heading, in the title font.
QLabel* makeTitleLabel(const QString& text, QWidget* parent);
// Big fonts, no margins wasted, legend at the bottom.
void styleChart(QChart* chart);
void styleAxis(QAbstractAxis* axis, const QString& title);
// For a widget whose tooltip depends on the point under the mouse: on a ToolTip event,
// shows tipAt(position) (or hides the tooltip when it is empty) and returns true; returns
// false for any other event.
bool showPointToolTip(QWidget* widget, QEvent* event, const std::function<QString(QPoint)>& tipAt);

// How many value-axis ticks fit the chart's current plot height without their labels
// overlapping (Qt Charts elides overlapping labels to "..."), at most maxTicks.
int ticksForHeight(const QChart* chart, int maxTicks);
// Ticks every 1, 2 or 5 times a power of ten, at most about maxTicks of them, and the range
// [lo, hi] widened to round numbers when `widen` (Qt's applyNiceNumbers keeps state between
// calls). Time axes are not widened: they end at timeAxisEnd. `headroom` is room left above
// the top (a line at 100% stays visible). Setting the range it already has changes nothing.
void setNiceRange(QValueAxis* axis, double lo, double hi, int maxTicks = 7, bool widen = true, double headroom = 0);
// Where a value lies along an axis, as a fraction of the way from its minimum (0) to its
// maximum (1): linear for a QValueAxis, in decades for a QLogValueAxis (values <= 0 land
// far below it), 0 for other axes or an empty range. Made once per paint, used per point.
class AxisScale {
public:
    explicit AxisScale(const QAbstractAxis* axis);
    double fraction(double v) const;

private:
    bool m_log = false;
    double m_min = 0;
    double m_scale = 0;  // 1 / (max - min), in the axis' units or decades
};

// Where a live time axis ends for its newest point: a little past it (at most 10%), on a
// round value: steps of 0.1, 0.2 or 0.5 times a power of ten (100, 110, ... 200, 220, ...
// 500, 550, ... 1000), 35 per decade. The axis then moves every few percent of progress,
// not with every snapshot: each move lays out its labels again (Qt Charts' axis labels are
// rich-text items) and every series drawn against it.
double timeAxisEnd(double newest);

// New points for some series of one chart and new axis ranges (set by setAxes), with each
// series laid out once. Qt Charts lays out every series of a chart again whenever an axis
// range changes, and each layout strokes the whole line: so the series that change are
// emptied before the axes move and filled after, and series with the same points as
// before are not touched. Live charts do this several times a second.
struct SeriesPoints {
    QXYSeries* series;
    QList<QPointF> points;
};
void replaceSeriesPoints(const QList<SeriesPoints>& updates, const std::function<void()>& setAxes);

// A number in at most 3 significant digits, in scientific notation when tiny or huge:
// 0.0123, 1.5e-07, 2.3e+04.
QString formatValue(double v);

}  // namespace layerlab::style
