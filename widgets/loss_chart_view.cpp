#include "loss_chart_view.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

#include "annotated_chart_view.h"
#include "chart_pair.h"
#include "chart_decimation.h"
#include "live_curve.h"
#include "message_text.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr double kLogFloor = 1e-12;  // a log axis cannot show 0: smaller losses sit here
constexpr int kPointsVisibleBelow = 60;  // epochs: mark each point while they are few
constexpr int kPlotMinimumLines = 4;     // a chart's least plot height, in lines of its labels

QLineSeries* makeSeries(const QString& name, const char* objectName, const QColor& color, qreal width)
{
    auto* s = new QLineSeries;
    s->setName(name);
    s->setObjectName(QLatin1String(objectName));
    QPen pen(color, width);
    // Bevel joins and flat caps: a noisy curve has a join at every point, and round ones
    // made a chart repaint about 7x slower (docs/app-performance.md), enough to stall the
    // UI thread while a small net trains at full speed.
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::BevelJoin);
    // A hairline goes through the rasteriser's line drawer, not the polygon stroker: for
    // the curve of every mini-batch, a few thousand segments ten times a second.
    pen.setCosmetic(width <= 1);
    style::setSeriesPen(s, pen);  // thicker in presentation mode
    return s;
}

struct Range {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void add(const QList<QPointF>& points, bool positiveOnly)
    {
        for (const QPointF& p : points)
            if (std::isfinite(p.y()) && (!positiveOnly || p.y() > 0)) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
    }
    bool valid() const { return lo <= hi; }
};

QList<QPointF> positiveOnly(QList<QPointF> points)
{
    for (QPointF& p : points)
        p.setY(std::max(p.y(), kLogFloor));
    return points;
}

}  // namespace

LossChartView::LossChartView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    auto* lossChart = new QChart;  // styled by its AnnotatedChartView
    // a new point every few steps, redrawn ten times a second: drawn directly (LiveCurve)
    m_batchLoss = new LiveCurve(
        lossChart, makeSeries(QString(), "batchLoss", QColor(0x08, 0x77, 0xbd, 90), 1));
    m_trainLoss = makeSeries(QString(), "trainLoss", style::kPositive, 3);
    m_validationLoss = makeSeries(QString(), "validationLoss", style::kNegative, 3);
    for (auto* s : {m_trainLoss, m_validationLoss})
        lossChart->addSeries(s);
    auto* lossX = new QValueAxis;
    lossChart->addAxis(lossX, Qt::AlignBottom);
    for (QAbstractSeries* s : lossChart->series())
        s->attachAxis(lossX);
    m_lossView = new AnnotatedChartView(lossChart, this);
    installLossAxisY();

    auto* metricChart = new QChart;
    // (named by rebuildMetric: accuracy or RMSE)
    m_trainMetric = makeSeries(QString(), "trainMetric", style::kPositive, 3);
    m_validationMetric = makeSeries(QString(), "validationMetric", style::kNegative, 3);
    metricChart->addSeries(m_trainMetric);
    metricChart->addSeries(m_validationMetric);
    auto* metricX = new QValueAxis;
    auto* metricY = new QValueAxis;
    metricChart->addAxis(metricX, Qt::AlignBottom);
    metricChart->addAxis(metricY, Qt::AlignLeft);
    for (auto* s : {m_trainMetric, m_validationMetric}) {
        s->attachAxis(metricX);
        s->attachAxis(metricY);
    }
    m_metricView = new AnnotatedChartView(metricChart, this);

    m_logBox = new QCheckBox(this);
    style::useFont(m_logBox, style::FontRole::Label);
    connect(m_logBox, &QCheckBox::toggled, this, &LossChartView::setLogScale);
    m_xUnitBox = new QComboBox(this);
    style::useFont(m_xUnitBox, style::FontRole::Label);
    m_xUnitBox->addItem(QString());  // XUnit::Steps
    m_xUnitBox->addItem(QString());  // XUnit::Epochs
    connect(m_xUnitBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setXUnit(index == 1 ? XUnit::Epochs : XUnit::Steps); });

    QHBoxLayout* toolbar = toolbarRow();
    auto* xLabel = new QLabel(this);
    style::useFont(xLabel, style::FontRole::Label);
    toolbar->addWidget(xLabel);
    toolbar->addWidget(m_xUnitBox);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_logBox);
    finishToolbar(QStringLiteral("learning-curves"), [this] { return csvData(); });
    // the lines' key, for both charts (the accuracy lines share the colours)
    m_key = new QLabel(this);
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::RichText);
    style::useFont(m_key, style::FontRole::Label);
    lossChart->legend()->hide();
    body()->addWidget(m_key);
    body()->addWidget(new ChartPair(m_lossView, 5, m_metricView, 4, this), 1);
    // a short chart is a strip whose axis labels read "...": room for a few labels
    m_lossView->setMinimumPlotLines(kPlotMinimumLines);
    m_metricView->setMinimumPlotLines(kPlotMinimumLines);
    // The metric chart's series share the loss chart's colours and names, and its title
    // already reads "training 97.8%, validation 96%".
    m_metricView->chart()->legend()->hide();
    // the number of axis labels and the axis titles' length follow the plot's size
    for (QChart* chart : {lossChart, metricChart})
        connect(chart, &QChart::plotAreaChanged, this, [this] { requestRefresh(); });
    translatedTexts(this, [this, xLabel] {
        setTitle(tr("Learning curves"));
        m_batchLoss->series()->setName(tr("Each mini-batch"));
        m_trainLoss->setName(tr("Training (epoch mean)"));
        m_validationLoss->setName(tr("Validation"));
        m_lossView->setToolTip(tr("The loss measures how wrong the network's answers are: when the validation loss "
                                  "rises while the training loss keeps falling, the network is overfitting."));
        m_logBox->setText(tr("Log scale"));
        m_logBox->setToolTip(tr("A log scale gives every factor of ten the same height, so the slow late "
                                "improvement of the loss stays visible."));
        m_xUnitBox->setItemText(0, tr("Steps"));
        m_xUnitBox->setItemText(1, tr("Epochs"));
        m_xUnitBox->setToolTip(tr("A step is one mini-batch and one weight update; an epoch is one pass over "
                                  "all the training data."));
        xLabel->setText(tr("Horizontal axis:"));
        m_key->setText(style::keyHtml({{m_batchLoss->series()->pen().color(), m_batchLoss->series()->name()},
                                       {style::kPositive, m_trainLoss->name()},
                                       {style::kNegative, m_validationLoss->name()}}));
        m_key->setToolTip(tr("In both charts: blue for the training data, orange for the validation data."));
        style::styleAxis(this->lossChart()->axes(Qt::Vertical).value(0), m_logScale ? tr("Loss (log scale)") : tr("Loss"));
        rebuild();  // the axes' titles, the charts' titles and their messages
    });
}

LossChartView::~LossChartView() = default;

QChart* LossChartView::lossChart() const { return m_lossView->chart(); }
QChart* LossChartView::metricChart() const { return m_metricView->chart(); }

void LossChartView::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    const QSignalBlocker block(m_logBox);
    m_logBox->setChecked(on);
    installLossAxisY();
    refreshNow();
}

void LossChartView::setXUnit(XUnit unit)
{
    if (unit == m_xUnit)
        return;
    m_xUnit = unit;
    const QSignalBlocker block(m_xUnitBox);
    m_xUnitBox->setCurrentIndex(unit == XUnit::Epochs ? 1 : 0);
    refreshNow();
}

// Swaps the loss chart's vertical axis between linear and log (the chart deletes the old one).
void LossChartView::installLossAxisY()
{
    QChart* chart = lossChart();
    for (QAbstractAxis* old : chart->axes(Qt::Vertical)) {
        chart->removeAxis(old);
        delete old;
    }
    QAbstractAxis* axis = nullptr;
    if (m_logScale) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(0);
        axis = log;
    } else {
        auto* lin = new QValueAxis;
        lin->setLabelFormat(QStringLiteral("%.3g"));
        axis = lin;
    }
    style::styleAxis(axis, m_logScale ? tr("Loss (log scale)") : tr("Loss"));
    chart->addAxis(axis, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series())
        s->attachAxis(axis);
    m_lossView->restyle();  // the new axis' fonts
}

double LossChartView::toX(std::int64_t step) const
{
    if (m_xUnit == XUnit::Epochs && snapshot() && snapshot()->stepsPerEpoch > 0)
        return double(step) / double(snapshot()->stepsPerEpoch);
    return double(step);
}

void LossChartView::rebuild()
{
    rebuildLoss();
    rebuildMetric();
}

void LossChartView::setTimeAxis(QChart* chart, double xMax) const
{
    auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
    // the long title where the plot has room for it (Qt Charts elides it to "Step (mini-b...")
    const QString full = m_xUnit == XUnit::Epochs ? tr("Epoch") : tr("Step (mini-batches seen)");
    const bool roomy = QFontMetricsF(x->titleFont()).horizontalAdvance(full) <= chart->plotArea().width();
    style::styleAxis(x, roomy ? full : m_xUnit == XUnit::Epochs ? tr("Epoch") : tr("Step"));
    // as many labels as fit the width side by side ("50000100000" otherwise)
    const int ticks = style::ticksForWidth(chart, QString::number(std::max(xMax, 10.0), 'f', 0), 7);
    if (m_xUnit == XUnit::Steps) {
        style::setIntegerRange(x, xMax, ticks);  // whole steps, and 0..10 before the first
        return;
    }
    if (x->labelFormat() != QStringLiteral("%.3g"))  // a layout of the chart, changed or not
        x->setLabelFormat(QStringLiteral("%.3g"));
    style::setNiceRange(x, 0, xMax, ticks, false);
}

void LossChartView::rebuildLoss()
{
    const TrainingSnapshot* s = snapshot().get();
    QList<QPointF> batch, train, validation;
    if (s) {
        const auto& steps = s->stepLoss.steps();
        const auto& values = s->stepLoss.values();
        batch.reserve(qsizetype(values.size()));
        for (size_t i = 0; i < values.size(); ++i)
            batch.append(QPointF(toX(steps[i]), double(values[i])));
        for (const EpochMetrics& e : s->history) {
            train.append(QPointF(toX(e.step), e.train.loss));
            if (e.validation.samples > 0)
                validation.append(QPointF(toX(e.step), e.validation.loss));
        }
    }
    double xMax = 1;
    for (const auto* list : {&batch, &train, &validation})
        if (!list->isEmpty())
            xMax = std::max(xMax, list->last().x());
    if (s)
        xMax = std::max(xMax, toX(s->step));
    xMax = style::timeAxisEnd(xMax);

    // about one point per pixel column: a million steps draw as fast as a thousand
    const int columns = std::max(100, int(lossChart()->plotArea().width()));
    batch = decimateForPixels(batch, 0, xMax, columns, ColumnPoints::LowHigh);
    train = decimateForPixels(train, 0, xMax, columns);
    validation = decimateForPixels(validation, 0, xMax, columns);

    Range range;
    for (const auto* list : {&batch, &train, &validation})
        range.add(*list, m_logScale);
    if (m_logScale) {
        batch = positiveOnly(batch);
        train = positiveOnly(train);
        validation = positiveOnly(validation);
    }
    m_trainLoss->setPointsVisible(train.size() < kPointsVisibleBelow);
    m_validationLoss->setPointsVisible(validation.size() < kPointsVisibleBelow);
    style::replaceSeriesPoints({{m_trainLoss, train}, {m_validationLoss, validation}}, [&] {
        setTimeAxis(lossChart(), xMax);
        QAbstractAxis* y = lossChart()->axes(Qt::Vertical).value(0);
        if (auto* log = qobject_cast<QLogValueAxis*>(y)) {
            const double lo =
                range.valid() ? std::pow(10.0, std::floor(std::log10(std::max(range.lo, kLogFloor)))) : 0.01;
            double hi = range.valid() ? std::pow(10.0, std::ceil(std::log10(std::max(range.hi, kLogFloor)))) : 10;
            if (hi <= lo)
                hi = lo * 10;
            log->setRange(lo, hi);
        } else if (auto* lin = qobject_cast<QValueAxis*>(y)) {
            style::setNiceRange(lin, 0, range.valid() && range.hi > 0 ? range.hi : 1,
                                style::ticksForHeight(lossChart(), 6));
        }
    });
    m_batchLoss->setPoints(batch);

    QList<ChartMarker> markers;
    if (s)
        for (const ChangeMark& c : s->changes)
            markers.append({toX(c.step), messageText(c.description)});
    m_lossView->setMarkers(markers);
    m_lossView->setEmptyMessage(batch.isEmpty() && train.isEmpty() ? tr("No training yet: press Play to start.")
                                                                   : QString());
    QString title = tr("Loss");
    if (s && !s->history.empty()) {
        const EpochMetrics& last = s->history.back();
        title = last.validation.samples > 0
                    ? tr("Loss: training %1, validation %2 after epoch %3")
                          .arg(style::formatValue(last.train.loss), style::formatValue(last.validation.loss))
                          .arg(last.epoch)
                    : tr("Loss: training %1 after epoch %2").arg(style::formatValue(last.train.loss)).arg(last.epoch);
    } else if (!batch.isEmpty()) {
        title = tr("Loss: %1 on the last mini-batch").arg(style::formatValue(batch.last().y()));
    }
    m_lossView->setLiveTitle(title);
}

void LossChartView::resizeEvent(QResizeEvent* event)
{
    SnapshotView::resizeEvent(event);
    // The key wraps in a narrow view. Layouts leave wrapped lines out of a minimum height,
    // so a dock sized to that minimum pushed the charts under the key out at its bottom:
    // the key's minimum height is the lines it needs at the view's new width.
    const QMargins margins = body()->contentsMargins();
    const int keyHeight = m_key->heightForWidth(event->size().width() - margins.left() - margins.right());
    if (keyHeight > 0 && keyHeight != m_key->minimumHeight())
        m_key->setMinimumHeight(keyHeight);
}

void LossChartView::rebuildMetric()
{
    const TrainingSnapshot* s = snapshot().get();
    // (from the data, so that a regression run does not wait for its first epoch under an
    // "Accuracy" title)
    const bool classification = !s || s->classification;
    QList<QPointF> train, validation;
    if (s)
        for (const EpochMetrics& e : s->history) {
            const double t = classification ? 100.0 * e.train.accuracy : e.train.rmse;
            train.append(QPointF(toX(e.step), t));
            if (e.validation.samples > 0)
                validation.append(
                    QPointF(toX(e.step), classification ? 100.0 * e.validation.accuracy : e.validation.rmse));
        }
    double xMax = 1;
    if (!train.isEmpty())
        xMax = std::max(xMax, train.last().x());
    if (s)
        xMax = std::max(xMax, toX(s->step));
    xMax = style::timeAxisEnd(xMax);
    const int columns = std::max(100, int(metricChart()->plotArea().width()));
    train = decimateForPixels(train, 0, xMax, columns);
    validation = decimateForPixels(validation, 0, xMax, columns);
    m_trainMetric->setPointsVisible(train.size() < kPointsVisibleBelow);
    m_validationMetric->setPointsVisible(validation.size() < kPointsVisibleBelow);
    m_trainMetric->setName(classification ? tr("Training accuracy") : tr("Training RMSE"));
    m_validationMetric->setName(classification ? tr("Validation accuracy") : tr("Validation RMSE"));
    style::replaceSeriesPoints({{m_trainMetric, train}, {m_validationMetric, validation}}, [&] {
        setTimeAxis(metricChart(), xMax);
        auto* y = qobject_cast<QValueAxis*>(metricChart()->axes(Qt::Vertical).value(0));
        if (y->labelFormat() != QStringLiteral("%.3g"))
            y->setLabelFormat(QStringLiteral("%.3g"));
        if (classification) {
            style::styleAxis(y, tr("%"));
            // 100% stays visible below the plot's edge
            style::setNiceRange(y, 0, 100, style::ticksForHeight(metricChart(), 6), true, 2);
        } else {
            Range range;
            range.add(train, false);
            range.add(validation, false);
            style::styleAxis(y, tr("RMSE"));
            style::setNiceRange(y, 0, range.valid() && range.hi > 0 ? range.hi : 1,
                                style::ticksForHeight(metricChart(), 5));
        }
    });
    QString title = classification ? tr("Accuracy: the share of samples put in the right class")
                                   : tr("RMSE: the typical size of the prediction error");
    if (s && !s->history.empty()) {
        const EpochMetrics& last = s->history.back();
        const double t = classification ? 100 * last.train.accuracy : last.train.rmse;
        const double v = classification ? 100 * last.validation.accuracy : last.validation.rmse;
        const QString unit = classification ? QStringLiteral("%") : QString();
        title = (classification ? tr("Accuracy: training %1, validation %2") : tr("RMSE: training %1, validation %2"))
                    .arg(style::formatValue(t) + unit,
                         last.validation.samples > 0 ? style::formatValue(v) + unit : tr("none"));
    }
    m_metricView->setLiveTitle(title);
    m_metricView->setToolTip(classification
                                 ? tr("Accuracy is the percentage of samples whose predicted class is the true one.")
                                 : tr("RMSE, the root of the mean squared error, is the typical distance between "
                                      "prediction and target, in the target's units."));
    m_metricView->setEmptyMessage(train.isEmpty() ? tr("Appears when the first epoch ends.") : QString());
}

CsvTable LossChartView::csvData() const
{
    CsvTable table;
    table.header = {QStringLiteral("step"), QStringLiteral("epoch"), QStringLiteral("minibatch_loss"),
                    QStringLiteral("train_loss"), QStringLiteral("validation_loss"), QStringLiteral("train_accuracy"),
                    QStringLiteral("validation_accuracy"), QStringLiteral("train_rmse"),
                    QStringLiteral("validation_rmse"), QStringLiteral("learning_rate")};
    if (!snapshot())
        return table;
    const TrainingSnapshot& s = *snapshot();
    std::map<std::int64_t, QStringList> rows;  // by step
    const auto row = [&](std::int64_t step) -> QStringList& {
        QStringList& r = rows[step];
        if (r.isEmpty()) {
            for (int i = 0; i < table.header.size(); ++i)
                r.append(QString());
            r[0] = QString::number(step);
        }
        return r;
    };
    const auto& steps = s.stepLoss.steps();
    const auto& values = s.stepLoss.values();
    for (size_t i = 0; i < values.size(); ++i)
        row(steps[i])[2] = csvNumber(values[i]);
    for (const EpochMetrics& e : s.history) {
        QStringList& r = row(e.step);
        r[1] = QString::number(e.epoch);
        r[3] = csvNumber(e.train.loss);
        r[4] = e.validation.samples > 0 ? csvNumber(e.validation.loss) : QString();
        r[5] = csvNumber(e.train.accuracy);
        r[6] = e.validation.samples > 0 ? csvNumber(e.validation.accuracy) : QString();
        r[7] = csvNumber(e.train.rmse);
        r[8] = e.validation.samples > 0 ? csvNumber(e.validation.rmse) : QString();
        r[9] = csvNumber(e.learningRate);
    }
    for (auto& [step, r] : rows)
        table.rows.append(r);
    return table;
}

}  // namespace layerlab
