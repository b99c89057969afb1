// The training controls: Play/Pause, Step one mini-batch, Step one epoch, Reset, and the
// counters a class watches (epoch, step, samples per second, the latest loss). When
// training cannot start the buttons are disabled and the reason is written beside them.
//
// It fits the narrowest classroom screen, in presentation type too: the message takes the
// room left over (wrapped, elided, whole in its tooltip) and never widens the bar; when the
// bar is too narrow for the buttons' names and the message, the buttons show their icons
// only (their names are in their tooltips), and when still too narrow the counters stack
// their names above their values. minimumSizeHint() is that most squeezed width, whatever
// the message says; sizeHint() the roomiest.
#pragma once

#include <QIcon>
#include <QWidget>

#include <memory>
#include <optional>

#include "counter_label.h"
#include "elided_label.h"
#include "epoch_progress.h"
#include "refresh_throttle.h"

QT_BEGIN_NAMESPACE
class QComboBox;
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
    // Why the run cannot go on, or how it stopped: wrapped and elided to the room left, the
    // whole text in its tooltip (text() is the whole text).
    ElidedLabel* reasonLabel() const { return m_reason; }
    qint64 displayedStep() const { return m_displayedStep; }
    // How the bar makes room: 0 not at all, 1 the buttons show icons only, 2 and the
    // counters are stacked.
    int squeeze() const { return m_squeeze; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void playRequested();
    void pauseRequested();
    void stepRequested();
    void stepEpochRequested();
    void resetRequested();
    void paceChanged(double stepsPerSecond);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kCounterRefreshMs = 100;
    // How much wider the buttons are with their names beside their icons.
    void measureButtons();
    void setSqueeze(int squeeze);
    void updateSqueeze();
    // The bar's width at a squeeze, from its width now (hint or minimum).
    int widthAt(int squeeze, int widthNow) const;
    int countersSaving() const;
    void refresh();
    // Names and tooltips in the current language, and the state's texts drawn again.
    void setTexts();
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
    int m_squeeze = 0;
    int m_buttonNamesWidth = 0;

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
    ElidedLabel* m_reason = nullptr;
};

}  // namespace layerlab
