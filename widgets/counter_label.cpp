#include "counter_label.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

#include "view_style.h"

namespace layerlab {

namespace {
constexpr int kGap = 5;                 // between the name and the value
constexpr qreal kCounterScale = 1.2;    // of the bar's type
}

CounterLabel::CounterLabel(const QString& name, const QString& toolTip, QWidget* parent)
    : QWidget(parent), m_name(name)
{
    // larger than the bar's text, and growing with it when the UI is zoomed
    style::useScaledFont(this, kCounterScale, false);
    setToolTip(toolTip);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    updateFonts();
}

QString CounterLabel::text() const { return m_name + QLatin1Char(' ') + m_value; }

void CounterLabel::updateFonts()
{
    m_valueFont = font();
    m_valueFont.setBold(true);
    m_stackedNameFont = style::scaledFont(font(), 1 / kCounterScale, false);  // the bar's own size
    m_nameWidth = QFontMetrics(font()).horizontalAdvance(m_name);
    m_stackedNameWidth = QFontMetrics(m_stackedNameFont).horizontalAdvance(m_name);
    m_valueWidth = QFontMetrics(m_valueFont).horizontalAdvance(m_value);
    m_width = m_nameWidth + kGap + m_valueWidth;
}

void CounterLabel::setName(const QString& name)
{
    if (name == m_name)
        return;
    m_name = name;
    updateFonts();
    updateGeometry();
    update();
}

void CounterLabel::setValue(const QString& value)
{
    if (value == m_value)
        return;
    m_value = value;
    const int width = QFontMetrics(m_valueFont).horizontalAdvance(m_value);
    if (width > m_valueWidth) {
        m_valueWidth = width;
        m_width = m_nameWidth + kGap + m_valueWidth;
        updateGeometry();
    }
    update();
}

void CounterLabel::setStacked(bool stacked)
{
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    updateGeometry();
    update();
}

QSize CounterLabel::sizeHint() const
{
    const int valueHeight = QFontMetrics(m_valueFont).height();
    if (m_stacked)
        return {stackedWidth(), QFontMetrics(m_stackedNameFont).height() + valueHeight};
    return {inlineWidth(), std::max(QFontMetrics(font()).height(), valueHeight)};
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
    if (m_stacked) {
        const int nameHeight = QFontMetrics(m_stackedNameFont).height();
        const int top = (r.height() - sizeHint().height()) / 2;
        p.setFont(m_stackedNameFont);
        p.drawText(QRect(r.left(), top, r.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter, m_name);
        p.setFont(m_valueFont);
        p.drawText(QRect(r.left(), top + nameHeight, r.width(), sizeHint().height() - nameHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, m_value);
        return;
    }
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_name);
    r.setLeft(r.left() + m_nameWidth + kGap);
    p.setFont(m_valueFont);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_value);
}

}  // namespace layerlab
