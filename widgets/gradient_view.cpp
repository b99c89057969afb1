#include "gradient_view.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

#include "annotated_chart_view.h"
#include "chart_pair.h"
#include "elided_label.h"
#include "chart_decimation.h"
#include "live_curve.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

// The vertical axes span at most these: values beyond (a zero gradient, an overflow on the
// way to Inf) are drawn at the edge, inside the band that names them.
constexpr double kAxisFloor = 1e-20;
constexpr double kAxisCeiling = 1e20;
constexpr int kPlotMinimumLines = 5;  // a chart's least plot height, in lines of its labels
// The key names layers in full up to this many, or in a view at least this many lines tall.
constexpr int kWholeNamesUpTo = 3;
constexpr int kCompactKeyBelowLines = 26;

// (its titles are set with the view's other texts)
QChart* makeLogChart()
{
    auto* chart = new QChart;
    auto* x = new QValueAxis;
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(QStringLiteral("%.0e"));
    y->setMinorTickCount(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return chart;
}

// Powers of ten around the data, a decade of room each way, always including
// [mustLo, mustHi] so the bands show, and within [kAxisFloor, kAxisCeiling].
std::pair<double, double> decadeRange(const QList<QList<QPointF>>& lists, double mustLo, double mustHi)
{
    double lo = mustLo, hi = mustHi;
    for (const auto& list : lists)
        for (const QPointF& p : list)
            if (std::isfinite(p.y()) && p.y() > 0) {
                lo = std::min(lo, p.y() / 10);
                hi = std::max(hi, p.y() * 10);
            }
    lo = std::clamp(lo, kAxisFloor, mustLo);
    hi = std::clamp(hi, mustHi, kAxisCeiling);
    return {std::pow(10.0, std::floor(std::log10(lo) + 1e-9)), std::pow(10.0, std::ceil(std::log10(hi) - 1e-9))};
}

QList<QPointF> pointsOf(const DecimatedSeries& s)
{
    QList<QPointF> points;
    points.reserve(qsizetype(s.size()));
    for (size_t i = 0; i < s.size(); ++i)
        points.append(QPointF(double(s.steps()[i]), double(s.values()[i])));
    return points;
}

}  // namespace

GradientView::GradientView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    QChart* gradients = makeLogChart();
    m_gradientView = new AnnotatedChartView(gradients, this);
    QChart* ratios = makeLogChart();
    m_ratioView = new AnnotatedChartView(ratios, this);

    // one key for both charts, wrapped to as many rows as the layers need
    for (AnnotatedChartView* view : {m_gradientView, m_ratioView})
        view->chart()->legend()->hide();
    m_key = new QLabel(this);
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::RichText);
    style::useFont(m_key, style::FontRole::Label);

    m_status = new ElidedLabel(this);
    style::useFont(m_status, style::FontRole::Label);

    finishToolbar(QStringLiteral("gradients"), [this] { return csvData(); });
    body()->addWidget(m_key);
    body()->addWidget(new ChartPair(m_gradientView, 1, m_ratioView, 1, this), 1);
    body()->addWidget(m_status);
    for (AnnotatedChartView* view : {m_gradientView, m_ratioView}) {
        view->setMinimumPlotLines(kPlotMinimumLines);
        // the number of axis labels follows the plot's size
        connect(view->chart(), &QChart::plotAreaChanged, this, [this] { requestRefresh(); });
    }
    translatedTexts(this, [this, gradients, ratios] {
        setTitle(tr("Gradients"));
        for (QChart* chart : {gradients, ratios})
            style::styleAxis(chart->axes(Qt::Horizontal).value(0), tr("Step"));
        style::styleAxis(gradients->axes(Qt::Vertical).value(0), tr("||dL/dW||"));
        style::styleAxis(ratios->axes(Qt::Vertical).value(0), tr("||ΔW|| / ||W||"));
        gradients->setTitle(tr("Gradient norm per layer (log scale)"));
        ratios->setTitle(tr("Update size relative to the weights (log scale)"));
        m_gradientView->setToolTip(tr("The size of each layer's gradient: too small and the layer stops learning "
                                      "(vanishing), too large and its updates overshoot (exploding)."));
        m_gradientView->setBands(
            {{0, kVanishingBelow, style::kWarning, tr("Vanishing: below 1e-6, the layer barely learns")},
             {kExplodingAbove, 1e300, style::kWarning, tr("Exploding: above 1e3, updates overshoot")}});
        m_ratioView->setToolTip(tr("How much one step changes a layer's weights, relative to their size: about "
                                   "1e-3 is healthy, far below learns slowly, far above is unstable."));
        m_ratioView->setBands({{kHealthyRatioLow, kHealthyRatioHigh, style::kHealthy, tr("Healthy: about 1e-3")}});
        rebuild();  // the key's tooltip, the messages and the out-of-range sentences
    });
}

GradientView::~GradientView() = default;

void GradientView::resizeEvent(QResizeEvent* e)
{
    SnapshotView::resizeEvent(e);
    requestRefresh();  // the key may switch between whole and short names
}

QChart* GradientView::gradientChart() const { return m_gradientView->chart(); }
QChart* GradientView::ratioChart() const { return m_ratioView->chart(); }
QWidget* GradientView::gradientChartView() const { return m_gradientView; }
QWidget* GradientView::ratioChartView() const { return m_ratioView; }

void GradientView::updateKey(const QStringList& names)
{
    // A short view (a projector's column shared with the Doctor) gives the charts every line:
    // there a deep net's whole names, wrapped to several rows, would leave them a sliver, so
    // the key says "#3" and its tooltip the whole names.
    const int lines = height() / std::max(1, QFontMetrics(m_key->font()).lineSpacing());
    const bool compact = names.size() > kWholeNamesUpTo && lines < kCompactKeyBelowLines;
    QList<std::pair<QColor, QString>> entries;
    for (qsizetype i = 0; i < names.size(); ++i)
        entries.append({style::seriesColor(int(i)), compact ? style::shortLayerLabel(names[i]) : names[i]});
    const QString text = style::keyHtml(entries);
    if (m_key->text() != text)
        m_key->setText(text);
    const QString explanation = tr("Each colour is one layer, the same in both charts.");
    const QString tip = compact ? explanation + QLatin1Char('\n') + names.join(QStringLiteral(", ")) : explanation;
    if (m_key->toolTip() != tip)  // (a new language changes it, the same layers or not)
        m_key->setToolTip(tip);
    if (m_key->isHidden() != names.isEmpty())
        m_key->setHidden(names.isEmpty());
}

// The index-th curve of a chart, created on first use; names follow the layers. A new point
// with every probe, redrawn five times a second: drawn directly (LiveCurve).
LiveCurve* GradientView::curveFor(QChart* chart, QList<LiveCurve*>& list, int index, const char* prefix, int layer,
                                  const QString& name)
{
    while (list.size() <= index) {
        auto* s = new QLineSeries;
        style::setSeriesPen(s, QPen(style::seriesColor(int(list.size())), 2.5));
        auto* curve = new LiveCurve(chart, s);
        for (QAbstractAxis* axis : chart->axes())
            s->attachAxis(axis);
        list.append(curve);
    }
    QLineSeries* s = list[index]->series();
    s->setObjectName(QStringLiteral("%1:%2").arg(QLatin1String(prefix)).arg(layer));
    s->setName(name);
    s->setVisible(true);
    return list[index];
}

void GradientView::rebuild()
{
    const TrainingSnapshot* s = snapshot().get();
    QList<QList<QPointF>> gradients, ratios;
    QList<int> layers;
    QStringList names;
    double xMax = 1;
    if (s) {
        const size_t count = std::max(s->gradientNorms.size(), s->probes.layers.size());
        for (size_t l = 0; l < count; ++l) {
            const bool hasWeights = l < s->probes.layers.size() ? s->probes.layers[l].hasWeights
                                                                 : l < s->gradientNorms.size() && s->gradientNorms[l].size() > 0;
            if (!hasWeights)
                continue;
            layers.append(int(l));
            names.append(l < s->probes.layers.size() ? QString::fromStdString(s->probes.layers[l].label)
                                                     : tr("Layer %1").arg(l + 1));
            gradients.append(l < s->gradientNorms.size() ? pointsOf(s->gradientNorms[l]) : QList<QPointF>());
            ratios.append(l < s->updateRatios.size() ? pointsOf(s->updateRatios[l]) : QList<QPointF>());
            for (const auto* list : {&gradients.last(), &ratios.last()})
                if (!list->isEmpty())
                    xMax = std::max(xMax, list->last().x());
        }
        xMax = std::max(xMax, double(s->step));
        xMax = style::timeAxisEnd(xMax);
    }

    // a column of two pixels: the 2.5 px lines are wider than one, and each point is a
    // segment to draw five times a second
    const int columns = std::max(100, int(gradientChart()->plotArea().width()) / 2);
    for (qsizetype i = 0; i < layers.size(); ++i)
        for (auto* list : {&gradients[i], &ratios[i]})
            *list = decimateForPixels(*list, 0, xMax, columns, ColumnPoints::LowHigh);  // one value per probe: noisy
    const auto [gLo, gHi] = decadeRange(gradients, 1e-8, 1e4);
    const auto [rLo, rHi] = decadeRange(ratios, 1e-6, 1);
    for (qsizetype i = 0; i < layers.size(); ++i) {
        // values beyond the axis (zero, overflowing) run along its edge, in the band that names them
        for (auto [list, lo, hi] : {std::tuple{&gradients[i], gLo, gHi}, std::tuple{&ratios[i], rLo, rHi}})
            for (QPointF& p : *list)
                if (!std::isnan(p.y()))
                    p.setY(std::clamp(p.y(), lo, hi));
        curveFor(gradientChart(), m_gradientCurves, int(i), "gradient", layers[i], names[i])->setPoints(gradients[i]);
        curveFor(ratioChart(), m_ratioCurves, int(i), "ratio", layers[i], names[i])->setPoints(ratios[i]);
    }
    updateKey(names);
    for (auto* list : {&m_gradientCurves, &m_ratioCurves})
        for (qsizetype i = layers.size(); i < list->size(); ++i) {
            LiveCurve* curve = (*list)[i];
            curve->setPoints({});
            curve->series()->setVisible(false);
            curve->series()->setObjectName(QString());
        }
    for (auto [chart, lo, hi] : {std::tuple{gradientChart(), gLo, gHi}, std::tuple{ratioChart(), rLo, rHi}}) {
        auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        style::setIntegerRange(x, xMax, style::ticksForWidth(chart, QString::number(std::max(xMax, 10.0), 'f', 0), 7));
        // A label every few decades, so that the labels fit the chart's height. The range
        // stays the data's: a tick base of 10^k labels the powers of 10^k inside it.
        const int low = int(std::lround(std::log10(lo))), high = int(std::lround(std::log10(hi)));
        const int labels = style::ticksForHeight(chart, 7);
        int perTick = std::max(1, (high - low + labels - 2) / std::max(1, labels - 1));
        // at least two labels, at multiples of perTick decades inside the range
        const auto ticks = [&](int k) { return int(std::floor(double(high) / k) - std::ceil(double(low) / k)) + 1; };
        while (perTick > 1 && ticks(perTick) < 2)
            --perTick;
        auto* y = qobject_cast<QLogValueAxis*>(chart->axes(Qt::Vertical).value(0));
        y->setBase(std::pow(10.0, perTick));
        y->setRange(lo, hi);
    }
    const QString empty = layers.isEmpty() || gradients.value(0).isEmpty()
                              ? tr("No gradients yet: they appear after the first training step.")
                              : QString();
    m_gradientView->setEmptyMessage(empty);
    m_ratioView->setEmptyMessage(empty);
    updateRanges();
}

void GradientView::updateRanges()
{
    QMap<int, QString> now;
    const TrainingSnapshot* s = snapshot().get();
    if (s)
        for (size_t l = 0; l < s->probes.layers.size(); ++l) {
            const LayerProbe& probe = s->probes.layers[l];
            if (!probe.hasWeights || s->probes.step < 0)
                continue;
            const double g = probe.gradientNorm;
            const QString label = QString::fromStdString(probe.label);
            if (!std::isfinite(g))
                now[int(l)] = tr("%1: the gradient is not a number (NaN or Inf), training has diverged").arg(label);
            else if (g > kExplodingAbove)
                now[int(l)] = tr("%1: gradient norm %2 is above 1e3, exploding gradients").arg(label, style::formatValue(g));
            else if (g < kVanishingBelow)
                now[int(l)] = tr("%1: gradient norm %2 is below 1e-6, vanishing gradients").arg(label, style::formatValue(g));
        }
    const QMap<int, QString> before = std::exchange(m_outOfRange, now);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (before.value(it.key()) != it.value())
            Q_EMIT layerOutOfRange(it.key(), it.value());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now.contains(it.key()))
            Q_EMIT layerBackInRange(it.key());

    // Warnings in bold. The summary takes at most two lines, each layer's sentence is in
    // the tooltip (one layer: the sentence itself).
    const bool warns = !now.isEmpty();
    if (warns != m_statusWarns) {
        m_statusWarns = warns;
        style::followParentFont(m_status, [warns](const QFont& base) {
            QFont f = style::labelFont(base);
            f.setBold(warns);
            return f;
        });
    }
    m_status->setTextColor(warns ? style::kWarning : style::kHealthy);
    if (!s || s->probes.layers.empty()) {
        m_status->clear();
    } else if (!warns) {
        m_status->setText(tr("Every layer's gradient is between 1e-6 and 1e3."));
    } else if (now.size() == 1) {
        m_status->setText(now.first());
    } else {
        QStringList layers;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const LayerProbe& probe = s->probes.layers[size_t(it.key())];
            const double g = probe.gradientNorm;
            const QString label = QString::fromStdString(probe.label);
            layers.append(!std::isfinite(g)       ? tr("%1 not a number").arg(label)
                          : g > kExplodingAbove ? tr("%1 exploding").arg(label)
                                                : tr("%1 vanishing").arg(label));
        }
        m_status->setText(tr("%1 layers out of range: %2").arg(now.size()).arg(layers.join(QStringLiteral(", "))),
                          QStringList(now.values()).join(QLatin1Char('\n')));
    }
}

CsvTable GradientView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("step")};
    if (!snapshot())
        return table;
    const TrainingSnapshot& s = *snapshot();
    std::map<std::int64_t, QStringList> rows;
    const size_t count = std::max(s.gradientNorms.size(), s.updateRatios.size());
    const int width = 1 + 2 * int(count);
    for (size_t l = 0; l < count; ++l) {
        const QString label = l < s.probes.layers.size() ? QString::fromStdString(s.probes.layers[l].label)
                                                         : QStringLiteral("layer %1").arg(l + 1);
        table.header << label + QStringLiteral(" gradient_norm") << label + QStringLiteral(" update_ratio");
        const DecimatedSeries* series[2] = {l < s.gradientNorms.size() ? &s.gradientNorms[l] : nullptr,
                                            l < s.updateRatios.size() ? &s.updateRatios[l] : nullptr};
        for (int k = 0; k < 2; ++k)
            if (series[k])
                for (size_t i = 0; i < series[k]->size(); ++i) {
                    QStringList& row = rows[series[k]->steps()[i]];
                    if (row.isEmpty()) {
                        row.resize(width);
                        row[0] = QString::number(series[k]->steps()[i]);
                    }
                    row[1 + 2 * int(l) + k] = csvNumber(series[k]->values()[i]);
                }
    }
    for (auto& [step, row] : rows)
        table.rows.append(row);
    return table;
}

}  // namespace layerlab
