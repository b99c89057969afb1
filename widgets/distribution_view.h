// How one layer's weights, gradients or activations are spread over training, as
// TensorBoard's "distributions" draw it: x is the step, and nested bands between the
// quantiles the engine measured with each timeline frame (LayerProbe's quantiles) hold all
// the values, the middle 87%, 68% and 38% of them, darker inwards, with the median as a
// line. The numbers come with the snapshot's timeline; the view only scales and draws them.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

#include "analysis/probes.h"
#include "chart_export.h"
#include "snapshot_view.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
QT_END_NAMESPACE

namespace layerlab {

class DistributionView : public SnapshotView {
    Q_OBJECT
public:
    enum class Quantity { Weights, Gradients, Activations };
    static constexpr int kRefreshMs = 200;

    explicit DistributionView(QWidget* parent = nullptr);
    ~DistributionView() override;

    // The model layer (0-based) whose distribution is drawn; -1 picks the first with weights.
    int selectedLayer() const { return m_selected; }
    void setSelectedLayer(int layer);
    Quantity quantity() const { return m_quantity; }
    void setQuantity(Quantity q);
    // A symmetric-log value axis: linear within +-linearLimit() of 0, in decades beyond, so
    // that values spanning orders of magnitude (gradients) all show.
    bool logScale() const { return m_logScale; }
    void setLogScale(bool on);
    double linearLimit() const { return m_linearLimit; }

    // What the chart says, for tests: the caption under the title, the axis' description,
    // and the message drawn instead of a chart (empty when a chart is drawn).
    QString caption() const { return m_caption; }
    QString axisText() const { return m_axisText; }
    QString message() const { return m_message; }
    // Where the plot is, and where (step, value) is drawn in it.
    QRectF plotRect() const { return m_plot; }
    QPointF pointAt(double step, double value) const;
    QString toolTipAt(QPointF pos) const;
    // One row per timeline frame: layer, quantity, step and the nine quantiles.
    CsvTable csvData() const;

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    struct Frame {
        std::int64_t step = 0;
        Quantiles quantiles = kNoQuantiles;
    };
    void rebuild() override;
    void updateLayerBox(const std::vector<QString>& labels);
    void layoutParts();
    double scaled(double value) const;  // the value along the axis (symmetric log or not)
    void paintAxes(QPainter& p) const;
    void paintBands(QPainter& p) const;

    int m_selected = -1;
    Quantity m_quantity = Quantity::Weights;
    bool m_logScale = false;

    // What rebuild() took from the snapshot for the layer and quantity shown
    std::vector<Frame> m_frames;
    QString m_layerLabel;
    QString m_caption;
    QString m_axisText;
    QString m_message;
    double m_firstStep = 0, m_lastStep = 1;
    double m_dataLow = 0, m_dataHigh = 1;  // the smallest and largest value over the frames
    double m_low = 0, m_high = 1;          // the value axis' range, widened to its ticks
    double m_linearLimit = 1;
    std::vector<double> m_valueTicks;
    QRectF m_captionRect;
    QRectF m_axisRow;  // the axis' description
    QRectF m_plot;

    QComboBox* m_layerBox = nullptr;
    QComboBox* m_quantityBox = nullptr;
    QCheckBox* m_logBox = nullptr;
    QStringList m_layerLabels;
};

}  // namespace layerlab
