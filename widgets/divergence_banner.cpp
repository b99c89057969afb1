#include "divergence_banner.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "message_text.h"
#include "training/divergence_text.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

DivergenceBanner::DivergenceBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("divergenceBanner"));
    setStyleSheet(QStringLiteral("#divergenceBanner { background: #fdecea; border: 2px solid #c62828; "
                                 "border-radius: 6px; } QLabel { color: #3e0b0b; }"));
    // Two rows, to take little height across the window: what happened; what to try.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(4);
    m_title = new QLabel(this);
    style::useScaledFont(m_title, 1.25, true);  // and again when the UI is zoomed
    m_title->setWordWrap(false);  // one line; the message beside it wraps instead
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    style::useScaledFont(m_message, 1.1, true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* happened = new QHBoxLayout;
    happened->setSpacing(14);
    happened->addWidget(m_title);
    happened->addWidget(m_message, 1);
    layout->addLayout(happened, 0, 0, 1, 2);
    m_hints = new QLabel(this);
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);
    layout->addWidget(m_hints, 1, 0);

    auto* buttons = new QHBoxLayout;
    m_lowerRate = new QPushButton(this);
    m_clip = new QPushButton(this);
    m_reset = new QPushButton(this);
    buttons->addWidget(m_lowerRate);
    buttons->addWidget(m_clip);
    buttons->addWidget(m_reset);
    layout->addLayout(buttons, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_lowerRate, &QPushButton::clicked, this, &DivergenceBanner::lowerLearningRateRequested);
    connect(m_clip, &QPushButton::clicked, this, &DivergenceBanner::clipGradientsRequested);
    connect(m_reset, &QPushButton::clicked, this, &DivergenceBanner::resetRequested);
    hide();
    translatedTexts(this, [this] {
        m_lowerRate->setToolTip(tr("Divide the learning rate by 10: smaller steps cannot overshoot as far."));
        m_clip->setText(tr("Clip gradients at norm 1"));
        m_clip->setToolTip(tr("Scale every gradient down to length 1 when it is longer, so one step cannot throw "
                              "the weights far."));
        m_reset->setText(tr("Reset weights"));
        m_reset->setToolTip(tr("Start again from fresh random weights: needed once the weights are Inf/NaN."));
        showTexts();
    });
}

QString DivergenceBanner::whereText(Divergence::Where where)
{
    return QCoreApplication::translate(kDivergenceTextContext, divergencePlace(where));
}

void DivergenceBanner::setDivergence(const std::optional<Divergence>& d, float learningRate)
{
    m_divergence = d;
    m_learningRate = learningRate;
    setVisible(d.has_value());
    showTexts();
}

void DivergenceBanner::showTexts()
{
    const std::optional<Divergence>& d = m_divergence;
    if (!d)
        return;
    const float learningRate = m_learningRate;
    m_title->setText(tr("Training diverged at step %1 (epoch %2) and paused itself.").arg(d->step).arg(d->epoch));
    // what happened, in the banner's own words; the engine's sentence goes in the tooltip
    m_message->setText(d->layer >= 0 ? tr("Values became Inf/NaN %1, at %2.")
                                           .arg(whereText(d->where), QString::fromStdString(d->layerLabel))
                                     : tr("Values became Inf/NaN %1.").arg(whereText(d->where)));
    setToolTip(messageText(describeDivergence(*d)));
    // the advice is written once, in the engine, and translated here
    m_hints->setText(tr("<b>What to try:</b> %1")
                         .arg(QCoreApplication::translate(kDivergenceTextContext, divergenceAdvice(d->where))));
    m_lowerRate->setText(tr("Lower learning rate to %1").arg(double(learningRate) / 10.0, 0, 'g', 3));
}

QString DivergenceBanner::title() const { return m_title->text(); }
QString DivergenceBanner::message() const { return m_message->text(); }

}  // namespace layerlab
