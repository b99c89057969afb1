// The weights of every layer: a histogram per layer (or of its gradients), updated live,
// and the selected layer's weight matrix W as a heatmap on a diverging scale centred at
// zero (orange negative, blue positive, as Playground), with its colour scale.
#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <vector>

#include "chart_export.h"
#include "analysis/probes.h"
#include "snapshot_view.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace layerlab {

struct TrainingSnapshot;

class WeightView : public SnapshotView {
    Q_OBJECT
public:
    enum class Quantity { Weights, Gradients };
    static constexpr int kRefreshMs = 200;

    explicit WeightView(QWidget* parent = nullptr);
    ~WeightView() override;

    // What the histograms show.
    Quantity quantity() const { return m_quantity; }
    void setQuantity(Quantity q);
    // The model layer (0-based) whose matrix is drawn; -1 picks the first with weights.
    int selectedLayer() const { return m_selected; }
    void setSelectedLayer(int layer);

    // Geometry, for tests: a layer's histogram panel, and the heatmap cell of W(row, col).
    QRectF panelRect(int layer) const;
    QRectF heatmapCellRect(int row, int col) const;
    QString toolTipAt(QPointF pos) const;
    // One row per histogram bin: layer, quantity, bin_low, bin_high, count.
    CsvTable csvData() const;

protected:
    bool event(QEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    struct Panel {
        int layer = 0;
        QString title;
        Histogram weights;
        Histogram gradients;
        QRectF rect;
    };
    void rebuild() override;
    void layoutParts();
    void paintHeatmap(QPainter& p) const;

    Quantity m_quantity = Quantity::Weights;
    int m_selected = -1;
    std::vector<Panel> m_panels;
    // the selected layer's W (rows = units, cols = inputs)
    Eigen::MatrixXf m_matrix;
    QString m_matrixTitle;
    float m_largest = 1;
    QImage m_heatImage;
    QRectF m_heatRect;
    QRectF m_scaleRect;
    QRectF m_heatArea;
    QComboBox* m_quantityBox = nullptr;
};

}  // namespace layerlab
