// Colours and fonts shared by the views, chosen for a classroom projector: TensorFlow
// Playground's orange/blue for negative/positive and for the two classes, big type, and one
// colour for each kind of message.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QString>

#include <functional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QEvent;
class QPen;
class QValueAxis;
class QWidget;
class QXYSeries;
QT_END_NAMESPACE

namespace layerlab::style {

// Playground's scale: -1 orange, 0 light grey, +1 blue.
inline const QColor kNegative{0xf5, 0x93, 0x22};
inline const QColor kNeutral{0xe8, 0xea, 0xeb};
inline const QColor kPositive{0x08, 0x77, 0xbd};
// What is wrong and must change: a model that cannot be built, a wrong answer, a run that
// cannot go on (Material red 800). A dark red, never taken for Playground's orange.
inline const QColor kProblem{0xc6, 0x28, 0x28};
inline const QColor kProblemFill{0xff, 0xeb, 0xee};  // the background of a marked problem
// What works but deserves a look: a layer that saturates, gradients that vanish or explode,
// the layer where a run diverged (Material deep orange 900: darker and redder than
// Playground's orange, so never read as a negative value or class 0).
inline const QColor kWarning{0xe6, 0x51, 0x00};
inline const QColor kWarningFill{0xff, 0xf3, 0xe0};  // the background of a marked warning
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
// layer's line is never mistaken for a class, and near-black): ten, then they repeat.
QColor seriesColor(int k);

// Point sizes readable from the back of a classroom, at the desktop's usual font size
// (QFontDatabase::systemFont). The main window zooms the whole UI (Ctrl+=, presentation
// mode) with QApplication::setFont, so no view fixes a point size: each font is computed
// from `base`, the font() of the widget that draws, and grows with it (at twice the
// desktop's size a label is 24 points).
constexpr qreal kTitlePointSize = 15;
constexpr qreal kLabelPointSize = 12;
constexpr qreal kSmallPointSize = 10.5;
QFont titleFont(const QFont& base);
QFont labelFont(const QFont& base);
QFont smallFont(const QFont& base);
// `base` made `factor` times larger (its point or pixel size), and bold or not.
QFont scaledFont(const QFont& base, qreal factor, bool bold);
// How much larger than the desktop's font `base` is: 1 unless the UI is zoomed.
qreal fontZoom(const QFont& base);

// A widget given a font of its own (a bold title, a larger button) stops following the
// application's font. These keep it following: the widget's font is computed from its
// parent's font now and again whenever the parent's font changes (or the widget moves to
// another parent; a widget without a parent follows the application's font).
void followParentFont(QWidget* widget, std::function<QFont(const QFont& parentFont)> fontOf);
enum class FontRole { Title, Label, Small };
void useFont(QWidget* widget, FontRole role);
void useScaledFont(QWidget* widget, qreal factor, bool bold);

// Big fonts (from `base`, the font of the chart's view), no margins wasted, legend at
// the bottom; the title, legend and every axis of the chart. A view whose font changes,
// or that adds an axis, calls it again (AnnotatedChartView does on a font change).
void styleChart(QChart* chart, const QFont& base);
// An axis' title. Fonts are styleChart's job.
void styleAxis(QAbstractAxis* axis, const QString& title);
// For a widget whose tooltip depends on the point under the mouse: on a ToolTip event,
// shows tipAt(position) (or hides the tooltip when it is empty) and returns true; returns
// false for any other event.
bool showPointToolTip(QWidget* widget, QEvent* event, const std::function<QString(QPoint)>& tipAt);

// How many value-axis ticks fit the chart's current plot height without their labels
// overlapping (Qt Charts elides overlapping labels to "..."), at most maxTicks.
int ticksForHeight(const QChart* chart, int maxTicks);
// How many ticks of the horizontal axis fit the plot's width with labels as wide as
// `widestLabel` and a gap of half as much between them, at most maxTicks.
int ticksForWidth(const QChart* chart, const QString& widestLabel, int maxTicks);
// A time axis of whole numbers (steps) from 0 to `hi` (a timeAxisEnd), and at least to
// 10: ticks 1, 2 or 5 times a power of ten and never less than 1 apart, labelled as
// integers, so no two labels read the same (a chart before its first step labelled 0..1
// as "0 0 0 1 1 1"); an empty chart reads 0 2 4 6 8 10.
void setIntegerRange(QValueAxis* axis, double hi, int maxTicks = 6);
// The smallest of 1, 2 or 5 times a power of ten that is at least `raw` (> 0): a step
// between ticks that reads well.
double niceStep(double raw);
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

// Presentation mode (a projector): lines drawn thicker. One process-wide factor, 1
// normally, that the main window sets; chart and diagram pens multiply their widths by
// lineScale(). Views follow by themselves: a change emits
// ViewStyleNotifier::lineScaleChanged, on which every SnapshotView repaints and every
// AnnotatedChartView re-applies its series' pens, so the main window needs to know no view.
void setPresentationScale(double scale);  // clamped to [0.5, 4]
double lineScale();
class ViewStyleNotifier : public QObject {
    Q_OBJECT
public:
    static ViewStyleNotifier* instance();
Q_SIGNALS:
    void lineScaleChanged(double scale);
};
// Sets a chart series' pen with `pen`'s width at scale 1, drawn lineScale() times wider;
// rescaleSeriesPens applies the current scale again to every series of a chart so set.
void setSeriesPen(QXYSeries* series, const QPen& pen);
void rescaleSeriesPens(QChart* chart);

// The key of a view's lines: a swatch of each colour and its name, as rich text for a
// word-wrapping QLabel, whose rows break between entries, never inside one. A chart's own
// legend keeps one row and elides its names to "De… De…" when they do not fit.
QString keyHtml(const QList<std::pair<QColor, QString>>& entries);

// A layer's label shortened to its number where room is short: "Dense #3" -> "#3" (the
// canvas numbers layers the same way); a label without a number is returned whole.
QString shortLayerLabel(const QString& label);

// A number in at most 3 significant digits, in scientific notation when tiny or huge:
// 0.0123, 1.5e-07, 2.3e+04.
QString formatValue(double v);

}  // namespace layerlab::style
