// A grid of validation images with the true label and the network's answer under each,
// mistakes framed in red. The answers come from running the latest snapshot's model on
// these few images (one small forward pass) at a bounded rate on the UI thread.
#pragma once

#include <QImage>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

#include "chart_export.h"
#include "snapshot_view.h"
#include "core/shape.h"
#include "core/tensor.h"

namespace layerlab {

struct TrainingSnapshot;

// One image sample (a column of `inputs`, laid out C,H,W) as a picture: grey for one
// channel, RGB for three, else the mean of the channels; values from lo (black) to hi (white).
QImage sampleImage(const Matrix& inputs, Index column, const Shape& shape, float lo, float hi);
// The range of values to draw images with: [min, max] of the inputs (or [0, 1] when flat).
std::pair<float, float> displayRange(const Matrix& inputs);

class SampleGalleryView : public SnapshotView {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 300;
    static constexpr int kMaxSamples = 24;

    explicit SampleGalleryView(QWidget* parent = nullptr);
    ~SampleGalleryView() override;

    // The first kMaxSamples columns of `inputs` (features, samples) are shown; labels are
    // their true classes; class names in class order.
    void setSamples(const Matrix& inputs, const Shape& shape, const std::vector<int>& labels,
                    const QStringList& classNames);

    int sampleCount() const { return int(m_labels.size()); }
    int trueLabel(int i) const { return m_labels[size_t(i)]; }
    // The predicted class of sample i, -1 before a model could run.
    int prediction(int i) const;
    float confidence(int i) const;
    bool isMisclassified(int i) const { return prediction(i) >= 0 && prediction(i) != trueLabel(i); }
    int selectedSample() const { return m_selected; }
    void setSelectedSample(int i);
    // Where sample i is drawn; empty when the panel is too small to show it.
    QRectF tileRect(int i) const;
    QString className(int k) const;
    // One row per sample: index, true class, predicted class, confidence.
    CsvTable csvData() const;
    // The shown samples' predictions, which the worker computes.
    PictureRequest pictureRequest() const override;

Q_SIGNALS:
    void sampleClicked(int index);

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void rebuild() override;
    void layoutParts();

    Matrix m_inputs;  // (features, samples), at most kMaxSamples
    Shape m_shape;
    std::vector<int> m_labels;
    QStringList m_classNames;
    std::vector<QImage> m_images;
    std::vector<int> m_predictions;
    std::vector<float> m_confidences;
    std::vector<QRectF> m_tiles;
    int m_selected = 0;
};

}  // namespace layerlab
