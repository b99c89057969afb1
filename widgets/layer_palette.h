// The layer palette: every layer kind LayerLab can build, to drag onto the model canvas
// (or double-click to add before the output layer).
#pragma once

#include <QListWidget>
#include <QWidget>

#include "model/model_spec.h"

namespace layerlab {

// The list itself: drags carry the layer kind (layer_mime.h).
class LayerPaletteList : public QListWidget {
    Q_OBJECT
public:
    explicit LayerPaletteList(QWidget* parent = nullptr);
    // The row of a kind, for tests that synthesise drags.
    QListWidgetItem* itemFor(LayerKind kind) const;
    static LayerKind kindOf(const QListWidgetItem* item);
    // What a drag of that kind carries (the caller owns it).
    QMimeData* dragData(LayerKind kind) const { return mimeData({itemFor(kind)}); }

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void resizeEvent(QResizeEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    // Two columns when the names fit side by side, else one; every kind stays visible.
    void layoutCells();
};

class LayerPalette : public QWidget {
    Q_OBJECT
public:
    explicit LayerPalette(QWidget* parent = nullptr);
    LayerPaletteList* list() const { return m_list; }

Q_SIGNALS:
    // Double-click or Enter on a kind: add it to the model (before the output layer).
    void addRequested(LayerKind kind);

private:
    LayerPaletteList* m_list = nullptr;
};

// A small square in the kind's colour, drawn sharp at any device pixel ratio.
QIcon layerKindIcon(LayerKind kind);

}  // namespace layerlab
