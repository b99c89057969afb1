// What the convolutions see in one image: the chosen sample, the learned filters of the
// first Conv2D layer (diverging colours around 0: blue positive, orange negative), and the
// feature maps of every Conv2D layer, one small greyscale picture per channel (black = 0,
// white = that channel's largest output), as the worker computes them for that sample.
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

QT_BEGIN_NAMESPACE
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace layerlab {

struct TrainingSnapshot;

class FeatureMapView : public SnapshotView {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 300;

    explicit FeatureMapView(QWidget* parent = nullptr);
    ~FeatureMapView() override;

    // The samples to choose from (features, samples), their true classes and class names.
    void setSamples(const Matrix& inputs, const Shape& shape, const std::vector<int>& labels,
                    const QStringList& classNames);

    int sampleIndex() const { return m_sample; }
    void setSampleIndex(int index);
    QSpinBox* sampleEditor() const { return m_sampleBox; }
    // The chosen image's feature maps, which the worker computes.
    PictureRequest pictureRequest() const override;

    // What is drawn, for tests: sections are the first layer's filters (when there is a
    // Conv2D layer), then one per Conv2D layer's feature maps.
    struct Section {
        QString title;
        int layer = -1;             // the model layer
        bool filters = false;       // learned filters rather than feature maps
        std::vector<QImage> images; // one per filter or channel
        std::vector<QRectF> rects;  // where each is drawn
    };
    const std::vector<Section>& sections() const { return m_sections; }
    // One row per section and image: section, index, the largest |value| drawn.
    CsvTable csvData() const;

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void rebuild() override;
    void layoutParts();

    Matrix m_inputs;
    Shape m_shape;
    std::vector<int> m_labels;
    QStringList m_classNames;
    int m_sample = 0;
    QImage m_sampleImage;
    QRectF m_sampleRect;
    std::vector<Section> m_sections;
    std::vector<std::vector<float>> m_peaks;  // per section and image, the largest |value|
    QString m_message;
    QSpinBox* m_sampleBox = nullptr;
    QLabel* m_sampleLabel = nullptr;
};

}  // namespace layerlab
