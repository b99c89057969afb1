#include "distribution_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

// The bands, outermost first: the quantile pairs (lower, upper) they lie between.
constexpr std::array<std::pair<int, int>, 4> kBands = {{{0, 8}, {1, 7}, {2, 6}, {3, 5}}};
constexpr int kMedian = 4;
// How much of the hue each band takes (the rest is white): lighter outwards. Opaque colours,
// so that a band reads the same over the grid lines and over the band around it.
constexpr std::array<double, 4> kBandStrength = {0.2, 0.38, 0.58, 0.8};
// A symmetric-log axis spans at most this many decades each side of 0.
constexpr double kLogDecades = 6;
// The toolbar's combos show at least this many characters.
constexpr int kComboCharacters = 5;
// A lone frame is drawn as a bar this wide, in pixels.
constexpr qreal kLoneFrameWidth = 6;

QColor bandColor(int band)
{
    const double a = kBandStrength[size_t(band)];
    const QColor& hue = style::kPositive;
    return QColor::fromRgbF(float(1 - a + a * hue.redF()), float(1 - a + a * hue.greenF()),
                            float(1 - a + a * hue.blueF()));
}

const Quantiles& shownQuantiles(const LayerProbe& probe, DistributionView::Quantity q)
{
    switch (q) {
    case DistributionView::Quantity::Weights:
        return probe.weightQuantiles;
    case DistributionView::Quantity::Gradients:
        return probe.gradientQuantiles;
    default:
        return probe.activationQuantiles;
    }
}

// A combo as wide as its items where the toolbar has room, down to kComboCharacters
// characters where it has not, so that the dock is no wider than the others in its tab
// group (compactCombo's combos stay narrow even where there is room).
class ShrinkingCombo : public QComboBox {
public:
    explicit ShrinkingCombo(QWidget* parent) : QComboBox(parent) { setSizeAdjustPolicy(QComboBox::AdjustToContents); }
    QSize minimumSizeHint() const override
    {
        QSize hint = QComboBox::minimumSizeHint();
        const QFontMetrics metrics(font());
        int widest = 0;
        for (int i = 0; i < count(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(itemText(i)));
        hint.setWidth(hint.width() - std::max(0, widest - metrics.horizontalAdvance(QLatin1Char('x')) * kComboCharacters));
        return hint;
    }
};

bool measured(const Quantiles& q) { return std::isfinite(q[0]) && std::isfinite(q[8]); }

}  // namespace

DistributionView::DistributionView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(320, 240));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QHBoxLayout* row = toolbarRow();
    m_layerBox = new ShrinkingCombo(toolbar());
    m_layerBox->setObjectName(QStringLiteral("layerBox"));
    style::useFont(m_layerBox, style::FontRole::Label);
    connect(m_layerBox, &QComboBox::activated, this, [this](int i) { setSelectedLayer(i); });
    row->addWidget(m_layerBox);

    m_quantityBox = new ShrinkingCombo(toolbar());
    m_quantityBox->setObjectName(QStringLiteral("quantityBox"));
    style::useFont(m_quantityBox, style::FontRole::Label);
    for (int i = 0; i < 3; ++i)  // by Quantity, named below
        m_quantityBox->addItem(QString());
    connect(m_quantityBox, &QComboBox::activated, this, [this](int i) { setQuantity(Quantity(i)); });
    row->addWidget(m_quantityBox);

    // beside the axis' description, above the plot (layoutParts places it)
    m_logBox = new QCheckBox(this);
    m_logBox->setObjectName(QStringLiteral("logBox"));
    style::useFont(m_logBox, style::FontRole::Small);
    connect(m_logBox, &QCheckBox::toggled, this, [this](bool on) { setLogScale(on); });
    finishToolbar(QStringLiteral("distributions"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this] {
        setTitle(tr("Distributions"));
        m_layerBox->setToolTip(tr("The layer whose distribution is drawn"));
        m_quantityBox->setItemText(int(Quantity::Weights), tr("Weights"));
        m_quantityBox->setItemText(int(Quantity::Gradients), tr("Gradients"));
        m_quantityBox->setItemText(int(Quantity::Activations), tr("Activations"));
        m_quantityBox->setToolTip(tr("Weights are what the layer has learned; gradients are how each step wants to "
                                     "change them; activations are what the layer outputs."));
        m_logBox->setText(tr("Log"));
        m_logBox->setToolTip(tr("A log scale both ways from 0: linear near 0, then one step per power of ten on either "
                                "side, so that values of very different sizes (gradients that vanish or explode) all show."));
        rebuild();  // the caption, the axis' description and the message
    });
}

DistributionView::~DistributionView() = default;

void DistributionView::setSelectedLayer(int layer)
{
    m_selected = layer;
    refreshNow();
}

void DistributionView::setQuantity(Quantity q)
{
    m_quantity = q;
    const QSignalBlocker block(m_quantityBox);
    m_quantityBox->setCurrentIndex(int(q));
    refreshNow();
}

void DistributionView::setLogScale(bool on)
{
    m_logScale = on;
    const QSignalBlocker block(m_logBox);
    m_logBox->setChecked(on);
    refreshNow();
}

void DistributionView::updateLayerBox(const std::vector<QString>& labels)
{
    QStringList list(labels.begin(), labels.end());
    const QSignalBlocker block(m_layerBox);
    if (list != m_layerLabels) {
        m_layerLabels = list;
        m_layerBox->clear();
        m_layerBox->addItems(list);
    }
    m_layerBox->setEnabled(!list.isEmpty());
}

void DistributionView::rebuild()
{
    m_frames.clear();
    m_layerLabel.clear();
    m_caption.clear();
    m_axisText.clear();
    m_message.clear();
    const std::shared_ptr<const ProbeFrames> timeline = snapshot() ? snapshot()->timeline : nullptr;
    const ProbeReport* latest = timeline && !timeline->empty() ? timeline->back().get() : nullptr;
    if (!latest) {
        updateLayerBox({});
        m_message = tr("Here you will see how each layer's weights, gradients and activations are spread over "
                       "training, step by step, once the network has trained a few steps.");
        layoutParts();
        updateDrawing();
        return;
    }

    // the layers as the latest frame names them; the first with weights unless one is chosen
    std::vector<QString> labels;
    int layer = m_selected;
    for (size_t l = 0; l < latest->layers.size(); ++l) {
        labels.push_back(QString::fromStdString(latest->layers[l].label));
        if (layer < 0 && latest->layers[l].hasWeights)
            layer = int(l);
    }
    updateLayerBox(labels);
    if (layer < 0 || layer >= int(labels.size()))
        layer = 0;
    m_layerBox->setCurrentIndex(layer);
    const LayerProbe& probe = latest->layers[size_t(layer)];
    m_layerLabel = labels[size_t(layer)];

    static const char* const kCaptions[] = {
        QT_TR_NOOP("How the weights of %1 are spread over training: the darkest band holds the middle 38% of them, "
                   "the lightest all, the line is the median."),
        QT_TR_NOOP("How the gradients of %1 are spread over training: the darkest band holds the middle 38% of them, "
                   "the lightest all, the line is the median."),
        QT_TR_NOOP("How the outputs of %1 are spread over training: the darkest band holds the middle 38% of them, "
                   "the lightest all, the line is the median."),
    };
    m_caption = tr(kCaptions[int(m_quantity)]).arg(m_layerLabel);

    if (m_quantity != Quantity::Activations && !probe.hasWeights) {
        m_message = tr("%1 has no weights. Pick a layer with weights, or Activations.").arg(m_layerLabel);
        layoutParts();
        updateDrawing();
        return;
    }

    m_dataLow = std::numeric_limits<double>::infinity();
    m_dataHigh = -std::numeric_limits<double>::infinity();
    for (const auto& frame : *timeline) {
        if (!frame || frame->distributionStep < 0)
            continue;
        Frame f;
        f.step = frame->distributionStep;
        if (size_t(layer) < frame->layers.size())
            f.quantiles = shownQuantiles(frame->layers[size_t(layer)], m_quantity);
        if (measured(f.quantiles)) {
            m_dataLow = std::min(m_dataLow, double(f.quantiles[0]));
            m_dataHigh = std::max(m_dataHigh, double(f.quantiles[8]));
        }
        m_frames.push_back(f);
    }
    if (!std::isfinite(m_dataLow)) {
        m_frames.clear();
        m_message = tr("Nothing measured for %1 yet: its distribution appears after the first training steps.")
                        .arg(m_layerLabel);
        layoutParts();
        updateDrawing();
        return;
    }
    m_firstStep = double(m_frames.front().step);
    m_lastStep = double(m_frames.back().step);
    if (m_lastStep <= m_firstStep) {
        m_firstStep -= 1;
        m_lastStep += 1;
    }

    // The symmetric-log axis is linear up to a power of ten at or below the middle 68% of
    // nearly every frame (so that their bands keep a width; a few frames narrower still would
    // draw noise near 0 as decades), and spans at most kLogDecades either way.
    const double extent = std::max({std::abs(m_dataLow), std::abs(m_dataHigh), 1e-30});
    std::vector<double> spreads;
    for (const Frame& f : m_frames)
        if (measured(f.quantiles)) {
            const double spread = (double(f.quantiles[6]) - double(f.quantiles[2])) / 2;
            if (spread > 0)
                spreads.push_back(spread);
        }
    double narrow = extent;
    if (!spreads.empty()) {
        const auto tenth = spreads.begin() + std::ptrdiff_t(spreads.size() / 10);
        std::nth_element(spreads.begin(), tenth, spreads.end());
        narrow = *tenth;
    }
    m_linearLimit = std::pow(10.0, std::floor(std::log10(std::max(narrow, extent * std::pow(10.0, -kLogDecades)))));

    static const char* const kAxisNames[] = {QT_TR_NOOP("Weight"), QT_TR_NOOP("Gradient"), QT_TR_NOOP("Output")};
    const QString name = tr(kAxisNames[int(m_quantity)]);
    m_axisText = m_logScale ? tr("%1, log scale (linear within ±%2)").arg(name, style::formatValue(m_linearLimit))
                            : tr("%1, linear scale").arg(name);
    layoutParts();
    updateDrawing();
}

double DistributionView::scaled(double v) const
{
    if (!m_logScale)
        return v;
    return std::copysign(std::log10(1 + std::abs(v) / m_linearLimit), v);
}

void DistributionView::layoutParts()
{
    const QRectF area = QRectF(rect()).adjusted(8, drawingTop() + 4, -10, -6);
    const QFontMetricsF small(style::smallFont(font()));
    const QRectF captionBounds =
        small.boundingRect(QRectF(area.left(), area.top(), area.width(), 1000), Qt::TextWordWrap, m_caption);
    m_captionRect = QRectF(area.left(), area.top(), area.width(), m_caption.isEmpty() ? 0 : captionBounds.height());
    m_valueTicks.clear();
    m_plot = {};
    m_logBox->setVisible(!m_frames.empty());
    if (m_frames.empty())
        return;
    // below the caption: the axis' description and the log scale's check box, then the plot,
    // then the steps' labels
    const QSize box = m_logBox->sizeHint();
    const qreal axisRow = std::max(small.height(), qreal(box.height()));
    m_logBox->setGeometry(QRect(int(area.right()) - box.width(), int(m_captionRect.bottom() + 4), box.width(), box.height()));
    m_axisRow = QRectF(area.left(), m_captionRect.bottom() + 4, area.width() - box.width() - 8, axisRow);
    const qreal top = m_axisRow.bottom() + 6;
    const qreal bottom = area.bottom() - small.height() - 4;
    const qreal height = bottom - top;
    if (height < 20)
        return;
    const int maxTicks = std::clamp(int(height / (small.height() * 1.5)), 2, 8);
    m_plot = QRectF(area.left(), top, area.width(), height);  // its left side is set once the labels are known

    if (!m_logScale) {
        double lo = m_dataLow, hi = m_dataHigh;
        if (hi - lo <= std::max(std::abs(lo), std::abs(hi)) * 1e-6) {
            const double pad = std::max(std::abs(lo) * 0.1, 1e-6);
            lo -= pad;
            hi += pad;
        }
        // the values and a little room, with round ticks inside (rounding the range out to
        // ticks would leave up to a third of a small plot empty)
        const double pad = (hi - lo) * 0.04;
        m_low = lo - pad;
        m_high = hi + pad;
        const double step = style::niceStep((m_high - m_low) / double(maxTicks - 1));
        for (double t = std::ceil(m_low / step - 1e-9) * step; t <= m_high + step * 1e-9; t += step)
            m_valueTicks.push_back(std::abs(t) < step * 1e-6 ? 0.0 : t);
    } else {
        m_low = m_dataLow;
        m_high = m_dataHigh;
        if (m_high <= m_low) {
            m_low -= m_linearLimit;
            m_high += m_linearLimit;
        }
        // widened by 3% of the axis, in its own units
        const double pad = (scaled(m_high) - scaled(m_low)) * 0.03;
        const auto unscaled = [this](double s) { return std::copysign(m_linearLimit * (std::pow(10.0, std::abs(s)) - 1), s); };
        m_low = unscaled(scaled(m_low) - pad);
        m_high = unscaled(scaled(m_high) + pad);
        // 0, then powers of ten from the largest inwards, each where its label keeps clear of
        // those already placed (near 0 the decades crowd together)
        const qreal gap = small.height() * 1.4;
        std::vector<qreal> taken;
        const auto place = [&](double t) {
            if (t < m_low || t > m_high)
                return;
            const qreal y = pointAt(m_firstStep, t).y();
            for (qreal other : taken)
                if (std::abs(other - y) < gap)
                    return;
            taken.push_back(y);
            m_valueTicks.push_back(t);
        };
        place(0);
        const int decades = int(std::ceil(std::log10(std::max(std::abs(m_low), std::abs(m_high)) / m_linearLimit)));
        for (int d = decades; d >= 0; --d) {
            place(m_linearLimit * std::pow(10.0, d));
            place(-m_linearLimit * std::pow(10.0, d));
        }
        std::sort(m_valueTicks.begin(), m_valueTicks.end());
    }
    qreal labelWidth = small.horizontalAdvance(tr("Step"));
    for (double t : m_valueTicks)
        labelWidth = std::max(labelWidth, small.horizontalAdvance(style::formatValue(t)));
    m_plot = QRectF(area.left() + labelWidth + 8, top, area.right() - area.left() - labelWidth - 8, height);
}

QPointF DistributionView::pointAt(double step, double value) const
{
    if (m_plot.isNull())
        return {};
    const double x = (step - m_firstStep) / (m_lastStep - m_firstStep);
    const double y = (scaled(value) - scaled(m_low)) / (scaled(m_high) - scaled(m_low));
    return {m_plot.left() + x * m_plot.width(), m_plot.bottom() - y * m_plot.height()};
}

void DistributionView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutParts();
}

void DistributionView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_caption.isEmpty()) {
        p.setFont(style::smallFont(font()));
        p.setPen(style::kMutedText);
        p.drawText(m_captionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption);
    }
    if (!m_message.isEmpty()) {
        p.setFont(style::labelFont(font()));
        p.setPen(style::kMutedText);
        p.drawText(QRectF(rect()).adjusted(20, m_captionRect.bottom() + 10, -20, -20),
                   Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    if (m_plot.isNull())
        return;
    paintAxes(p);
    p.save();
    p.setClipRect(m_plot.adjusted(-1, -1, 1, 1));
    paintBands(p);
    p.restore();
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(m_plot);
}

void DistributionView::paintAxes(QPainter& p) const
{
    const QFont smallFont = style::smallFont(font());
    const QFontMetricsF small(smallFont);
    p.setFont(smallFont);
    // what the vertical axis is, above it
    p.setPen(style::kText);
    p.drawText(m_axisRow, Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(m_axisText, Qt::ElideRight, m_axisRow.width()));

    const QPen grid(QColor(0xe4, 0xe4, 0xe4), 1);
    for (double t : m_valueTicks) {
        const qreal y = pointAt(m_firstStep, t).y();
        p.setPen(t == 0 ? QPen(QColor(0xb0, 0xb0, 0xb0), 1) : grid);
        p.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        p.setPen(style::kText);
        // kept within the plot's height, clear of the steps' labels below it
        const qreal labelTop = std::clamp(y - small.height() / 2, m_plot.top() - 2, m_plot.bottom() - small.height() + 2);
        p.drawText(QRectF(0, labelTop, m_plot.left() - 6, small.height()), Qt::AlignRight | Qt::AlignVCenter,
                   style::formatValue(t));
    }

    // steps: whole numbers, as many as fit
    const QString widest = QString::number(qint64(m_lastStep));
    const int fit = std::max(2, int(m_plot.width() / (small.horizontalAdvance(widest) * 2.2)));
    const double step = std::max(1.0, style::niceStep((m_lastStep - m_firstStep) / double(fit)));
    const qreal labelTop = m_plot.bottom() + 3;
    for (double s = std::ceil(m_firstStep / step) * step; s <= m_lastStep + 1e-9; s += step) {
        const qreal x = pointAt(s, m_low).x();
        p.setPen(grid);
        p.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        p.setPen(style::kText);
        // centred under its line, but kept inside the widget and clear of "Step"
        const QString label = QString::number(qint64(s));
        const qreal w = small.horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2, m_plot.left() - 1, qreal(width()) - 4 - w);
        p.drawText(QRectF(left, labelTop, w + 1, small.height()), Qt::AlignLeft | Qt::AlignTop, label);
    }
    p.drawText(QRectF(0, labelTop, m_plot.left() - 8, small.height()), Qt::AlignRight | Qt::AlignTop, tr("Step"));
}

void DistributionView::paintBands(QPainter& p) const
{
    p.setRenderHint(QPainter::Antialiasing);
    // runs of consecutive measured frames: a frame without the quantity leaves a gap
    std::vector<std::pair<size_t, size_t>> runs;
    for (size_t i = 0; i < m_frames.size(); ++i) {
        if (!measured(m_frames[i].quantiles))
            continue;
        if (!runs.empty() && runs.back().second + 1 == i)
            runs.back().second = i;
        else
            runs.push_back({i, i});
    }
    const auto at = [this](size_t i, int q) { return pointAt(double(m_frames[i].step), double(m_frames[i].quantiles[size_t(q)])); };
    for (const auto& [first, last] : runs) {
        for (size_t band = 0; band < kBands.size(); ++band) {
            const auto [lower, upper] = kBands[band];
            p.setPen(Qt::NoPen);
            p.setBrush(bandColor(int(band)));
            if (first == last) {
                const QPointF top = at(first, upper), bottom = at(first, lower);
                p.drawRect(QRectF(QPointF(top.x() - kLoneFrameWidth / 2, top.y()),
                                  QPointF(top.x() + kLoneFrameWidth / 2, std::max(bottom.y(), top.y() + 1))));
                continue;
            }
            QPolygonF polygon;
            for (size_t i = first; i <= last; ++i)
                polygon << at(i, upper);
            for (size_t i = last + 1; i-- > first;)
                polygon << at(i, lower);
            p.drawPolygon(polygon);
        }
        QPen median(style::kPositive.darker(160), 1.6 * style::lineScale());
        median.setJoinStyle(Qt::RoundJoin);
        p.setPen(median);
        p.setBrush(Qt::NoBrush);
        if (first == last) {
            const QPointF m = at(first, kMedian);
            p.drawLine(m - QPointF(kLoneFrameWidth / 2, 0), m + QPointF(kLoneFrameWidth / 2, 0));
            continue;
        }
        QPolygonF line;
        for (size_t i = first; i <= last; ++i)
            line << at(i, kMedian);
        p.drawPolyline(line);
    }
}

QString DistributionView::toolTipAt(QPointF pos) const
{
    if (m_plot.isNull() || !m_plot.adjusted(-4, -4, 4, 4).contains(pos) || m_frames.empty())
        return {};
    // the nearest frame with values
    const Frame* nearest = nullptr;
    qreal distance = 0;
    for (const Frame& f : m_frames) {
        if (!measured(f.quantiles))
            continue;
        const qreal d = std::abs(pointAt(double(f.step), 0).x() - pos.x());
        if (!nearest || d < distance)
            nearest = &f, distance = d;
    }
    if (!nearest)
        return {};
    const Quantiles& q = nearest->quantiles;
    const auto v = [&q](int k) { return style::formatValue(double(q[size_t(k)])); };
    return tr("%1 at step %2\nMedian: %3\nMiddle 38%: %4 to %5\nMiddle 68%: %6 to %7\nMiddle 87%: %8 to %9\nAll: %10 to %11")
        .arg(m_layerLabel)
        .arg(nearest->step)
        .arg(v(4), v(3), v(5), v(2), v(6), v(1), v(7))
        .arg(v(0), v(8));
}

bool DistributionView::event(QEvent* e)
{
    if (style::showPointToolTip(this, e, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    return QWidget::event(e);
}

CsvTable DistributionView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("layer"), QStringLiteral("quantity"), QStringLiteral("step")};
    for (double percentile : kDistributionPercentiles)
        table.header.append(QStringLiteral("p%1").arg(percentile));
    static const char* const kNames[] = {"weights", "gradients", "activations"};
    for (const Frame& f : m_frames) {
        QStringList row = {m_layerLabel, QString::fromLatin1(kNames[int(m_quantity)]), QString::number(f.step)};
        for (float v : f.quantiles)
            row.append(csvNumber(v));
        table.rows.append(row);
    }
    return table;
}

}  // namespace layerlab
