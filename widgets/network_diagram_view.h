// The network as TensorFlow Playground draws it: neurons as boxes in columns, one column
// per Dense layer, weights as lines, blue for positive and orange for negative, thicker
// for larger. With two-input data every neuron shows a small picture of what it computes
// over the input plane. Hovering a line or a box tells its value.
//
// Each column's heading (title, units and activation, the layers that follow) gets the
// room between its neighbours and no more: when the columns stand close (many layers, a
// narrow dock) it shortens ("Dense #3" to "#3", "8 × tanh" to "8"), then elides, and the
// whole heading is in the tooltip over it. Headings never overlap.
#pragma once

#include <QImage>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "layers/activation.h"
#include "chart_export.h"
#include "snapshot_view.h"

namespace layerlab {

struct TrainingSnapshot;

class NetworkDiagramView : public SnapshotView {
    Q_OBJECT
public:
    explicit NetworkDiagramView(QWidget* parent = nullptr);
    ~NetworkDiagramView() override;

    // Every neuron's picture over the input plane, which the worker computes for two-input
    // data (without a plane the pictures stay empty and neurons are plain boxes).
    PictureRequest pictureRequest() const override;
    // Names of the network's inputs ("x1", "x2", "x1^2"); "input 1", ... when not given.
    void setInputNames(const QStringList& names);

    // Geometry of what is drawn, for tests and for hit testing. Column 0 holds the inputs,
    // column c >= 1 the c-th Dense layer. Units not drawn (a sampled column) give an empty
    // rectangle / line.
    int columnCount() const { return int(m_columns.size()); }
    QRectF nodeRect(int column, int unit) const;
    // The line of the weight from unit `from` of column - 1 to unit `to` of `column`.
    QLineF edgeLine(int column, int from, int to) const;
    // What the tooltip at a point says (empty over nothing).
    QString toolTipAt(QPointF pos) const;
    // A column's heading as drawn: the title's text and the rectangle it takes (for tests:
    // no two overlap), and the room its heading was given.
    QString titleText(int column) const;
    QRectF titleRect(int column) const;
    QRectF headerRect(int column) const;
    // One row per weight: layer, from, to, weight; then one per bias.
    CsvTable csvData() const;

    static constexpr int kMaxUnitsShown = 64;  // above this, a column shows a sample
    static constexpr int kSampleSize = 32;
    static constexpr int kNodeGrid = 40;       // pixels of a neuron's picture, each way
    static constexpr int kRefreshMs = 100;

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    struct Column {
        int layer = -1;              // the model layer; -1 for the inputs
        int units = 0;
        std::vector<int> shown;      // unit indices drawn, in order
        std::vector<QRectF> boxes;   // one per shown unit
        std::vector<QImage> images;  // one per shown unit, when there is a plane
        Activation activation = Activation::Linear;
        // the Dense layer's W (outputs, inputs) and b, in m_drawn's model
        std::optional<ConstMatrixMap> weight;
        std::optional<ConstMatrixMap> bias;
        QString title;
        QString subtitle;
        QString after;               // layers between this column and the next ("Dropout 50%")
        QString shortTitle;          // "#3": the layer's number, as on the model canvas
        QString shortSubtitle;       // "8": the units alone
        // as laid out for the current size
        QRectF header;               // the room of its heading, between its neighbours'
        QRectF titleBox;             // where the title's text is drawn
        QString shownTitle;
        QString shownSubtitle;
        QString shownAfter;
    };
    struct Hit {
        int column = -1;
        int from = -1;               // edge: unit index in column - 1; node: -1
        int to = -1;                 // edge: unit index in column; node: the unit
    };

    void rebuild() override;
    void buildColumns();
    void computeImages();
    void layoutColumns();
    Hit hitAt(QPointF pos) const;
    float weight(int column, int from, int to) const;
    float bias(int column, int unit) const;
    QString unitName(int column, int unit) const;
    QRectF diagramRect() const;
    int shownIndex(int column, int unit) const;
    void layoutHeaders(qreal headerTop);
    QString legendText() const;
    qreal legendBarWidth() const;

    std::shared_ptr<const TrainingSnapshot> m_drawn;     // the one the columns were built from
    QStringList m_inputNames;
    std::vector<Column> m_columns;
    QString m_message;               // instead of a diagram (no model, convolutional model)
    float m_largestWeight = 1;
    Hit m_hover;
    // heights from the fonts, set by layoutColumns
    qreal m_headerHeight = 64;
    qreal m_legendHeight = 44;
    QStringList m_legendLines;
};

}  // namespace layerlab
