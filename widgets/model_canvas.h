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

#include "core/error.h"
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
    // Layers a diagnosis finding is about: outlined with a violet glow (distinct from the
    // selection, the problem and the warning) and the first one scrolled into view. Empty clears.
    void setHighlightedLayers(std::vector<int> layers);
    const std::vector<int>& highlightedLayers() const { return m_highlighted; }
    // How the gradient flows back while training: one norm per model layer (as the probes
    // measured it) and whether the layer has weights. Cards with weights show the norm and
    // a colour badge on a log scale; the links between cards are as thick as the gradient
    // they pass back. Empty: no flow (before training), the canvas looks as without it.
    void setGradientFlow(std::vector<double> gradientNorms, std::vector<bool> hasWeights);
    bool hasGradientFlow() const { return !m_gradientNorms.empty(); }
    const std::vector<double>& gradientFlow() const { return m_gradientNorms; }
    // The gradient norm drawn on the link into `layer` from above (-1: none): the layer's
    // own, or, for a layer without weights, the nearest weighted layer's.
    std::optional<double> linkGradient(int layer) const;
    // Where the gradient badge of `layer` is drawn (empty: none), and the flow legend.
    QRect gradientBadgeRect(int layer) const;
    QRect flowLegendRect() const { return m_legendRect; }

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
                   const QString& warning = QString(), std::optional<double> gradient = std::nullopt) const;
    void paintLink(QPainter& p, int fromY, int toY, int x, std::optional<double> gradient) const;
    void paintFlowLegend(QPainter& p) const;
    QString badgeText(double norm) const;
    QString gradientExplanation(double norm) const;  // for the card's tooltip
    QRect badgeRect(const Card& card, const QString& text) const;
    int legendHeight() const;
    void paintHighlight(QPainter& p, const QRect& rect) const;
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
    std::optional<SpecError> m_specError;  // put into words when shown, in the current language
    int m_externalProblemLayer = -1;
    QString m_externalProblem;
    int m_warningLayer = -1;
    QString m_warningTag;
    std::vector<int> m_highlighted;
    std::vector<double> m_gradientNorms;  // per layer; empty = no flow shown
    std::vector<bool> m_hasWeights;

    Card m_inputCard;
    std::vector<Card> m_cards;
    QRect m_bottomMessageRect;
    QRect m_legendRect;      // the gradient flow's legend, under the model while a flow is shown
    int m_contentHeight = 0;

    int m_dropIndex = -1;    // while something is dragged over the canvas
    QPoint m_pressPos;
    int m_pressedLayer = -1;
};

}  // namespace layerlab
