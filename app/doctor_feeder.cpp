#include "doctor_feeder.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>

#include "breakpoints_dialog.h"
#include "diagnosis_words.h"
#include "message_text.h"
#include "doctor_view.h"
#include "document.h"
#include "model_canvas.h"
#include "training_controller.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

DoctorFeeder::DoctorFeeder(DoctorView* doctor, Document* document, TrainingController* controller,
                           ModelCanvas* canvas, QMainWindow* window)
    : QObject(window), m_doctor(doctor), m_document(document), m_controller(controller), m_canvas(canvas),
      m_window(window)
{
    m_breakpointsAction = new QAction(this);
    m_breakpointsAction->setCheckable(true);
    // (triggered toggles the check mark: the dialog's answer sets it again)
    connect(m_breakpointsAction, &QAction::triggered, this, [this] {
        m_breakpointsAction->setChecked(!m_controller->breakpoints().empty());
        openBreakpointsDialog();
    });

    m_breakpointsOn = new QLabel(window);
    m_breakpointReason = new QLabel(window);
    m_breakpointReason->setWordWrap(false);
    m_breakpointReason->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(style::kWarning.name()));
    window->statusBar()->addPermanentWidget(m_breakpointReason);
    m_breakpointReason->hide();
    window->statusBar()->addPermanentWidget(m_breakpointsOn);
    m_breakpointsOn->hide();
    // (a QObject hears of no language change: the window does)
    translatedTexts(window, [this] {
        m_breakpointsAction->setText(tr("&Breakpoints…"));
        m_breakpointsAction->setStatusTip(
            tr("Pause training by itself when gradients vanish or explode, units die or saturate, the validation "
               "loss rises, or the doctor finds something. Kept for this session only."));
        m_breakpointsAction->setToolTip(tr("Breakpoints last for this session only."));
        m_breakpointsOn->setText(tr("Breakpoints on"));
        m_breakpointsOn->setToolTip(tr("Training pauses by itself on the conditions set in Training > Breakpoints… "
                                       "(for this session only)."));
        m_breakpointReason->setToolTip(tr("Training paused on a breakpoint (Training > Breakpoints…). Play or Step "
                                          "goes on from here."));
        if (m_shownHit)
            m_breakpointReason->setText(breakpointMessage(*m_shownHit));
    });

    connect(controller, &TrainingController::snapshotChanged, this, &DoctorFeeder::onSnapshot);
    connect(doctor, &DoctorView::findingSelected, this, &DoctorFeeder::showFinding);
    connect(doctor, &DoctorView::selectionCleared, this, [this] { m_canvas->setHighlightedLayers({}); });
    connect(doctor, &DoctorView::fixRequested, this, [this](const Fix& fix) {
        m_document->applyFix(fix);
        if (!m_controller->snapshot()->weightsFinite)
            m_controller->reset();  // Inf/NaN weights cannot go on, whatever the fix (as the banner does)
        m_window->statusBar()->showMessage(tr("Applied: %1 (Edit > Undo takes it back).").arg(messageText(fix.label)),
                                           8000);
    });
    // the layers a finding named are other layers once the model changes
    connect(document, &Document::projectChanged, this, [this] {
        if (m_doctor->selectedFinding() < 0)
            m_canvas->setHighlightedLayers({});
    });
}

void DoctorFeeder::openBreakpointsDialog()
{
    auto* dialog = new BreakpointsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBreakpoints(m_controller->breakpoints());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setBreakpoints(dialog->breakpoints()); });
    dialog->open();
}

void DoctorFeeder::setBreakpoints(const Breakpoints& breakpoints)
{
    m_controller->setBreakpoints(breakpoints);
    m_breakpointsAction->setChecked(!breakpoints.empty());
    m_breakpointsOn->setVisible(!breakpoints.empty());
}

QString DoctorFeeder::evidenceDock(FindingKind kind)
{
    switch (kind) {
    case FindingKind::VanishingGradients:
    case FindingKind::ExplodingGradients:
    case FindingKind::NonFinite:
        return QStringLiteral("gradientDock");
    case FindingKind::DeadRelu:
    case FindingKind::Saturation:
        return QStringLiteral("activationDock");
    case FindingKind::UnscaledInputs:
        return QStringLiteral("dataDock");
    case FindingKind::LearningRateTooHigh:
    case FindingKind::LearningRateTooLow:
    case FindingKind::Plateau:
    case FindingKind::Overfitting:
    case FindingKind::Underfitting:
    case FindingKind::LossOutputMismatch:
        break;
    }
    return QStringLiteral("lossDock");
}

QString DoctorFeeder::breakpointMessage(const BreakpointHit& hit)
{
    // The reason says "Paused: ..." and, mostly, the step; the step is added where it does not.
    const QString reason = messageText(hit.reason);
    const QString step = QLocale().toString(qlonglong(hit.step));
    return reason.contains(step) ? reason : tr("%1 Step %2.").arg(reason, step);
}

QString DoctorFeeder::breakpointStatus() const { return m_shownHit ? m_breakpointReason->text() : QString(); }

void DoctorFeeder::onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot)
{
    m_doctor->setSnapshot(snapshot);
    if (snapshot->breakpoint == m_shownHit)
        return;
    m_shownHit = snapshot->breakpoint;
    m_breakpointReason->setText(m_shownHit ? breakpointMessage(*m_shownHit) : QString());
    m_breakpointReason->setVisible(m_shownHit.has_value());
}

void DoctorFeeder::showFinding(const std::vector<int>& layers, FindingKind kind)
{
    m_canvas->setHighlightedLayers(layers);
    if (auto* dock = m_window->findChild<QDockWidget*>(evidenceDock(kind))) {
        dock->show();
        dock->raise();
    }
}

}  // namespace layerlab
