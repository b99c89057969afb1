#include "chart_pair.h"

#include <QBoxLayout>
#include <QChart>
#include <QFontMetrics>
#include <QResizeEvent>

#include <algorithm>

#include "annotated_chart_view.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr int kReadablePlotWidthLines = 8;  // a chart's least plot width, in lines of its labels
}

ChartPair::ChartPair(AnnotatedChartView* first, int firstStretch, AnnotatedChartView* second, int secondStretch,
                     QWidget* parent)
    : QWidget(parent), m_first(first), m_second(second), m_firstStretch(firstStretch), m_secondStretch(secondStretch)
{
    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    // (its own minimum is for either arrangement: see minimumSizeHint)
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_layout->addWidget(first, firstStretch);
    m_layout->addWidget(second, secondStretch);
}

bool ChartPair::sideBySide() const { return m_layout->direction() == QBoxLayout::LeftToRight; }

int ChartPair::readableWidth(const AnnotatedChartView* view) const
{
    const int line = QFontMetrics(style::labelFont(view->font())).lineSpacing();
    return int(std::ceil(view->chart()->effectiveSizeHint(Qt::MinimumSize).width())) + kReadablePlotWidthLines * line;
}

QSize ChartPair::minimumSizeHint() const
{
    return {std::max(readableWidth(m_first), readableWidth(m_second)),
            std::max(m_first->minimumHeight(), m_second->minimumHeight())};
}

bool ChartPair::wantsSideBySide(QSize size) const
{
    if (size.width() >= kSideBySideAspect * size.height())
        return true;
    const int spacing = m_layout->spacing();
    const bool stackedFits = size.height() >= m_first->minimumHeight() + spacing + m_second->minimumHeight();
    const bool sideFits = size.width() >= readableWidth(m_first) + spacing + readableWidth(m_second);
    return !stackedFits && sideFits;
}

void ChartPair::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool side = wantsSideBySide(event->size());
    if (side == sideBySide())
        return;
    m_layout->setDirection(side ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_layout->setStretch(0, side ? 1 : m_firstStretch);
    m_layout->setStretch(1, side ? 1 : m_secondStretch);
}

}  // namespace layerlab
