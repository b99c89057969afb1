#include "layer_palette.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

#include "layer_mime.h"
#include "translated_texts.h"
#include "layer_text.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr int kIconSize = 22;
constexpr int kCellPadding = 24;  // icon margin and gaps around the name
constexpr int kKindRole = Qt::UserRole + 1;
// The order a learner meets them: fully connected first, then images.
constexpr LayerKind kPaletteOrder[] = {LayerKind::Dense,     LayerKind::Dropout,   LayerKind::BatchNorm,
                                       LayerKind::Flatten,   LayerKind::Conv2D,    LayerKind::MaxPool2D,
                                       LayerKind::AvgPool2D, LayerKind::GlobalAvgPool};
}  // namespace

QIcon layerKindIcon(LayerKind kind)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0, 3.0}) {
        QPixmap pixmap(QSize(kIconSize, kIconSize) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(LayerText::kindColor(kind));
        p.drawRoundedRect(QRectF(2, 2, kIconSize - 4, kIconSize - 4), 4, 4);
        icon.addPixmap(pixmap);
    }
    return icon;
}

LayerPaletteList::LayerPaletteList(QWidget* parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(kIconSize, kIconSize));
    // two columns of kinds, all visible at once
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the minimum height shows every kind
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    style::useScaledFont(this, 1.15, true);  // and again when the UI is zoomed
    for (const LayerKind kind : kPaletteOrder) {
        auto* item = new QListWidgetItem(layerKindIcon(kind), QString(), this);
        item->setData(kKindRole, int(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    translatedTexts(this, [this] {
        for (int i = 0; i < count(); ++i) {
            QListWidgetItem* entry = item(i);
            const LayerKind kind = kindOf(entry);
            entry->setText(LayerText::kindName(kind));
            entry->setToolTip(LayerText::kindExplanation(kind));
            entry->setStatusTip(LayerText::kindExplanation(kind));
        }
        setToolTip(tr("Layers you can add: drag one onto the model, between two layers."));
        layoutCells();  // the cells fit the names in this language
    });
}

void LayerPaletteList::layoutCells()
{
    const QFontMetrics fm(font());
    int nameWidth = 0;
    for (int i = 0; i < count(); ++i)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(item(i)->text()));
    const int cellWidth = kIconSize + nameWidth + kCellPadding;
    const int cellHeight = std::max(kIconSize, fm.height()) + 8;
    const int available = viewport()->width();
    const int columns = available >= 2 * cellWidth ? 2 : 1;
    setGridSize(QSize(std::max(cellWidth, available / columns - 1), cellHeight));
    const int rows = (count() + columns - 1) / columns;
    setMinimumHeight(rows * cellHeight + 2 * frameWidth() + 4);
}

void LayerPaletteList::resizeEvent(QResizeEvent* e)
{
    QListWidget::resizeEvent(e);
    layoutCells();
}

void LayerPaletteList::changeEvent(QEvent* e)
{
    QListWidget::changeEvent(e);
    if (e->type() == QEvent::FontChange)
        layoutCells();  // the cells fit the names
}

QListWidgetItem* LayerPaletteList::itemFor(LayerKind kind) const
{
    for (int i = 0; i < count(); ++i)
        if (kindOf(item(i)) == kind)
            return item(i);
    return nullptr;
}

LayerKind LayerPaletteList::kindOf(const QListWidgetItem* item) { return LayerKind(item->data(kKindRole).toInt()); }

QMimeData* LayerPaletteList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    return makeLayerKindMime(kindOf(items.first()));
}

LayerPalette::LayerPalette(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    translatedTexts(this, [hint] { hint->setText(tr("Drag onto the model, between two layers (or double-click).")); });
    layout->addWidget(hint);
    m_list = new LayerPaletteList(this);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT addRequested(LayerPaletteList::kindOf(item)); });
}

}  // namespace layerlab
