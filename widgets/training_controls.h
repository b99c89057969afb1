// The training controls: Play/Pause, Step one mini-batch, Step one epoch, Reset, and the
// counters a class watches (epoch, step, samples per second, the latest loss). When
// training cannot start the buttons are disabled and the reason is written beside them.
#pragma once

#include <QIcon>
#include <QWidget>

#include <memory>
#include <optional>

#include "counter_label.h"
#include "epoch_progress.h"
#include "refresh_throttle.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace layerlab {

struct TrainingSnapshot;

class TrainingControls : public QWidget {
    Q_OBJECT
public:
    explicit TrainingControls(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot);
    // Why training cannot run (a broken model, data still loading); empty when it can.
    void setBlockedReason(const QString& reason);

    bool playing() const { return m_playing; }
    bool canPlay() const;
    // Play when paused, pause when playing (the Space key).
    void togglePlay();

    QToolButton* playButton() const { return m_play; }
    QToolButton* stepButton() const { return m_step; }
    QToolButton* epochButton() const { return m_epoch; }
    QToolButton* resetButton() const { return m_reset; }
    QComboBox* speedEditor() const { return m_speedChoice; }
    // Mini-batches per second while playing; 0 = as fast as possible.
    double pace() const;
    void setPace(double stepsPerSecond);
    CounterLabel* stepLabel() const { return m_stepCount; }
    CounterLabel* etaLabel() const { return m_eta; }
    CounterLabel* speedLabel() const { return m_speed; }
    // Seconds until the current epoch ends: the samples left in it over samples per second;
    // negative when unknown (no speed measured yet, or no epoch size).
    static double secondsLeftInEpoch(const TrainingSnapshot& s);
    // "0:42", "12:05", "1:02:03".
    static QString formatDuration(double seconds);
    QLabel* reasonLabel() const { return m_reason; }
    qint64 displayedStep() const { return m_displayedStep; }

Q_SIGNALS:
    void playRequested();
    void pauseRequested();
    void stepRequested();
    void stepEpochRequested();
    void resetRequested();
    void paceChanged(double stepsPerSecond);

private:
    static constexpr int kCounterRefreshMs = 100;
    void refresh();
    // The speed counter's tooltip; past 1.5x it says that the views refresh less often.
    static QString speedToolTip(double refreshStretch);

    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    RefreshThrottle m_counterThrottle;
    QString m_blockedReason;
    bool m_playing = false;
    std::optional<bool> m_playButtonShowsPause;  // what the Play button was last drawn as
    qint64 m_displayedStep = 0;
    QIcon m_playIcon;
    QIcon m_pauseIcon;

    QToolButton* m_play = nullptr;
    QToolButton* m_step = nullptr;
    QToolButton* m_epoch = nullptr;
    QToolButton* m_reset = nullptr;
    QComboBox* m_speedChoice = nullptr;
    CounterLabel* m_epochCount = nullptr;
    EpochProgress* m_epochProgress = nullptr;
    CounterLabel* m_eta = nullptr;
    CounterLabel* m_stepCount = nullptr;
    CounterLabel* m_speed = nullptr;
    CounterLabel* m_loss = nullptr;
    QLabel* m_reason = nullptr;
};

}  // namespace layerlab
