#include "view_style.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPen>
#include <QPointer>
#include <QHelpEvent>
#include <QToolTip>
#include <QLegend>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <array>
#include <cmath>

namespace layerlab::style {

namespace {
QColor mix(const QColor& a, const QColor& b, float t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}
}  // namespace

QColor diverging(float t)
{
    if (std::isnan(t))
        return kNeutral;
    t = std::clamp(t, -1.0f, 1.0f);
    return t < 0 ? mix(kNeutral, kNegative, -t) : mix(kNeutral, kPositive, t);
}

QRgb divergingRgb(float t)
{
    static const std::array<QRgb, 256> table = [] {
        std::array<QRgb, 256> rgb{};
        for (int i = 0; i < 256; ++i)
            rgb[size_t(i)] = diverging(float(i) / 127.5f - 1.0f).rgb();
        return rgb;
    }();
    if (!(t == t))  // NaN
        return kNeutral.rgb();
    return table[size_t(std::clamp(int((t + 1.0f) * 127.5f), 0, 255))];
}

QColor classColor(int k)
{
    static const QColor colors[] = {kNegative, kPositive, QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                    QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colors[size_t(std::max(0, k)) % std::size(colors)];
}

QColor seriesColor(int k)
{
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xe1, 0x57, 0x59), QColor(0x59, 0xa1, 0x4f),
                                    QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                    QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7), QColor(0x79, 0x70, 0x6e),
                                    QColor(0x2b, 0x2b, 0x2b)};  // ten: a 10-layer net's lines all differ
    return colors[size_t(std::max(0, k)) % std::size(colors)];
}

namespace {

qreal pointSizeOf(const QFont& f) { return f.pointSizeF() > 0 ? f.pointSizeF() : QFontInfo(f).pointSizeF(); }

QFont sizedFont(const QFont& base, qreal points, bool bold)
{
    QFont f = base;
    f.setPointSizeF(points * fontZoom(base));
    f.setBold(bold);
    return f;
}

// Keeps a widget's own font computed from its parent's (see followParentFont). A child of
// the widget, so it goes with it; it watches the widget (for a new parent, and, without
// one, for the application's font) and the parent, whose FontChange comes once the
// parent's font is settled (an ApplicationFontChange may reach the widget before its
// parent has taken the new font).
class FontFollower : public QObject {
public:
    FontFollower(QWidget* widget, std::function<QFont(const QFont&)> fontOf)
        : QObject(widget), m_widget(widget), m_fontOf(std::move(fontOf))
    {
        setObjectName(QStringLiteral("layerlab-font-follower"));
        widget->installEventFilter(this);
        watchParent();
        apply();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget) {
            if (event->type() == QEvent::ParentChange) {
                watchParent();
                apply();
            } else if (event->type() == QEvent::ApplicationFontChange && !m_widget->parentWidget()) {
                apply();
            }
        } else if (watched == m_parent && event->type() == QEvent::FontChange) {
            apply();
        }
        return false;
    }

private:
    void watchParent()
    {
        QWidget* now = m_widget->parentWidget();
        if (m_parent == now)
            return;
        if (m_parent)
            m_parent->removeEventFilter(this);
        m_parent = now;
        if (now)
            now->installEventFilter(this);
    }
    void apply()
    {
        const QWidget* parent = m_widget->parentWidget();
        const QFont font = m_fontOf(parent ? parent->font() : QApplication::font());
        if (m_widget->font() != font)
            m_widget->setFont(font);
    }

    QWidget* m_widget;
    std::function<QFont(const QFont&)> m_fontOf;
    QPointer<QWidget> m_parent;
};

double g_lineScale = 1;
const char* const kBaseWidth = "layerlabBaseWidth";  // a series' pen width at line scale 1

}  // namespace

qreal fontZoom(const QFont& base)
{
    const qreal desktop = pointSizeOf(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    const qreal size = pointSizeOf(base);
    return desktop > 0 && size > 0 ? size / desktop : 1;
}

QFont titleFont(const QFont& base) { return sizedFont(base, kTitlePointSize, true); }
QFont labelFont(const QFont& base) { return sizedFont(base, kLabelPointSize, false); }
QFont smallFont(const QFont& base) { return sizedFont(base, kSmallPointSize, false); }

QFont scaledFont(const QFont& base, qreal factor, bool bold)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    f.setBold(bold);
    return f;
}

void followParentFont(QWidget* widget, std::function<QFont(const QFont& parentFont)> fontOf)
{
    // one follower per widget: a second call replaces the first
    delete widget->findChild<FontFollower*>(QStringLiteral("layerlab-font-follower"), Qt::FindDirectChildrenOnly);
    new FontFollower(widget, std::move(fontOf));
}

void useFont(QWidget* widget, FontRole role)
{
    followParentFont(widget, [role](const QFont& base) {
        switch (role) {
        case FontRole::Title:
            return titleFont(base);
        case FontRole::Label:
            return labelFont(base);
        case FontRole::Small:
            break;
        }
        return smallFont(base);
    });
}

void useScaledFont(QWidget* widget, qreal factor, bool bold)
{
    followParentFont(widget, [factor, bold](const QFont& base) { return scaledFont(base, factor, bold); });
}

void styleChart(QChart* chart, const QFont& base)
{
    // Qt Charts lays the chart out again with every setter, changed or not: set what changed
    const QFont title = sizedFont(base, kLabelPointSize + 1, true);
    const QFont label = labelFont(base);
    const QFont axisTitle = sizedFont(base, kLabelPointSize, true);
    if (chart->titleFont() != title)
        chart->setTitleFont(title);
    if (chart->legend()->font() != label)
        chart->legend()->setFont(label);
    if (chart->legend()->alignment() != Qt::AlignBottom)
        chart->legend()->setAlignment(Qt::AlignBottom);
    if (chart->margins() != QMargins(4, 4, 4, 4))
        chart->setMargins(QMargins(4, 4, 4, 4));
    if (chart->backgroundRoundness() != 0)
        chart->setBackgroundRoundness(0);
    for (QAbstractAxis* axis : chart->axes()) {
        if (axis->titleFont() != axisTitle)
            axis->setTitleFont(axisTitle);
        if (axis->labelsFont() != label)
            axis->setLabelsFont(label);
    }
}

void styleAxis(QAbstractAxis* axis, const QString& title)
{
    // Qt Charts lays the chart out again on every call, changed or not: live views call this
    // with every refresh
    if (axis->titleText() != title)
        axis->setTitleText(title);
}

bool showPointToolTip(QWidget* widget, QEvent* event, const std::function<QString(QPoint)>& tipAt)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = tipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, widget);
    return true;
}

int ticksForHeight(const QChart* chart, int maxTicks)
{
    const QAbstractAxis* axis = chart->axes(Qt::Vertical).value(0);
    const double lineHeight = QFontMetricsF(axis ? axis->labelsFont() : chart->legend()->font()).height();
    const int fitting = int(chart->plotArea().height() / (1.5 * lineHeight)) + 1;
    return std::clamp(fitting, 2, maxTicks);
}

int ticksForWidth(const QChart* chart, const QString& widestLabel, int maxTicks)
{
    const QAbstractAxis* axis = chart->axes(Qt::Horizontal).value(0);
    const double labelWidth = QFontMetricsF(axis ? axis->labelsFont() : chart->legend()->font()).horizontalAdvance(widestLabel);
    const int fitting = int(chart->plotArea().width() / (1.5 * std::max(1.0, labelWidth))) + 1;
    return std::clamp(fitting, 2, maxTicks);
}

double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

void setNiceRange(QValueAxis* axis, double lo, double hi, int maxTicks, bool widen, double headroom)
{
    if (!(hi > lo))
        hi = lo + 1;
    const double step = niceStep((hi - lo) / std::max(1, maxTicks - 1));
    const double niceLo = std::floor(lo / step + 1e-9) * step;
    const double niceHi = std::ceil(hi / step - 1e-9) * step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(niceLo);
    axis->setTickInterval(step);
    axis->setRange(widen ? niceLo : lo, (widen ? niceHi : hi) + headroom);
}

void setIntegerRange(QValueAxis* axis, double hi, int maxTicks)
{
    hi = std::max(hi, 10.0);
    double step = niceStep(hi / std::max(1, maxTicks - 1));
    // at least two labels: 0 and one step, within the range
    while (step > hi && step > 1) {
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        step *= mantissa > 4 ? 0.4 : 0.5;  // 5 -> 2 -> 1 -> 0.5 (x 10)
    }
    step = std::max(step, 1.0);
    if (axis->labelFormat() != QStringLiteral("%.0f"))  // a layout of the chart, changed or not
        axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, hi);
}

AxisScale::AxisScale(const QAbstractAxis* axis)
{
    double lo = 0, hi = 0;
    if (const auto* log = qobject_cast<const QLogValueAxis*>(axis)) {
        m_log = true;
        lo = std::log10(log->min());
        hi = std::log10(log->max());
    } else if (const auto* lin = qobject_cast<const QValueAxis*>(axis)) {
        lo = lin->min();
        hi = lin->max();
    }
    if (hi > lo) {
        m_min = lo;
        m_scale = 1 / (hi - lo);
    }
}

double AxisScale::fraction(double v) const
{
    if (m_log)
        v = std::log10(std::max(v, 1e-300));
    return (v - m_min) * m_scale;
}

double timeAxisEnd(double newest)
{
    if (!(newest > 0) || !std::isfinite(newest))
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(newest)));
    const double mantissa = newest / decade;  // [1, 10)
    const double unit = decade * (mantissa < 2 ? 0.1 : mantissa < 5 ? 0.2 : 0.5);
    return std::ceil(newest / unit - 1e-9) * unit;
}

void replaceSeriesPoints(const QList<SeriesPoints>& updates, const std::function<void()>& setAxes)
{
    QList<const SeriesPoints*> changed;
    for (const SeriesPoints& u : updates)
        if (u.series->points() != u.points) {
            changed.append(&u);
            u.series->clear();
        }
    setAxes();
    for (const SeriesPoints* u : changed)
        u->series->replace(u->points);
}

void setPresentationScale(double scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    if (scale == g_lineScale)
        return;
    g_lineScale = scale;
    Q_EMIT ViewStyleNotifier::instance()->lineScaleChanged(scale);
}

double lineScale() { return g_lineScale; }

ViewStyleNotifier* ViewStyleNotifier::instance()
{
    static ViewStyleNotifier notifier;
    return &notifier;
}

void setSeriesPen(QXYSeries* series, const QPen& pen)
{
    series->setProperty(kBaseWidth, pen.widthF());
    QPen scaled = pen;
    scaled.setWidthF(pen.widthF() * g_lineScale);
    if (series->pen() != scaled)
        series->setPen(scaled);
}

void rescaleSeriesPens(QChart* chart)
{
    for (QAbstractSeries* s : chart->series())
        if (auto* series = qobject_cast<QXYSeries*>(s); series && series->property(kBaseWidth).isValid()) {
            QPen pen = series->pen();
            pen.setWidthF(series->property(kBaseWidth).toDouble() * g_lineScale);
            if (series->pen() != pen)
                series->setPen(pen);
        }
}

QString keyHtml(const QList<std::pair<QColor, QString>>& entries)
{
    QStringList items;
    for (const auto& [color, name] : entries) {
        // a translucent line is drawn on white: its swatch is that blend
        const QColor shown = mix(Qt::white, color, float(color.alphaF()));
        QString text = name.toHtmlEscaped();
        text.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        items.append(QStringLiteral("<span style=\"color:%1\">&#x25AC;</span>&nbsp;%2").arg(shown.name(), text));
    }
    return items.join(QStringLiteral(" &nbsp; "));
}

QString shortLayerLabel(const QString& label)
{
    const qsizetype hash = label.lastIndexOf(QLatin1Char('#'));
    return hash >= 0 ? label.mid(hash) : label;
}

QString formatValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    const double a = std::abs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e5))
        return QString::number(v, 'e', 1);
    return QString::number(v, 'g', 3);
}

}  // namespace layerlab::style
