#include "network_diagram_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "neuron_image.h"
#include "snapshot.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr qreal kMaxNode = 60;        // largest box, in pixels
constexpr qreal kHeaderHeight = 64;   // column titles
constexpr qreal kLegendHeight = 44;
constexpr qreal kRightMargin = kMaxNode / 2 + 70;  // room for the last column's title

// Which units of a wide layer to draw: all up to kMaxUnitsShown, else an even sample
// that always includes the first and the last.
std::vector<int> sampleUnits(int units)
{
    std::vector<int> shown;
    if (units <= NetworkDiagramView::kMaxUnitsShown) {
        for (int u = 0; u < units; ++u)
            shown.push_back(u);
        return shown;
    }
    const int k = NetworkDiagramView::kSampleSize;
    for (int i = 0; i < k; ++i)
        shown.push_back(int(std::lround(double(i) * (units - 1) / (k - 1))));
    return shown;
}

double distanceToSegment(QPointF p, const QLineF& line)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    double t = length2 > 0 ? QPointF::dotProduct(p - line.p1(), d) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF closest = line.p1() + t * d;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

QString afterText(const LayerSpec& spec)
{
    switch (spec.kind) {
    case LayerKind::Dropout:
        return NetworkDiagramView::tr("then Dropout %1%").arg(std::lround(spec.rate * 100));
    case LayerKind::BatchNorm:
        return NetworkDiagramView::tr("then BatchNorm");
    case LayerKind::Flatten:
        return NetworkDiagramView::tr("then Flatten");
    default:
        return QString::fromStdString(std::string(layerKindName(spec.kind)));
    }
}

}  // namespace

NetworkDiagramView::NetworkDiagramView(QWidget* parent) : SnapshotView(tr("Network"), kRefreshMs, parent)
{
    setMouseTracking(true);
    setMinimumSize(360, 280);
    setAttribute(Qt::WA_OpaquePaintEvent);
    finishToolbar(QStringLiteral("network"), [this] { return csvData(); });
    body()->addStretch();
    setToolTip(QString());  // tooltips come from event(): what is under the mouse
    rebuild();
}

NetworkDiagramView::~NetworkDiagramView() = default;

void NetworkDiagramView::setInputPlane(InputTransform transform, PlaneExtent extent)
{
    m_transform = std::move(transform);
    m_extent = extent;
    m_hasPlane = true;
    requestRefresh();
}

void NetworkDiagramView::clearInputPlane()
{
    m_transform = {};
    m_hasPlane = false;
    requestRefresh();
}

void NetworkDiagramView::setInputNames(const QStringList& names)
{
    m_inputNames = names;
    layoutColumns();  // the left margin fits the longest name
    update();
}

void NetworkDiagramView::rebuild()
{
    buildColumns();
    computeImages();
    layoutColumns();
    updateDrawing();
}

void NetworkDiagramView::buildColumns()
{
    m_columns.clear();
    m_message.clear();
    m_hover = {};
    m_drawn = snapshot();
    const Model* model = m_drawn ? &m_drawn->model : nullptr;
    if (!model || model->layerCount() == 0) {
        m_message = tr("No network yet: build one from layers, then train it.");
        return;
    }
    if (!model->inputShape().isFlat()) {
        m_message = tr("The diagram draws networks of Dense layers on flat inputs; this one starts with "
                       "images and convolutions, so see its layers in the model editor.");
        return;
    }
    Column inputs;
    inputs.units = int(model->inputShape().size());
    inputs.shown = sampleUnits(inputs.units);
    inputs.title = tr("Input");
    inputs.subtitle = inputs.units == 1 ? tr("1 feature") : tr("%1 features").arg(inputs.units);
    m_columns.push_back(inputs);
    m_largestWeight = 0;
    for (int l = 0; l < model->layerCount(); ++l) {
        const Layer& layer = model->layer(l);
        if (!layer.outputShape().isFlat()) {
            m_columns.clear();
            m_message = tr("The diagram draws networks of Dense layers; this one has %1 layers.")
                            .arg(QString::fromStdString(std::string(layerKindName(layer.spec().kind))));
            return;
        }
        if (layer.spec().kind != LayerKind::Dense) {
            QString& after = m_columns.back().after;
            after += (after.isEmpty() ? QString() : QStringLiteral(", ")) + afterText(layer.spec());
            continue;
        }
        Column c;
        c.layer = l;
        c.units = int(layer.outputShape().size());
        c.shown = sampleUnits(c.units);
        c.activation = layer.activation();
        c.title = QString::fromStdString(layerLabel(layer.spec(), l + 1));
        c.subtitle = tr("%1 × %2").arg(c.units).arg(QString::fromStdString(std::string(activationName(c.activation))));
        m_columns.push_back(c);
        const int column = int(m_columns.size()) - 1;
        for (int to : m_columns[size_t(column)].shown)
            for (int from : m_columns[size_t(column) - 1].shown)
                m_largestWeight = std::max(m_largestWeight, std::abs(weight(column, from, to)));
    }
    if (!(m_largestWeight > 0) || !std::isfinite(m_largestWeight))
        m_largestWeight = 1;
}

void NetworkDiagramView::computeImages()
{
    if (!m_hasPlane || m_columns.empty())
        return;
    NeuronMaps maps;
    try {
        maps = computeNeuronMaps(m_drawn->model, m_transform, m_extent, kNodeGrid, kNodeGrid);
    } catch (const std::invalid_argument&) {
        return;  // the plane does not fit this model (yet): plain boxes
    }
    for (Column& c : m_columns) {
        const Matrix& values = c.layer < 0 ? maps.inputs : maps.layers[size_t(c.layer)];
        const Activation a = c.layer < 0 ? Activation::Linear : c.activation;
        for (int unit : c.shown)
            c.images.push_back(neuronImage(maps, values, unit, naturalScale(a, values.row(unit))));
    }
}

QRectF NetworkDiagramView::diagramRect() const
{
    const qreal top = drawingTop() + 6;
    return QRectF(0, top, width(), std::max<qreal>(0, height() - top - kLegendHeight));
}

void NetworkDiagramView::layoutColumns()
{
    const QRectF area = diagramRect();
    const int count = int(m_columns.size());
    if (count == 0)
        return;
    // room on the left for the longest input name
    const QFontMetricsF metrics(style::labelFont());
    qreal nameWidth = 0;
    for (int unit : m_columns.front().shown)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(unitName(0, unit)));
    const qreal left = area.left() + std::max<qreal>(kMaxNode / 2 + 60, nameWidth + 20 + kMaxNode / 2);
    const qreal right = area.right() - kRightMargin;
    const qreal spacing = count > 1 ? (right - left) / (count - 1) : 0;
    const qreal top = area.top() + kHeaderHeight;
    const qreal available = std::max<qreal>(20, area.bottom() - top - 8);
    for (int c = 0; c < count; ++c) {
        Column& column = m_columns[size_t(c)];
        const int rows = int(column.shown.size()) + (int(column.shown.size()) < column.units ? 1 : 0);
        const qreal pitch = std::min(available / std::max(1, rows), kMaxNode * 1.3);
        qreal size = std::min({kMaxNode, pitch * 0.8, count > 1 ? spacing * 0.4 : kMaxNode});
        size = std::max<qreal>(size, 3);
        const qreal x = count > 1 ? left + c * spacing : (left + right) / 2;
        const qreal y0 = top + (available - rows * pitch) / 2;
        column.boxes.clear();
        for (size_t i = 0; i < column.shown.size(); ++i)
            column.boxes.push_back(
                QRectF(x - size / 2, y0 + (qreal(i) + 0.5) * pitch - size / 2, size, size));
    }
}

void NetworkDiagramView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutColumns();
}

int NetworkDiagramView::shownIndex(int column, int unit) const
{
    if (column < 0 || column >= columnCount())
        return -1;
    const auto& shown = m_columns[size_t(column)].shown;
    const auto it = std::find(shown.begin(), shown.end(), unit);
    return it == shown.end() ? -1 : int(it - shown.begin());
}

QRectF NetworkDiagramView::nodeRect(int column, int unit) const
{
    const int i = shownIndex(column, unit);
    if (i < 0 || size_t(i) >= m_columns[size_t(column)].boxes.size())
        return {};
    return m_columns[size_t(column)].boxes[size_t(i)];
}

QLineF NetworkDiagramView::edgeLine(int column, int from, int to) const
{
    const QRectF a = nodeRect(column - 1, from), b = nodeRect(column, to);
    if (column < 1 || a.isNull() || b.isNull())
        return {};
    return QLineF(QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()));
}

// W of the column's Dense layer is (O, I), column-major in the model's buffer: W(o, i) = p[o + i O].
float NetworkDiagramView::weight(int column, int from, int to) const
{
    const Column& c = m_columns[size_t(column)];
    const Model& model = m_drawn->model;
    const Index offset = model.layerParameterOffset(c.layer);
    return model.parameters()(offset + to + Index(from) * c.units);
}

// The bias b follows W: b(o) = p[O I + o].
float NetworkDiagramView::bias(int column, int unit) const
{
    const Column& c = m_columns[size_t(column)];
    const Model& model = m_drawn->model;
    const Index offset = model.layerParameterOffset(c.layer);
    return model.parameters()(offset + Index(m_columns[size_t(column) - 1].units) * c.units + unit);
}

QString NetworkDiagramView::unitName(int column, int unit) const
{
    if (column == 0)
        return unit < m_inputNames.size() ? m_inputNames[unit] : tr("input %1").arg(unit + 1);
    return tr("neuron %1 of %2").arg(unit + 1).arg(m_columns[size_t(column)].title);
}

NetworkDiagramView::Hit NetworkDiagramView::hitAt(QPointF pos) const
{
    for (int c = 0; c < columnCount(); ++c) {
        const Column& column = m_columns[size_t(c)];
        for (size_t i = 0; i < column.boxes.size(); ++i)
            if (column.boxes[i].adjusted(-2, -2, 2, 2).contains(pos))
                return {c, -1, column.shown[i]};
    }
    Hit best;
    double bestDistance = 1e9;
    for (int c = 1; c < columnCount(); ++c) {
        if (pos.x() < m_columns[size_t(c) - 1].boxes.front().right() || pos.x() > m_columns[size_t(c)].boxes.front().left())
            continue;
        for (int to : m_columns[size_t(c)].shown)
            for (int from : m_columns[size_t(c) - 1].shown) {
                const double d = distanceToSegment(pos, edgeLine(c, from, to));
                const double reach = std::max(4.0, 1.0 + 3.0 * std::abs(weight(c, from, to)) / m_largestWeight);
                if (d <= reach && d < bestDistance) {
                    bestDistance = d;
                    best = {c, from, to};
                }
            }
    }
    return best;
}

QString NetworkDiagramView::toolTipAt(QPointF pos) const
{
    const Hit hit = hitAt(pos);
    if (hit.column < 0)
        return {};
    if (hit.from >= 0)
        return tr("Weight from %1 to %2: %3\nA weight multiplies the signal along its line: blue (positive) "
                  "passes it on, orange (negative) turns it around.")
            .arg(unitName(hit.column - 1, hit.from), unitName(hit.column, hit.to),
                 style::formatValue(weight(hit.column, hit.from, hit.to)));
    const bool picture = !m_columns[size_t(hit.column)].images.empty();
    if (hit.column == 0)
        return tr("Input %1").arg(unitName(0, hit.to)) +
               (picture ? tr("\nThe picture shows this input's value over the plane: blue high, orange low.")
                        : QString());
    const Column& c = m_columns[size_t(hit.column)];
    return tr("%1, neuron %2 (%3)\nBias: %4").arg(c.title).arg(hit.to + 1).arg(
               QString::fromStdString(std::string(activationName(c.activation))),
               style::formatValue(bias(hit.column, hit.to))) +
           (picture ? tr("\nThe picture shows what this neuron outputs at every point of the input plane: "
                         "blue high, orange low.")
                    : QString());
}

bool NetworkDiagramView::event(QEvent* e)
{
    if (style::showPointToolTip(this, e, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    if (e->type() == QEvent::MouseMove || e->type() == QEvent::Leave) {
        const Hit hit = e->type() == QEvent::Leave ? Hit{} : hitAt(static_cast<QMouseEvent*>(e)->position());
        if (hit.column != m_hover.column || hit.from != m_hover.from || hit.to != m_hover.to) {
            m_hover = hit;
            update();
        }
    }
    return QWidget::event(e);
}

void NetworkDiagramView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = diagramRect();
    if (!m_message.isEmpty() || m_columns.empty()) {
        p.setFont(style::labelFont());
        p.setPen(style::kMutedText);
        p.drawText(area.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }

    // Weights: small ones first, so the large ones stay visible on top.
    struct Edge {
        QLineF line;
        float w;
        bool hovered;
    };
    std::vector<Edge> edges;
    for (int c = 1; c < columnCount(); ++c)
        for (int to : m_columns[size_t(c)].shown)
            for (int from : m_columns[size_t(c) - 1].shown)
                edges.push_back({edgeLine(c, from, to), weight(c, from, to),
                                 m_hover.column == c && m_hover.from == from && m_hover.to == to});
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return std::abs(a.w) < std::abs(b.w); });
    // lines no thicker than a quarter of the smallest box, so dense columns stay readable
    qreal smallestBox = kMaxNode;
    for (const Column& column : m_columns)
        smallestBox = std::min(smallestBox, column.boxes.front().width());
    const qreal widest = std::clamp(smallestBox * 0.25, 1.5, 6.0);
    for (const Edge& e : edges) {
        const float size = std::isfinite(e.w) ? std::min(1.0f, std::abs(e.w) / m_largestWeight) : 1.0f;
        // a faint line keeps its sign's hue; the colour deepens with the size
        const QColor color = style::diverging((e.w < 0 ? -1.0f : 1.0f) * (0.3f + 0.7f * size));
        p.setPen(QPen(e.hovered ? style::kText : color, 0.6 + widest * size + (e.hovered ? 1.5 : 0), Qt::SolidLine,
                      Qt::RoundCap));
        p.drawLine(e.line);
    }

    // Neurons, with their pictures; Playground's small bias square at the bottom left.
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int c = 0; c < columnCount(); ++c) {
        const Column& column = m_columns[size_t(c)];
        for (size_t i = 0; i < column.boxes.size(); ++i) {
            const QRectF box = column.boxes[i];
            if (i < column.images.size())
                p.drawImage(box, column.images[i]);
            else
                p.fillRect(box, Qt::white);
            const bool hovered = m_hover.column == c && m_hover.from < 0 && m_hover.to == column.shown[i];
            p.setPen(QPen(hovered ? style::kText : QColor(0x90, 0x90, 0x90), hovered ? 2.5 : 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            if (c > 0 && box.width() >= 16) {
                const float b = bias(c, column.shown[i]);
                const qreal s = box.width() / 4;
                const QRectF square(box.left() - s / 2, box.bottom() - s / 2, s, s);
                p.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.8));
                p.setBrush(style::diverging(b / m_largestWeight));
                p.drawRect(square);
                p.setBrush(Qt::NoBrush);
            }
        }
        const QRectF first = column.boxes.front();
        const QRectF last = column.boxes.back();
        // title, subtitle and the layers that follow, centred over the column
        const qreal headerWidth = 240;
        const QRectF header(std::clamp(first.center().x() - headerWidth / 2, 0.0, std::max(0.0, width() - headerWidth)),
                            area.top(), headerWidth, kHeaderHeight);
        p.setPen(style::kText);
        p.setFont(style::labelFont());
        QFont bold = style::labelFont();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(header.adjusted(0, 0, 0, -kHeaderHeight * 2 / 3), Qt::AlignHCenter | Qt::AlignBottom, column.title);
        p.setFont(style::smallFont());
        p.setPen(style::kMutedText);
        p.drawText(header.adjusted(0, kHeaderHeight / 3, 0, -kHeaderHeight / 3), Qt::AlignHCenter | Qt::AlignVCenter,
                   column.subtitle);
        if (!column.after.isEmpty())
            p.drawText(header.adjusted(0, 2 * kHeaderHeight / 3, 0, 0), Qt::AlignHCenter | Qt::AlignTop, column.after);
        if (int(column.shown.size()) < column.units) {
            p.setFont(style::labelFont());
            p.setPen(style::kText);
            p.drawText(QRectF(first.center().x() - 80, last.bottom() + 2, 160, 28), Qt::AlignCenter,
                       tr("+%1 more").arg(column.units - int(column.shown.size())));
        }
        if (c == 0) {
            p.setFont(style::labelFont());
            p.setPen(style::kText);
            for (size_t i = 0; i < column.boxes.size() && column.boxes[i].height() >= 12; ++i)
                p.drawText(QRectF(area.left(), column.boxes[i].top() - 10, column.boxes[i].left() - area.left() - 8,
                                  column.boxes[i].height() + 20),
                           Qt::AlignRight | Qt::AlignVCenter, unitName(0, column.shown[i]));
        }
    }

    // Legend: the colour scale of weights and of the pictures.
    const qreal y = area.bottom() + 10;
    QLinearGradient gradient(QPointF(area.left() + 12, 0), QPointF(area.left() + 172, 0));
    gradient.setColorAt(0, style::kNegative);
    gradient.setColorAt(0.5, style::kNeutral);
    gradient.setColorAt(1, style::kPositive);
    const QRectF bar(area.left() + 12, y, 160, 14);
    p.fillRect(bar, gradient);
    p.setPen(QColor(0x90, 0x90, 0x90));
    p.drawRect(bar);
    p.setFont(style::smallFont());
    p.setPen(style::kText);
    p.drawText(QRectF(bar.left(), bar.bottom(), 80, 20), Qt::AlignLeft | Qt::AlignTop, tr("negative"));
    p.drawText(QRectF(bar.right() - 80, bar.bottom(), 80, 20), Qt::AlignRight | Qt::AlignTop, tr("positive"));
    const bool pictures = m_columns.front().images.size() > 0;
    p.drawText(QRectF(bar.right() + 14, y - 4, area.width() - bar.right() - 20, kLegendHeight - 4),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               pictures ? tr("Lines: weights, thicker = larger. Boxes: each neuron's output over the input "
                             "plane. Small squares: biases.")
                        : tr("Lines: weights, thicker = larger. Small squares: biases."));
}

CsvTable NetworkDiagramView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("layer"), QStringLiteral("parameter"), QStringLiteral("from_unit"),
                    QStringLiteral("to_unit"), QStringLiteral("value")};
    for (int c = 1; c < columnCount(); ++c) {
        const Column& column = m_columns[size_t(c)];
        const int inputs = m_columns[size_t(c) - 1].units;
        for (int to = 0; to < column.units; ++to) {
            for (int from = 0; from < inputs; ++from)
                table.rows.append({column.title, QStringLiteral("weight"), QString::number(from + 1),
                                   QString::number(to + 1), csvNumber(weight(c, from, to))});
            table.rows.append({column.title, QStringLiteral("bias"), QString(), QString::number(to + 1),
                               csvNumber(bias(c, to))});
        }
    }
    return table;
}

}  // namespace layerlab
