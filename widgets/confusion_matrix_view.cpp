#include "confusion_matrix_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "message_text.h"
#include "session/snapshot.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr qreal kMaxCell = 64;       // largest cell, in pixels
constexpr qreal kBarWidth = 150;     // the per-class accuracy bars
constexpr qreal kAxisCaption = 26;   // "True class" left, "Predicted class" above
}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : SnapshotView(kRefreshMs, parent)
{
    setMinimumDrawingSize(QSize(420, 360));
    setAttribute(Qt::WA_OpaquePaintEvent);
    finishToolbar(QStringLiteral("confusion-matrix"), [this] { return csvData(); });
    body()->addStretch();
    translatedTexts(this, [this] {
        setTitle(tr("Confusion matrix (validation)"));
        layoutParts();  // room for the class names ("class 3" where there are none) in the new language
        updateDrawing();
    });
}

ConfusionMatrixView::~ConfusionMatrixView() = default;

void ConfusionMatrixView::setClassNames(const QStringList& names)
{
    m_classNames = names;
    layoutParts();
    update();
}

void ConfusionMatrixView::setMetrics(const Metrics& metrics, int epoch)
{
    setSnapshot(nullptr);  // these metrics, not a snapshot's, until the next snapshot
    showMetrics(metrics, epoch);
}

void ConfusionMatrixView::showMetrics(const Metrics& metrics, int epoch)
{
    m_metrics = metrics;
    m_epoch = epoch;
    m_classes = metrics.confusion.size() == size_t(metrics.classCount) * size_t(metrics.classCount)
                    ? metrics.classCount
                    : 0;
    layoutParts();
    updateDrawing();
}

void ConfusionMatrixView::rebuild()
{
    if (!snapshot())
        return;
    // the latest epoch that was validated
    for (auto it = snapshot()->history.rbegin(); it != snapshot()->history.rend(); ++it)
        if (it->validation.classCount > 0) {
            showMetrics(it->validation, it->epoch);
            return;
        }
    showMetrics({}, 0);
}

std::int64_t ConfusionMatrixView::count(int t, int p) const
{
    if (t < 0 || p < 0 || t >= m_classes || p >= m_classes)
        return -1;
    return m_metrics.confusion[size_t(t) * size_t(m_classes) + size_t(p)];
}

double ConfusionMatrixView::classAccuracy(int t) const
{
    std::int64_t total = 0;
    for (int p = 0; p < m_classes; ++p)
        total += count(t, p);
    return total > 0 ? double(count(t, t)) / double(total) : kNotApplicable;
}

QString ConfusionMatrixView::className(int k) const
{
    return k < m_classNames.size() && !m_classNames[k].isEmpty() ? engineName(m_classNames[k]) : tr("class %1").arg(k);
}

QString ConfusionMatrixView::cellText(int t, int p) const
{
    const std::int64_t n = count(t, p);
    return n < 0 ? QString() : QString::number(n);
}

void ConfusionMatrixView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    layoutParts();
}

void ConfusionMatrixView::layoutParts()
{
    m_cells = {};
    m_barArea = {};
    if (m_classes == 0)
        return;
    const QFontMetricsF label(style::labelFont(font()));
    m_rowLabelWidth = 0;
    for (int k = 0; k < m_classes; ++k)
        m_rowLabelWidth = std::max(m_rowLabelWidth, label.horizontalAdvance(className(k)));
    m_rowLabelWidth = std::min(m_rowLabelWidth + 10, 170.0);
    // column labels are drawn rotated, as long as the longest name
    const qreal columnLabels = std::min(m_rowLabelWidth, 130.0);
    const QRectF area = QRectF(rect()).adjusted(8, drawingTop() + 8, -8, -8);
    const QRectF cellsArea = area.adjusted(kAxisCaption + m_rowLabelWidth, kAxisCaption + columnLabels + label.height(),
                                           -kBarWidth - 24, -label.height() - 8);
    if (cellsArea.width() < 20 || cellsArea.height() < 20)
        return;
    const qreal cell = std::min({cellsArea.width() / m_classes, cellsArea.height() / m_classes, kMaxCell});
    m_cells = QRectF(cellsArea.left(), cellsArea.top(), cell * m_classes, cell * m_classes);
    m_barArea = QRectF(m_cells.right() + 24, m_cells.top(), kBarWidth, m_cells.height());
}

QRectF ConfusionMatrixView::cellRect(int t, int p) const
{
    if (m_cells.isNull() || count(t, p) < 0)
        return {};
    const qreal c = m_cells.width() / m_classes;
    return QRectF(m_cells.left() + p * c, m_cells.top() + t * c, c, c);
}

void ConfusionMatrixView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF below = QRectF(rect()).adjusted(20, drawingTop() + 10, -20, -20);
    if (m_classes == 0) {
        drawMessage(p, tr("The confusion matrix appears after the first epoch, for classification with validation "
                          "data: how often each true class is predicted as each class."));
        return;
    }
    if (m_cells.isNull())
        return;
    const QFontMetricsF label(style::labelFont(font()));
    QFont bold = style::labelFont(font());
    bold.setBold(true);

    // caption: which epoch, overall accuracy
    p.setFont(style::labelFont(font()));
    p.setPen(style::kMutedText);
    // (elided, not cut mid-letter, where a language's sentence is longer than the view is wide)
    const QString caption =
        tr("After epoch %1: %2 validation images, %3% right. Rows: the true class; columns: what the network "
           "said.")
            .arg(m_epoch)
            .arg(m_metrics.samples)
            .arg(std::isfinite(m_metrics.accuracy) ? QString::number(m_metrics.accuracy * 100, 'f', 1)
                                                   : QStringLiteral("–"));
    p.drawText(QRectF(below.left() - 12, below.top(), below.width(), label.height()), Qt::AlignLeft | Qt::AlignVCenter,
               label.elidedText(caption, Qt::ElideRight, below.width()));

    // cells shaded by their share of the row: right answers blue, mistakes orange
    const qreal c = m_cells.width() / m_classes;
    QFont cellFont = style::labelFont(font());
    // small enough for the cell (in points, about 0.3 of its pixel width), never below 7
    // points of the desktop's size, never above the label font
    const qreal zoom = style::fontZoom(font());
    cellFont.setPointSizeF(std::clamp(c * 0.30, 7.0 * zoom, style::kLabelPointSize * zoom));
    for (int t = 0; t < m_classes; ++t) {
        std::int64_t total = 0;
        for (int q = 0; q < m_classes; ++q)
            total += count(t, q);
        for (int q = 0; q < m_classes; ++q) {
            const QRectF r = cellRect(t, q);
            const std::int64_t n = count(t, q);
            const double share = total > 0 ? double(n) / double(total) : 0;
            const QColor base = t == q ? style::kPositive : style::kNegative;
            // white at 0, the full colour at a whole row (mistakes reach it sooner: 50%)
            const double strength = std::min(1.0, t == q ? share : share * 2);
            const QColor fill = QColor::fromRgbF(float(1 - strength * (1 - base.redF())),
                                                 float(1 - strength * (1 - base.greenF())),
                                                 float(1 - strength * (1 - base.blueF())));
            p.fillRect(r, fill);
            p.setPen(QColor(0xdd, 0xdd, 0xdd));
            p.drawRect(r);
            if (n > 0) {
                p.setFont(t == q ? [&] { QFont f = cellFont; f.setBold(true); return f; }() : cellFont);
                p.setPen(strength > 0.55 ? Qt::white : style::kText);
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    // the diagonal: right answers, framed
    p.setPen(QPen(style::kText, 2));
    p.setBrush(Qt::NoBrush);
    for (int k = 0; k < m_classes; ++k)
        p.drawRect(cellRect(k, k).adjusted(1, 1, -1, -1));

    // class names: rows on the left, columns rotated above
    p.setFont(style::labelFont(font()));
    p.setPen(style::kText);
    for (int k = 0; k < m_classes; ++k) {
        const QRectF r = cellRect(k, 0);
        p.drawText(QRectF(m_cells.left() - m_rowLabelWidth, r.top(), m_rowLabelWidth - 8, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label.elidedText(className(k), Qt::ElideRight, m_rowLabelWidth - 8));
    }
    const qreal columnLabels = m_cells.top() - (drawingTop() + 8 + kAxisCaption + label.height());
    for (int k = 0; k < m_classes; ++k) {
        const QRectF r = cellRect(0, k);
        p.save();
        p.translate(r.center().x(), m_cells.top() - 6);
        p.rotate(-60);
        p.drawText(QRectF(0, -label.height() / 2, columnLabels, label.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   label.elidedText(className(k), Qt::ElideRight, columnLabels));
        p.restore();
    }
    // axis captions
    p.setFont(bold);
    p.setPen(style::kMutedText);
    p.drawText(QRectF(m_cells.left(), drawingTop() + 8 + label.height() + 4, m_cells.width(),
                      kAxisCaption),
               Qt::AlignCenter | Qt::TextDontClip, tr("Predicted class →"));  // wider than a few classes' cells
    p.save();
    p.translate(m_cells.left() - m_rowLabelWidth - 6, m_cells.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-m_cells.height() / 2, -kAxisCaption, m_cells.height(), kAxisCaption), Qt::AlignCenter,
               tr("True class →"));
    p.restore();

    // per-class accuracy beside each row
    p.setFont(bold);
    p.setPen(style::kText);
    p.drawText(QRectF(m_barArea.left(), m_cells.top() - label.height() - 6, m_barArea.width() + 40, label.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Right in class"));
    p.setFont(style::labelFont(font()));
    const qreal barMax = m_barArea.width() - label.horizontalAdvance(QStringLiteral("100%")) - 8;
    for (int t = 0; t < m_classes; ++t) {
        const QRectF r = cellRect(t, 0);
        const double a = classAccuracy(t);
        const QRectF track(m_barArea.left(), r.top() + r.height() * 0.2, barMax, r.height() * 0.6);
        p.fillRect(track, style::kNeutral);
        if (std::isfinite(a))
            p.fillRect(QRectF(track.left(), track.top(), track.width() * a, track.height()),
                       a >= 0.5 ? style::kPositive : style::kNegative);
        p.setPen(style::kText);
        p.drawText(QRectF(track.right() + 6, r.top(), 60, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   std::isfinite(a) ? QStringLiteral("%1%").arg(std::lround(a * 100)) : QStringLiteral("–"));
    }
}

CsvTable ConfusionMatrixView::csvData() const
{
    CsvTable table;
    table.header << QStringLiteral("true_class");
    for (int k = 0; k < m_classes; ++k)
        table.header << tr("predicted %1").arg(className(k));
    table.header << QStringLiteral("class_accuracy");
    for (int t = 0; t < m_classes; ++t) {
        QStringList row{className(t)};
        for (int q = 0; q < m_classes; ++q)
            row << QString::number(count(t, q));
        row << csvNumber(classAccuracy(t));
        table.rows.append(row);
    }
    return table;
}

}  // namespace layerlab
