#include "doctor_view.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

#include "diagnosis_words.h"
#include "message_text.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {

constexpr int kMostRowsShown = 5;  // more findings scroll; the details keep their room

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return style::kProblem;
    case Severity::Warning: return style::kWarning;
    case Severity::Info: break;
    }
    return style::kPositive;  // calm: a note, nothing wrong
}

// A filled disc in the severity's colour with "!" (something is wrong) or "i" (a note).
QIcon severityIcon(Severity severity)
{
    constexpr int size = 64;  // drawn large once; the list scales it to its icon size
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(severity));
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    QFont font;
    font.setPixelSize(size * 2 / 3);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter,
               severity == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected);  // its colour kept on the selected row
    return icon;
}

// A push button whose text wraps onto more lines when the dock is narrow ("Add BatchNorm
// after the hidden layers" in a 300-pixel dock), where QPushButton would widen the panel.
class WrappingButton : public QPushButton {
public:
    WrappingButton(const QString& text, QWidget* parent) : QPushButton(text, parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        return textRect(QRect(0, 0, width, 100000)).height() + 2 * padding().height();
    }
    // As wide as its longest word: it wraps the rest, so it is never short of room.
    QSize sizeHint() const override
    {
        int word = 0;
        for (const QString& w : text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, fontMetrics().horizontalAdvance(w));
        const int width = word + 2 * padding().width() + 2;
        return {width, heightForWidth(width)};
    }
    QSize minimumSizeHint() const override
    {
        const int width = fontMetrics().averageCharWidth() * 12 + 2 * padding().width();
        return {width, fontMetrics().height() + 2 * padding().height()};
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QStylePainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text.clear();  // the bevel from the style, the text wrapped here
        painter.drawControl(QStyle::CE_PushButton, option);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
        painter.drawText(rect().adjusted(padding().width(), padding().height(), -padding().width(),
                                         -padding().height()),
                         Qt::AlignCenter | Qt::TextWordWrap, text());
    }

private:
    QSize padding() const { return {fontMetrics().averageCharWidth() + 4, fontMetrics().height() / 6 + 3}; }
    QRect textRect(const QRect& room) const
    {
        const QRect inner = room.adjusted(padding().width(), 0, -padding().width(), 0);
        return fontMetrics().boundingRect(inner, Qt::AlignCenter | Qt::TextWordWrap, text());
    }
};

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// In bold, as large as the text under it.
void useBoldLabelFont(QWidget* widget)
{
    style::followParentFont(widget, [](const QFont& parentFont) {
        QFont font = style::labelFont(parentFont);
        font.setBold(true);
        return font;
    });
}

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    useBoldLabelFont(label);
    return label;
}

}  // namespace

DoctorView::DoctorView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);  // at the top when it is all there is
    style::useFont(m_summary, style::FontRole::Small);
    layout->addWidget(m_summary);

    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // as tall as its rows (fitListHeight), and shorter when the dock is short
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    useBoldLabelFont(m_list);
    layout->addWidget(m_list);
    // (the selection, not the current row: a click makes a row current before it selects it)
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DoctorView::onSelectionChanged);

    // The selected finding, in a scroll area: a long cause must not push the buttons off screen.
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(2, 2, 2, 2);
    detailsLayout->setSpacing(4);
    m_heading = new QLabel(details);
    m_heading->setWordWrap(true);
    useBoldLabelFont(m_heading);
    m_hint = wrappedLabel(details);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(style::kMutedText.name()));
    m_evidenceTitle = sectionTitle(details);
    m_evidence = wrappedLabel(details);
    m_causeTitle = sectionTitle(details);
    m_cause = wrappedLabel(details);
    m_fixTitle = sectionTitle(details);
    m_fixLayout = new QVBoxLayout;
    m_fixLayout->setSpacing(4);
    for (QWidget* w : std::initializer_list<QWidget*>{m_heading, m_hint, m_evidenceTitle, m_evidence, m_causeTitle,
                                                      m_cause, m_fixTitle})
        detailsLayout->addWidget(w);
    for (QLabel* text : {m_evidence, m_cause})
        style::useFont(text, style::FontRole::Label);
    style::useFont(m_hint, style::FontRole::Label);
    detailsLayout->addLayout(m_fixLayout);
    detailsLayout->addStretch(1);
    m_detailsArea = new QScrollArea(this);
    m_detailsArea->setWidget(details);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    m_detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailsArea->setMinimumHeight(2 * fontMetrics().height());  // scrolls: a short dock is enough
    layout->addWidget(m_detailsArea, 1);

    translatedTexts(this, [this] {
        m_list->setAccessibleName(tr("Findings"));
        m_list->setToolTip(tr("What the doctor found, most serious first. Select one to see the evidence, the "
                              "likely cause and what to try; its layers light up on the model."));
        m_hint->setText(tr("Select a finding to see what was measured, why it happens and what to try."));
        m_evidenceTitle->setText(tr("What was measured"));
        m_causeTitle->setText(tr("Why"));
        m_fixTitle->setText(tr("What to try"));
        m_fixTitle->setToolTip(tr("Each button changes the project as one edit: Edit > Undo takes it back."));
        // the findings kept, rendered again in the new language
        refreshListTexts();
        fitListHeight();
        refreshSummary();
        refreshDetails();
        for (qsizetype i = 0; i < m_fixButtons.size() && size_t(i) < m_buttonFixes.size(); ++i)
            setFixButtonTexts(m_fixButtons[i], m_buttonFixes[size_t(i)]);
    });
    showFindings({}, 0, -1);
}

void DoctorView::setSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot)
{
    if (!snapshot)
        return;
    const bool wasJudging = m_hasSnapshot && m_step >= kStepsToJudge && m_diagnosisStep >= 0;
    m_hasSnapshot = true;
    m_step = snapshot->step;
    if (snapshot->findings == m_shown && m_diagnosisStep == snapshot->diagnosisStep) {
        // the same findings: only the empty message may change with the step
        if (m_findings.empty() && wasJudging != (m_step >= kStepsToJudge && m_diagnosisStep >= 0))
            refreshSummary();
        return;
    }
    m_shown = snapshot->findings;
    showFindings(m_shown ? *m_shown : std::vector<Finding>{}, snapshot->step, snapshot->diagnosisStep);
}

void DoctorView::showFindings(const std::vector<Finding>& findings, std::int64_t step, std::int64_t diagnosisStep)
{
    m_step = step;
    m_diagnosisStep = diagnosisStep;
    const bool same = findings == m_findings;
    // the finding selected before, found again by its kind (its numbers move while training)
    const int before = selectedFinding();
    std::optional<FindingKind> selectedKind;
    if (before >= 0)
        selectedKind = m_findings[size_t(before)].kind;
    m_findings = findings;
    if (!same) {
        const QSignalBlocker block(m_list);
        while (m_list->count() > int(m_findings.size()))
            delete m_list->takeItem(m_list->count() - 1);
        while (m_list->count() < int(m_findings.size()))
            m_list->addItem(new QListWidgetItem);
        for (size_t i = 0; i < m_findings.size(); ++i) {
            const Finding& f = m_findings[i];
            QListWidgetItem* item = m_list->item(int(i));
            item->setIcon(severityIcon(f.severity));
            item->setForeground(f.severity == Severity::Info ? style::kText : severityColor(f.severity).darker(130));
        }
        refreshListTexts();
        int row = -1;
        if (selectedKind)
            for (size_t i = 0; i < m_findings.size(); ++i)
                if (m_findings[i].kind == *selectedKind) {
                    row = int(i);
                    break;
                }
        m_list->setCurrentRow(row);
        if (row < 0)
            m_list->clearSelection();
    }
    m_list->setVisible(!m_findings.empty());
    m_summary->setVisible(m_findings.empty() || height() >= 12 * fontMetrics().height());
    m_detailsArea->setVisible(!m_findings.empty());
    fitListHeight();
    refreshSummary();
    refreshDetails();
    // the window hears when what is selected now differs from what it was told
    const int row = selectedFinding();
    if (row < 0) {
        if (m_announced) {
            m_announced = false;
            Q_EMIT selectionCleared();
        }
    } else if (!m_announced || m_announcedKind != m_findings[size_t(row)].kind ||
               m_announcedLayers != m_findings[size_t(row)].layers) {
        onSelectionChanged();
    }
}

void DoctorView::refreshListTexts()
{
    for (size_t i = 0; i < m_findings.size() && int(i) < m_list->count(); ++i) {
        const Finding& f = m_findings[i];
        QListWidgetItem* item = m_list->item(int(i));
        item->setText(messageText(f.title));
        //: %1 is the finding's severity, %2 the kind of problem it names
        item->setToolTip(tr("%1: %2").arg(severityText(f.severity), findingKindText(f.kind)));
        item->setData(Qt::AccessibleDescriptionRole, severityText(f.severity));
    }
}

void DoctorView::setFixButtonTexts(QPushButton* button, const Fix& fix)
{
    button->setText(messageText(fix.label));
    button->setToolTip(tr("Makes this change to the project as one edit: Edit > Undo takes it back."));
}

void DoctorView::refreshSummary()
{
    QString text;
    if (!m_findings.empty()) {
        const QString step = QLocale().toString(qlonglong(std::max<std::int64_t>(m_diagnosisStep, 0)));
        text = m_findings.size() == 1 ? tr("1 finding at step %1.").arg(step)
                                      : tr("%1 findings at step %2, most serious first.")
                                            .arg(QLocale().toString(qlonglong(m_findings.size())), step);
        m_summary->setStyleSheet(QString());
    } else {
        const bool waiting = m_step < kStepsToJudge || m_diagnosisStep < 0;
        text = waiting ? tr("Train for a moment: the doctor needs a few dozen steps to judge.")
                       : tr("Nothing looks wrong so far.");
        // green only for the verdict; waiting is no verdict yet
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                                     .arg((waiting ? style::kMutedText : style::kHealthy).name()));
    }
    if (text != m_summary->text())
        m_summary->setText(text);
}

int DoctorView::selectedFinding() const
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    const int row = selected.isEmpty() ? -1 : m_list->row(selected.front());
    return row < int(m_findings.size()) ? row : -1;
}

void DoctorView::selectFinding(int row)
{
    if (row < 0 || row >= m_list->count())
        m_list->clearSelection();
    else
        m_list->setCurrentRow(row);
}

QString DoctorView::summaryText() const { return m_summary->text(); }
QString DoctorView::evidenceText() const { return selectedFinding() >= 0 ? m_evidence->text() : QString(); }
QString DoctorView::causeText() const { return selectedFinding() >= 0 ? m_cause->text() : QString(); }

void DoctorView::refreshDetails()
{
    const int row = selectedFinding();
    const bool shown = row >= 0;
    m_hint->setVisible(!shown);
    for (QWidget* w : std::initializer_list<QWidget*>{m_heading, m_evidenceTitle, m_evidence, m_causeTitle, m_cause})
        w->setVisible(shown);
    std::vector<Fix> fixes;
    if (shown) {
        const Finding& f = m_findings[size_t(row)];
        m_heading->setText(tr("%1 · %2").arg(severityText(f.severity), findingKindText(f.kind)));
        m_heading->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(severityColor(f.severity).name()));
        m_evidence->setText(messageText(f.evidence));
        m_cause->setText(messageText(f.cause));
        fixes = f.fixes;
    }
    m_fixTitle->setVisible(!fixes.empty());
    // The buttons are made again only when the fixes change: a click must not land on a
    // button replaced between press and release while the findings update live.
    if (fixes == m_buttonFixes)
        return;
    m_buttonFixes = fixes;
    for (QPushButton* b : m_fixButtons)
        b->deleteLater();
    m_fixButtons.clear();
    for (size_t i = 0; i < fixes.size(); ++i) {
        auto* button = new WrappingButton(QString(), m_fixTitle->parentWidget());
        setFixButtonTexts(button, fixes[i]);
        style::useFont(button, style::FontRole::Label);
        m_fixLayout->addWidget(button);
        button->show();  // at once, not when the layout gets to it: a test or a user may click now
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_buttonFixes.size())
                Q_EMIT fixRequested(m_buttonFixes[i]);
        });
        m_fixButtons << button;
    }
}

void DoctorView::onSelectionChanged()
{
    fitListHeight();
    refreshDetails();
    const int row = selectedFinding();
    if (row >= 0)
        m_list->scrollToItem(m_list->item(row));
    if (row < 0) {
        if (m_announced) {
            m_announced = false;
            Q_EMIT selectionCleared();
        }
        return;
    }
    const Finding& f = m_findings[size_t(row)];
    m_announced = true;
    m_announcedKind = f.kind;
    m_announcedLayers = f.layers;
    Q_EMIT findingSelected(f.layers, f.kind);
}

void DoctorView::fitListHeight()
{
    // Each row as tall as its title wrapped at the list's width (QListView would size it
    // for one line and cut the rest off), the list as tall as its rows, up to
    // kMostRowsShown of them: the details below get the rest.
    const QFontMetrics metrics(m_list->font());
    const int iconSide = metrics.height() * 3 / 2;
    m_list->setIconSize(QSize(iconSide, iconSide));
    const int textWidth = std::max(80, m_list->width() - 2 * m_list->frameWidth() - iconSide - 24 -
                                           m_list->verticalScrollBar()->sizeHint().width());
    int height = 2 * m_list->frameWidth();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QRect text = metrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, item->text());
        const int rowHeight = std::max(text.height(), iconSide) + metrics.height() / 2;
        if (item->sizeHint().height() != rowHeight)
            item->setSizeHint(QSize(textWidth, rowHeight));
        if (i < kMostRowsShown)
            height += rowHeight;
    }
    // With a finding selected, never more than a third of the panel: its details need the
    // room. With none, the list may take all but the hint's lines: on a projector the dock is
    // short, and every finding's headline should show before one is chosen.
    const int room = selectedFinding() >= 0 ? this->height() / 3 : this->height() - 5 * metrics.height();
    height = std::min(height, std::max(room, 2 * metrics.height()));
    height = std::max(height, metrics.height() + 2 * m_list->frameWidth());
    m_list->setMaximumHeight(height);
    // at the least one line of a row, so the window fits a projector's screen however many there are
    m_list->setMinimumHeight(std::min(height, 2 * metrics.height() + 2 * m_list->frameWidth()));
    m_list->updateGeometry();
}

void DoctorView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitListHeight();
}

void DoctorView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitListHeight();  // wrapped titles take more or fewer lines
    // In a short dock (a projector's 720 lines) the details need every line: the count of
    // findings goes, the list says it.
    m_summary->setVisible(m_findings.empty() || height() >= 12 * fontMetrics().height());
}

}  // namespace layerlab
