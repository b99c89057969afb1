#include "activation_view.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

#include "histogram_painter.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr qreal kPanelMinWidth = 250;

bool saturates(Activation a) { return a == Activation::Sigmoid || a == Activation::Tanh || a == Activation::Softmax; }

// Bins reaching into the saturated zone of the activation are drawn in the warning colour.
bool inSaturatedZone(Activation a, float low, float high)
{
    if (a == Activation::Tanh)
        return low < -1 + kSaturationMargin || high > 1 - kSaturationMargin;
    if (a == Activation::Sigmoid || a == Activation::Softmax)
        return low < kSaturationMargin || high > 1 - kSaturationMargin;
    return false;
}

QString percent(double fraction) { return QStringLiteral("%1%").arg(std::lround(100 * fraction)); }

}  // namespace

ActivationView::ActivationView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(300, 240));
    setAttribute(Qt::WA_OpaquePaintEvent);
    finishToolbar(QStringLiteral("activations"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this] {
        setTitle(tr("Activations"));
        rebuild();  // the panels' summaries
    });
}

ActivationView::~ActivationView() = default;

void ActivationView::rebuild()
{
    m_panels.clear();
    if (snapshot()) {
        const TrainingSnapshot& s = *snapshot();
        const bool modelFits = s.model.layerCount() == int(s.probes.layers.size());
        for (size_t l = 0; l < s.probes.layers.size(); ++l) {
            const LayerProbe& probe = s.probes.layers[l];
            if (probe.activations.total() == 0 && probe.activations.nonFinite == 0)
                continue;
            Panel panel;
            panel.layer = int(l);
            panel.probe = probe;
            panel.activation = modelFits ? s.model.layer(int(l)).activation() : Activation::Linear;
            panel.title = QString::fromStdString(probe.label);
            if (modelFits && s.model.layer(int(l)).spec().kind == LayerKind::Dense)
                panel.title += QStringLiteral(" · ") + QString::fromStdString(std::string(activationName(panel.activation)));
            panel.output = l + 1 == s.probes.layers.size();
            if (saturates(panel.activation) && panel.output) {
                // an output near 0 or 1 is a sure answer, which is what training aims for
                panel.summary = tr("Saturated: %1 (sure answers)").arg(percent(probe.saturatedFraction));
            } else if (saturates(panel.activation)) {
                panel.summary = tr("Saturated: %1").arg(percent(probe.saturatedFraction));
                panel.warning = probe.saturatedFraction >= kHighSaturation;
            } else if (panel.activation == Activation::ReLU) {
                panel.summary = tr("Dead: %1").arg(percent(probe.deadFraction));
                panel.warning = probe.deadFraction >= kHighDead;
            }
            m_panels.push_back(panel);
        }
    }
    layoutPanels();
    updateDrawing();
}

void ActivationView::layoutPanels()
{
    const QRectF area = QRectF(rect()).adjusted(8, drawingTop() + 10, -8, -8);
    const auto cells = gridCells(area, int(m_panels.size()), kPanelMinWidth);
    for (size_t i = 0; i < m_panels.size(); ++i)
        m_panels[i].rect = cells[i];
}

void ActivationView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutPanels();
}

const ActivationView::Panel* ActivationView::panelFor(int layer) const
{
    for (const Panel& p : m_panels)
        if (p.layer == layer)
            return &p;
    return nullptr;
}

QRectF ActivationView::panelRect(int layer) const
{
    const Panel* p = panelFor(layer);
    return p ? p->rect : QRectF();
}

QString ActivationView::summary(int layer) const
{
    const Panel* p = panelFor(layer);
    return p ? p->summary : QString();
}

bool ActivationView::isWarning(int layer) const
{
    const Panel* p = panelFor(layer);
    return p && p->warning;
}

QString ActivationView::toolTipAt(QPointF pos) const
{
    for (const Panel& p : m_panels) {
        if (!p.rect.contains(pos))
            continue;
        if (saturates(p.activation) && p.output)
            return tr("The share of the output layer's values within 0.02 of 0 or 1: there it means sure answers, "
                      "which is what training aims for.");
        if (saturates(p.activation))
            return tr("The share of %1's outputs within 0.02 of the activation's limits, where its slope is almost "
                      "zero and the gradient through it vanishes.")
                .arg(p.title);
        if (p.activation == Activation::ReLU)
            return tr("The share of %1's ReLU units that output 0 for every sample of the batch: they pass no "
                      "gradient and stop learning.")
                .arg(p.title);
        return tr("How %1's outputs are spread over one batch of samples.").arg(p.title);
    }
    return {};
}

bool ActivationView::event(QEvent* e)
{
    if (style::showPointToolTip(this, e, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    return QWidget::event(e);
}

void ActivationView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (m_panels.empty()) {
        drawMessage(p, tr("No activations yet: they appear after the first training step."));
        return;
    }
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    const QFontMetricsF label(style::labelFont(font()));
    const QFontMetricsF small(style::smallFont(font()));
    for (const Panel& panel : m_panels) {
        const QRectF r = panel.rect;
        p.setPen(QPen(panel.warning ? style::kWarning : QColor(0xd0, 0xd0, 0xd0), panel.warning ? 2.5 : 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(1, 1, -1, -1));
        const QRectF inner = r.adjusted(10, 6, -10, -6);
        p.setFont(bold);
        p.setPen(style::kText);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), label.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   label.elidedText(panel.title, Qt::ElideRight, inner.width()));
        // under the title: the summary; at the bottom: mean and std
        qreal top = inner.top() + label.height() + 2;
        if (!panel.summary.isEmpty()) {
            p.setFont(bold);
            p.setPen(panel.warning ? style::kWarning : style::kHealthy);
            p.drawText(QRectF(inner.left(), top, inner.width(), label.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       panel.summary);
            top += label.height() + 2;
        }
        const QRectF stats(inner.left(), inner.bottom() - small.height(), inner.width(), small.height());
        const QRectF bars(inner.left(), top + 4, inner.width(), stats.top() - top - 8);
        if (bars.height() > 12) {
            const Activation a = panel.activation;
            paintHistogram(p, bars, panel.probe.activations, [a](float low, float high) {
                return inSaturatedZone(a, low, high) ? style::kWarning : style::seriesColor(0);
            }, font());
        }
        p.setFont(style::smallFont(font()));
        p.setPen(style::kMutedText);
        QString text = tr("mean %1 · std %2")
                           .arg(style::formatValue(panel.probe.activationMean), style::formatValue(panel.probe.activationStd));
        if (panel.probe.activations.nonFinite > 0)
            text += tr(" · %1 not finite").arg(panel.probe.activations.nonFinite);
        p.drawText(stats, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

CsvTable ActivationView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("layer"),         QStringLiteral("activation"),   QStringLiteral("mean"),
                    QStringLiteral("std"),           QStringLiteral("saturated_fraction"),
                    QStringLiteral("dead_fraction"), QStringLiteral("bin_low"),      QStringLiteral("bin_high"),
                    QStringLiteral("count")};
    for (const Panel& panel : m_panels) {
        const Histogram& h = panel.probe.activations;
        for (int b = 0; b < kHistogramBins; ++b)
            table.rows.append({QString::fromStdString(panel.probe.label),
                               QString::fromStdString(std::string(activationName(panel.activation))),
                               csvNumber(panel.probe.activationMean), csvNumber(panel.probe.activationStd),
                               csvNumber(panel.probe.saturatedFraction), csvNumber(panel.probe.deadFraction),
                               csvNumber(h.lo + b * (h.hi - h.lo) / kHistogramBins),
                               csvNumber(h.lo + (b + 1) * (h.hi - h.lo) / kHistogramBins),
                               QString::number(h.counts[size_t(b)])});
    }
    return table;
}

}  // namespace layerlab
