// The gradient doctor in the window: feeds the Doctor panel every snapshot, shows what the
// selected finding concerns (its layers lit up on the canvas, the chart with its evidence
// raised), applies a fix as one undoable edit, and owns the breakpoints: the Training
// menu's "Breakpoints..." action and dialog, "Breakpoints on" in the status bar, and the
// reason and step there when a run paused on one.
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "diagnosis/breakpoints.h"

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMainWindow;
QT_END_NAMESPACE

namespace layerlab {

class Document;
class DoctorView;
class ModelCanvas;
class TrainingController;
struct TrainingSnapshot;

class DoctorFeeder : public QObject {
    Q_OBJECT
public:
    DoctorFeeder(DoctorView* doctor, Document* document, TrainingController* controller, ModelCanvas* canvas,
                 QMainWindow* window);

    // Training > Breakpoints...: checked while any breakpoint is set.
    QAction* breakpointsAction() const { return m_breakpointsAction; }
    // Opens the dialog (window-modal, without blocking); OK sets what it says.
    void openBreakpointsDialog();
    void setBreakpoints(const Breakpoints& breakpoints);

    // The object name of the dock whose chart shows the evidence of a kind of finding.
    static QString evidenceDock(FindingKind kind);
    // What the status bar says of a breakpoint hit, and what it says now (empty unless the
    // run is paused on one).
    static QString breakpointMessage(const BreakpointHit& hit);
    QString breakpointStatus() const;

private:
    void onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot);
    void showFinding(const std::vector<int>& layers, FindingKind kind);

    DoctorView* m_doctor;
    Document* m_document;
    TrainingController* m_controller;
    ModelCanvas* m_canvas;
    QMainWindow* m_window;
    QAction* m_breakpointsAction = nullptr;
    QLabel* m_breakpointsOn = nullptr;
    // Why the run paused: kept in the status bar (a passing message, such as the gradient
    // view's, would cover a temporary one) until the run goes on.
    QLabel* m_breakpointReason = nullptr;
    std::optional<BreakpointHit> m_shownHit;  // the hit the status bar is telling of
};

}  // namespace layerlab
