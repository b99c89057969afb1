// Drag and drop of layers between the palette and the model canvas.
#pragma once

#include <QMimeData>
#include <QString>

#include <optional>

#include "model/model_spec.h"

namespace layerlab {

// A new layer of a kind, dragged from the palette: the payload is the kind's name.
inline const QString kLayerKindMime = QStringLiteral("application/x-layerlab-layer-kind");
// A card dragged inside the canvas: the payload is its 0-based index.
inline const QString kLayerIndexMime = QStringLiteral("application/x-layerlab-layer-index");

QMimeData* makeLayerKindMime(LayerKind kind);
std::optional<LayerKind> layerKindFromMime(const QMimeData* mime);
QMimeData* makeLayerIndexMime(int index);
std::optional<int> layerIndexFromMime(const QMimeData* mime);

}  // namespace layerlab
