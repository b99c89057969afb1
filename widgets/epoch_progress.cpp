#include "epoch_progress.h"

#include <QStyleOptionProgressBar>
#include <QStylePainter>

#include <algorithm>

namespace layerlab {

EpochProgress::EpochProgress(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void EpochProgress::setPercent(int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (percent == m_percent)
        return;
    m_percent = percent;
    update();
}

QSize EpochProgress::sizeHint() const
{
    // about ten characters wide: it grows with the type when the UI is zoomed
    return {fontMetrics().averageCharWidth() * 13, fontMetrics().height() + 8};
}

void EpochProgress::paintEvent(QPaintEvent*)
{
    QStylePainter p(this);
    QStyleOptionProgressBar option;
    option.initFrom(this);
    option.state |= QStyle::State_Horizontal;  // Qt 6's way to say the orientation
    option.minimum = 0;
    option.maximum = 100;
    option.progress = m_percent;
    option.text = QStringLiteral("%1%").arg(m_percent);
    option.textVisible = true;
    option.textAlignment = Qt::AlignCenter;
    p.drawControl(QStyle::CE_ProgressBar, option);
}

}  // namespace layerlab
