#include "counter_label.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace layerlab {

namespace {
constexpr int kGap = 5;  // between the name and the value
}

CounterLabel::CounterLabel(const QString& name, const QString& toolTip, QWidget* parent)
    : QWidget(parent), m_name(name)
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    setFont(f);
    setToolTip(toolTip);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    updateFonts();
}

QString CounterLabel::text() const { return m_name + QLatin1Char(' ') + m_value; }

void CounterLabel::updateFonts()
{
    m_valueFont = font();
    m_valueFont.setBold(true);
    m_nameWidth = QFontMetrics(font()).horizontalAdvance(m_name);
    m_width = textWidth();
}

int CounterLabel::textWidth() const
{
    return m_nameWidth + kGap + QFontMetrics(m_valueFont).horizontalAdvance(m_value);
}

void CounterLabel::setValue(const QString& value)
{
    if (value == m_value)
        return;
    m_value = value;
    const int width = textWidth();
    if (width > m_width) {
        m_width = width;
        updateGeometry();
    }
    update();
}

QSize CounterLabel::sizeHint() const
{
    return {m_width + 2, std::max(QFontMetrics(font()).height(), QFontMetrics(m_valueFont).height())};
}

void CounterLabel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
        updateGeometry();
    }
}

void CounterLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setPen(palette().color(QPalette::WindowText));
    QRect r = rect();
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_name);
    r.setLeft(r.left() + m_nameWidth + kGap);
    p.setFont(m_valueFont);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_value);
}

}  // namespace layerlab
