#include "training_controls.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

#include <algorithm>
#include <cmath>

#include "control_icons.h"
#include "counter_label.h"
#include "epoch_progress.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
// The buttons' icons, in lines of their text: 28 px at the desktop's usual type, larger
// when the UI is zoomed
constexpr double kIconLines = 1.75;

QSize iconSizeFor(const QFont& font)
{
    const int side = int(std::lround(QFontMetricsF(font).height() * kIconLines));
    return {side, side};
}

QToolButton* makeButton(ControlIcon icon, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setIcon(controlIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(false);
    style::useScaledFont(b, 1.1, true);
    b->setIconSize(iconSizeFor(b->font()));
    return b;
}

}  // namespace

TrainingControls::TrainingControls(QWidget* parent)
    : QWidget(parent), m_counterThrottle(this, kCounterRefreshMs, [this] { refresh(); }, RefreshThrottle::WhenHidden::Refresh)
{
    auto* layout = new QHBoxLayout(this);
    // minimumSizeHint() speaks for the squeezed bar, also as a window of its own
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(8);
    m_playIcon = controlIcon(ControlIcon::Play);
    m_pauseIcon = controlIcon(ControlIcon::Pause);
    m_play = makeButton(ControlIcon::Play, this);
    m_step = makeButton(ControlIcon::Step, this);
    m_epoch = makeButton(ControlIcon::StepEpoch, this);
    m_reset = makeButton(ControlIcon::Reset, this);
    for (QToolButton* b : {m_play, m_step, m_epoch, m_reset})
        layout->addWidget(b);
    m_speedChoice = new QComboBox(this);
    m_speedChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // its items' width in each language
    for (const double pace : {0.0, 100.0, 30.0, 10.0, 3.0, 1.0})
        m_speedChoice->addItem(QString(), pace);
    layout->addWidget(m_speedChoice);
    layout->addSpacing(12);

    m_epochCount = new CounterLabel(QString(), QString(), this);
    layout->addWidget(m_epochCount);
    m_epochProgress = new EpochProgress(this);
    layout->addWidget(m_epochProgress);
    m_eta = new CounterLabel(QString(), QString(), this);
    layout->addWidget(m_eta);
    m_stepCount = new CounterLabel(QString(), QString(), this);
    layout->addWidget(m_stepCount);
    m_speed = new CounterLabel(QString(), QString(), this);
    layout->addWidget(m_speed);
    m_loss = new CounterLabel(QString(), QString(), this);
    layout->addWidget(m_loss);
    layout->addSpacing(8);
    // the message takes the room left and never asks for more (ElidedLabel)
    m_reason = new ElidedLabel(this);
    style::useScaledFont(m_reason, 1.0, true);
    layout->addWidget(m_reason, 1);

    // all the room the toolbar has: the message uses what the controls leave
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    translatedTexts(this, [this] { setTexts(); });

    connect(m_play, &QToolButton::clicked, this, &TrainingControls::togglePlay);
    connect(m_step, &QToolButton::clicked, this, &TrainingControls::stepRequested);
    connect(m_epoch, &QToolButton::clicked, this, &TrainingControls::stepEpochRequested);
    connect(m_reset, &QToolButton::clicked, this, &TrainingControls::resetRequested);
    connect(m_speedChoice, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT paceChanged(pace()); });
}

void TrainingControls::setTexts()
{
    m_step->setText(tr("Step"));
    m_step->setToolTip(tr("Train on one mini-batch: one forward pass, one backward pass, one weight update."));
    //: The button that trains until the current epoch ends.
    m_epoch->setText(tr("Epoch"));
    m_epoch->setToolTip(tr("Train until the current epoch ends: every training sample seen once."));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Start again: fresh random weights from the seed, counters back to zero."));
    for (int i = 0; i < m_speedChoice->count(); ++i) {
        const double pace = m_speedChoice->itemData(i).toDouble();
        //: %1 training steps (mini-batches) per second.
        m_speedChoice->setItemText(i, pace == 0     ? tr("Full speed")
                                      : pace == 1.0 ? tr("1 step/s")
                                                    : tr("%1 steps/s").arg(pace));
    }
    m_speedChoice->setToolTip(tr("How fast Play trains: slow it down to watch the network change step by step."));
    //: The counter of epochs finished.
    m_epochCount->setName(tr("Epoch"));
    m_epochCount->setToolTip(tr("Epochs finished: one epoch is one pass over all training samples."));
    m_epochProgress->setToolTip(tr("How far training is through the current epoch."));
    m_eta->setName(tr("Epoch ends in"));
    m_eta->setToolTip(tr("Time left in the current epoch, from the training speed and the samples still to go."));
    //: The counter of steps trained.
    m_stepCount->setName(tr("Step"));
    m_stepCount->setToolTip(tr("Mini-batches trained so far: one step is one weight update."));
    m_speed->setName(tr("Samples/s"));
    m_loss->setName(tr("Loss"));
    m_loss->setToolTip(tr("The loss of the latest mini-batch: lower is better."));
    // the Play button, the speed tooltip and the message are state: drawn again
    m_playButtonShowsPause.reset();
    m_speed->setToolTip(QString());
    m_reason->setText(QString());
    refresh();
    // the buttons' names are as wide as this language makes them
    const int squeeze = m_squeeze;
    setSqueeze(0);
    measureButtons();
    setSqueeze(squeeze);
    updateSqueeze();
    updateGeometry();
}

void TrainingControls::measureButtons()
{
    m_buttonNamesWidth = 0;
    for (QToolButton* b : {m_play, m_step, m_epoch, m_reset}) {
        b->ensurePolished();
        const Qt::ToolButtonStyle current = b->toolButtonStyle();
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const int named = b->sizeHint().width();
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_buttonNamesWidth += named - b->sizeHint().width();
        b->setToolButtonStyle(current);
    }
}

void TrainingControls::setSqueeze(int squeeze)
{
    if (squeeze == m_squeeze)
        return;
    m_squeeze = squeeze;
    for (QToolButton* b : {m_play, m_step, m_epoch, m_reset})
        b->setToolButtonStyle(squeeze > 0 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    for (CounterLabel* c : {m_epochCount, m_eta, m_stepCount, m_speed, m_loss})
        c->setStacked(squeeze > 1);
}

int TrainingControls::countersSaving() const
{
    int saving = 0;
    for (const CounterLabel* c : {m_epochCount, m_eta, m_stepCount, m_speed, m_loss})
        saving += c->inlineWidth() - c->stackedWidth();
    return saving;
}

// The buttons' names and the counters' stacking are all that differ between squeezes.
int TrainingControls::widthAt(int squeeze, int widthNow) const
{
    int width = widthNow;
    if ((m_squeeze > 0) != (squeeze > 0))
        width += squeeze > 0 ? -m_buttonNamesWidth : m_buttonNamesWidth;
    if ((m_squeeze > 1) != (squeeze > 1))
        width += squeeze > 1 ? -countersSaving() : countersSaving();
    return width;
}

// Hints of the roomiest bar and of the most squeezed, whichever it shows now: they stay
// put when it changes.
QSize TrainingControls::sizeHint() const
{
    QSize size = QWidget::sizeHint();
    size.setWidth(widthAt(0, size.width()));
    return size;
}

QSize TrainingControls::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(widthAt(2, size.width()));
    return size;
}

void TrainingControls::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateSqueeze();
}

bool TrainingControls::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    // a counter grew a digit ("0:42" after "–"): the same width may need more squeeze
    if (event->type() == QEvent::LayoutRequest)
        updateSqueeze();
    return handled;
}

// The least squeeze that leaves the message, if any, the room it would like: its text over
// its two lines (plus a little slack for the wrapping), at most its sizeHint.
void TrainingControls::updateSqueeze()
{
    const QFontMetrics fm(m_reason->font());
    const int wanted = std::min(fm.horizontalAdvance(m_reason->text()) / m_reason->maximumLines() + 4 * fm.averageCharWidth(),
                                m_reason->sizeHint().width());
    const int extra = std::max(0, wanted - m_reason->minimumSizeHint().width());
    const int minimum = QWidget::minimumSizeHint().width();
    int squeeze = 0;
    while (squeeze < 2 && width() < widthAt(squeeze, minimum) + extra)
        ++squeeze;
    setSqueeze(squeeze);
}

void TrainingControls::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // the buttons' fonts follow this one's (style::useScaledFont), already changed
        for (QToolButton* b : {m_play, m_step, m_epoch, m_reset})
            b->setIconSize(iconSizeFor(b->font()));
        const int squeeze = m_squeeze;
        setSqueeze(0);
        measureButtons();
        setSqueeze(squeeze);
        updateGeometry();
    }
}

void TrainingControls::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot)
{
    // While training plays, the counters change with every snapshot (30 a second), faster
    // than anyone reads them: they follow at the throttle's rate. Anything else (a pause, a
    // single step, a change of state) shows at once.
    const bool news = !snapshot || !m_snapshot || !snapshot->playing || snapshot->playing != m_snapshot->playing ||
                      snapshot->state != m_snapshot->state;
    m_snapshot = std::move(snapshot);
    if (news)
        m_counterThrottle.now();
    else
        m_counterThrottle.request();
}

void TrainingControls::setBlockedReason(const QString& reason)
{
    m_blockedReason = reason;
    refresh();
}

double TrainingControls::pace() const { return m_speedChoice->currentData().toDouble(); }

void TrainingControls::setPace(double stepsPerSecond)
{
    const int index = m_speedChoice->findData(stepsPerSecond);
    m_speedChoice->setCurrentIndex(index >= 0 ? index : 0);
}

double TrainingControls::secondsLeftInEpoch(const TrainingSnapshot& s)
{
    if (!(s.samplesPerSecond > 0) || s.samplesPerEpoch <= 0)
        return -1;
    // samples left = (1 - progress) * samples per epoch
    const double samplesLeft = std::clamp(1.0 - s.epochProgress, 0.0, 1.0) * double(s.samplesPerEpoch);
    return samplesLeft / s.samplesPerSecond;
}

QString TrainingControls::formatDuration(double seconds)
{
    const qint64 total = std::max<qint64>(0, std::llround(seconds));
    const qint64 h = total / 3600, m = (total / 60) % 60, sec = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
}

QString TrainingControls::speedToolTip(double refreshStretch)
{
    QString tip = tr("Training speed: samples pushed forward and backward per second.");
    if (refreshStretch >= 1.5)
        tip += QStringLiteral("\n\n") +
               tr("Training keeps every core busy, so the charts and views refresh about %1 times less "
                  "often than usual: drawing them as often would slow training down.")
                   .arg(std::lround(refreshStretch));
    return tip;
}

bool TrainingControls::canPlay() const { return m_play->isEnabled(); }

void TrainingControls::togglePlay()
{
    if (m_playing)
        Q_EMIT pauseRequested();
    else if (canPlay())
        Q_EMIT playRequested();
}

void TrainingControls::refresh()
{
    const TrainingSnapshot empty;
    const TrainingSnapshot& s = m_snapshot ? *m_snapshot : empty;
    const QLocale locale;
    m_playing = s.playing;
    m_displayedStep = s.step;

    // Why the run cannot go on, if it cannot.
    QString reason = m_blockedReason;
    bool stepsPossible = reason.isEmpty();
    bool playPossible = stepsPossible;
    QString state;
    if (reason.isEmpty()) {
        switch (s.state) {
        case TrainerState::Ready:
            break;
        case TrainerState::Finished:
            reason = tr("Finished all %1 epochs. Raise Epochs to train on, or Reset.").arg(s.epoch);
            stepsPossible = playPossible = false;
            break;
        case TrainerState::EarlyStopped:
            state = tr("Stopped early: the validation loss stopped improving. Play continues anyway.");
            stepsPossible = false;
            break;
        case TrainerState::Diverged:
            stepsPossible = false;
            playPossible = s.weightsFinite;
            reason = playPossible ? tr("Diverged. Fix the cause (see the banner), then Play continues from here.")
                                  : tr("Diverged: the weights are Inf/NaN. Press Reset to start again.");
            break;
        }
    }

    m_play->setEnabled(m_playing || playPossible);
    // This runs for every snapshot (30 a second): change the button only when its state does.
    if (m_playButtonShowsPause != m_playing) {
        m_playButtonShowsPause = m_playing;
        m_play->setIcon(m_playing ? m_pauseIcon : m_playIcon);
        m_play->setText(m_playing ? tr("Pause") : tr("Play"));
    }
    m_play->setToolTip(m_playing ? tr("Pause (Space): stop after the current mini-batch.")
                                 : tr("Play (Space): train mini-batch after mini-batch until you pause."));
    if (!playPossible && !m_playing && !reason.isEmpty())
        m_play->setToolTip(reason);
    m_step->setEnabled(stepsPossible);
    m_epoch->setEnabled(stepsPossible);
    m_reset->setEnabled(m_blockedReason.isEmpty());

    m_epochCount->setValue(locale.toString(s.epoch));
    m_epochProgress->setPercent(int(std::lround(s.epochProgress * 100)));
    const double left = secondsLeftInEpoch(s);
    m_eta->setValue(s.playing && left >= 0 ? formatDuration(left) : QStringLiteral("–"));
    m_stepCount->setValue(locale.toString(qlonglong(s.step)));
    m_speed->setValue(s.samplesPerSecond > 0 ? locale.toString(qlonglong(std::llround(s.samplesPerSecond)))
                                             : QStringLiteral("–"));
    // While training keeps every core busy the views refresh less often (RefreshBudget):
    // said where the speed is, so that calmer charts are not taken for a slow app.
    const QString speedTip = speedToolTip(RefreshThrottle::stretch());
    if (m_speed->toolTip() != speedTip)
        m_speed->setToolTip(speedTip);
    const auto& losses = s.stepLoss.values();
    m_loss->setValue(losses.empty() ? QStringLiteral("–") : QString::number(double(losses.back()), 'g', 4));

    m_reason->setTextColor(reason.isEmpty() ? QColor(0x55, 0x5b, 0x63) : style::kProblem);
    if (const QString text = reason.isEmpty() ? state : reason; text != m_reason->text()) {
        m_reason->setText(text);
        updateSqueeze();
    }
}

}  // namespace layerlab
