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

#include "elided_label.h"
#include "neuron_image.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr qreal kMaxNode = 60;        // largest box, in pixels
constexpr qreal kHeaderGap = 6;       // between neighbouring columns' headings
constexpr qreal kMaxHeaderWidth = 240;
constexpr int kLegendLines = 3;       // of the legend's explanation; beyond, it is elided

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

NetworkDiagramView::NetworkDiagramView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMouseTracking(true);
    setMinimumDrawingSize(QSize(360, 280));
    setAttribute(Qt::WA_OpaquePaintEvent);
    finishToolbar(QStringLiteral("network"), [this] { return csvData(); });
    body()->addStretch();
    setToolTip(QString());  // tooltips come from event(): what is under the mouse
    translatedTexts(this, [this] {
        setTitle(tr("Network"));
        rebuild();  // the columns' titles and the message
    });
}

NetworkDiagramView::~NetworkDiagramView() = default;

PictureRequest NetworkDiagramView::pictureRequest() const
{
    PictureRequest request;
    request.neuronMapGrid = kNodeGrid;
    return request;
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
    inputs.shortTitle = tr("In", "the input column's title, where there is little room");
    inputs.subtitle = inputs.units == 1 ? tr("1 feature") : tr("%1 features").arg(inputs.units);
    inputs.shortSubtitle = QString::number(inputs.units);
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
        c.weight.emplace(model->parameter(l, "weight"));
        c.bias.emplace(model->parameter(l, "bias"));
        c.title = QString::fromStdString(layerLabel(layer.spec(), l + 1));
        c.shortTitle = style::shortLayerLabel(c.title);
        c.subtitle = tr("%1 × %2").arg(c.units).arg(QString::fromStdString(std::string(activationName(c.activation))));
        c.shortSubtitle = QString::number(c.units);
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
    const Pictures* pictures = m_drawn ? m_drawn->pictures.get() : nullptr;
    if (!pictures || pictures->neuronMaps.empty() || m_columns.empty())
        return;  // no plane, or none for this model yet: plain boxes
    const NeuronMaps& maps = pictures->neuronMaps;
    // the row of a column's unit in the maps (a wide layer's maps keep some units only)
    const auto rowOf = [&](const Column& c, int unit) { return c.layer < 0 ? Index(unit) : maps.rowOf(c.layer, unit); };
    for (const Column& c : m_columns) {
        if (size_t(c.layer + 1) > maps.layers.size())
            return;  // pictures of the model before an edit
        const Matrix& values = c.layer < 0 ? maps.inputs : maps.layers[size_t(c.layer)];
        const bool some = c.layer >= 0 && !maps.units[size_t(c.layer)].empty();
        if (some ? maps.units[size_t(c.layer)].back() != c.units - 1 : values.rows() != c.units)
            return;
    }
    for (Column& c : m_columns) {
        const Matrix& values = c.layer < 0 ? maps.inputs : maps.layers[size_t(c.layer)];
        const Activation a = c.layer < 0 ? Activation::Linear : c.activation;
        for (int unit : c.shown) {
            const Index row = rowOf(c, unit);
            // a unit whose picture the budget left out is a plain box
            c.images.push_back(row < 0 ? QImage()
                                       : neuronImage(maps, values, int(row), naturalScale(a, values.row(row))));
        }
    }
}

QRectF NetworkDiagramView::diagramRect() const
{
    const qreal top = drawingTop() + 6;
    return QRectF(0, top, width(), std::max<qreal>(0, height() - top - m_legendHeight));
}

// The colour bar: at most 160 px, less in a narrow view, never narrower than its two words
// under it ("negative", "positive") in the current type.
qreal NetworkDiagramView::legendBarWidth() const
{
    const QFontMetricsF small(style::smallFont(font()));
    const qreal words = small.horizontalAdvance(tr("negative")) + small.horizontalAdvance(tr("positive")) + 12;
    return std::max(words, std::clamp(width() * 0.3, 80.0, 160.0));
}

QString NetworkDiagramView::legendText() const
{
    const bool pictures = !m_columns.empty() && !m_columns.front().images.empty();
    const bool tooLarge = m_drawn && m_drawn->pictures && m_drawn->pictures->neuronMapsTooLarge;
    if (tooLarge)
        return tr("Lines: weights, thicker = larger. Small squares: biases. This network is too large to "
                  "picture each neuron's output over the input plane; use fewer or smaller layers to see them.");
    return pictures ? tr("Lines: weights, thicker = larger. Boxes: each neuron's output over the input "
                         "plane. Small squares: biases.")
                    : tr("Lines: weights, thicker = larger. Small squares: biases.");
}

void NetworkDiagramView::layoutColumns()
{
    const int count = int(m_columns.size());
    if (count == 0)
        return;
    // Heights from the fonts, which grow when the UI is zoomed: a heading is a bold title
    // and one or two small lines; the legend's explanation takes up to kLegendLines lines.
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    const QFont small = style::smallFont(font());
    const QFontMetricsF boldMetrics(bold), smallMetrics(small), labelMetrics(style::labelFont(font()));
    const bool anyAfter = std::any_of(m_columns.begin(), m_columns.end(), [](const Column& c) { return !c.after.isEmpty(); });
    m_headerHeight = boldMetrics.lineSpacing() + smallMetrics.lineSpacing() * (anyAfter ? 2 : 1) + 8;
    const qreal barWidth = legendBarWidth();
    m_legendLines = wrapAndElide(legendText(), small, width() - barWidth - 12 - 14 - 8, kLegendLines);
    m_legendHeight = std::max(10 + 14 + smallMetrics.height(), 8 + m_legendLines.size() * smallMetrics.lineSpacing()) + 4;

    const QRectF area = diagramRect();
    const qreal top = area.top() + m_headerHeight;
    const qreal available = std::max<qreal>(20, area.bottom() - top - 8);
    // room on the left for the longest input name
    qreal nameWidth = 0;
    for (int unit : m_columns.front().shown)
        nameWidth = std::max(nameWidth, labelMetrics.horizontalAdvance(unitName(0, unit)));
    // the margins hold half a box (its size first estimated from the room per column) and
    // the last column's short heading
    const qreal roughSpacing = (area.width() - nameWidth - 40) / std::max(1, count - 1);
    const qreal halfBox = std::min(kMaxNode, roughSpacing * 0.4) / 2;
    // (the whole heading where the columns will have room for it)
    const Column& last = m_columns.back();
    const bool roomy = boldMetrics.horizontalAdvance(last.title) + kHeaderGap <= roughSpacing;
    const qreal lastHeading = std::max(boldMetrics.horizontalAdvance(roomy ? last.title : last.shortTitle),
                                       smallMetrics.horizontalAdvance(roomy ? last.subtitle : last.shortSubtitle));
    const qreal left = area.left() + std::max(halfBox + 8, nameWidth + 20 + halfBox);
    const qreal right = area.right() - std::max(halfBox + 8, lastHeading / 2 + 10);
    const qreal spacing = count > 1 ? (right - left) / (count - 1) : 0;
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
    layoutHeaders(area.top());
}

// Each heading gets the room from halfway to its left neighbour to halfway to its right
// one (less a gap), so no two overlap. The layers' titles take the longest form that fits
// them all ("Dense #10", "#10", "10"), so that they read alike; subtitles each the longest
// that fits.
void NetworkDiagramView::layoutHeaders(qreal headerTop)
{
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold), smallMetrics(style::smallFont(font()));
    // the first of the texts that fits, else the last one elided
    const auto fitting = [](const QFontMetricsF& metrics, const QStringList& texts, qreal room) {
        for (const QString& text : texts)
            if (metrics.horizontalAdvance(text) <= room)
                return text;
        return metrics.elidedText(texts.last(), Qt::ElideRight, room);
    };
    const int count = columnCount();
    const QRectF area = rect();
    for (int c = 0; c < count; ++c) {
        Column& column = m_columns[size_t(c)];
        const qreal x = column.boxes.front().center().x();
        qreal lo = c == 0 ? area.left() : (m_columns[size_t(c) - 1].boxes.front().center().x() + x) / 2 + kHeaderGap / 2;
        qreal hi = c == count - 1 ? area.right() : (x + m_columns[size_t(c) + 1].boxes.front().center().x()) / 2 - kHeaderGap / 2;
        lo = std::max(lo, x - kMaxHeaderWidth / 2);
        hi = std::max(lo + 1, std::min(hi, x + kMaxHeaderWidth / 2));
        column.header = QRectF(lo, headerTop, hi - lo, m_headerHeight);
    }
    const auto titleForms = [](const Column& column) {
        QStringList forms{column.title, column.shortTitle};
        if (column.shortTitle.startsWith(QLatin1Char('#')))
            forms.append(column.shortTitle.mid(1));
        return forms;
    };
    int form = 0;  // of the layers' titles: the longest that fits every column
    for (; form < 2; ++form) {
        bool fits = true;
        for (int c = 1; c < count && fits; ++c) {
            const Column& column = m_columns[size_t(c)];
            const QStringList forms = titleForms(column);
            fits = boldMetrics.horizontalAdvance(forms.value(form, forms.last())) <= column.header.width();
        }
        if (fits)
            break;
    }
    for (int c = 0; c < count; ++c) {
        Column& column = m_columns[size_t(c)];
        const qreal x = column.boxes.front().center().x();
        const qreal lo = column.header.left(), hi = column.header.right();
        const QStringList forms = titleForms(column);
        column.shownTitle = fitting(boldMetrics, c == 0 ? forms : forms.mid(std::min<qsizetype>(form, forms.size() - 1)), hi - lo);
        column.shownSubtitle = fitting(smallMetrics, {column.subtitle, column.shortSubtitle}, hi - lo);
        column.shownAfter = smallMetrics.elidedText(column.after, Qt::ElideRight, hi - lo);
        // centred over the column where the room allows, else pushed inside its room
        const qreal w = boldMetrics.horizontalAdvance(column.shownTitle);
        const qreal left = std::clamp(x - w / 2, lo, std::max(lo, hi - w));
        column.titleBox = QRectF(left, headerTop + 4, w, boldMetrics.height());
    }
}

QString NetworkDiagramView::titleText(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].shownTitle : QString();
}

QRectF NetworkDiagramView::titleRect(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].titleBox : QRectF();
}

QRectF NetworkDiagramView::headerRect(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].header : QRectF();
}

void NetworkDiagramView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutColumns();
}

void NetworkDiagramView::changeEvent(QEvent* e)
{
    SnapshotView::changeEvent(e);
    if (e->type() == QEvent::FontChange) {
        layoutColumns();  // headings and legend are measured in the fonts
        update();
    }
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

// The column's Dense layer: y = W x + b, W (outputs, inputs).
float NetworkDiagramView::weight(int column, int from, int to) const
{
    return (*m_columns[size_t(column)].weight)(to, from);
}

float NetworkDiagramView::bias(int column, int unit) const
{
    return (*m_columns[size_t(column)].bias)(unit);
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
    if (hit.column < 0) {
        // over a heading: the whole of it, however short it is drawn
        for (const Column& c : m_columns)
            if (c.header.contains(pos))
                return c.title + QLatin1Char('\n') + c.subtitle + (c.after.isEmpty() ? QString() : QLatin1Char('\n') + c.after);
        if (!m_columns.empty() && pos.y() > diagramRect().bottom() && m_legendLines.join(QLatin1Char(' ')) != legendText())
            return legendText();
        return {};
    }
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
        p.setFont(style::labelFont(font()));
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
    // lines no thicker than a fifth of the smallest box, so dense columns stay readable
    qreal smallestBox = kMaxNode;
    for (const Column& column : m_columns)
        smallestBox = std::min(smallestBox, column.boxes.front().width());
    const qreal widest = std::clamp(smallestBox * 0.2, 1.5, 6.0);
    const qreal lineScale = style::lineScale();  // thicker in presentation mode
    for (const Edge& e : edges) {
        const float size = std::isfinite(e.w) ? std::min(1.0f, std::abs(e.w) / m_largestWeight) : 1.0f;
        // a faint line keeps its sign's hue; the colour deepens with the size
        const QColor color = style::diverging((e.w < 0 ? -1.0f : 1.0f) * (0.3f + 0.7f * size));
        p.setPen(QPen(e.hovered ? style::kText : color, (0.6 + widest * size + (e.hovered ? 1.5 : 0)) * lineScale,
                      Qt::SolidLine, Qt::RoundCap));
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
            p.setPen(QPen(hovered ? style::kText : QColor(0x90, 0x90, 0x90), (hovered ? 2.5 : 1) * lineScale));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            if (c > 0 && box.width() >= 16) {
                const float b = bias(c, column.shown[i]);
                const qreal s = box.width() / 4;
                const QRectF square(box.left() - s / 2, box.bottom() - s / 2, s, s);
                p.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.8 * lineScale));
                p.setBrush(style::diverging(b / m_largestWeight));
                p.drawRect(square);
                p.setBrush(Qt::NoBrush);
            }
        }
        const QRectF first = column.boxes.front();
        const QRectF last = column.boxes.back();
        // title, subtitle and the layers that follow, as layoutHeaders fitted them
        QFont bold = style::labelFont(font());
        bold.setBold(true);
        const QFont small = style::smallFont(font());
        const qreal smallLine = QFontMetricsF(small).lineSpacing();
        p.setPen(style::kText);
        p.setFont(bold);
        p.drawText(column.titleBox, Qt::AlignCenter, column.shownTitle);
        p.setFont(small);
        p.setPen(style::kMutedText);
        const QRectF header = column.header;
        const qreal x = first.center().x();
        const auto centred = [&](const QString& text, qreal y) {
            const qreal w = QFontMetricsF(small).horizontalAdvance(text);
            const qreal left = std::clamp(x - w / 2, header.left(), std::max(header.left(), header.right() - w));
            p.drawText(QRectF(left, y, w + 1, smallLine), Qt::AlignLeft | Qt::AlignVCenter, text);
        };
        centred(column.shownSubtitle, column.titleBox.bottom());
        if (!column.shownAfter.isEmpty())
            centred(column.shownAfter, column.titleBox.bottom() + smallLine);
        if (int(column.shown.size()) < column.units) {
            p.setFont(style::labelFont(font()));
            p.setPen(style::kText);
            p.drawText(QRectF(header.left(), last.bottom() + 2, header.width(), 28), Qt::AlignCenter,
                       tr("+%1 more").arg(column.units - int(column.shown.size())));
        }
        if (c == 0) {
            p.setFont(style::labelFont(font()));
            p.setPen(style::kText);
            for (size_t i = 0; i < column.boxes.size() && column.boxes[i].height() >= 12; ++i)
                p.drawText(QRectF(area.left(), column.boxes[i].top() - 10, column.boxes[i].left() - area.left() - 8,
                                  column.boxes[i].height() + 20),
                           Qt::AlignRight | Qt::AlignVCenter, unitName(0, column.shown[i]));
        }
    }

    // Legend: the colour scale of weights and of the pictures, and what lines and boxes mean.
    const qreal y = area.bottom() + 10;
    const qreal barWidth = legendBarWidth();
    const QRectF bar(area.left() + 12, y, barWidth, 14);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0, style::kNegative);
    gradient.setColorAt(0.5, style::kNeutral);
    gradient.setColorAt(1, style::kPositive);
    p.fillRect(bar, gradient);
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), lineScale));
    p.drawRect(bar);
    const QFont small = style::smallFont(font());
    const QFontMetricsF smallMetrics(small);
    p.setFont(small);
    p.setPen(style::kText);
    p.drawText(QRectF(bar.left(), bar.bottom(), bar.width() / 2, smallMetrics.height() + 2), Qt::AlignLeft | Qt::AlignTop,
               tr("negative"));
    p.drawText(QRectF(bar.center().x(), bar.bottom(), bar.width() / 2, smallMetrics.height() + 2),
               Qt::AlignRight | Qt::AlignTop, tr("positive"));
    qreal lineTop = y - 4;
    for (const QString& line : m_legendLines) {
        p.drawText(QRectF(bar.right() + 14, lineTop, width() - bar.right() - 14, smallMetrics.lineSpacing()),
                   Qt::AlignLeft | Qt::AlignVCenter, line);
        lineTop += smallMetrics.lineSpacing();
    }
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
