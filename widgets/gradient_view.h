// Are the gradients healthy? Each layer's gradient norm ||dL/dW|| over time on a log axis,
// with the vanishing and exploding ranges shaded, and each layer's update-to-weight ratio
// ||delta W|| / ||W|| with the healthy band around 1e-3 (Karpathy's rule of thumb) shaded.
// Layers out of range are reported, so the model canvas can mark them.
//
// Both charts share one key of the layers' colours above them, which wraps to as many rows
// as the layers need (a chart legend elides its names to "De… De…" when many layers share
// one row). The out-of-range report under them is a summary of at most two lines, the
// details in its tooltip: a long list would squeeze the charts to thin strips. The charts
// keep a readable minimum height.
#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

#include <memory>

#include "chart_export.h"
#include "snapshot_view.h"

QT_BEGIN_NAMESPACE
class QChart;
class QLabel;
QT_END_NAMESPACE

namespace layerlab {

struct TrainingSnapshot;
class AnnotatedChartView;
class ElidedLabel;
class LiveCurve;

class GradientView : public SnapshotView {
    Q_OBJECT
public:
    static constexpr double kVanishingBelow = 1e-6;  // ||dL/dW|| this small: the layer barely learns
    static constexpr double kExplodingAbove = 1e3;   // this large: updates overshoot
    static constexpr double kHealthyRatioLow = 1e-4;
    static constexpr double kHealthyRatioHigh = 1e-2;
    static constexpr int kRefreshMs = 200;

    explicit GradientView(QWidget* parent = nullptr);
    ~GradientView() override;

    // Model layers (0-based) whose latest gradient norm is vanishing, exploding or not a
    // number, in order; and the sentence that says which.
    QList<int> layersOutOfRange() const { return m_outOfRange.keys(); }
    QString outOfRangeReason(int layer) const { return m_outOfRange.value(layer); }

    // Series carry object names "gradient:<layer>" and "ratio:<layer>" (0-based layer).
    QChart* gradientChart() const;
    QChart* ratioChart() const;
    // One row per recorded step: step, then each layer's gradient norm and update ratio.
    CsvTable csvData() const;
    // The key of the layers' colours, and the out-of-range summary (for tests and layouts).
    QLabel* layerKey() const { return m_key; }
    ElidedLabel* statusLabel() const { return m_status; }
    QWidget* gradientChartView() const;
    QWidget* ratioChartView() const;

Q_SIGNALS:
    // A layer's gradient left the healthy range (or the reason changed).
    void layerOutOfRange(int layer, const QString& reason);
    void layerBackInRange(int layer);

protected:
    void resizeEvent(QResizeEvent* e) override;

private:
    void rebuild() override;
    void updateKey(const QStringList& names);
    void updateRanges();
    LiveCurve* curveFor(QChart* chart, QList<LiveCurve*>& list, int index, const char* prefix, int layer,
                        const QString& name);

    AnnotatedChartView* m_gradientView = nullptr;
    AnnotatedChartView* m_ratioView = nullptr;
    QList<LiveCurve*> m_gradientCurves;
    QList<LiveCurve*> m_ratioCurves;
    QLabel* m_key = nullptr;
    ElidedLabel* m_status = nullptr;
    bool m_statusWarns = false;
    QMap<int, QString> m_outOfRange;
};

}  // namespace layerlab
