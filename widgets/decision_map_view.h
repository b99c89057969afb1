// The decision map (TensorFlow Playground's output picture): for two-input data, the
// network's answer at every point of the input plane as a heatmap, with the training
// points (filled) and the validation points (rings) on top, in the classes' colours.
#pragma once

#include <QCheckBox>
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <memory>

#include "chart_export.h"
#include "data/dataset.h"
#include "analysis/neuron_maps.h"
#include "neuron_image.h"
#include "snapshot_view.h"

namespace layerlab {

struct TrainingSnapshot;

// The data drawn under and over the map, in the data's original (x1, x2) coordinates.
struct DecisionMapData {
    Matrix trainPoints;          // (2, n)
    Matrix trainTargets;         // (1, n): the class index, or the target value (regression)
    Matrix validationPoints;     // (2, m)
    Matrix validationTargets;    // (1, m)
    Task task = Task::Classification;
    int classCount = 2;
    QStringList classNames;      // optional; "class 0", "class 1", ... otherwise
    PlaneExtent extent;
    QString xName = QStringLiteral("x1");
    QString yName = QStringLiteral("x2");
};

class DecisionMapView : public SnapshotView {
    Q_OBJECT
public:
    explicit DecisionMapView(QWidget* parent = nullptr);
    ~DecisionMapView() override;

    // The input plane of two-input data, its points and classes: the worker draws the map
    // over it. clearData(): the data have no plane, and the view says so.
    void setData(DecisionMapData data);
    void clearData();

    void setShowTraining(bool on);
    void setShowValidation(bool on);

    // Geometry, for tests: the square the map fills and where a raw point lands in it.
    QRectF plotRect() const;
    QPointF toWidget(float x1, float x2) const;
    // The map as computed (one pixel per grid point; null before a model fits the data).
    const QImage& mapImage() const { return m_image; }
    QString toolTipAt(QPointF pos) const;
    // One row per grid point: x1, x2 and every output unit.
    CsvTable csvData() const;

    // The map's resolution: one grid point per pixel of the plot, at most this many.
    PictureRequest pictureRequest() const override;

    static constexpr int kMaxGrid = 200;
    static constexpr int kRefreshMs = 100;

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void rebuild() override;
    QString className(int k) const;
    QColor pointColor(float target) const;
    void paintAxes(QPainter& p, const QRectF& plot) const;
    void paintPoints(QPainter& p, const Matrix& points, const Matrix& targets, bool validation) const;
    const QImage& pointsLayer(const QRectF& plot) const;
    void paintLegend(QPainter& p, const QRectF& area) const;

    DecisionMapData m_data;
    bool m_hasPlane = false;
    NeuronMaps m_maps;            // the output layer over the plane
    QImage m_image;
    // The points, drawn once for a plot (pointsLayer()).
    mutable QImage m_pointsLayer;
    mutable QRectF m_pointsLayerPlot;
    mutable std::pair<bool, bool> m_pointsLayerShows;
    DivergingScale m_scale;       // one output unit: how its values map to colours
    QString m_message;
    bool m_showTraining = true;
    bool m_showValidation = true;
    QCheckBox* m_trainingBox = nullptr;
    QCheckBox* m_validationBox = nullptr;
};

}  // namespace layerlab
