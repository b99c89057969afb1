// The model canvas: the network as a vertical stack of layer cards, from the input at the
// top to the output at the bottom. Each card shows the layer's kind, its units/activation
// and its output shape. Layers dropped from the palette are inserted where they land;
// cards are dragged to reorder; Delete removes the selected card. A layer the engine
// cannot build is marked in red with the engine's message.
// The canvas only asks: edits leave as signals and come back through setModel().
#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "model/model_spec.h"
#include "core/shape.h"

namespace layerlab {

class ModelCanvas : public QWidget {
    Q_OBJECT
public:
    explicit ModelCanvas(QWidget* parent = nullptr);

    // The model and what it reads: the input shape (nullopt while the data is not known)
    // and one line about it, e.g. "2 features: x1, x2".
    void setModel(const ModelSpec& spec, std::optional<Shape> input, const QString& inputDescription);
    const ModelSpec& model() const { return m_spec; }
    // A problem found beyond the model itself (the output does not fit the loss or the
    // data): marked at `layer`, or under the model when -1. Empty message: none.
    void setExternalProblem(int layer, const QString& message);
    // The last layer is the output, set by the loss and the data: it stays last and cannot
    // be deleted or dragged.
    void setOutputLocked(bool locked);
    bool outputLocked() const { return m_outputLocked; }
    // Marks a layer in orange with a short tag ("diverged here"); -1 clears.
    void setWarningLayer(int layer, const QString& tag);
    int warningLayer() const { return m_warningLayer; }

    int selectedLayer() const { return m_selected; }
    void setSelectedLayer(int index);

    // What is marked: the first layer the engine cannot build, else the external problem.
    int problemLayer() const;
    QString problemMessage() const;

    // Geometry, for drag and drop and for tests: a card's rectangle (-1 = the input card),
    // and the insertion index 0..layers a drop at `pos` would use.
    QRect cardRect(int layer) const;
    int dropIndexAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void insertRequested(int index, LayerKind kind);
    // The layer at `from` should end up at index `to`.
    void moveRequested(int from, int to);
    void removeRequested(int index);
    void selectedLayerChanged(int index);

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dragMoveEvent(QDragMoveEvent* e) override;
    void dragLeaveEvent(QDragLeaveEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    struct Card {
        QString title;
        QString detail;
        QString shape;
        QString parameters;
        QColor color;
        QRect rect;
        QRect messageRect;   // under the card, for a problem message
    };

    void analyse();          // shapes, parameters and the engine's verdict on the spec
    void relayout();
    void paintCard(QPainter& p, const Card& card, bool selected, bool problem, bool isOutput,
                   const QString& warning = QString()) const;
    int layerAt(const QPoint& pos) const;
    bool canDrag(int layer) const;
    int maxInsertIndex() const;
    void startDrag(int layer);

    ModelSpec m_spec;
    std::optional<Shape> m_input;
    QString m_inputDescription;
    bool m_outputLocked = false;
    int m_selected = -1;
    int m_specProblemLayer = -1;
    QString m_specProblem;
    int m_externalProblemLayer = -1;
    QString m_externalProblem;
    int m_warningLayer = -1;
    QString m_warningTag;

    Card m_inputCard;
    std::vector<Card> m_cards;
    QRect m_bottomMessageRect;
    int m_contentHeight = 0;

    int m_dropIndex = -1;    // while something is dragged over the canvas
    QPoint m_pressPos;
    int m_pressedLayer = -1;
};

}  // namespace layerlab
