#include "feature_map_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "layers/conv2d.h"
#include "sample_gallery_view.h"
#include "session/snapshot.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr qreal kSampleSide = 150;  // the chosen image, in pixels
constexpr qreal kMaxTile = 96;
constexpr qreal kMinTile = 12;
constexpr qreal kGap = 3;

// A (height, width) plane as a picture: black at 0 and white at `peak` when all values are
// >= 0 (ReLU maps), else the orange-grey-blue scale around 0.
QImage planeImage(const float* values, int h, int w, float peak, bool signedValues)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int i = 0; i < h; ++i) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(i));
        for (int j = 0; j < w; ++j) {
            const float v = values[i * w + j];
            if (signedValues) {
                line[j] = style::divergingRgb(peak > 0 ? v / peak : 0.0f);
            } else {
                const int g = std::clamp(int(std::lround(255.0f * (peak > 0 ? v / peak : 0.0f))), 0, 255);
                line[j] = qRgb(g, g, g);
            }
        }
    }
    return image;
}

float largestMagnitude(const float* values, Index n)
{
    float peak = 0;
    for (Index i = 0; i < n; ++i)
        if (std::isfinite(values[i]))
            peak = std::max(peak, std::abs(values[i]));
    return peak;
}
}  // namespace

FeatureMapView::FeatureMapView(QWidget* parent) : SnapshotView(tr("Feature maps"), kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(420, 360));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QHBoxLayout* row = toolbarRow();
    m_sampleLabel = new QLabel(tr("Image:"), toolbar());
    style::useFont(m_sampleLabel, style::FontRole::Label);
    row->addWidget(m_sampleLabel);
    m_sampleBox = new QSpinBox(toolbar());
    style::useFont(m_sampleBox, style::FontRole::Label);
    m_sampleBox->setRange(1, 1);
    m_sampleBox->setToolTip(tr("Which validation image to look at (or click one in the Samples view)."));
    connect(m_sampleBox, &QSpinBox::valueChanged, this, [this](int v) { setSampleIndex(v - 1); });
    row->addWidget(m_sampleBox);
    finishToolbar(QStringLiteral("feature-maps"), [this] { return csvData(); });
    body()->addStretch();
}

FeatureMapView::~FeatureMapView() = default;

void FeatureMapView::setSamples(const Matrix& inputs, const Shape& shape, const std::vector<int>& labels,
                                const QStringList& classNames)
{
    const Index n = std::min<Index>(inputs.cols(), Index(labels.size()));
    m_inputs = inputs.leftCols(n);
    m_shape = shape;
    m_labels.assign(labels.begin(), labels.begin() + n);
    m_classNames = classNames;
    m_sample = std::clamp(m_sample, 0, std::max(0, int(n) - 1));
    const QSignalBlocker block(m_sampleBox);
    m_sampleBox->setRange(1, std::max(1, int(n)));
    m_sampleBox->setValue(m_sample + 1);
    refreshNow();
}

void FeatureMapView::setSampleIndex(int index)
{
    if (index < 0 || index >= m_inputs.cols())
        return;
    m_sample = index;
    const QSignalBlocker block(m_sampleBox);
    m_sampleBox->setValue(index + 1);
    refreshNow();
}

void FeatureMapView::rebuild()
{
    m_sections.clear();
    m_peaks.clear();
    m_sampleImage = QImage();
    m_message.clear();
    if (m_inputs.cols() == 0 || m_shape.isFlat()) {
        m_message = tr("Feature maps appear here when the data are images.");
    } else {
        const auto [lo, hi] = displayRange(m_inputs);
        m_sampleImage = sampleImage(m_inputs, m_sample, m_shape, lo, hi);
        const Model* model = snapshot() ? &snapshot()->model : nullptr;
        if (!model || model->layerCount() == 0 || !(model->inputShape() == m_shape)) {
            m_message = tr("Feature maps appear once the model is built for these images.");
        } else {
            Workspace ws;
            model->forward(m_inputs.col(m_sample), ws, PassInfo{});
            bool first = true;
            for (int l = 0; l < model->layerCount(); ++l) {
                const Layer& layer = model->layer(l);
                if (layer.spec().kind != LayerKind::Conv2D)
                    continue;
                const QString name = QString::fromStdString(layerLabel(layer.spec(), l + 1));
                if (first) {
                    // weight (K, Cout): column o is filter o, laid out (Cin, kh, kw)
                    const Shape in = layer.inputShape();
                    const int k = layer.spec().kernel;
                    const Index patch = Index(in.channels) * k * k;
                    const Index filters = layer.spec().filters;
                    const float* w = model->parameters().data() + model->layerParameterOffset(l);
                    const float peak = largestMagnitude(w, patch * filters);
                    Section s;
                    s.title = in.channels == 1
                                  ? tr("What %1 looks for: its %2 learned %3×%3 filters (blue +, orange −)")
                                        .arg(name)
                                        .arg(filters)
                                        .arg(k)
                                  : tr("What %1 looks for: its %2 learned %3×%3 filters, averaged over %4 input "
                                       "channels (blue +, orange −)")
                                        .arg(name)
                                        .arg(filters)
                                        .arg(k)
                                        .arg(in.channels);
                    s.layer = l;
                    s.filters = true;
                    std::vector<float> peaks;
                    std::vector<float> mean(size_t(k) * k);
                    for (Index o = 0; o < filters; ++o) {
                        const float* f = w + o * patch;
                        std::fill(mean.begin(), mean.end(), 0.0f);
                        for (int c = 0; c < in.channels; ++c)
                            for (int i = 0; i < k * k; ++i)
                                mean[size_t(i)] += f[c * k * k + i] / float(in.channels);
                        s.images.push_back(planeImage(mean.data(), k, k, peak, true));
                        peaks.push_back(largestMagnitude(f, patch));
                    }
                    m_sections.push_back(std::move(s));
                    m_peaks.push_back(std::move(peaks));
                    first = false;
                }
                // output (C*H*W, 1), channel-major
                const Shape out = layer.outputShape();
                const Matrix& y = ws.outputs[size_t(l)];
                const bool signedValues = y.size() > 0 && y.minCoeff() < 0;
                Section s;
                s.title = tr("%1's output: %2 feature maps of %3×%4 (white = where it is most active; black = 0)")
                              .arg(name)
                              .arg(out.channels)
                              .arg(out.height)
                              .arg(out.width);
                s.layer = l;
                std::vector<float> peaks;
                const Index plane = Index(out.height) * out.width;
                // each map on its own scale: a weak channel's pattern shows too (an all-zero,
                // dead channel stays black)
                for (int c = 0; c < out.channels; ++c) {
                    const float peak = largestMagnitude(y.data() + c * plane, plane);
                    s.images.push_back(planeImage(y.data() + c * plane, out.height, out.width, peak, signedValues));
                    peaks.push_back(peak);
                }
                m_sections.push_back(std::move(s));
                m_peaks.push_back(std::move(peaks));
            }
            if (m_sections.empty())
                m_message = tr("This model has no Conv2D layer: add one to see what it finds in the image.");
        }
    }
    layoutParts();
    updateDrawing();
}

void FeatureMapView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutParts();
}

void FeatureMapView::layoutParts()
{
    const QFontMetricsF label(style::labelFont(font()));
    const QRectF area = QRectF(rect()).adjusted(8, drawingTop() + 10, -8, -8);
    m_sampleRect = m_sampleImage.isNull() ? QRectF() : QRectF(area.left(), area.top() + label.height() + 4,
                                                              kSampleSide, kSampleSide);
    const QRectF maps = area.adjusted(m_sampleRect.isNull() ? 0 : kSampleSide + 20, 0, 0, 0);
    const qreal titleHeight = label.height() + 6;
    // the largest tile with which every section fits the height (else the smallest)
    qreal tile = kMinTile;
    for (qreal t = kMaxTile; t >= kMinTile; t -= 2) {
        const int columns = std::max(1, int((maps.width() + kGap) / (t + kGap)));
        qreal height = 0;
        for (const Section& s : m_sections) {
            const int rows = (int(s.images.size()) + columns - 1) / columns;
            height += titleHeight + rows * (t + kGap) + 10;
        }
        if (height <= maps.height()) {
            tile = t;
            break;
        }
    }
    const int columns = std::max(1, int((maps.width() + kGap) / (tile + kGap)));
    qreal y = maps.top();
    for (Section& s : m_sections) {
        s.rects.clear();
        y += titleHeight;
        for (size_t i = 0; i < s.images.size(); ++i) {
            const int r = int(i) / columns, c = int(i) % columns;
            s.rects.push_back(QRectF(maps.left() + c * (tile + kGap), y + r * (tile + kGap), tile, tile));
        }
        y += ((int(s.images.size()) + columns - 1) / columns) * (tile + kGap) + 10;
    }
}

void FeatureMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    const QFontMetricsF label(style::labelFont(font()));
    if (!m_sampleImage.isNull()) {
        QFont bold = style::labelFont(font());
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(style::kText);
        p.drawText(QRectF(m_sampleRect.left(), m_sampleRect.top() - label.height() - 4, m_sampleRect.width(),
                          label.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("Image %1").arg(m_sample + 1));
        p.drawImage(m_sampleRect, m_sampleImage);
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawRect(m_sampleRect);
        if (m_sample < int(m_labels.size())) {
            const int k = m_labels[size_t(m_sample)];
            const QString name = k < m_classNames.size() ? m_classNames[k] : tr("class %1").arg(k);
            p.setFont(style::labelFont(font()));
            p.setPen(style::kText);
            p.drawText(QRectF(m_sampleRect.left(), m_sampleRect.bottom() + 4, m_sampleRect.width(), 2 * label.height()),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("True class: %1").arg(name));
        }
        p.setFont(style::smallFont(font()));
        p.setPen(style::kMutedText);
        p.drawText(QRectF(m_sampleRect.left(), m_sampleRect.bottom() + 2 * label.height() + 12, m_sampleRect.width(), 200),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Each small picture is one channel: where in the image its filter found its pattern."));
    }
    if (!m_message.isEmpty()) {
        p.setFont(style::labelFont(font()));
        p.setPen(style::kMutedText);
        const qreal left = m_sampleRect.isNull() ? 20 : m_sampleRect.right() + 20;
        p.drawText(QRectF(left, drawingTop() + 10, width() - left - 20,
                          height() - drawingTop() - 30),
                   Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    QFont bold = style::labelFont(font());
    bold.setBold(true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (const Section& s : m_sections) {
        if (s.rects.empty())
            continue;
        const QRectF first = s.rects.front();
        p.setFont(bold);
        p.setPen(style::kText);
        p.drawText(QRectF(first.left(), first.top() - label.height() - 4, width() - first.left() - 8, label.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(bold).elidedText(s.title, Qt::ElideRight, width() - first.left() - 8));
        for (size_t i = 0; i < s.images.size(); ++i) {
            p.drawImage(s.rects[i], s.images[i]);
            p.setPen(QColor(0xc0, 0xc0, 0xc0));
            p.drawRect(s.rects[i]);
        }
    }
}

CsvTable FeatureMapView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("section"), QStringLiteral("index"), QStringLiteral("largest_abs_value")};
    for (size_t s = 0; s < m_sections.size(); ++s)
        for (size_t i = 0; i < m_peaks[s].size(); ++i)
            table.rows.append({m_sections[s].title, QString::number(i + 1), csvNumber(m_peaks[s][i])});
    return table;
}

}  // namespace layerlab
