#include "gradient_view.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

#include "annotated_chart_view.h"
#include "chart_decimation.h"
#include "live_curve.h"
#include "snapshot.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr double kLogFloor = 1e-30;  // a zero gradient is drawn at the bottom of the axis

QChart* makeLogChart(const QString& yTitle)
{
    auto* chart = new QChart;
    style::styleChart(chart);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.0f"));
    style::styleAxis(x, GradientView::tr("Step"));
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(QStringLiteral("%.0e"));
    y->setMinorTickCount(0);
    style::styleAxis(y, yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return chart;
}

// Powers of ten around the data, always including [mustLo, mustHi] so the bands show.
std::pair<double, double> decadeRange(const QList<QList<QPointF>>& lists, double mustLo, double mustHi)
{
    double lo = mustLo, hi = mustHi;
    for (const auto& list : lists)
        for (const QPointF& p : list)
            if (std::isfinite(p.y()) && p.y() > kLogFloor) {
                lo = std::min(lo, p.y() / 10);
                hi = std::max(hi, p.y() * 10);
            }
    return {std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi)))};
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

GradientView::GradientView(QWidget* parent) : SnapshotView(tr("Gradients"), kRefreshMs, parent)
{
    QChart* gradients = makeLogChart(tr("||dL/dW||"));
    gradients->setTitle(tr("Gradient norm per layer (log scale)"));
    m_gradientView = new AnnotatedChartView(gradients, this);
    m_gradientView->setToolTip(tr("The size of each layer's gradient: too small and the layer stops learning "
                                  "(vanishing), too large and its updates overshoot (exploding)."));
    m_gradientView->setBands({{0, kVanishingBelow, style::kWarning, tr("Vanishing: below 1e-6, the layer barely learns")},
                              {kExplodingAbove, 1e300, style::kWarning, tr("Exploding: above 1e3, updates overshoot")}});

    QChart* ratios = makeLogChart(tr("||ΔW|| / ||W||"));
    ratios->setTitle(tr("Update size relative to the weights (log scale)"));
    m_ratioView = new AnnotatedChartView(ratios, this);
    m_ratioView->setToolTip(tr("How much one step changes a layer's weights, relative to their size: about "
                               "1e-3 is healthy, far below learns slowly, far above is unstable."));
    m_ratioView->setBands({{kHealthyRatioLow, kHealthyRatioHigh, style::kHealthy, tr("Healthy: about 1e-3")}});

    m_status = new QLabel(this);
    m_status->setFont(style::labelFont());
    m_status->setWordWrap(true);

    finishToolbar(QStringLiteral("gradients"), [this] { return csvData(); });
    body()->addWidget(m_gradientView, 1);
    body()->addWidget(m_ratioView, 1);
    body()->addWidget(m_status);
    rebuild();
}

GradientView::~GradientView() = default;

QChart* GradientView::gradientChart() const { return m_gradientView->chart(); }
QChart* GradientView::ratioChart() const { return m_ratioView->chart(); }

// The index-th curve of a chart, created on first use; names follow the layers. A new point
// with every probe, redrawn five times a second: drawn directly (LiveCurve).
LiveCurve* GradientView::curveFor(QChart* chart, QList<LiveCurve*>& list, int index, const char* prefix, int layer,
                                  const QString& name)
{
    while (list.size() <= index) {
        auto* s = new QLineSeries;
        s->setPen(QPen(style::seriesColor(int(list.size())), 2.5));
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
    for (qsizetype i = 0; i < layers.size(); ++i) {
        for (auto* list : {&gradients[i], &ratios[i]}) {
            *list = decimateForPixels(*list, 0, xMax, columns, ColumnPoints::LowHigh);  // one value per probe: noisy
            for (QPointF& p : *list)
                p.setY(std::max(p.y(), kLogFloor));
        }
        curveFor(gradientChart(), m_gradientCurves, int(i), "gradient", layers[i], names[i])->setPoints(gradients[i]);
        curveFor(ratioChart(), m_ratioCurves, int(i), "ratio", layers[i], names[i])->setPoints(ratios[i]);
    }
    for (auto* list : {&m_gradientCurves, &m_ratioCurves})
        for (qsizetype i = layers.size(); i < list->size(); ++i) {
            LiveCurve* curve = (*list)[i];
            curve->setPoints({});
            curve->series()->setVisible(false);
            curve->series()->setObjectName(QString());
        }
    // hidden series keep no legend entry; the legend lays itself out again when series
    // come or go (Qt 6.4 leaves the new markers without room for their names otherwise)
    for (QChart* chart : {gradientChart(), ratioChart()}) {
        for (QLegendMarker* marker : chart->legend()->markers())
            marker->setVisible(marker->series()->isVisible());
        if (m_legendLayers != layers.size()) {
            chart->legend()->hide();
            chart->legend()->show();
        }
    }
    m_legendLayers = layers.size();

    const auto [gLo, gHi] = decadeRange(gradients, 1e-8, 1e4);
    const auto [rLo, rHi] = decadeRange(ratios, 1e-6, 1);
    for (auto [chart, lo, hi] : {std::tuple{gradientChart(), gLo, gHi}, std::tuple{ratioChart(), rLo, rHi}}) {
        auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        style::setNiceRange(x, 0, xMax, 7, false);
        // a label every few decades, so that the labels fit the chart's height
        const double decades = std::log10(hi / lo);
        const int labels = style::ticksForHeight(chart, 7);
        const int perTick = std::max(1, int(std::ceil(decades / std::max(1, labels - 1))));
        const double lowDecade = std::floor(std::log10(lo) / perTick) * perTick;
        const double highDecade = std::ceil(std::log10(hi) / perTick) * perTick;
        auto* y = qobject_cast<QLogValueAxis*>(chart->axes(Qt::Vertical).value(0));
        y->setBase(std::pow(10.0, perTick));
        y->setRange(std::pow(10.0, lowDecade), std::pow(10.0, highDecade));
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

    const QString statusBefore = m_status->text();
    // A style sheet re-polishes the label: set it only when the colour changes.
    const auto setStatus = [this](const QString& sheet, const QString& text) {
        if (m_status->styleSheet() != sheet)
            m_status->setStyleSheet(sheet);
        m_status->setText(text);
    };
    if (!s || s->probes.layers.empty())
        m_status->clear();
    else if (now.isEmpty())
        setStatus(QStringLiteral("color: %1").arg(style::kHealthy.name()),
                  tr("Every layer's gradient is between 1e-6 and 1e3."));
    else
        setStatus(QStringLiteral("color: %1; font-weight: bold").arg(style::kWarning.name()),
                  QStringList(now.values()).join(QLatin1Char('\n')));
    if (m_status->text() != statusBefore)
        layout()->activate();  // the status may have grown a line
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
