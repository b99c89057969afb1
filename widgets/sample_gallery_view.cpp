#include "sample_gallery_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "message_text.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr qreal kMinTile = 56;   // an image's side at the least (28 px twice), in pixels
constexpr qreal kMaxTile = 168;
constexpr qreal kGap = 10;
}  // namespace

QImage sampleImage(const Matrix& inputs, Index column, const Shape& shape, float lo, float hi)
{
    const int h = shape.isFlat() ? 1 : shape.height, w = shape.isFlat() ? int(inputs.rows()) : shape.width;
    const int channels = shape.isFlat() ? 1 : shape.channels;
    const Index plane = Index(h) * w;
    const float* x = inputs.col(column).data();
    const float scale = hi > lo ? 255.0f / (hi - lo) : 0.0f;
    const auto level = [&](float v) { return std::clamp(int(std::lround((v - lo) * scale)), 0, 255); };
    QImage image(w, h, QImage::Format_RGB32);
    for (int i = 0; i < h; ++i)
        for (int j = 0; j < w; ++j) {
            const Index at = Index(i) * w + j;
            if (channels == 3) {
                image.setPixel(j, i, qRgb(level(x[at]), level(x[plane + at]), level(x[2 * plane + at])));
            } else {
                float sum = 0;
                for (int c = 0; c < channels; ++c)
                    sum += x[c * plane + at];
                const int g = level(sum / float(std::max(1, channels)));
                image.setPixel(j, i, qRgb(g, g, g));
            }
        }
    return image;
}

std::pair<float, float> displayRange(const Matrix& inputs)
{
    if (inputs.size() == 0)
        return {0.0f, 1.0f};
    return {inputs.minCoeff(), inputs.maxCoeff()};
}

SampleGalleryView::SampleGalleryView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(360, 300));
    setAttribute(Qt::WA_OpaquePaintEvent);
    finishToolbar(QStringLiteral("samples"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this] {
        setTitle(tr("Validation images and the network's answers"));
        rebuild();  // the labels' room depends on their texts
    });
}

SampleGalleryView::~SampleGalleryView() = default;

void SampleGalleryView::setSamples(const Matrix& inputs, const Shape& shape, const std::vector<int>& labels,
                                   const QStringList& classNames)
{
    const Index n = std::min<Index>({inputs.cols(), Index(labels.size()), kMaxSamples});
    m_inputs = inputs.leftCols(n);
    m_shape = shape;
    m_labels.assign(labels.begin(), labels.begin() + n);
    m_classNames = classNames;
    const auto [lo, hi] = displayRange(m_inputs);
    m_images.clear();
    for (Index i = 0; i < n; ++i)
        m_images.push_back(sampleImage(m_inputs, i, shape, lo, hi));
    m_selected = std::clamp(m_selected, 0, std::max(0, int(n) - 1));
    Q_EMIT pictureRequestChanged();
    refreshNow();
}

void SampleGalleryView::rebuild()
{
    m_predictions.assign(m_labels.size(), -1);
    m_confidences.assign(m_labels.size(), 0.0f);
    const Pictures* pictures = snapshot() ? snapshot()->pictures.get() : nullptr;
    if (pictures && snapshot()->model.layerCount() > 0) {
        const SamplePredictions& p = pictures->predictions;
        const size_t n = std::min(p.classes.size(), m_labels.size());
        std::copy_n(p.classes.begin(), n, m_predictions.begin());
        std::copy_n(p.confidences.begin(), n, m_confidences.begin());
    }
    layoutParts();
    updateDrawing();
}

PictureRequest SampleGalleryView::pictureRequest() const
{
    PictureRequest request;
    request.predictedSamples = int(m_inputs.cols());
    return request;
}

int SampleGalleryView::prediction(int i) const
{
    return i >= 0 && size_t(i) < m_predictions.size() ? m_predictions[size_t(i)] : -1;
}

float SampleGalleryView::confidence(int i) const
{
    return i >= 0 && size_t(i) < m_confidences.size() ? m_confidences[size_t(i)] : 0.0f;
}

void SampleGalleryView::setSelectedSample(int i)
{
    if (i < 0 || i >= sampleCount())
        return;
    m_selected = i;
    update();
}

QString SampleGalleryView::className(int k) const
{
    if (k < 0)
        return QStringLiteral("–");
    return k < m_classNames.size() && !m_classNames[k].isEmpty() ? engineName(m_classNames[k]) : tr("class %1").arg(k);
}

QRectF SampleGalleryView::tileRect(int i) const
{
    return i >= 0 && size_t(i) < m_tiles.size() ? m_tiles[size_t(i)] : QRectF();
}

void SampleGalleryView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutParts();
}

void SampleGalleryView::layoutParts()
{
    m_tiles.clear();
    const int n = sampleCount();
    if (n == 0)
        return;
    const QFontMetricsF label(style::labelFont(font()));
    const qreal textHeight = 2 * label.height() + 6;
    const QRectF area = QRectF(rect()).adjusted(8, drawingTop() + 8 + label.height() + 6, -8, -8);
    // the labels under a picture must fit its tile: "→ Ankle boot 100%" in bold
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    qreal textWidth = 0;
    for (int k = 0; k < std::max<int>(int(m_classNames.size()), 2); ++k)
        textWidth = std::max(textWidth, boldMetrics.horizontalAdvance(tr("→ %1 %2%").arg(className(k)).arg(100)));
    const int maxColumns = std::max(1, int((area.width() + kGap) / (textWidth + 4 + kGap)));
    // the largest picture with which all samples fit, columns x rows (on ties, more columns)
    qreal best = -1e9;
    int bestColumns = 1;
    for (int columns = 1; columns <= std::min(n, maxColumns); ++columns) {
        const int rows = (n + columns - 1) / columns;
        const qreal side = std::min((area.width() - kGap * (columns - 1)) / columns,
                                    (area.height() - kGap * (rows - 1)) / rows - textHeight);
        if (side >= best) {
            best = side;
            bestColumns = columns;
        }
    }
    // never smaller than kMinTile: on a small panel only the images that fit are shown
    const qreal side = std::clamp(best, kMinTile, kMaxTile);
    const qreal tileWidth = std::max(side, textWidth + 4);
    for (int i = 0; i < n; ++i) {
        const int r = i / bestColumns, c = i % bestColumns;
        const QRectF tile(area.left() + c * (tileWidth + kGap), area.top() + r * (side + textHeight + kGap), tileWidth,
                          side + textHeight);
        if (i > 0 && tile.bottom() > area.bottom() + 4)
            break;
        m_tiles.push_back(tile);
    }
}

void SampleGalleryView::mousePressEvent(QMouseEvent* e)
{
    for (int i = 0; i < sampleCount(); ++i)
        if (tileRect(i).contains(e->position())) {
            setSelectedSample(i);
            Q_EMIT sampleClicked(i);
            return;
        }
    QWidget::mousePressEvent(e);
}

void SampleGalleryView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    const QRectF below = QRectF(rect()).adjusted(14, drawingTop() + 8, -14, -8);
    const QFontMetricsF label(style::labelFont(font()));
    if (sampleCount() == 0) {
        p.setFont(style::labelFont(font()));
        p.setPen(style::kMutedText);
        p.drawText(below, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Sample images appear here when the data are images."));
        return;
    }
    int wrong = 0, answered = 0;
    for (int i = 0; i < sampleCount(); ++i) {
        answered += prediction(i) >= 0 ? 1 : 0;
        wrong += isMisclassified(i) ? 1 : 0;
    }
    p.setFont(style::labelFont(font()));
    p.setPen(style::kMutedText);
    QString caption = answered == 0 ? tr("The network's answers appear once a model is built.")
                                    : tr("%1 of %2 wrong (red frames). Click an image to see its feature maps.")
                                          .arg(wrong)
                                          .arg(answered);
    if (int(m_tiles.size()) < sampleCount())
        caption = tr("%1 of %2 wrong (red frames); %3 shown, enlarge the panel for all.")
                      .arg(wrong)
                      .arg(answered)
                      .arg(m_tiles.size());
    p.drawText(QRectF(below.left() - 6, below.top(), below.width() + 6, label.height()), Qt::AlignLeft | Qt::AlignVCenter,
               label.elidedText(caption, Qt::ElideRight, below.width() + 6));

    QFont bold = style::labelFont(font());
    bold.setBold(true);
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const QRectF tile = tileRect(i);
        const qreal side = tile.height() - (2 * label.height() + 6);
        const QRectF picture(tile.center().x() - side / 2, tile.top(), side, side);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(picture, m_images[size_t(i)]);
        const bool wrongAnswer = isMisclassified(i);
        if (wrongAnswer) {
            p.setPen(QPen(style::kProblem, 5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(picture.adjusted(-2, -2, 2, 2));
        }
        if (i == m_selected) {
            p.setPen(QPen(style::kPositive, 3, Qt::DashLine));
            p.drawRect(tile.adjusted(-4, -4, 4, 4));
        }
        const QRectF trueRect(tile.left(), picture.bottom() + 4, tile.width(), label.height());
        p.setFont(style::labelFont(font()));
        p.setPen(style::kText);
        p.drawText(trueRect, Qt::AlignCenter, label.elidedText(className(trueLabel(i)), Qt::ElideRight, tile.width()));
        const int k = prediction(i);
        const QString answer = k < 0 ? QStringLiteral("–")
                                     : tr("→ %1 %2%").arg(className(k)).arg(std::lround(confidence(i) * 100));
        p.setFont(bold);
        p.setPen(k < 0 ? style::kMutedText : wrongAnswer ? style::kProblem : style::kHealthy);
        const QFontMetricsF boldMetrics(bold);
        p.drawText(trueRect.translated(0, label.height() + 2), Qt::AlignCenter,
                   boldMetrics.elidedText(answer, Qt::ElideMiddle, tile.width()));
    }
}

CsvTable SampleGalleryView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("sample"), QStringLiteral("true_class"), QStringLiteral("predicted_class"),
                    QStringLiteral("confidence")};
    for (int i = 0; i < sampleCount(); ++i)
        table.rows.append({QString::number(i + 1), className(trueLabel(i)), className(prediction(i)),
                           prediction(i) >= 0 ? csvNumber(confidence(i)) : QString()});
    return table;
}

}  // namespace layerlab
