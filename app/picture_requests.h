// Tells the worker which pictures to compute (decision map, neuron pictures, feature maps,
// predictions): those the views on screen need, together. A view that is shown, hidden,
// resized or pointed at another sample says so (SnapshotView::pictureRequestChanged), a view
// that paints without its pictures asked for (its dock tab raised: QMainWindow moves the
// docks behind a tab out of sight without hiding them) is noticed at its paint, and twice a
// second the views that went out of sight are dropped, so that the worker stops drawing
// for them. The combined request is sent once per event-loop turn, and only when it changes.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "snapshot_view.h"

namespace layerlab {

class TrainingController;

class PictureRequests : public QObject {
    Q_OBJECT
public:
    explicit PictureRequests(TrainingController* controller, QObject* parent = nullptr);

    void watch(SnapshotView* view);
    // What the views on screen need now (what is sent).
    PictureRequest combined() const;

    static constexpr int kRecheckMs = 500;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void send();

    TrainingController* m_controller;
    QList<QPointer<SnapshotView>> m_views;
    QTimer m_sendTimer;     // single shot: many views change in one turn (a dock shown)
    QTimer m_recheckTimer;  // views that left the screen without an event
};

// Whether `asked` includes all that `need` asks for.
bool covers(const PictureRequest& asked, const PictureRequest& need);

}  // namespace layerlab
