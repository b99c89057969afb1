#include "view_style.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QToolTip>
#include <QLabel>
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
                                    QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7), QColor(0x79, 0x70, 0x6e)};
    return colors[size_t(std::max(0, k)) % std::size(colors)];
}

static QFont fontOf(qreal points, bool bold)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
QFont titleFont() { return fontOf(kTitlePointSize, true); }
QFont labelFont() { return fontOf(kLabelPointSize, false); }
QFont smallFont() { return fontOf(kSmallPointSize, false); }

QLabel* makeTitleLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFont(titleFont());
    return label;
}

void styleChart(QChart* chart)
{
    chart->setTitleFont(fontOf(kLabelPointSize + 1, true));
    chart->legend()->setFont(labelFont());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
}

void styleAxis(QAbstractAxis* axis, const QString& title)
{
    // Qt Charts lays the chart out again on every call, changed or not: live views call this
    // with every refresh
    if (axis->titleText() != title)
        axis->setTitleText(title);
    if (const QFont font = fontOf(kLabelPointSize, true); axis->titleFont() != font)
        axis->setTitleFont(font);
    if (const QFont font = labelFont(); axis->labelsFont() != font)
        axis->setLabelsFont(font);
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
    const double lineHeight = QFontMetricsF(labelFont()).height();
    const int fitting = int(chart->plotArea().height() / (1.5 * lineHeight)) + 1;
    return std::clamp(fitting, 2, maxTicks);
}

void setNiceRange(QValueAxis* axis, double lo, double hi, int maxTicks, bool widen, double headroom)
{
    if (!(hi > lo))
        hi = lo + 1;
    const double raw = (hi - lo) / std::max(1, maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw) {
            step = m * power;
            break;
        }
    const double niceLo = std::floor(lo / step + 1e-9) * step;
    const double niceHi = std::ceil(hi / step - 1e-9) * step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(niceLo);
    axis->setTickInterval(step);
    axis->setRange(widen ? niceLo : lo, (widen ? niceHi : hi) + headroom);
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
