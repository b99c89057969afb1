#include "layer_mime.h"

namespace layerlab {

QMimeData* makeLayerKindMime(LayerKind kind)
{
    auto* mime = new QMimeData;
    mime->setData(kLayerKindMime, QByteArray(layerKindName(kind).data(), qsizetype(layerKindName(kind).size())));
    return mime;
}

std::optional<LayerKind> layerKindFromMime(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(kLayerKindMime))
        return std::nullopt;
    return layerKindFromName(mime->data(kLayerKindMime).toStdString());
}

QMimeData* makeLayerIndexMime(int index)
{
    auto* mime = new QMimeData;
    mime->setData(kLayerIndexMime, QByteArray::number(index));
    return mime;
}

std::optional<int> layerIndexFromMime(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(kLayerIndexMime))
        return std::nullopt;
    bool ok = false;
    const int index = mime->data(kLayerIndexMime).toInt(&ok);
    return ok ? std::optional<int>(index) : std::nullopt;
}

}  // namespace layerlab
