#include "weight_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "histogram_painter.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr qreal kPanelMinWidth = 230;
constexpr qreal kMaxCell = 40;         // largest heatmap cell, in pixels
constexpr qreal kScaleWidth = 90;      // the colour scale beside the heatmap
constexpr qreal kHeatLabels = 56;      // row labels on the left, column labels on top
}  // namespace

WeightView::WeightView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(360, 360));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QHBoxLayout* row = toolbarRow();
    auto* showLabel = new QLabel(toolbar());
    style::useFont(showLabel, style::FontRole::Label);
    row->addWidget(showLabel);
    m_quantityBox = new QComboBox(toolbar());
    style::useFont(m_quantityBox, style::FontRole::Label);
    m_quantityBox->addItem(QString());  // Quantity::Weights
    m_quantityBox->addItem(QString());  // Quantity::Gradients
    connect(m_quantityBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setQuantity(i == 1 ? Quantity::Gradients : Quantity::Weights); });
    row->addWidget(m_quantityBox);
    finishToolbar(QStringLiteral("weights"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this, showLabel] {
        setTitle(tr("Weights"));
        showLabel->setText(tr("Histograms of:"));
        m_quantityBox->setItemText(0, tr("Weights"));
        m_quantityBox->setItemText(1, tr("Gradients"));
        m_quantityBox->setToolTip(tr("Weights are what the layer has learned; gradients are how the last step wants "
                                     "to change them."));
        rebuild();
    });
}

WeightView::~WeightView() = default;

void WeightView::setQuantity(Quantity q)
{
    m_quantity = q;
    const QSignalBlocker block(m_quantityBox);
    m_quantityBox->setCurrentIndex(q == Quantity::Gradients ? 1 : 0);
    update();
}

void WeightView::setSelectedLayer(int layer)
{
    m_selected = layer;
    refreshNow();
}

void WeightView::rebuild()
{
    m_panels.clear();
    m_matrix.resize(0, 0);
    m_matrixTitle.clear();
    m_heatImage = QImage();
    if (snapshot()) {
        const TrainingSnapshot& s = *snapshot();
        for (size_t l = 0; l < s.probes.layers.size(); ++l) {
            const LayerProbe& probe = s.probes.layers[l];
            if (probe.hasWeights)
                m_panels.push_back({int(l), QString::fromStdString(probe.label), probe.weights, probe.gradients, {}});
        }
        // the selected layer's weight matrix: Dense (outputs, inputs), Conv2D (Cin*k*k, filters)
        const Model& model = s.model;
        int layer = m_selected;
        if (layer < 0 || layer >= model.layerCount())
            layer = m_panels.empty() ? -1 : m_panels.front().layer;
        if (model.hasParameter(layer, "weight")) {
            m_matrix = model.parameter(layer, "weight");
            m_matrixTitle = QString::fromStdString(layerLabel(model.layer(layer).spec(), layer + 1));
        }
    }
    if (m_matrix.size() > 0) {
        m_largest = 0;
        for (Index i = 0; i < m_matrix.size(); ++i)
            if (std::isfinite(m_matrix.data()[i]))
                m_largest = std::max(m_largest, std::abs(m_matrix.data()[i]));
        if (!(m_largest > 0))
            m_largest = 1;
        m_heatImage = QImage(int(m_matrix.cols()), int(m_matrix.rows()), QImage::Format_RGB32);
        for (Index r = 0; r < m_matrix.rows(); ++r) {
            auto* line = reinterpret_cast<QRgb*>(m_heatImage.scanLine(int(r)));
            for (Index c = 0; c < m_matrix.cols(); ++c)
                line[c] = style::divergingRgb(m_matrix(r, c) / m_largest);
        }
    }
    layoutParts();
    updateDrawing();
}

void WeightView::layoutParts()
{
    const QRectF area = QRectF(rect()).adjusted(8, drawingTop() + 10, -8, -8);
    const qreal stripHeight = std::clamp(area.height() * 0.38, 130.0, 260.0);
    const QRectF strip(area.left(), area.top(), area.width(), stripHeight);
    const auto cells = gridCells(strip, int(m_panels.size()), kPanelMinWidth);
    for (size_t i = 0; i < m_panels.size(); ++i)
        m_panels[i].rect = cells[i];

    m_heatArea = QRectF(area.left(), strip.bottom() + 14, area.width(), area.bottom() - strip.bottom() - 14);
    m_heatRect = {};
    m_scaleRect = {};
    if (m_matrix.size() == 0)
        return;
    const QFontMetricsF label(style::labelFont(font()));
    // room for the caption above, row labels left, column labels above the cells
    const QRectF cellsArea = m_heatArea.adjusted(kHeatLabels, label.height() * 2 + 10, -kScaleWidth - 16, -4);
    if (cellsArea.width() < 10 || cellsArea.height() < 10)
        return;
    const qreal cols = qreal(m_matrix.cols()), rows = qreal(m_matrix.rows());
    qreal cellW = std::min(cellsArea.width() / cols, kMaxCell), cellH = std::min(cellsArea.height() / rows, kMaxCell);
    if (std::min(cellW, cellH) >= 2)
        cellW = cellH = std::min(cellW, cellH);  // square cells while they can be seen
    m_heatRect = QRectF(cellsArea.left(), cellsArea.top(), cellW * cols, cellH * rows);
    m_scaleRect = QRectF(m_heatRect.right() + 24, cellsArea.top(), 18, std::clamp(m_heatRect.height(), 120.0, cellsArea.height()));
}

void WeightView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutParts();
}

QRectF WeightView::panelRect(int layer) const
{
    for (const Panel& p : m_panels)
        if (p.layer == layer)
            return p.rect;
    return {};
}

QRectF WeightView::heatmapCellRect(int row, int col) const
{
    if (m_heatRect.isNull() || row < 0 || col < 0 || row >= m_matrix.rows() || col >= m_matrix.cols())
        return {};
    const qreal w = m_heatRect.width() / qreal(m_matrix.cols()), h = m_heatRect.height() / qreal(m_matrix.rows());
    return QRectF(m_heatRect.left() + col * w, m_heatRect.top() + row * h, w, h);
}

QString WeightView::toolTipAt(QPointF pos) const
{
    if (m_heatRect.contains(pos)) {
        const int col = std::clamp(int((pos.x() - m_heatRect.left()) / m_heatRect.width() * qreal(m_matrix.cols())), 0,
                                   int(m_matrix.cols()) - 1);
        const int row = std::clamp(int((pos.y() - m_heatRect.top()) / m_heatRect.height() * qreal(m_matrix.rows())), 0,
                                   int(m_matrix.rows()) - 1);
        return tr("Weight from input %1 to unit %2 of %3: %4\nBlue cells are positive weights, orange negative; "
                  "pale cells are near zero.")
            .arg(col + 1)
            .arg(row + 1)
            .arg(m_matrixTitle, style::formatValue(m_matrix(row, col)));
    }
    for (const Panel& p : m_panels)
        if (p.rect.contains(pos))
            return (m_quantity == Quantity::Weights
                        ? tr("How %1's weights are spread: a wide spread can mean large, unstable weights, all near "
                             "zero can mean a layer that passes little on.")
                        : tr("How %1's gradients are spread: a spike at zero means the layer barely learns."))
                       .arg(p.title) +
                   tr("\nClick to see its weight matrix below.");
    return {};
}

bool WeightView::event(QEvent* e)
{
    if (style::showPointToolTip(this, e, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    return QWidget::event(e);
}

void WeightView::mousePressEvent(QMouseEvent* e)
{
    for (const Panel& p : m_panels)
        if (p.rect.contains(e->position())) {
            setSelectedLayer(p.layer);
            return;
        }
    QWidget::mousePressEvent(e);
}

void WeightView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (m_panels.empty()) {
        drawMessage(p, tr("No weights yet: they appear after the first training step."));
        return;
    }
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    const QFontMetricsF label(style::labelFont(font()));
    const int shownLayer = m_matrix.size() > 0 ? (m_selected >= 0 ? m_selected : m_panels.front().layer) : -1;
    for (const Panel& panel : m_panels) {
        const bool selected = panel.layer == shownLayer;
        p.setPen(QPen(selected ? style::kText : QColor(0xd0, 0xd0, 0xd0), selected ? 2.5 : 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(panel.rect.adjusted(1, 1, -1, -1));
        const QRectF inner = panel.rect.adjusted(10, 6, -10, -6);
        p.setFont(bold);
        p.setPen(style::kText);
        const QString title = m_quantity == Quantity::Weights ? tr("%1 weights").arg(panel.title)
                                                              : tr("%1 gradients").arg(panel.title);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), label.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   label.elidedText(title, Qt::ElideRight, inner.width()));
        const QRectF bars = inner.adjusted(0, label.height() + 6, 0, 0);
        if (bars.height() > 16)
            paintHistogram(p, bars, m_quantity == Quantity::Weights ? panel.weights : panel.gradients,
                           [](float low, float high) { return style::diverging(low + high < 0 ? -0.85f : 0.85f); }, font());
    }
    paintHeatmap(p);
}

void WeightView::paintHeatmap(QPainter& p) const
{
    if (m_matrix.size() == 0)
        return;
    const QFontMetricsF label(style::labelFont(font()));
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(style::kText);
    p.drawText(QRectF(m_heatArea.left(), m_heatArea.top(), m_heatArea.width(), label.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               tr("W of %1: %2 units (rows) × %3 inputs (columns), in y = W x + b")
                   .arg(m_matrixTitle)
                   .arg(m_matrix.rows())
                   .arg(m_matrix.cols()));
    if (m_heatRect.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_heatRect.width() < m_matrix.cols());
    p.drawImage(m_heatRect, m_heatImage);
    p.setPen(QColor(0x90, 0x90, 0x90));
    p.setBrush(Qt::NoBrush);
    p.drawRect(m_heatRect);

    // row and column numbers where there is room for them
    p.setFont(style::smallFont(font()));
    p.setPen(style::kText);
    const QFontMetricsF small(style::smallFont(font()));
    const qreal cellW = m_heatRect.width() / qreal(m_matrix.cols()), cellH = m_heatRect.height() / qreal(m_matrix.rows());
    const int rowStep = std::max(1, int(std::ceil(small.height() / cellH)));
    for (int r = 0; r < m_matrix.rows(); r += rowStep)
        p.drawText(QRectF(m_heatRect.left() - kHeatLabels, m_heatRect.top() + r * cellH, kHeatLabels - 6, cellH),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(r + 1));
    const int colStep = std::max(1, int(std::ceil(small.horizontalAdvance(QStringLiteral("0000")) / cellW)));
    for (int c = 0; c < m_matrix.cols(); c += colStep)
        p.drawText(QRectF(m_heatRect.left() + c * cellW - 20 + cellW / 2, m_heatRect.top() - small.height() - 4, 40,
                          small.height()),
                   Qt::AlignCenter, QString::number(c + 1));

    // the colour scale: +largest at the top, 0 in the middle, -largest at the bottom
    QLinearGradient gradient(m_scaleRect.topLeft(), m_scaleRect.bottomLeft());
    gradient.setColorAt(0, style::kPositive);
    gradient.setColorAt(0.5, style::kNeutral);
    gradient.setColorAt(1, style::kNegative);
    p.fillRect(m_scaleRect, gradient);
    p.setPen(QColor(0x90, 0x90, 0x90));
    p.drawRect(m_scaleRect);
    p.setPen(style::kText);
    const qreal textLeft = m_scaleRect.right() + 6;
    p.drawText(QRectF(textLeft, m_scaleRect.top() - 2, kScaleWidth, small.height()), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("+") + style::formatValue(m_largest));
    p.drawText(QRectF(textLeft, m_scaleRect.center().y() - small.height() / 2, kScaleWidth, small.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(QRectF(textLeft, m_scaleRect.bottom() - small.height() + 2, kScaleWidth, small.height()),
               Qt::AlignLeft | Qt::AlignBottom, style::formatValue(-m_largest));
    const QRectF hint(textLeft + kScaleWidth, m_scaleRect.top(), m_heatArea.right() - textLeft - kScaleWidth, 4 * small.height());
    if (m_panels.size() > 1 && hint.width() > 160) {
        p.setPen(style::kMutedText);
        p.drawText(hint, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Click a histogram above to see that layer's matrix. Each cell is one weight: row = the unit it "
                      "feeds, column = the input it reads."));
    }
}

CsvTable WeightView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("layer"), QStringLiteral("quantity"), QStringLiteral("bin_low"),
                    QStringLiteral("bin_high"), QStringLiteral("count")};
    for (const Panel& panel : m_panels)
        for (const auto& [name, h] : {std::pair{QStringLiteral("weights"), &panel.weights},
                                      std::pair{QStringLiteral("gradients"), &panel.gradients}})
            for (int b = 0; b < kHistogramBins; ++b)
                table.rows.append({panel.title, name, csvNumber(h->lo + b * (h->hi - h->lo) / kHistogramBins),
                                   csvNumber(h->lo + (b + 1) * (h->hi - h->lo) / kHistogramBins),
                                   QString::number(h->counts[size_t(b)])});
    return table;
}

}  // namespace layerlab
