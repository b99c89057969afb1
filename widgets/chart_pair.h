// The two charts of a view (loss over accuracy, gradient norms over update ratios), one
// above the other or side by side: side by side where the view is wide and short (a dock
// under the canvas), or where the two do not fit one above the other but do side by side.
// Each chart keeps a minimum height of its title, axes and a few lines of plot
// (AnnotatedChartView::setMinimumPlotLines), so that a crowded window cannot squeeze it to
// a strip whose axis labels read "...".
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBoxLayout;
QT_END_NAMESPACE

namespace layerlab {

class AnnotatedChartView;

class ChartPair : public QWidget {
public:
    // The stretches share the height between the charts one above the other; side by side
    // they share the width equally.
    ChartPair(AnnotatedChartView* first, int firstStretch, AnnotatedChartView* second, int secondStretch,
              QWidget* parent = nullptr);

    bool sideBySide() const;
    // Side by side from this ratio of width to height on: each chart then comes nearer the
    // shape a chart reads best at, about 1.6 times as wide as high.
    static constexpr double kSideBySideAspect = 1.6;

    // The least room of either arrangement: as wide as the wider chart needs (one above the
    // other), as high as the higher chart needs (side by side). Given less in both, the
    // charts overflow; given that, the pair picks the arrangement that fits.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    bool wantsSideBySide(QSize size) const;
    // the least width of a readable chart side by side with the other
    int readableWidth(const AnnotatedChartView* view) const;

    QBoxLayout* m_layout = nullptr;
    AnnotatedChartView* m_first = nullptr;
    AnnotatedChartView* m_second = nullptr;
    int m_firstStretch = 1;
    int m_secondStretch = 1;
};

}  // namespace layerlab
