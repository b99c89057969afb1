// The latest epoch's validation confusion matrix: true class rows, predicted class columns,
// the count in each cell, shaded by the share of its row (the diagonal blue, mistakes
// orange), and each class's accuracy (diagonal / row total) as a bar beside it.
#pragma once

#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

#include "chart_export.h"
#include "training/metrics.h"
#include "snapshot_view.h"

namespace layerlab {

struct TrainingSnapshot;

class ConfusionMatrixView : public SnapshotView {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 250;

    explicit ConfusionMatrixView(QWidget* parent = nullptr);
    ~ConfusionMatrixView() override;

    // The names of the classes, in class order (from the data); numbers are used without.
    void setClassNames(const QStringList& names);
    // Draws these metrics at once (a snapshot replaces them); `epoch` is for the title.
    void setMetrics(const Metrics& metrics, int epoch);

    int classCount() const { return m_classes; }
    // The count of true class t predicted as p; -1 outside the matrix.
    std::int64_t count(int t, int p) const;
    // Class t's accuracy (NaN without samples of t).
    double classAccuracy(int t) const;
    // Geometry and text, for tests: a cell, and the text drawn in it.
    QRectF cellRect(int t, int p) const;
    QString cellText(int t, int p) const;
    QString className(int k) const;
    // One row per true class: class, one column per predicted class, accuracy.
    CsvTable csvData() const;

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void rebuild() override;
    void showMetrics(const Metrics& metrics, int epoch);
    void layoutParts();

    QStringList m_classNames;
    Metrics m_metrics;
    int m_epoch = 0;
    int m_classes = 0;
    QRectF m_cells;     // the matrix
    QRectF m_barArea;   // per-class accuracy bars
    qreal m_rowLabelWidth = 0;
};

}  // namespace layerlab
