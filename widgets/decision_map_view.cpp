#include "decision_map_view.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "message_text.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr qreal kAxisLeft = 70;     // tick labels and the x2 title
constexpr qreal kAxisBottom = 58;   // tick labels and the x1 title
constexpr qreal kLegendWidth = 230;

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

}  // namespace

DecisionMapView::DecisionMapView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(420, 320));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QHBoxLayout* row = toolbarRow();
    // short names: the toolbar must fit a narrow dock in zoomed type (the tooltips say more)
    m_trainingBox = new QCheckBox(toolbar());
    m_trainingBox->setChecked(true);
    style::useFont(m_trainingBox, style::FontRole::Label);
    m_validationBox = new QCheckBox(toolbar());
    m_validationBox->setChecked(true);
    style::useFont(m_validationBox, style::FontRole::Label);
    connect(m_trainingBox, &QCheckBox::toggled, this, &DecisionMapView::setShowTraining);
    connect(m_validationBox, &QCheckBox::toggled, this, &DecisionMapView::setShowValidation);
    row->addWidget(m_trainingBox);
    row->addWidget(m_validationBox);
    finishToolbar(QStringLiteral("decision-map"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this] {
        setTitle(tr("Decision map"));
        m_trainingBox->setText(tr("Training"));
        m_trainingBox->setToolTip(tr("Training points: the samples the network learns from, drawn as filled dots."));
        m_validationBox->setText(tr("Validation"));
        m_validationBox->setToolTip(tr("Validation points: samples the network never trains on, drawn as rings: "
                                       "they show whether it generalises."));
        rebuild();  // the message and the key's room
    });
}

DecisionMapView::~DecisionMapView() = default;

void DecisionMapView::setData(DecisionMapData data)
{
    m_data = std::move(data);
    m_hasPlane = true;
    m_pointsLayer = QImage();
    if (m_data.task == Task::Regression)  // the targets' range: for the map and the points alike
        m_scale = outputScale(m_data.task, Activation::Linear, {&m_data.trainTargets, &m_data.validationTargets});
    m_image = QImage();  // a map of other data
    m_maps = NeuronMaps();
    updateDrawing();  // the points, even while the map itself stays a message
    requestRefresh();
    Q_EMIT pictureRequestChanged();
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
    return k < m_data.classNames.size() ? engineName(m_data.classNames[k]) : tr("class %1").arg(k);
}

QColor DecisionMapView::pointColor(float target) const
{
    return planePointColor(m_data.task, target, m_scale);
}

void DecisionMapView::rebuild()
{
    // Without an input plane (image data, say) the view shows one message for as long as
    // training runs: only its first showing needs a repaint.
    const QString shownMessage = m_image.isNull() ? m_message : QString();
    const auto showMessage = [&](const QString& message) {
        m_image = QImage();
        m_maps = NeuronMaps();
        m_message = message;
        if (message != shownMessage)
            updateDrawing();
    };
    if (!snapshot() || snapshot()->model.layerCount() == 0) {
        showMessage(tr("No network yet: the map appears when one is built."));
        return;
    }
    const Pictures* pictures = snapshot()->pictures.get();
    if (m_hasPlane && pictures && pictures->decisionMapTooLarge) {
        //: %1 is the number of weights and biases of the network
        showMessage(tr("This network has %1 parameters, too many to run it over the input plane for a decision "
                       "map. Use fewer or smaller layers to see the map.")
                        .arg(QLocale().toString(qlonglong(snapshot()->model.parameterCount()))));
        return;
    }
    if (!m_hasPlane || (pictures && pictures->request.decisionMapGrid > 0 && pictures->decisionMap.empty())) {
        showMessage(tr("The decision map needs data with two inputs (x1, x2) and a network built for them."));
        return;
    }
    if (!pictures || pictures->decisionMap.empty())
        return;  // the worker has not answered this view's request yet: keep what is drawn
    m_message.clear();
    m_maps = pictures->decisionMap;
    if (m_data.task == Task::Classification)
        m_scale = outputScale(m_data.task, snapshot()->model.outputActivation(), {});
    m_image = decisionMapImage(m_maps, m_data.task, m_scale);
    lighten(m_image, kMapWhiteness);
    updateDrawing();
}

void DecisionMapView::clearData()
{
    setData(DecisionMapData{});
    m_hasPlane = false;
    Q_EMIT pictureRequestChanged();
}

PictureRequest DecisionMapView::pictureRequest() const
{
    PictureRequest request;
    if (m_hasPlane)  // one grid point per pixel of the plot, within limits
        request.decisionMapGrid = std::clamp(int(plotRect().width()), 40, kMaxGrid);
    return request;
}

void DecisionMapView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    requestRefresh();
    Q_EMIT pictureRequestChanged();  // the grid follows the plot's size
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
            if (std::hypot(c.x() - pos.x(), c.y() - pos.y()) <= kPlanePointRadius + 1)
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
    p.drawImage(plot.topLeft(), pointsLayer(plot));
    paintLegend(p, QRectF(plot.right() + 18, plot.top(), width() - plot.right() - 24, plot.height()));
}

// The points do not move while the map changes under them at every refresh: they are drawn
// once into a transparent layer of the plot's size, and the layer is redrawn only when the
// data, the plot's size or what is shown change.
const QImage& DecisionMapView::pointsLayer(const QRectF& plot) const
{
    const qreal ratio = devicePixelRatioF();
    const QSize size = (plot.size() * ratio).toSize();
    if (m_pointsLayer.size() == size && m_pointsLayer.devicePixelRatio() == ratio && m_pointsLayerPlot == plot &&
        m_pointsLayerShows == std::pair(m_showTraining, m_showValidation))
        return m_pointsLayer;
    m_pointsLayer = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_pointsLayer.setDevicePixelRatio(ratio);
    m_pointsLayer.fill(Qt::transparent);
    m_pointsLayerPlot = plot;
    m_pointsLayerShows = {m_showTraining, m_showValidation};
    QPainter p(&m_pointsLayer);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-plot.topLeft());
    if (m_showTraining)
        paintPoints(p, m_data.trainPoints, m_data.trainTargets, false);
    if (m_showValidation)
        paintPoints(p, m_data.validationPoints, m_data.validationTargets, true);
    return m_pointsLayer;
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
        paintPlanePoint(p, c, color, validation, kPlanePointRadius);
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
            p.drawEllipse(QPointF(area.left() + 8, y + metrics.height() / 2), kPlanePointRadius + 1, kPlanePointRadius + 1);
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
    p.drawEllipse(QPointF(area.left() + 8, y + metrics.height() / 2), kPlanePointRadius, kPlanePointRadius);
    p.setPen(style::kText);
    p.drawText(QRectF(area.left() + 22, y, area.width() - 22, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("training point"));
    y += line;
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 3));
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(area.left() + 8, y + metrics.height() / 2), kPlanePointRadius - 0.5, kPlanePointRadius - 0.5);
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
