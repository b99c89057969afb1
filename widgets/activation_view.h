// What each layer outputs: a histogram of its activations over one batch, with the share
// of saturated units (sigmoid, tanh, softmax: stuck near their limits, where the slope is
// almost zero) or dead units (ReLU: zero for every sample) written on it, in the warning
// colour when that share is high. (In the output layer saturation only means sure answers,
// so it is written but not flagged.)
#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <vector>

#include "layers/activation.h"
#include "chart_export.h"
#include "analysis/probes.h"
#include "snapshot_view.h"

namespace layerlab {

struct TrainingSnapshot;

class ActivationView : public SnapshotView {
    Q_OBJECT
public:
    static constexpr double kHighSaturation = 0.25;
    static constexpr double kHighDead = 0.25;
    static constexpr int kRefreshMs = 200;

    explicit ActivationView(QWidget* parent = nullptr);
    ~ActivationView() override;

    // Per model layer (0-based): where its histogram is drawn (empty when it is not),
    // what is written on it ("Saturated: 12%", "Dead: 50%", or empty), and whether that
    // is in the warning colour.
    QRectF panelRect(int layer) const;
    QString summary(int layer) const;
    bool isWarning(int layer) const;
    QString toolTipAt(QPointF pos) const;
    // One row per histogram bin: layer, activation, mean, std, saturated and dead
    // fractions, bin_low, bin_high, count.
    CsvTable csvData() const;

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    struct Panel {
        int layer = 0;
        QString title;
        Activation activation = Activation::Linear;
        LayerProbe probe;
        QString summary;
        bool warning = false;
        bool output = false;          // the model's last layer
        QRectF rect;
    };
    void rebuild() override;
    void layoutPanels();
    const Panel* panelFor(int layer) const;

    std::vector<Panel> m_panels;
};

}  // namespace layerlab
