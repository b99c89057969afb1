// The learning curves: training and validation loss against steps (or epochs), with a
// linear/log switch, and beneath them accuracy (classification) or RMSE (regression).
// Hyper-parameter changes made while training appear as labelled vertical markers. One
// key above both charts names the lines (it wraps where a chart legend would elide), and
// the charts stand side by side in a wide, short dock (ChartPair).
#pragma once

#include <QWidget>

#include <memory>

#include "chart_export.h"
#include "snapshot_view.h"

QT_BEGIN_NAMESPACE
class QChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;
QT_END_NAMESPACE

namespace layerlab {

struct TrainingSnapshot;
class AnnotatedChartView;
class LiveCurve;

class LossChartView : public SnapshotView {
    Q_OBJECT
public:
    enum class XUnit { Steps, Epochs };

    explicit LossChartView(QWidget* parent = nullptr);
    ~LossChartView() override;

    bool logScale() const { return m_logScale; }
    void setLogScale(bool on);
    XUnit xUnit() const { return m_xUnit; }
    void setXUnit(XUnit unit);

    // What is drawn, for tests and for the lead's layouts. Series carry object names:
    // "batchLoss" (a LiveCurve's), "trainLoss", "validationLoss" and "trainMetric",
    // "validationMetric".
    QChart* lossChart() const;
    QChart* metricChart() const;
    AnnotatedChartView* lossChartView() const { return m_lossView; }
    AnnotatedChartView* metricChartView() const { return m_metricView; }
    QLabel* lineKey() const { return m_key; }

    // One row per recorded step: step, epoch, mini-batch loss, and the epoch's metrics on
    // the rows where an epoch ended.
    CsvTable csvData() const;

    static constexpr int kRefreshMs = 100;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild() override;
    void rebuildLoss();
    void rebuildMetric();
    void installLossAxisY();
    double toX(std::int64_t step) const;
    // Both charts' horizontal axis: steps or epochs, from 0 to xMax (a timeAxisEnd).
    void setTimeAxis(QChart* chart, double xMax) const;

    bool m_logScale = false;
    XUnit m_xUnit = XUnit::Steps;

    QLabel* m_key = nullptr;
    QCheckBox* m_logBox = nullptr;
    QComboBox* m_xUnitBox = nullptr;
    AnnotatedChartView* m_lossView = nullptr;
    AnnotatedChartView* m_metricView = nullptr;
    LiveCurve* m_batchLoss = nullptr;
    QLineSeries* m_trainLoss = nullptr;
    QLineSeries* m_validationLoss = nullptr;
    QLineSeries* m_trainMetric = nullptr;
    QLineSeries* m_validationMetric = nullptr;
};

}  // namespace layerlab
