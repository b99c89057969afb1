#include "model_canvas.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "gradient_flow.h"
#include "layers/layer_factory.h"
#include "layer_mime.h"
#include "layer_text.h"
#include "message_text.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr int kMargin = 16;
constexpr int kGap = 30;          // between two cards: the arrow, and the drop zone
constexpr int kPadding = 10;
constexpr int kStripe = 10;
constexpr int kCardMinWidth = 320;
constexpr int kCardMaxWidth = 560;
constexpr int kBorderWidth = 3;

const QColor kBackground(0xf3, 0xf4, 0xf6);
const QColor kCardFill(Qt::white);
const QColor kCardBorder(0xb0, 0xb6, 0xbe);
const QColor kSelected(0x19, 0x76, 0xd2);
const QColor kArrow(0x78, 0x80, 0x8a);
const QColor kInputColor(0x90, 0x96, 0x9e);
// a finding's layers: violet, unlike the blue selection, the red problem and the orange warning
const QColor kHighlight(0x8e, 0x24, 0xaa);

QFont scaled(QFont f, qreal factor, bool bold)
{
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

long long parameterCount(const LayerSpec& spec, const Shape& input)
{
    // Built alone, a layer only describes its buffers: nothing as large as the weights.
    const auto layer = createLayer(spec, input);
    return totalSize(layer->parameters()) + totalSize(layer->stateBuffers());
}

}  // namespace

ModelCanvas::ModelCanvas(QWidget* parent) : QWidget(parent)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(false);
    translatedTexts(this, [this] {
        setToolTip(tr("Your network, from the input (top) to the output (bottom). Drag layers here from the "
                      "palette; drag a card to move it; Delete removes the selected layer."));
        analyse();  // the cards' texts and the problem, and the layout that fits them
    });
}

void ModelCanvas::setModel(const ModelSpec& spec, std::optional<Shape> input, const QString& inputDescription)
{
    m_spec = spec;
    m_input = input;
    m_inputDescription = inputDescription;
    if (m_selected >= int(m_spec.layers.size()))
        m_selected = int(m_spec.layers.size()) - 1;
    analyse();
}

void ModelCanvas::setExternalProblem(int layer, const QString& message)
{
    m_externalProblemLayer = message.isEmpty() ? -1 : layer;
    m_externalProblem = message;
    relayout();
}

void ModelCanvas::setOutputLocked(bool locked)
{
    m_outputLocked = locked;
    analyse();
}

void ModelCanvas::setWarningLayer(int layer, const QString& tag)
{
    if (layer == m_warningLayer && tag == m_warningTag)
        return;
    m_warningLayer = layer;
    m_warningTag = tag;
    update();
}

void ModelCanvas::setHighlightedLayers(std::vector<int> layers)
{
    if (layers != m_highlighted) {
        m_highlighted = std::move(layers);
        update();
    }
    // (every time: the student may have scrolled away since the finding was first chosen)
    if (m_highlighted.empty())
        return;
    const QRect first = cardRect(m_highlighted.front());
    if (first.isNull())
        return;
    // inside a scroll area the canvas is the viewport's child: bring the first card into view
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            const QPoint center = mapTo(area->widget() ? area->widget() : this, first.center());
            area->ensureVisible(center.x(), center.y(), 0, first.height());
            break;
        }
}

void ModelCanvas::setGradientFlow(std::vector<double> gradientNorms, std::vector<bool> hasWeights)
{
    hasWeights.resize(gradientNorms.size(), false);
    if (gradientNorms == m_gradientNorms && hasWeights == m_hasWeights)
        return;
    const bool legendChanges = m_gradientNorms.empty() != gradientNorms.empty();
    m_gradientNorms = std::move(gradientNorms);
    m_hasWeights = std::move(hasWeights);
    if (legendChanges)
        relayout();
    else
        update();
}

std::optional<double> ModelCanvas::linkGradient(int layer) const
{
    const int n = int(std::min(m_gradientNorms.size(), m_cards.size()));
    if (layer < 0 || layer >= n)
        return std::nullopt;
    // a layer without weights passes on what reaches it: look below first, then above
    for (int distance = 0; distance < n; ++distance) {
        for (const int candidate : {layer + distance, layer - distance})
            if (candidate >= 0 && candidate < n && m_hasWeights[size_t(candidate)])
                return m_gradientNorms[size_t(candidate)];
    }
    return std::nullopt;
}

QString ModelCanvas::gradientExplanation(double norm) const
{
    using namespace gradient_flow;
    const QString value = compactNumber(norm);
    if (!std::isfinite(norm) || norm > kExploding)
        return tr("Gradient of its weights: %1. Exploding: its steps overshoot and training may diverge.").arg(value);
    if (norm > kHealthyHigh)
        return tr("Gradient of its weights: %1. Large: watch for steps that overshoot.").arg(value);
    if (norm >= kHealthyLow)
        return tr("Gradient of its weights: %1. Healthy: it learns.").arg(value);
    if (norm >= kVanishing)
        return tr("Gradient of its weights: %1. Small: it learns slowly.").arg(value);
    return tr("Gradient of its weights: %1. Vanished: almost nothing reaches it, it barely learns.").arg(value);
}

QString ModelCanvas::badgeText(double norm) const { return tr("grad %1").arg(gradient_flow::compactNumber(norm)); }

QRect ModelCanvas::badgeRect(const Card& card, const QString& text) const
{
    // in the title row, just left of the output shape
    const QFontMetrics titleMetrics(scaled(font(), 1.2, true));
    const QFontMetrics shapeMetrics(scaled(font(), 1.1, true));
    const QFontMetrics badgeMetrics(scaled(font(), 0.9, true));
    const int right = card.rect.right() - kPadding - shapeMetrics.horizontalAdvance(card.shape) - 10;
    const int titleBase = card.rect.top() + kPadding + titleMetrics.ascent();
    const int width = badgeMetrics.horizontalAdvance(text) + 14;
    const int height = badgeMetrics.height() + 4;
    return QRect(right - width, titleBase - titleMetrics.ascent() / 2 - height / 2 - 1, width, height);
}

QRect ModelCanvas::gradientBadgeRect(int layer) const
{
    if (layer < 0 || layer >= int(m_cards.size()) || layer >= int(m_gradientNorms.size()) ||
        !m_hasWeights[size_t(layer)])
        return QRect();
    return badgeRect(m_cards[size_t(layer)], badgeText(m_gradientNorms[size_t(layer)]));
}

int ModelCanvas::legendHeight() const
{
    const QFontMetrics small(scaled(font(), 0.9, false));
    const QFontMetrics caption(scaled(font(), 0.95, true));
    return caption.height() + 6 + int(gradient_flow::kThickestLink) + 6 + small.height();
}

void ModelCanvas::setSelectedLayer(int index)
{
    index = std::clamp(index, -1, int(m_spec.layers.size()) - 1);
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    Q_EMIT selectedLayerChanged(index);
}

int ModelCanvas::problemLayer() const
{
    return m_specError ? m_specProblemLayer : m_externalProblemLayer;
}

QString ModelCanvas::problemMessage() const { return m_specError ? errorText(*m_specError) : m_externalProblem; }

void ModelCanvas::analyse()
{
    const int n = int(m_spec.layers.size());
    m_specError.reset();
    m_specProblemLayer = -1;
    std::vector<Shape> shapes;
    if (m_input) {
        try {
            shapes = inferShapes(m_spec, *m_input);
        } catch (const SpecError& e) {
            m_specError = e;
            m_specProblemLayer = e.layer;
            // the layers before the impossible one still have shapes
            if (m_specProblemLayer > 0) {
                ModelSpec prefix;
                prefix.layers.assign(m_spec.layers.begin(), m_spec.layers.begin() + m_specProblemLayer);
                shapes = inferShapes(prefix, *m_input);
            }
        }
    }

    m_inputCard = Card{};
    m_inputCard.title = tr("Input");
    m_inputCard.detail = m_inputDescription;
    m_inputCard.shape = m_input ? LayerText::shapeText(*m_input) : tr("loading…");
    m_inputCard.color = kInputColor;

    m_cards.assign(size_t(n), Card{});
    const QLocale locale;
    for (int i = 0; i < n; ++i) {
        const LayerSpec& spec = m_spec.layers[size_t(i)];
        Card& card = m_cards[size_t(i)];
        card.title = QString::fromStdString(layerLabel(spec, i + 1));
        card.detail = LayerText::detail(spec);
        card.color = LayerText::kindColor(spec.kind);
        if (i < int(shapes.size())) {
            card.shape = LayerText::shapeText(shapes[size_t(i)]);
            const Shape& in = i == 0 ? *m_input : shapes[size_t(i) - 1];
            const long long params = parameterCount(spec, in);
            card.parameters = params == 0 ? tr("no parameters")
                                          : tr("%1 parameters").arg(locale.toString(qlonglong(params)));
        } else {
            card.shape = QStringLiteral("?");
        }
    }
    relayout();
}

void ModelCanvas::relayout()
{
    const QFontMetrics title(scaled(font(), 1.2, true));
    const QFontMetrics detail(font());
    const int cardHeight = kPadding * 2 + title.height() + 4 + detail.height();
    const int width = std::clamp(this->width() - 2 * kMargin, kCardMinWidth, kCardMaxWidth);
    const int x = std::max(kMargin, (this->width() - width) / 2);
    const int problem = problemLayer();
    const QString message = problemMessage();
    const QFontMetrics messageMetrics(scaled(font(), 1.0, true));
    auto messageHeight = [&] {
        return messageMetrics.boundingRect(QRect(0, 0, width - 2 * kPadding, 100000), Qt::TextWordWrap, message).height();
    };

    int y = kMargin;
    m_inputCard.rect = QRect(x, y, width, cardHeight);
    y += cardHeight;
    for (int i = 0; i < int(m_cards.size()); ++i) {
        Card& card = m_cards[size_t(i)];
        y += kGap;
        card.rect = QRect(x, y, width, cardHeight);
        y += cardHeight;
        card.messageRect = QRect();
        if (i == problem && !message.isEmpty()) {
            card.messageRect = QRect(x + kPadding, y + 6, width - 2 * kPadding, messageHeight());
            y = card.messageRect.bottom() + 4;
        }
    }
    m_bottomMessageRect = QRect();
    if (!message.isEmpty() && (problem < 0 || problem >= int(m_cards.size()))) {
        m_bottomMessageRect = QRect(x + kPadding, y + 12, width - 2 * kPadding, messageHeight());
        y = m_bottomMessageRect.bottom();
    }
    if (m_cards.empty())
        y += kGap + cardHeight;  // room for the "drop layers here" hint
    m_legendRect = QRect();
    if (!m_gradientNorms.empty() && !m_cards.empty()) {
        m_legendRect = QRect(x, y + kGap, width, legendHeight());
        y = m_legendRect.bottom();
    }
    m_contentHeight = y + kMargin + kGap;
    setMinimumHeight(m_contentHeight);
    updateGeometry();
    update();
}

QSize ModelCanvas::sizeHint() const { return QSize(kCardMaxWidth + 2 * kMargin, m_contentHeight); }

QSize ModelCanvas::minimumSizeHint() const { return QSize(kCardMinWidth + 2 * kMargin, m_contentHeight); }

void ModelCanvas::resizeEvent(QResizeEvent*) { relayout(); }

QRect ModelCanvas::cardRect(int layer) const
{
    if (layer < 0)
        return m_inputCard.rect;
    return layer < int(m_cards.size()) ? m_cards[size_t(layer)].rect : QRect();
}

int ModelCanvas::layerAt(const QPoint& pos) const
{
    for (int i = 0; i < int(m_cards.size()); ++i)
        if (m_cards[size_t(i)].rect.contains(pos))
            return i;
    return -1;
}

int ModelCanvas::maxInsertIndex() const
{
    const int n = int(m_cards.size());
    return m_outputLocked && n > 0 ? n - 1 : n;
}

bool ModelCanvas::canDrag(int layer) const
{
    const int n = int(m_cards.size());
    return layer >= 0 && layer < n && !(m_outputLocked && layer == n - 1);
}

int ModelCanvas::dropIndexAt(const QPoint& pos) const
{
    int index = 0;
    for (const Card& card : m_cards)
        if (card.rect.center().y() < pos.y())
            ++index;
    return std::min(index, maxInsertIndex());
}

// --- painting ---------------------------------------------------------------------------

void ModelCanvas::paintCard(QPainter& p, const Card& card, bool selected, bool problem, bool isOutput,
                            const QString& warning, std::optional<double> gradient) const
{
    const QRectF r = QRectF(card.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    const bool warned = !warning.isEmpty() && !problem;
    p.fillPath(path, problem ? style::kProblemFill : warned ? style::kWarningFill : kCardFill);
    // the kind's colour as a stripe at the left
    p.save();
    p.setClipPath(path);
    p.fillRect(QRectF(r.left(), r.top(), kStripe, r.height()), card.color);
    p.restore();
    QPen pen(problem ? style::kProblem : warned ? style::kWarning : selected ? kSelected : kCardBorder,
             problem || warned || selected ? kBorderWidth : 1);
    p.setPen(pen);
    p.drawPath(path);

    const QFont titleFont = scaled(font(), 1.2, true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(font());
    const int left = card.rect.left() + kStripe + kPadding;
    const int right = card.rect.right() - kPadding;
    const int titleBase = card.rect.top() + kPadding + titleMetrics.ascent();
    const int detailBase = titleBase + titleMetrics.descent() + 4 + detailMetrics.ascent();

    // right column: output shape above, parameters below
    p.setFont(scaled(font(), 1.1, true));
    p.setPen(style::kText);
    const int shapeWidth = QFontMetrics(p.font()).horizontalAdvance(card.shape);
    p.drawText(right - shapeWidth, titleBase, card.shape);
    p.setFont(font());
    p.setPen(style::kMutedText);
    const int paramsWidth = detailMetrics.horizontalAdvance(card.parameters);
    p.drawText(right - paramsWidth, detailBase, card.parameters);

    // the gradient flowing back through the layer: a badge left of the shape, coloured on a log scale
    int badgeLeft = right - shapeWidth;
    if (gradient) {
        const QString text = badgeText(*gradient);
        const QRect badge = badgeRect(card, text);
        const QColor fill = gradient_flow::color(*gradient);
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        p.setFont(scaled(font(), 0.9, true));
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.restore();
        badgeLeft = badge.left();
    }

    // left column: title (and an "output" tag), detail
    p.setFont(titleFont);
    p.setPen(style::kText);
    const int titleRoom = badgeLeft - 12 - left;
    const QString title = titleMetrics.elidedText(card.title, Qt::ElideRight, titleRoom);
    p.drawText(left, titleBase, title);
    // small tags after the title: "output", and a warning such as "diverged here"
    int tagX = left + titleMetrics.horizontalAdvance(title) + 10;
    auto drawTag = [&](const QString& tag, const QColor& fill, const QColor& text) {
        const QFont tagFont = scaled(font(), 0.85, true);
        const QFontMetrics tagMetrics(tagFont);
        const QRect tagRect(tagX, titleBase - tagMetrics.ascent() - 2, tagMetrics.horizontalAdvance(tag) + 12,
                            tagMetrics.height() + 2);
        if (tagRect.right() >= badgeLeft - 6)
            return;
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(tagRect, 4, 4);
        p.setFont(tagFont);
        p.setPen(text);
        p.drawText(tagRect, Qt::AlignCenter, tag);
        tagX = tagRect.right() + 8;
    };
    if (isOutput)
        drawTag(tr("output"), card.color.lighter(170), card.color.darker(150));
    if (warned)
        drawTag(warning, style::kWarning, Qt::white);
    p.setFont(font());
    p.setPen(style::kMutedText);
    p.drawText(left, detailBase, detailMetrics.elidedText(card.detail, Qt::ElideRight, right - paramsWidth - 12 - left));
}

// The link from the card above into the card below: an arrow down (the forward pass). With a
// gradient flow it is as thick and coloured as the gradient passing back up through it.
void ModelCanvas::paintLink(QPainter& p, int fromY, int toY, int x, std::optional<double> gradient) const
{
    if (!gradient) {
        p.setPen(QPen(kArrow, 2));
        p.drawLine(x, fromY + 3, x, toY - 6);
        QPainterPath head;
        head.moveTo(x - 6, toY - 10);
        head.lineTo(x + 6, toY - 10);
        head.lineTo(x, toY - 2);
        head.closeSubpath();
        p.fillPath(head, kArrow);
        return;
    }
    const QColor color = gradient_flow::color(*gradient);
    const qreal width = gradient_flow::linkWidth(*gradient);
    const qreal halfHead = std::max<qreal>(6, width / 2 + 4);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x, fromY + 3), QPointF(x, toY - 9));
    QPainterPath head;
    head.moveTo(x - halfHead, toY - 10);
    head.lineTo(x + halfHead, toY - 10);
    head.lineTo(x, toY - 2);
    head.closeSubpath();
    p.fillPath(head, color.darker(115));
}

// What colour and width mean: one wedge that grows and warms along the log scale.
void ModelCanvas::paintFlowLegend(QPainter& p) const
{
    using namespace gradient_flow;
    const QRect r = m_legendRect;
    const QFont captionFont = scaled(font(), 0.95, true);
    const QFont smallFont = scaled(font(), 0.9, false);
    const QFontMetrics caption(captionFont), small(smallFont);
    p.save();
    p.setFont(captionFont);
    p.setPen(style::kText);
    p.drawText(QRect(r.left(), r.top(), r.width(), caption.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Gradient flowing back (badges and links, log scale)"));

    // the wedge: from 1e-10 (thin, blue-grey) to 1e3 (thick, red)
    constexpr double first = -10, last = 3;
    const int top = r.top() + caption.height() + 6;
    const qreal middle = top + kThickestLink / 2;
    auto xOf = [&](double decade) { return r.left() + (decade - first) / (last - first) * r.width(); };
    constexpr int slices = 130;
    p.setPen(Qt::NoPen);
    for (int k = 0; k < slices; ++k) {
        const double decade = first + (last - first) * (k + 0.5) / slices;
        const double norm = std::pow(10.0, decade);
        const qreal half = linkWidth(norm) / 2;
        const qreal x0 = xOf(first + (last - first) * k / slices);
        const qreal x1 = xOf(first + (last - first) * (k + 1) / slices);
        p.fillRect(QRectF(x0, middle - half, x1 - x0 + 0.5, 2 * half), color(norm));
    }

    // what the ends and the middle mean
    p.setFont(smallFont);
    p.setPen(style::kMutedText);
    const int labelTop = top + int(kThickestLink) + 6;
    const QRect labels(r.left(), labelTop, r.width(), small.height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, tr("vanishing < %1").arg(QStringLiteral("1e-6")));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, tr("exploding > %1").arg(QStringLiteral("100")));
    const qreal healthyCenter = (xOf(std::log10(kHealthyLow)) + xOf(std::log10(kHealthyHigh))) / 2;
    const QString healthy = tr("healthy");
    const int healthyWidth = small.horizontalAdvance(healthy);
    const QRect healthyRect(int(healthyCenter) - healthyWidth / 2 - 2, labelTop, healthyWidth + 4, small.height());
    // (on a narrow canvas the ends' labels take the room)
    const int leftEnd = r.left() + small.horizontalAdvance(tr("vanishing < %1").arg(QStringLiteral("1e-6"))) + 8;
    const int rightEnd = r.right() - small.horizontalAdvance(tr("exploding > %1").arg(QStringLiteral("100"))) - 8;
    if (healthyRect.left() > leftEnd && healthyRect.right() < rightEnd)
        p.drawText(healthyRect, Qt::AlignCenter, healthy);
    p.restore();
}

// A glow around the card (drawn before it, so the card's own border stays on top).
void ModelCanvas::paintHighlight(QPainter& p, const QRect& rect) const
{
    p.save();
    p.setBrush(Qt::NoBrush);
    for (int ring = 3; ring >= 1; --ring) {
        QColor glow = kHighlight;
        glow.setAlpha(ring == 1 ? 255 : 90 / ring);
        p.setPen(QPen(glow, ring == 1 ? 4 : 4 + 3 * ring));
        p.drawRoundedRect(QRectF(rect).adjusted(-5, -5, 5, 5), 11, 11);
    }
    p.restore();
}

void ModelCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kBackground);

    const int problem = problemLayer();
    const QString message = problemMessage();
    paintCard(p, m_inputCard, false, false, false);
    int previousBottom = m_inputCard.rect.bottom();
    const int n = int(m_cards.size());
    for (int i = 0; i < n; ++i) {
        const Card& card = m_cards[size_t(i)];
        paintLink(p, previousBottom, card.rect.top(), card.rect.center().x(), linkGradient(i));
        if (std::find(m_highlighted.begin(), m_highlighted.end(), i) != m_highlighted.end())
            paintHighlight(p, card.rect);
        const bool weighted = i < int(m_gradientNorms.size()) && m_hasWeights[size_t(i)];
        paintCard(p, card, i == m_selected, i == problem && !message.isEmpty(), i == n - 1,
                  i == m_warningLayer ? m_warningTag : QString(),
                  weighted ? std::optional(m_gradientNorms[size_t(i)]) : std::nullopt);
        previousBottom = card.rect.bottom();
        if (!card.messageRect.isNull()) {
            p.setFont(scaled(font(), 1.0, true));
            p.setPen(style::kProblem);
            p.drawText(card.messageRect, Qt::TextWordWrap, message);
            previousBottom = card.messageRect.bottom();
        }
    }
    if (!m_bottomMessageRect.isNull()) {
        p.setFont(scaled(font(), 1.0, true));
        p.setPen(style::kProblem);
        p.drawText(m_bottomMessageRect, Qt::TextWordWrap, message);
    }
    if (!m_legendRect.isNull())
        paintFlowLegend(p);
    if (m_cards.empty()) {
        const QRect hint = m_inputCard.rect.translated(0, m_inputCard.rect.height() + kGap);
        p.setPen(QPen(kArrow, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(hint, 8, 8);
        p.setFont(font());
        p.drawText(hint, Qt::AlignCenter, tr("Drop layers here"));
    }

    // where a drop would insert: a bar across the gap
    if (m_dropIndex >= 0) {
        const QRect ref = n > 0 ? m_cards[size_t(std::min(m_dropIndex, n - 1))].rect : m_inputCard.rect;
        int y = 0;
        if (n == 0)
            y = m_inputCard.rect.bottom() + kGap / 2;
        else if (m_dropIndex < n)
            y = ref.top() - kGap / 2;
        else
            y = std::max(ref.bottom(), m_cards.back().messageRect.isNull() ? 0 : m_cards.back().messageRect.bottom()) +
                kGap / 2;
        p.setPen(QPen(kSelected, 5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(ref.left() + 4, y, ref.right() - 4, y);
        p.setBrush(kSelected);
        p.drawEllipse(QPoint(ref.left() + 4, y), 6, 6);
        p.drawEllipse(QPoint(ref.right() - 4, y), 6, 6);
    }

    if (hasFocus() && m_selected < 0) {
        p.setPen(QPen(kSelected, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

// --- interaction ------------------------------------------------------------------------

bool ModelCanvas::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int layer = layerAt(help->pos());
        QString text;
        if (layer >= 0) {
            const LayerSpec& spec = m_spec.layers[size_t(layer)];
            text = LayerText::kindExplanation(spec.kind);
            if (m_outputLocked && layer == int(m_cards.size()) - 1)
                text += QLatin1Char('\n') + tr("This is the output layer: its width and activation follow the loss "
                                               "and the number of classes.");
            if (layer == problemLayer() && !problemMessage().isEmpty())
                text += QStringLiteral("\n\n") + problemMessage();
            if (layer < int(m_gradientNorms.size()) && m_hasWeights[size_t(layer)])
                text += QStringLiteral("\n\n") + gradientExplanation(m_gradientNorms[size_t(layer)]);
        } else if (m_inputCard.rect.contains(help->pos())) {
            text = tr("What the network reads: one sample's input features. Choose them in the Data panel.");
        } else {
            text = toolTip();
            if (hasGradientFlow())
                text += QStringLiteral("\n\n") +
                        tr("While training, each badge shows the gradient reaching the layer's weights, and each link is as "
                           "thick as the gradient passing back up through it (log scale): thin blue-grey links mean the "
                           "gradient vanishes before it reaches the layers above; red means it explodes.");
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void ModelCanvas::mousePressEvent(QMouseEvent* e)
{
    setFocus(Qt::MouseFocusReason);
    const int layer = layerAt(e->position().toPoint());
    m_pressPos = e->position().toPoint();
    m_pressedLayer = e->button() == Qt::LeftButton ? layer : -1;
    setSelectedLayer(layer);
}

void ModelCanvas::mouseMoveEvent(QMouseEvent* e)
{
    if (!(e->buttons() & Qt::LeftButton) || !canDrag(m_pressedLayer))
        return;
    if ((e->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const int layer = m_pressedLayer;
    m_pressedLayer = -1;
    startDrag(layer);
}

void ModelCanvas::startDrag(int layer)
{
    auto* drag = new QDrag(this);
    drag->setMimeData(makeLayerIndexMime(layer));
    const QRect r = m_cards[size_t(layer)].rect;
    QPixmap pixmap = grab(r);
    drag->setPixmap(pixmap);
    drag->setHotSpot(m_pressPos - r.topLeft());
    drag->exec(Qt::MoveAction);
}

void ModelCanvas::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (canDrag(m_selected))
            Q_EMIT removeRequested(m_selected);
        else if (m_selected >= 0)
            QToolTip::showText(mapToGlobal(cardRect(m_selected).center()),
                               tr("The output layer stays: its width and activation follow the loss."), this);
        return;
    case Qt::Key_Up:
        setSelectedLayer(std::max(0, m_selected - 1));
        return;
    case Qt::Key_Down:
        setSelectedLayer(std::min(int(m_cards.size()) - 1, m_selected + 1));
        return;
    default:
        QWidget::keyPressEvent(e);
    }
}

void ModelCanvas::contextMenuEvent(QContextMenuEvent* e)
{
    const int layer = layerAt(e->pos());
    if (layer < 0)
        return;
    setSelectedLayer(layer);
    QMenu menu(this);
    QAction* remove = menu.addAction(tr("Delete layer"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(canDrag(layer));
    QAction* up = menu.addAction(tr("Move up"));
    up->setEnabled(canDrag(layer) && layer > 0);
    QAction* down = menu.addAction(tr("Move down"));
    down->setEnabled(canDrag(layer) && layer + 1 < maxInsertIndex());
    QAction* chosen = menu.exec(e->globalPos());
    if (chosen == remove)
        Q_EMIT removeRequested(layer);
    else if (chosen == up)
        Q_EMIT moveRequested(layer, layer - 1);
    else if (chosen == down)
        Q_EMIT moveRequested(layer, layer + 1);
}

void ModelCanvas::dragEnterEvent(QDragEnterEvent* e)
{
    const bool ours = layerKindFromMime(e->mimeData()) ||
                      (layerIndexFromMime(e->mimeData()) && e->source() == this);
    if (!ours)
        return;
    e->acceptProposedAction();
    m_dropIndex = dropIndexAt(e->position().toPoint());
    update();
}

void ModelCanvas::dragMoveEvent(QDragMoveEvent* e)
{
    m_dropIndex = dropIndexAt(e->position().toPoint());
    e->acceptProposedAction();
    update();
}

void ModelCanvas::dragLeaveEvent(QDragLeaveEvent*)
{
    m_dropIndex = -1;
    update();
}

void ModelCanvas::dropEvent(QDropEvent* e)
{
    const int index = dropIndexAt(e->position().toPoint());
    m_dropIndex = -1;
    update();
    if (const auto kind = layerKindFromMime(e->mimeData())) {
        e->acceptProposedAction();
        Q_EMIT insertRequested(index, *kind);
        return;
    }
    if (const auto from = layerIndexFromMime(e->mimeData()); from && e->source() == this) {
        e->acceptProposedAction();
        // dropping just above or below itself changes nothing
        if (index == *from || index == *from + 1)
            return;
        Q_EMIT moveRequested(*from, index > *from ? index - 1 : index);
    }
}

}  // namespace layerlab
