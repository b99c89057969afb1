#include "decision_map_view.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "session/snapshot.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr qreal kAxisLeft = 70;     // tick labels and the x2 title
constexpr qreal kAxisBottom = 58;   // tick labels and the x1 title
constexpr qreal kLegendWidth = 230;
constexpr qreal kPointRadius = 5.5;
constexpr float kMapWhiteness = 0.4f;   // the map is lightened so the points stand out

// Round tick positions covering [lo, hi]: every 1, 2 or 5 times a power of ten.
std::vector<double> ticks(double lo, double hi, int most)
{
    std::vector<double> out;
    if (!(hi > lo))
        return out;
    const double step = style::niceStep((hi - lo) / most);
    for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + 1e-9 * step; t += step)
        out.push_back(std::abs(t) < 1e-12 * step ? 0.0 : t);
    return out;
}

void lighten(QImage& image, float whiteness)
{
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            const auto up = [whiteness](int v) { return int(v + (255 - v) * whiteness); };
            line[x] = qRgb(up(qRed(c)), up(qGreen(c)), up(qBlue(c)));
        }
    }
}

}  // namespace

DecisionMapView::DecisionMapView(QWidget* parent) : SnapshotView(tr("Decision map"), kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(420, 320));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QHBoxLayout* row = toolbarRow();
    // short names: the toolbar must fit a narrow dock in zoomed type (the tooltips say more)
    m_trainingBox = new QCheckBox(tr("Training"), toolbar());
    m_trainingBox->setChecked(true);
    style::useFont(m_trainingBox, style::FontRole::Label);
    m_trainingBox->setToolTip(tr("Training points: the samples the network learns from, drawn as filled dots."));
    m_validationBox = new QCheckBox(tr("Validation"), toolbar());
    m_validationBox->setChecked(true);
    style::useFont(m_validationBox, style::FontRole::Label);
    m_validationBox->setToolTip(tr("Validation points: samples the network never trains on, drawn as rings: "
                                   "they show whether it generalises."));
    connect(m_trainingBox, &QCheckBox::toggled, this, &DecisionMapView::setShowTraining);
    connect(m_validationBox, &QCheckBox::toggled, this, &DecisionMapView::setShowValidation);
    row->addWidget(m_trainingBox);
    row->addWidget(m_validationBox);
    finishToolbar(QStringLiteral("decision-map"), [this] { return csvData(); });
    body()->addStretch();
    rebuild();
}

DecisionMapView::~DecisionMapView() = default;

void DecisionMapView::setData(DecisionMapData data)
{
    m_data = std::move(data);
    updateDrawing();  // the points, even while the map itself stays a message
    requestRefresh();
}

void DecisionMapView::setShowTraining(bool on)
{
    m_showTraining = on;
    const QSignalBlocker block(m_trainingBox);
    m_trainingBox->setChecked(on);
    update();
}

void DecisionMapView::setShowValidation(bool on)
{
    m_showValidation = on;
    const QSignalBlocker block(m_validationBox);
    m_validationBox->setChecked(on);
    update();
}

QRectF DecisionMapView::plotRect() const
{
    const qreal top = drawingTop() + 14;
    const qreal side = std::max<qreal>(
        40, std::min(width() - kAxisLeft - kLegendWidth - 16, height() - top - kAxisBottom - 6));
    return QRectF(kAxisLeft + 6, top, side, side);
}

QPointF DecisionMapView::toWidget(float x1, float x2) const
{
    const QRectF plot = plotRect();
    const PlaneExtent& e = m_data.extent;
    return {plot.left() + (x1 - e.xMin) / e.width() * plot.width(), plot.bottom() - (x2 - e.yMin) / e.height() * plot.height()};
}

QString DecisionMapView::className(int k) const
{
    return k < m_data.classNames.size() ? m_data.classNames[k] : tr("class %1").arg(k);
}

QColor DecisionMapView::pointColor(float target) const
{
    if (m_data.task == Task::Classification)
        return style::classColor(int(std::lround(target)));
    return style::diverging(m_scale.toUnit(target));
}

void DecisionMapView::rebuild()
{
    // Without an input plane (image data, say) the view shows one message for as long as
    // training runs: only its first showing needs a repaint.
    const QString shownMessage = m_image.isNull() ? m_message : QString();
    const auto showMessage = [&](const QString& message) {
        m_message = message;
        if (message != shownMessage)
            updateDrawing();
    };
    m_message.clear();
    m_image = QImage();
    m_maps = NeuronMaps();
    if (m_data.task == Task::Regression) {
        // the targets' range fills the colour scale, for the map and the points alike
        float lo = std::numeric_limits<float>::infinity(), hi = -lo;
        for (const Matrix* t : {&m_data.trainTargets, &m_data.validationTargets})
            if (t->size() > 0) {
                lo = std::min(lo, t->minCoeff());
                hi = std::max(hi, t->maxCoeff());
            }
        m_scale = lo <= hi ? DivergingScale{(lo + hi) / 2, std::max((hi - lo) / 2, 1e-6f)} : DivergingScale{};
    }
    if (!snapshot() || snapshot()->model.layerCount() == 0) {
        showMessage(tr("No network yet: the map appears when one is built."));
        return;
    }
    const Model& model = snapshot()->model;
    const int grid = std::clamp(int(plotRect().width()), 40, kMaxGrid);
    try {
        m_maps = computeNeuronMaps(model, m_data.transform, m_data.extent, grid, grid, KeepLayers::OutputOnly);
    } catch (const std::invalid_argument&) {
        showMessage(tr("The decision map needs data with two inputs (x1, x2) and a network built for them."));
        return;
    }
    const Matrix& out = m_maps.layers.back();
    if (m_data.task == Task::Classification && out.rows() > 1) {
        m_image = classImage(m_maps, out);
    } else {
        if (m_data.task == Task::Classification)  // one unit: the probability of class 1
            m_scale = model.outputActivation() == Activation::Tanh ? DivergingScale{0, 1} : DivergingScale{0.5f, 0.5f};
        m_image = neuronImage(m_maps, out, 0, m_scale);
    }
    lighten(m_image, kMapWhiteness);
    updateDrawing();
}

void DecisionMapView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    requestRefresh();  // the grid follows the plot's size
}

bool DecisionMapView::event(QEvent* e)
{
    if (style::showPointToolTip(this, e, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    return QWidget::event(e);
}

QString DecisionMapView::toolTipAt(QPointF pos) const
{
    const QRectF plot = plotRect();
    if (!plot.contains(pos))
        return {};
    const auto describeTarget = [this](float t) {
        return m_data.task == Task::Classification ? className(int(std::lround(t))) : style::formatValue(t);
    };
    // a point under the mouse first: validation rings are drawn on top
    const std::pair<const Matrix*, const Matrix*> sets[] = {{&m_data.validationPoints, &m_data.validationTargets},
                                                            {&m_data.trainPoints, &m_data.trainTargets}};
    for (int s = 0; s < 2; ++s) {
        if ((s == 0 && !m_showValidation) || (s == 1 && !m_showTraining))
            continue;
        const Matrix& points = *sets[s].first;
        for (Index i = 0; i < points.cols(); ++i) {
            const QPointF c = toWidget(points(0, i), points(1, i));
            if (std::hypot(c.x() - pos.x(), c.y() - pos.y()) <= kPointRadius + 1)
                return (s == 0 ? tr("Validation point (%1, %2): %3") : tr("Training point (%1, %2): %3"))
                    .arg(style::formatValue(points(0, i)), style::formatValue(points(1, i)),
                         describeTarget((*sets[s].second)(0, i)));
        }
    }
    if (m_maps.empty())
        return {};
    const int col = std::clamp(int((pos.x() - plot.left()) / plot.width() * m_maps.width), 0, m_maps.width - 1);
    const int row = std::clamp(int((pos.y() - plot.top()) / plot.height() * m_maps.height), 0, m_maps.height - 1);
    const Matrix& out = m_maps.layers.back();
    const Index p = Index(row) * m_maps.width + col;
    QString answer;
    if (m_data.task == Task::Classification && out.rows() > 1) {
        Index best = 0;
        const float prob = out.col(p).maxCoeff(&best);
        answer = tr("%1 (probability %2%)").arg(className(int(best))).arg(std::lround(100 * prob));
    } else if (m_data.task == Task::Classification) {
        const float v = out(0, p);
        const bool one = m_scale.toUnit(v) > 0;
        answer = tr("%1 (output %2)").arg(className(one ? 1 : 0), style::formatValue(v));
    } else {
        answer = style::formatValue(out(0, p));
    }
    return tr("At (%1, %2) the network answers %3.\nThe colour shows the network's answer at every point; "
              "where it changes is the decision boundary.")
        .arg(style::formatValue(m_maps.pixelX(col)), style::formatValue(m_maps.pixelY(row)), answer);
}

void DecisionMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(plot, m_image);
    } else {
        p.fillRect(plot, QColor(0xf5, 0xf5, 0xf5));
        p.setFont(style::labelFont(font()));
        p.setPen(style::kMutedText);
        p.drawText(plot.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    paintAxes(p, plot);
    p.save();
    p.setClipRect(plot);
    if (m_showTraining)
        paintPoints(p, m_data.trainPoints, m_data.trainTargets, false);
    if (m_showValidation)
        paintPoints(p, m_data.validationPoints, m_data.validationTargets, true);
    p.restore();
    paintLegend(p, QRectF(plot.right() + 18, plot.top(), width() - plot.right() - 24, plot.height()));
}

void DecisionMapView::paintAxes(QPainter& p, const QRectF& plot) const
{
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.setFont(style::smallFont(font()));
    const PlaneExtent& e = m_data.extent;
    const QFontMetricsF metrics(p.font());
    for (double t : ticks(e.xMin, e.xMax, 5)) {
        const qreal x = toWidget(float(t), e.yMin).x();
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 5));
        p.setPen(style::kText);
        p.drawText(QRectF(x - 40, plot.bottom() + 6, 80, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(t, 'g', 3));
    }
    for (double t : ticks(e.yMin, e.yMax, 5)) {
        const qreal y = toWidget(e.xMin, float(t)).y();
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawLine(QPointF(plot.left() - 5, y), QPointF(plot.left(), y));
        p.setPen(style::kText);
        p.drawText(QRectF(plot.left() - 56, y - metrics.height() / 2, 48, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(t, 'g', 3));
    }
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(style::kText);
    p.drawText(QRectF(plot.left(), plot.bottom() + 8 + metrics.height(), plot.width(), 28), Qt::AlignCenter,
               m_data.xName);
    p.save();
    p.translate(plot.left() - kAxisLeft + 6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -11, plot.height(), 22), Qt::AlignCenter, m_data.yName);
    p.restore();
}

void DecisionMapView::paintPoints(QPainter& p, const Matrix& points, const Matrix& targets, bool validation) const
{
    for (Index i = 0; i < points.cols(); ++i) {
        const QPointF c = toWidget(points(0, i), points(1, i));
        const QColor color = i < targets.cols() ? pointColor(targets(0, i)) : style::kMutedText;
        if (validation) {
            // a ring: white inside, the class colour around it, a dark edge so it shows on any background
            p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, kPointRadius + 1.5, kPointRadius + 1.5);
            p.setPen(QPen(color, 3));
            p.setBrush(Qt::white);
            p.drawEllipse(c, kPointRadius - 0.5, kPointRadius - 0.5);
        } else {
            // Playground's white edge, and a faint dark one so it also shows on a pale map
            p.setPen(QPen(QColor(0, 0, 0, 110), 1));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, kPointRadius + 1.2, kPointRadius + 1.2);
            p.setPen(QPen(Qt::white, 1.2));
            p.setBrush(color);
            p.drawEllipse(c, kPointRadius, kPointRadius);
        }
    }
}

void DecisionMapView::paintLegend(QPainter& p, const QRectF& area) const
{
    if (area.width() < 60)
        return;
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    const QFontMetricsF metrics(style::labelFont(font()));
    const qreal line = metrics.height() + 8;
    qreal y = area.top();
    p.setPen(style::kText);
    if (m_data.task == Task::Classification) {
        p.setFont(bold);
        p.drawText(QPointF(area.left(), y + metrics.ascent()), tr("Classes"));
        y += line;
        p.setFont(style::labelFont(font()));
        for (int k = 0; k < std::max(1, m_data.classCount); ++k) {
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(style::classColor(k));
            p.drawEllipse(QPointF(area.left() + 8, y + metrics.height() / 2), kPointRadius + 1, kPointRadius + 1);
            p.setPen(style::kText);
            p.drawText(QRectF(area.left() + 22, y, area.width() - 22, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       className(k));
            y += line;
        }
    }
    // the colour scale of the map
    if (m_data.task == Task::Regression || m_data.classCount <= 2) {
        y += 6;
        p.setFont(bold);
        p.setPen(style::kText);
        p.drawText(QPointF(area.left(), y + metrics.ascent()),
                   m_data.task == Task::Regression ? tr("Prediction") : tr("Network output"));
        y += line;
        const QRectF bar(area.left(), y, std::min<qreal>(area.width() - 8, 180), 16);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        gradient.setColorAt(0, style::kNegative);
        gradient.setColorAt(0.5, style::kNeutral);
        gradient.setColorAt(1, style::kPositive);
        p.fillRect(bar, gradient);
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar);
        p.setFont(style::smallFont(font()));
        p.setPen(style::kText);
        const float lo = m_scale.centre - m_scale.halfRange, hi = m_scale.centre + m_scale.halfRange;
        p.drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width() / 2, 20), Qt::AlignLeft,
                   m_data.task == Task::Regression ? style::formatValue(lo) : className(0));
        p.drawText(QRectF(bar.center().x(), bar.bottom() + 2, bar.width() / 2, 20), Qt::AlignRight,
                   m_data.task == Task::Regression ? style::formatValue(hi) : className(1));
        y += 16 + line;
    } else {
        y += 6;
        p.setFont(style::smallFont(font()));
        p.setPen(style::kMutedText);
        const QRectF text(area.left(), y, area.width(), 3 * line);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Each point takes its most likely class's colour, paler where the network is unsure."));
        y += 3 * line;
    }
    // the two kinds of points
    y += 6;
    p.setFont(style::labelFont(font()));
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(QColor(0x70, 0x70, 0x70));
    p.drawEllipse(QPointF(area.left() + 8, y + metrics.height() / 2), kPointRadius, kPointRadius);
    p.setPen(style::kText);
    p.drawText(QRectF(area.left() + 22, y, area.width() - 22, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("training point"));
    y += line;
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 3));
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(area.left() + 8, y + metrics.height() / 2), kPointRadius - 0.5, kPointRadius - 0.5);
    p.setPen(style::kText);
    p.drawText(QRectF(area.left() + 22, y, area.width() - 22, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("validation point"));
}

CsvTable DecisionMapView::csvData() const
{
    CsvTable table;
    table.header = {m_data.xName, m_data.yName};
    if (m_maps.empty())
        return table;
    const Matrix& out = m_maps.layers.back();
    if (out.rows() == 1)
        table.header.append(QStringLiteral("output"));
    else
        for (Index k = 0; k < out.rows(); ++k)
            table.header.append(QStringLiteral("output_%1").arg(k));
    for (int row = 0; row < m_maps.height; ++row)
        for (int col = 0; col < m_maps.width; ++col) {
            QStringList r = {csvNumber(m_maps.pixelX(col)), csvNumber(m_maps.pixelY(row))};
            for (Index k = 0; k < out.rows(); ++k)
                r.append(csvNumber(out(k, Index(row) * m_maps.width + col)));
            table.rows.append(r);
        }
    return table;
}

}  // namespace layerlab
