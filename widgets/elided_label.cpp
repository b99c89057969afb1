#include "elided_label.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace layerlab {

namespace {
constexpr int kHintChars = 30;
}  // namespace

ElidedLabel::ElidedLabel(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString& text, const QString& toolTip)
{
    const QString tip = toolTip.isEmpty() ? text : toolTip;
    if (this->toolTip() != tip)
        setToolTip(tip);
    if (text == m_text)
        return;
    m_text = text;
    layoutLines();
    update();
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    updateGeometry();
    layoutLines();
    update();
}

void ElidedLabel::setTextColor(const QColor& color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * kHintChars, fm.lineSpacing() * m_maximumLines};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * m_minimumCharacters, fm.height()};
}

void ElidedLabel::setMinimumCharacters(int characters)
{
    m_minimumCharacters = std::max(1, characters);
    updateGeometry();
}

QStringList wrapAndElide(const QString& text, const QFont& font, qreal width, int maxLines, bool* elided)
{
    QStringList lines;
    bool cut = false;
    if (!text.isEmpty()) {
        const QFontMetricsF fm(font);
        width = std::max<qreal>(1, width);
        maxLines = std::max(1, maxLines);
        QString laid = text;
        laid.replace(QLatin1Char('\n'), QChar::LineSeparator);  // QTextLayout's line break
        QTextLayout layout(laid, font);
        layout.beginLayout();
        for (int i = 0; i < maxLines; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            if (i == maxLines - 1 && line.textStart() + line.textLength() < laid.size()) {
                // the last line there is room for: the rest of the text, elided
                QString rest = laid.mid(line.textStart());
                rest.replace(QChar::LineSeparator, QLatin1Char(' '));
                lines.append(fm.elidedText(rest, Qt::ElideRight, width));
                cut = cut || lines.last() != rest;
                break;
            }
            QString part = laid.mid(line.textStart(), line.textLength());
            part.remove(QChar::LineSeparator);
            part = part.trimmed();
            if (fm.horizontalAdvance(part) > width) {  // one word wider than the line
                part = fm.elidedText(part, Qt::ElideRight, width);
                cut = true;
            }
            lines.append(part);
        }
        layout.endLayout();
    }
    if (elided)
        *elided = cut;
    return lines;
}

// As many lines as the height holds, at most m_maximumLines.
void ElidedLabel::layoutLines()
{
    const QFontMetrics fm(font());
    const QRect r = contentsRect();
    const int lines = std::clamp(r.height() / std::max(1, fm.lineSpacing()), 1, m_maximumLines);
    m_lines = wrapAndElide(m_text, font(), r.width(), lines, &m_elided);
    if (m_elided && m_wholeOrNothing)
        m_lines.clear();
}

void ElidedLabel::setWholeOrNothing(bool on)
{
    m_wholeOrNothing = on;
    layoutLines();
    update();
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutLines();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        layoutLines();
    }
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    if (m_lines.isEmpty())
        return;
    QPainter p(this);
    p.setPen(m_color.isValid() ? m_color : palette().color(QPalette::WindowText));
    const QFontMetrics fm(font());
    const QRect r = contentsRect();
    const int height = fm.lineSpacing() * int(m_lines.size());
    int y = r.top() + std::max(0, (r.height() - height) / 2);
    for (const QString& line : m_lines) {
        p.drawText(QRect(r.left(), y, r.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
}

}  // namespace layerlab
