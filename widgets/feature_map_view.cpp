#include "feature_map_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "message_text.h"
#include "neuron_image.h"
#include "sample_gallery_view.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr qreal kSampleSide = 150;  // the chosen image, in pixels
constexpr qreal kMaxTile = 96;
constexpr qreal kMinTile = 12;
constexpr qreal kGap = 3;
}  // namespace

FeatureMapView::FeatureMapView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(420, 360));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QHBoxLayout* row = toolbarRow();
    m_sampleLabel = new QLabel(toolbar());
    style::useFont(m_sampleLabel, style::FontRole::Label);
    row->addWidget(m_sampleLabel);
    m_sampleBox = new QSpinBox(toolbar());
    style::useFont(m_sampleBox, style::FontRole::Label);
    m_sampleBox->setRange(1, 1);
    connect(m_sampleBox, &QSpinBox::valueChanged, this, [this](int v) { setSampleIndex(v - 1); });
    row->addWidget(m_sampleBox);
    finishToolbar(QStringLiteral("feature-maps"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this] {
        setTitle(tr("Feature maps"));
        m_sampleLabel->setText(tr("Image:"));
        m_sampleBox->setToolTip(tr("Which validation image to look at (or click one in the Samples view)."));
        rebuild();  // the sections' titles and the message
    });
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
    m_sections.clear();  // maps of other images
    m_peaks.clear();
    Q_EMIT pictureRequestChanged();
    refreshNow();
}

void FeatureMapView::setSampleIndex(int index)
{
    if (index < 0 || index >= m_inputs.cols())
        return;
    m_sample = index;
    const QSignalBlocker block(m_sampleBox);
    m_sampleBox->setValue(index + 1);
    Q_EMIT pictureRequestChanged();  // (before drawing: a worker that answers at once shows)
    refreshNow();
}

PictureRequest FeatureMapView::pictureRequest() const
{
    PictureRequest request;
    if (m_inputs.cols() > 0 && !m_shape.isFlat())
        request.featureMapSample = m_sample;
    return request;
}

void FeatureMapView::rebuild()
{
    const auto clearSections = [this] {
        m_sections.clear();
        m_peaks.clear();
    };
    m_sampleImage = QImage();
    m_message.clear();
    if (m_inputs.cols() == 0 || m_shape.isFlat()) {
        clearSections();
        m_message = tr("Feature maps appear here when the data are images.");
    } else {
        const auto [lo, hi] = displayRange(m_inputs);
        m_sampleImage = sampleImage(m_inputs, m_sample, m_shape, lo, hi);
        const Model* model = snapshot() ? &snapshot()->model : nullptr;
        const Pictures* pictures = snapshot() ? snapshot()->pictures.get() : nullptr;
        const FeatureMaps* maps = pictures && pictures->featureMaps.sample == m_sample ? &pictures->featureMaps : nullptr;
        // asked for this image, yet no maps: the model does not take these images (yet)
        const bool refused = pictures && pictures->request.featureMapSample == m_sample && !maps;
        if (!model || model->layerCount() == 0 || !(model->inputShape() == m_shape) || refused) {
            clearSections();
            m_message = tr("Feature maps appear once the model is built for these images.");
        } else if (maps) {  // (else the worker has not answered for this image yet: keep what is drawn)
            clearSections();
            if (const ConvFilters& f = maps->filters; f.layer >= 0) {
                const QString name = QString::fromStdString(layerLabel(model->layer(f.layer).spec(), f.layer + 1));
                Section s;
                s.title = f.inputChannels == 1
                              ? tr("What %1 looks for: its %2 learned %3×%3 filters (blue +, orange −)")
                                    .arg(name)
                                    .arg(f.filters.size())
                                    .arg(f.size)
                              : tr("What %1 looks for: its %2 learned %3×%3 filters, averaged over %4 input "
                                   "channels (blue +, orange −)")
                                    .arg(name)
                                    .arg(f.filters.size())
                                    .arg(f.size)
                                    .arg(f.inputChannels);
                s.layer = f.layer;
                s.filters = true;
                for (const Matrix& filter : f.filters)
                    s.images.push_back(filterImage(filter, f.peak));
                m_sections.push_back(std::move(s));
                m_peaks.push_back(f.peaks);
            }
            for (const ConvOutput& out : maps->outputs) {
                const QString name = QString::fromStdString(layerLabel(model->layer(out.layer).spec(), out.layer + 1));
                Section s;
                s.title = tr("%1's output: %2 feature maps of %3×%4 (white = where it is most active; black = 0)")
                              .arg(name)
                              .arg(out.shape.channels)
                              .arg(out.shape.height)
                              .arg(out.shape.width);
                s.layer = out.layer;
                // each map on its own scale: a weak channel's pattern shows too (an all-zero,
                // dead channel stays black)
                for (int c = 0; c < out.shape.channels; ++c)
                    s.images.push_back(planeImage(out.values.col(c).data(), out.shape.height, out.shape.width,
                                                  out.peaks[size_t(c)], out.hasNegative));
                m_sections.push_back(std::move(s));
                m_peaks.push_back(out.peaks);
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
            const QString name = k < m_classNames.size() ? engineName(m_classNames[k]) : tr("class %1").arg(k);
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
