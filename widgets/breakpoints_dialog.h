// The Breakpoints dialog (Training > Breakpoints...): the conditions on which a run pauses
// by itself, each with a checkbox that turns it on: a gradient norm above or below a
// limit, a dead or saturated fraction above a limit, the validation loss rising for some
// epochs, or a new finding of chosen kinds. Inf/NaN always pauses and is not listed.
#pragma once

#include <QDialog>

#include <map>

#include "diagnosis/breakpoints.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QSpinBox;
QT_END_NAMESPACE

namespace layerlab {

class LogSpinBox;

class BreakpointsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BreakpointsDialog(QWidget* parent = nullptr);

    // The widgets show `breakpoints` (conditions that are off keep their last limit shown).
    void setBreakpoints(const Breakpoints& breakpoints);
    // What the widgets say: a condition whose checkbox is off is 0 (or left out).
    Breakpoints breakpoints() const;

    // For tests.
    QCheckBox* gradientAboveCheck() const { return m_gradientAboveOn; }
    LogSpinBox* gradientAboveBox() const { return m_gradientAbove; }
    QCheckBox* gradientBelowCheck() const { return m_gradientBelowOn; }
    LogSpinBox* gradientBelowBox() const { return m_gradientBelow; }
    QCheckBox* deadCheck() const { return m_deadOn; }
    QSpinBox* deadBox() const { return m_dead; }
    QCheckBox* saturatedCheck() const { return m_saturatedOn; }
    QSpinBox* saturatedBox() const { return m_saturated; }
    QCheckBox* validationCheck() const { return m_validationOn; }
    QSpinBox* validationBox() const { return m_validation; }
    QCheckBox* findingCheck(FindingKind kind) const;
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void refreshEnabled();
    void turnAllOff();

    QCheckBox* m_gradientAboveOn = nullptr;
    LogSpinBox* m_gradientAbove = nullptr;
    QCheckBox* m_gradientBelowOn = nullptr;
    LogSpinBox* m_gradientBelow = nullptr;
    QCheckBox* m_deadOn = nullptr;
    QSpinBox* m_dead = nullptr;  // percent
    QCheckBox* m_saturatedOn = nullptr;
    QSpinBox* m_saturated = nullptr;  // percent
    QCheckBox* m_validationOn = nullptr;
    QSpinBox* m_validation = nullptr;  // epochs
    std::map<FindingKind, QCheckBox*> m_findings;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace layerlab
