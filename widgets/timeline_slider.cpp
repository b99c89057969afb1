#include "timeline_slider.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

// A click on the groove jumps to that frame (a plain slider only pages towards it): on a
// timeline the student points at the moment to see.
class JumpSlider : public QSlider {
public:
    using QSlider::QSlider;

protected:
    void mousePressEvent(QMouseEvent* e) override
    {
        if (e->button() == Qt::LeftButton) {
            QStyleOptionSlider option;
            initStyleOption(&option);
            const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
            if (!handle.contains(e->position().toPoint())) {
                const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
                const int x = int(e->position().x()) - groove.left() - handle.width() / 2;
                const int span = groove.width() - handle.width();
                setSliderPosition(QStyle::sliderValueFromPosition(minimum(), maximum(), x, span));
                triggerAction(SliderMove);
                setRepeatAction(SliderNoAction);
            }
        }
        QSlider::mousePressEvent(e);
    }
};

}  // namespace

TimelineSlider::TimelineSlider(QWidget* parent) : QWidget(parent)
{
    m_slider = new JumpSlider(Qt::Horizontal);
    m_slider->setRange(0, 0);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(1);  // PgUp/PgDn: frame by frame too
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_status = new QLabel;
    m_live = new QPushButton;
    m_live->setEnabled(false);

    // One row, the step first: on a projector every line under the canvas is a card less.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_live);
    setFocusProxy(m_slider);

    connect(m_slider, &QSlider::valueChanged, this, &TimelineSlider::onSliderMoved);
    connect(m_live, &QPushButton::clicked, this, &TimelineSlider::goLive);
    syncSlider();
    translatedTexts(this, [this] {
        m_slider->setToolTip(tr("Replay the run: drag left to see the gradients, weights and activations as they "
                                "were at an earlier step; training goes on meanwhile. The right end (or End, or "
                                "Live) follows training live. Arrow keys and PgUp/PgDn move frame by frame."));
        m_status->setToolTip(m_slider->toolTip());
        //: The button that returns the views to the running training.
        m_live->setText(tr("Live"));
        m_live->setToolTip(tr("Back to live: follow training again (End)"));
        updateStatus();
    });
}

int TimelineSlider::frameCount() const { return m_frames ? int(m_frames->size()) : 0; }

void TimelineSlider::setTimeline(std::shared_ptr<const ProbeFrames> frames, std::int64_t currentStep)
{
    const bool newRun = !frames || frames->empty() || !m_frames || m_frames->empty() ||
                        frames->front() != m_frames->front() || currentStep < m_currentStep;
    m_frames = std::move(frames);
    m_currentStep = currentStep;
    if (m_selected && newRun) {
        m_selected.reset();
        syncSlider();
        updateStatus();
        Q_EMIT frameSelected(nullptr);
        return;
    }
    if (m_selected) {
        // thinned: the same step if it is still there, else the nearest one
        const auto& kept = (*m_frames)[size_t(indexNearest(m_selected->step))];
        if (kept != m_selected) {
            m_selected = kept;
            Q_EMIT frameSelected(m_selected);
        }
    }
    syncSlider();
    updateStatus();
}

void TimelineSlider::selectFrame(int index)
{
    const int n = frameCount();
    index = std::clamp(index, 0, n);
    select(index < n ? (*m_frames)[size_t(index)] : nullptr);
}

void TimelineSlider::goLive() { select(nullptr); }

void TimelineSlider::onSliderMoved(int value) { selectFrame(value); }

void TimelineSlider::select(std::shared_ptr<const ProbeReport> frame)
{
    if (frame == m_selected) {
        syncSlider();
        return;
    }
    m_selected = std::move(frame);
    syncSlider();
    updateStatus();
    Q_EMIT frameSelected(m_selected);
}

int TimelineSlider::indexNearest(std::int64_t step) const
{
    const ProbeFrames& frames = *m_frames;
    const auto after = std::lower_bound(frames.begin(), frames.end(), step,
                                        [](const auto& frame, std::int64_t s) { return frame->step < s; });
    if (after == frames.end())
        return int(frames.size()) - 1;
    if (after != frames.begin() && step - (*std::prev(after))->step < (*after)->step - step)
        return int(after - frames.begin()) - 1;
    return int(after - frames.begin());
}

void TimelineSlider::syncSlider()
{
    const int n = frameCount();
    const QSignalBlocker block(m_slider);
    // one position per frame, and the last one past them for Live
    m_slider->setRange(0, n);
    m_slider->setValue(m_selected ? indexNearest(m_selected->step) : n);
    m_slider->setEnabled(n > 0);
    m_live->setEnabled(m_selected != nullptr);
}

QString TimelineSlider::statusText() const { return m_status->text(); }

void TimelineSlider::updateStatus()
{
    const QLocale locale;
    if (m_selected) {
        m_status->setText(tr("Replay · step %1 / %2")
                              .arg(locale.toString(qlonglong(m_selected->step)), locale.toString(qlonglong(m_currentStep))));
        m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(style::kWarning.name()));
    } else {
        m_status->setText(frameCount() == 0 ? tr("Live")
                                            : tr("Live · step %1").arg(locale.toString(qlonglong(m_currentStep))));
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(style::kHealthy.name()));
    }
}

void TimelineSlider::keyPressEvent(QKeyEvent* e)
{
    if (e->key() == Qt::Key_End) {
        goLive();
        return;
    }
    QWidget::keyPressEvent(e);
}

}  // namespace layerlab
