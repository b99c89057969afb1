// The timeline under the canvas: replays the run's recorded probe frames. At its right end
// it is "Live" and follows training; moved left it selects a recorded frame, which the
// canvas and the probe views then show, while training goes on. Frames are thinned as the
// run grows (they halve when full), so a replay holds on to its frame's step, not its index;
// a new run (its first frame changes, or the record shrinks to nothing) goes back to Live.
#pragma once

#include <QWidget>

#include <cstdint>
#include <memory>

#include "session/snapshot.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QSlider;
QT_END_NAMESPACE

namespace layerlab {

class TimelineSlider : public QWidget {
    Q_OBJECT
public:
    explicit TimelineSlider(QWidget* parent = nullptr);

    // The run's frames, oldest first (null or empty: nothing recorded yet), and the step
    // training has reached.
    void setTimeline(std::shared_ptr<const ProbeFrames> frames, std::int64_t currentStep);

    bool isLive() const { return !m_selected; }
    // The replayed frame; null while live.
    const std::shared_ptr<const ProbeReport>& selectedFrame() const { return m_selected; }
    // Selects frame `index` of the timeline; the index past the last one is Live.
    void selectFrame(int index);
    void goLive();

    int frameCount() const;
    QSlider* slider() const { return m_slider; }
    QPushButton* liveButton() const { return m_live; }
    QString statusText() const;

Q_SIGNALS:
    // What to show changed: a recorded frame, or null to follow training live again.
    void frameSelected(std::shared_ptr<const ProbeReport> frame);

protected:
    void keyPressEvent(QKeyEvent* e) override;

private:
    void onSliderMoved(int value);
    void select(std::shared_ptr<const ProbeReport> frame);
    // The index of the frame nearest to `step` (frames are in step order).
    int indexNearest(std::int64_t step) const;
    void syncSlider();
    void updateStatus();

    QSlider* m_slider = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_live = nullptr;
    std::shared_ptr<const ProbeFrames> m_frames;
    std::int64_t m_currentStep = 0;
    std::shared_ptr<const ProbeReport> m_selected;
};

}  // namespace layerlab
