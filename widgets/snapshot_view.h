// What every training view shares: a toolbar row (the view's title, its own controls, the
// PNG/CSV export button) above what it shows, and the latest snapshot, which the view
// redraws from at a bounded rate and only while it is visible (refresh_throttle.h).
//
// Rates: what must feel live (learning curves, network, decision map) redraws 10 times a
// second; histograms and gradient norms, which move slowly, 5 times; per-epoch and image
// views 3-4 times. On two cores every millisecond the UI thread spends is taken from
// training, so no view redraws faster than a student can read it.
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

#include "chart_export.h"
#include "refresh_throttle.h"
#include "session/snapshot.h"

class QHBoxLayout;
class QPainter;
class QVBoxLayout;

namespace layerlab {

class ElidedLabel;

class SnapshotView : public QWidget {
    Q_OBJECT

public:
    ~SnapshotView() override;

    // Keeps the snapshot; the view redraws from it within its refresh interval.
    void setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot);
    // Redraws from the stored snapshot at once.
    void refreshNow();
    // The snapshot the view draws from (while replaying, not the latest).
    const std::shared_ptr<const TrainingSnapshot>& snapshot() const { return m_snapshot; }

    // At least what its toolbar row and body need (they grow with the UI's zoom), and the
    // drawing's own minimum: a minimum size set in pixels would squeeze the toolbar's
    // controls in zoomed type.
    QSize minimumSizeHint() const override;

    // What this view needs the worker to compute from the weights while it is on screen
    // (maps, feature maps, predictions): it arrives in the snapshot's pictures. Nothing by
    // default; the window asks the worker for what its visible views need together.
    virtual PictureRequest pictureRequest() const { return {}; }

Q_SIGNALS:
    // What pictureRequest() returns, or whether the view is on screen, has changed.
    void pictureRequestChanged();

protected:
    SnapshotView(int refreshMs, QWidget* parent);
    void showEvent(QShowEvent* e) override;
    void hideEvent(QHideEvent* e) override;

    // Rebuilds what the view shows from snapshot(). Called at most every refreshMs, and
    // only while the view is visible; a view's constructor calls it once itself.
    virtual void rebuild() = 0;
    // Asks for a rebuild within the refresh interval (after a resize, new data, ...).
    void requestRefresh() { m_throttle.request(); }

    // The view's name at the toolbar's left: set by the view's translatedTexts block, so
    // that it follows the language.
    void setTitle(const QString& title);
    // The toolbar holds the title and a stretch: views add their controls to its row,
    // then finishToolbar puts the export button at the right end.
    QWidget* toolbar() const { return m_toolbar; }
    QHBoxLayout* toolbarRow() const { return m_toolbarRow; }
    void finishToolbar(const QString& exportName, std::function<CsvTable()> table);
    // Below the toolbar: chart views add their charts; painted views leave it empty and
    // draw under the toolbar themselves.
    QVBoxLayout* body() const { return m_body; }
    // The top of the drawing area, just under the toolbar.
    int drawingTop() const;
    // The least size of a painted view, toolbar included. (Not grown with the zoom: the
    // drawings scale to their room, and a zoomed UI on a small screen has little of it.)
    void setMinimumDrawingSize(QSize size);
    // Repaints under the toolbar only: its buttons and labels have nothing new to draw,
    // and a full update() repaints every one of them too.
    void updateDrawing();
    // What the view says when it has nothing to draw yet (and why): muted, centred and
    // wrapped in the drawing area.
    void drawMessage(QPainter& painter, const QString& message) const;

private:
    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    RefreshThrottle m_throttle;
    QWidget* m_toolbar = nullptr;
    ElidedLabel* m_heading = nullptr;
    QHBoxLayout* m_toolbarRow = nullptr;
    QVBoxLayout* m_body = nullptr;
    QSize m_minimumDrawing;
};

}  // namespace layerlab
