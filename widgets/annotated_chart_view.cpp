#include "annotated_chart_view.h"

#include <QChart>
#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "elided_label.h"
#include "view_style.h"

namespace layerlab {

namespace {

const QAbstractAxis* firstAxis(const QChart* chart, Qt::Orientation o)
{
    const auto axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : axes.first();
}

}  // namespace

AnnotatedChartView::AnnotatedChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // One rectangle per repaint. Qt's default clips every item to the union of the changed
    // items' rectangles, a region of many pieces, and the raster engine then intersects each
    // grid line's spans with all of them: most of a live chart's paint time.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // the bands are painted in drawBackground, so the chart must let them show through
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(Qt::white);
    restyle();
    // presentation mode: thicker lines (the bands, markers and live curves read the scale
    // when they paint)
    connect(style::ViewStyleNotifier::instance(), &style::ViewStyleNotifier::lineScaleChanged, this, [this] {
        style::rescaleSeriesPens(this->chart());
        resetCachedContent();
        viewport()->update();
    });
}

void AnnotatedChartView::restyle()
{
    style::styleChart(chart(), font());
    updateMinimumHeight();
}

void AnnotatedChartView::setMinimumPlotLines(int lines)
{
    if (m_minimumPlotLines == 0 && lines > 0)
        chart()->installEventFilter(this);  // its layout requests: a title row or a legend came or went
    m_minimumPlotLines = lines;
    updateMinimumHeight();
}

void AnnotatedChartView::updateMinimumHeight()
{
    if (m_minimumPlotLines <= 0)
        return;
    const int line = QFontMetrics(style::labelFont(font())).lineSpacing();
    const int height = int(std::ceil(chart()->effectiveSizeHint(Qt::MinimumSize).height())) + m_minimumPlotLines * line;
    if (height != minimumHeight())
        setMinimumHeight(height);
}

bool AnnotatedChartView::eventFilter(QObject* watched, QEvent* event)
{
    // the chart's layout is invalid now: its minimum is measured afresh
    if (watched == chart() && event->type() == QEvent::LayoutRequest)
        updateMinimumHeight();
    return QChartView::eventFilter(watched, event);
}

void AnnotatedChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        restyle();
}

void AnnotatedChartView::setBands(QList<ChartBand> bands)
{
    m_bands = std::move(bands);
    resetCachedContent();
    viewport()->update();
}

// The live views set their markers and message with every refresh: repaint only on a change.
void AnnotatedChartView::setMarkers(QList<ChartMarker> markers)
{
    if (markers == m_markers)
        return;
    m_markers = std::move(markers);
    viewport()->update();
}

void AnnotatedChartView::setEmptyMessage(const QString& message)
{
    if (message == m_emptyMessage)
        return;
    m_emptyMessage = message;
    viewport()->update();
}

void AnnotatedChartView::setLiveTitle(const QString& title)
{
    if (title == m_liveTitle)
        return;
    m_liveTitle = title;
    reserveTitleRows();
    viewport()->update();
}

// A title of one space reserves a row, of two blank lines two rows (one layout each time
// that changes); the text is ours. Two rows when the text does not fit one and the chart
// has the height for a second row (and a line to spare) above its minimum (else its axes would lose their
// labels to "..."); back to one only with some room to spare, so that a title whose
// numbers change length does not lay the chart out again and again.
void AnnotatedChartView::reserveTitleRows()
{
    if (m_liveTitle.isEmpty())
        return;
    const QMarginsF margins = chart()->margins();
    const qreal width = chart()->size().width() - margins.left() - margins.right();
    const QFontMetricsF metrics(chart()->titleFont());
    const qreal needed = metrics.horizontalAdvance(m_liveTitle);
    const int line = int(std::ceil(metrics.lineSpacing()));
    const int minimumWithOneRow = minimumHeight() - (m_titleRows == 2 ? line : 0);
    if (needed > width && height() >= minimumWithOneRow + 2 * line)
        m_titleRows = 2;
    else if (needed < 0.9 * width || height() < minimumWithOneRow + 2 * line)
        m_titleRows = 1;
    const QString reserve = m_titleRows == 1 ? QStringLiteral(" ") : QStringLiteral("&nbsp;<br>&nbsp;");
    if (chart()->title() != reserve)
        chart()->setTitle(reserve);
}

QRectF AnnotatedChartView::liveTitleRow() const
{
    // where QChart puts its title: centred, at the top of the chart inside its margins
    const QRectF chartRect = chart()->geometry();
    const QMarginsF margins = chart()->margins();
    return QRectF(chartRect.left() + margins.left(), chartRect.top() + margins.top(),
                  chartRect.width() - margins.left() - margins.right(), chart()->plotArea().top() - chartRect.top());
}

bool AnnotatedChartView::viewportEvent(QEvent* event)
{
    // over a live title drawn short: the whole of it
    if (event->type() == QEvent::ToolTip && !m_liveTitle.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QRectF row = liveTitleRow();
        bool elided = false;
        wrapAndElide(m_liveTitle, chart()->titleFont(), row.width(), m_titleRows, &elided);
        if (elided && row.contains(mapToScene(help->pos()))) {
            QToolTip::showText(help->globalPos(), m_liveTitle, this);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void AnnotatedChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);  // (resizes the chart)
    reserveTitleRows();
}

double AnnotatedChartView::xToPixel(double x) const
{
    const QRectF area = chart()->plotArea();
    const auto* axis = firstAxis(chart(), Qt::Horizontal);
    return area.left() + style::AxisScale(axis).fraction(x) * area.width();
}

double AnnotatedChartView::yToPixel(double y) const
{
    const QRectF area = chart()->plotArea();
    const auto* axis = firstAxis(chart(), Qt::Vertical);
    return area.bottom() - style::AxisScale(axis).fraction(y) * area.height();
}

void AnnotatedChartView::drawBackground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawBackground(painter, rect);
    const QRectF area = chart()->plotArea();
    painter->save();
    painter->setClipRect(area);
    painter->setFont(style::labelFont(font()));
    for (const ChartBand& band : m_bands) {
        const double top = std::clamp(yToPixel(band.yHigh), area.top(), area.bottom());
        const double bottom = std::clamp(yToPixel(band.yLow), area.top(), area.bottom());
        if (bottom - top < 1)
            continue;
        QColor fill = band.color;
        fill.setAlphaF(0.2);
        const QRectF r(area.left(), top, area.width(), bottom - top);
        painter->fillRect(r, fill);
        const QFontMetricsF metrics(painter->font());
        const double textHeight = metrics.height() + 4;
        const bool nearTop = (top + bottom) / 2 > area.center().y();
        // the label sits at the band's edge nearest the middle of the chart; a band too thin
        // for it gets the label just outside, on a white ground
        QRectF textRect = r.adjusted(8, 2, -8, -2);
        // a narrow chart gets the label elided (the view's tooltip explains the bands)
        const QString label = metrics.elidedText(band.label, Qt::ElideRight, textRect.width());
        if (r.height() < textHeight) {
            textRect = nearTop ? QRectF(r.left() + 8, r.top() - textHeight, r.width() - 16, textHeight)
                               : QRectF(r.left() + 8, r.bottom(), r.width() - 16, textHeight);
            const double width = metrics.horizontalAdvance(label) + 8;
            painter->fillRect(QRectF(textRect.left() - 4, textRect.top(), width, textHeight), QColor(255, 255, 255, 220));
        }
        painter->setPen(band.color.darker(130));
        painter->drawText(textRect, Qt::AlignLeft | (nearTop ? Qt::AlignTop : Qt::AlignBottom), label);
    }
    painter->restore();
}

void AnnotatedChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF area = chart()->plotArea();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(area);
    painter->setFont(style::smallFont(font()));
    const QFontMetricsF metrics(painter->font());
    int row = 0;
    double lastRight = -1e9;
    for (const ChartMarker& marker : m_markers) {
        const double x = xToPixel(marker.x);
        if (x < area.left() - 1 || x > area.right() + 1)
            continue;
        painter->setPen(QPen(style::kMutedText, 1.5 * style::lineScale(), Qt::DashLine));
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        // labels that would overlap the previous one go one line lower
        row = x < lastRight ? (row + 1) % 4 : 0;
        const double width = metrics.horizontalAdvance(marker.label) + 8;
        // near the right edge the label goes to the left of its line
        const bool leftSide = x + width > area.right();
        const QRectF box(leftSide ? x - width - 2 : x + 2, area.top() + 4 + row * (metrics.height() + 2), width,
                         metrics.height());
        lastRight = box.right();
        painter->fillRect(box, QColor(255, 255, 255, 220));
        painter->setPen(style::kText);
        painter->drawText(box, Qt::AlignCenter, marker.label);
    }
    if (!m_emptyMessage.isEmpty()) {
        painter->setFont(style::labelFont(font()));
        painter->setPen(style::kMutedText);
        painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
    }
    if (!m_liveTitle.isEmpty()) {
        painter->setClipping(false);
        painter->setFont(chart()->titleFont());
        painter->setPen(chart()->titleBrush().color());
        const QRectF row = liveTitleRow();
        const QFontMetricsF metrics(painter->font());
        qreal y = row.top();
        for (const QString& line : wrapAndElide(m_liveTitle, painter->font(), row.width(), m_titleRows)) {
            painter->drawText(QRectF(row.left(), y, row.width(), metrics.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop, line);
            y += metrics.lineSpacing();
        }
    }
    painter->restore();
}

}  // namespace layerlab
