#include "snapshot_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include "elided_label.h"
#include "session/snapshot.h"
#include "view_style.h"

namespace layerlab {

SnapshotView::SnapshotView(int refreshMs, QWidget* parent)
    : QWidget(parent), m_throttle(this, refreshMs, [this] { rebuild(); })
{
    m_toolbar = new QWidget(this);
    m_toolbarRow = new QHBoxLayout(m_toolbar);
    m_toolbarRow->setContentsMargins(0, 0, 0, 0);
    // the title takes the room the view's controls leave, and gives it up where that is
    // short: the dock's title or tab names the view too (its whole text in the tooltip)
    m_heading = new ElidedLabel(m_toolbar);
    m_heading->setObjectName(QStringLiteral("viewTitle"));
    m_heading->setMaximumLines(1);
    m_heading->setMinimumCharacters(1);
    m_heading->setWholeOrNothing(true);
    style::useFont(m_heading, style::FontRole::Title);
    m_toolbarRow->addWidget(m_heading, 1);
    m_body = new QVBoxLayout(this);
    m_body->setContentsMargins(6, 6, 6, 6);
    m_body->addWidget(m_toolbar);
    // presentation mode: views that draw their own lines read style::lineScale() as they paint
    connect(style::ViewStyleNotifier::instance(), &style::ViewStyleNotifier::lineScaleChanged, this,
            [this] { update(); });
}

void SnapshotView::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    Q_EMIT pictureRequestChanged();
}

void SnapshotView::hideEvent(QHideEvent* e)
{
    QWidget::hideEvent(e);
    Q_EMIT pictureRequestChanged();
}

SnapshotView::~SnapshotView() = default;

void SnapshotView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_throttle.request();
}

void SnapshotView::refreshNow() { m_throttle.now(); }

void SnapshotView::setTitle(const QString& title) { m_heading->setText(title); }

void SnapshotView::finishToolbar(const QString& exportName, std::function<CsvTable()> table)
{
    if (m_toolbarRow->count() > 1)  // the view's own controls stand before it
        m_toolbarRow->addSpacing(8);
    m_toolbarRow->addWidget(addExportActions(this, this, exportName, std::move(table)));
}

void SnapshotView::setMinimumDrawingSize(QSize size)
{
    m_minimumDrawing = size;
    updateGeometry();
}

QSize SnapshotView::minimumSizeHint() const { return QWidget::minimumSizeHint().expandedTo(m_minimumDrawing); }

int SnapshotView::drawingTop() const { return m_toolbar->geometry().bottom() + 1; }

void SnapshotView::drawMessage(QPainter& painter, const QString& message) const
{
    painter.setFont(style::labelFont(font()));
    painter.setPen(style::kMutedText);
    painter.drawText(QRectF(rect()).adjusted(20, drawingTop() + 10, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                     message);
}

void SnapshotView::updateDrawing() { update(0, drawingTop(), width(), height() - drawingTop()); }

}  // namespace layerlab
