#include "breakpoints_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "diagnosis_words.h"
#include "log_spin_box.h"
#include "translated_texts.h"

namespace layerlab {

namespace {

// The limits shown before the user picks any: well outside a healthy run's range.
constexpr double kDefaultGradientAbove = 100;
constexpr double kDefaultGradientBelow = 1e-6;
constexpr int kDefaultPercent = 50;
constexpr int kDefaultEpochs = 3;

LogSpinBox* gradientBox(double value, QWidget* parent)
{
    auto* box = new LogSpinBox(parent);
    box->setDecimals(15);  // down to 1e-12, the value keeps its digits
    box->setRange(1e-12, 1e6);
    box->setValue(value);
    return box;
}

QSpinBox* percentBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, 100);
    box->setSuffix(QStringLiteral("%"));
    box->setValue(kDefaultPercent);
    return box;
}

// A condition's explanation, on its tick box and on its value.
void setConditionTip(QCheckBox* check, QWidget* value, const QString& tip)
{
    check->setToolTip(tip);
    value->setToolTip(tip);
}

}  // namespace

BreakpointsDialog::BreakpointsDialog(QWidget* parent) : QDialog(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* conditions = new QGroupBox(this);
    auto* grid = new QGridLayout(conditions);
    int row = 0;
    auto addRow = [&](QCheckBox* check, QWidget* value) {
        grid->addWidget(check, row, 0);
        grid->addWidget(value, row, 1);
        connect(check, &QCheckBox::toggled, this, &BreakpointsDialog::refreshEnabled);
        ++row;
    };
    m_gradientAboveOn = new QCheckBox(conditions);
    m_gradientAbove = gradientBox(kDefaultGradientAbove, conditions);
    addRow(m_gradientAboveOn, m_gradientAbove);
    m_gradientBelowOn = new QCheckBox(conditions);
    m_gradientBelow = gradientBox(kDefaultGradientBelow, conditions);
    addRow(m_gradientBelowOn, m_gradientBelow);
    m_deadOn = new QCheckBox(conditions);
    m_dead = percentBox(conditions);
    addRow(m_deadOn, m_dead);
    m_saturatedOn = new QCheckBox(conditions);
    m_saturated = percentBox(conditions);
    addRow(m_saturatedOn, m_saturated);
    m_validationOn = new QCheckBox(conditions);
    m_validation = new QSpinBox(conditions);
    m_validation->setRange(1, 1000);
    m_validation->setValue(kDefaultEpochs);
    addRow(m_validationOn, m_validation);
    grid->setColumnStretch(0, 1);
    layout->addWidget(conditions);

    auto* findings = new QGroupBox(this);
    auto* findingGrid = new QGridLayout(findings);
    int i = 0;
    for (const FindingKind kind : allFindingKinds()) {
        if (kind == FindingKind::NonFinite)
            continue;  // Inf/NaN pauses always
        auto* check = new QCheckBox(findings);
        m_findings[kind] = check;
        findingGrid->addWidget(check, i / 2, i % 2);
        ++i;
    }
    layout->addWidget(findings);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    // set after the button box's own retranslation (of OK, Cancel, Reset) that the change also triggers
    QPushButton* turnOff = m_buttons->button(QDialogButtonBox::Reset);
    translatedTexts(turnOff, [turnOff] { turnOff->setText(tr("Turn All Off")); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &BreakpointsDialog::turnAllOff);
    layout->addWidget(m_buttons);
    refreshEnabled();

    translatedTexts(this, [this, intro, conditions, findings] {
        setWindowTitle(tr("Breakpoints"));
        setToolTip(
            tr("Breakpoints last for this session only: they are not saved with the project or the settings."));
        intro->setText(tr("Pause training by itself when a condition below is met. The run stops at the step that "
                          "met it, the views show that step, and the status bar says why. Step (one mini-batch) "
                          "goes on from there.\nInf or NaN values always pause training."));
        intro->setToolTip(toolTip());
        conditions->setTitle(tr("Pause when"));
        m_gradientAboveOn->setText(tr("a layer's gradient norm goes above"));
        setConditionTip(m_gradientAboveOn, m_gradientAbove,
                        tr("Exploding gradients: ||dL/dW|| of any layer grows past this limit."));
        m_gradientBelowOn->setText(tr("a layer's gradient norm goes below"));
        setConditionTip(m_gradientBelowOn, m_gradientBelow,
                        tr("Vanishing gradients: ||dL/dW|| of any layer falls under this limit, so it barely learns."));
        m_deadOn->setText(tr("a layer's dead units pass"));
        setConditionTip(m_deadOn, m_dead,
                        tr("Dead units output 0 for every sample (a ReLU stuck below zero) and stop learning."));
        m_saturatedOn->setText(tr("a layer's saturated units pass"));
        setConditionTip(m_saturatedOn, m_saturated,
                        tr("Saturated units sit on the flat ends of sigmoid or tanh, where the gradient is almost 0."));
        m_validationOn->setText(tr("the validation loss has risen for"));
        //: the unit after a number of epochs, as in "risen for 3 epochs in a row"
        m_validation->setSuffix(tr(" epochs in a row"));
        setConditionTip(m_validationOn, m_validation,
                        tr("Overfitting shows first as a validation loss that goes up while the training loss goes "
                           "down. Needs validation data."));
        findings->setTitle(tr("Pause when the doctor finds"));
        findings->setToolTip(tr("Pauses the first time a finding of a ticked kind appears in the Doctor panel."));
        for (const auto& [kind, check] : m_findings)
            check->setText(findingKindText(kind));
    });
}

QCheckBox* BreakpointsDialog::findingCheck(FindingKind kind) const
{
    const auto it = m_findings.find(kind);
    return it == m_findings.end() ? nullptr : it->second;
}

void BreakpointsDialog::setBreakpoints(const Breakpoints& b)
{
    m_gradientAboveOn->setChecked(b.gradientAbove > 0);
    if (b.gradientAbove > 0)
        m_gradientAbove->setValue(b.gradientAbove);
    m_gradientBelowOn->setChecked(b.gradientBelow > 0);
    if (b.gradientBelow > 0)
        m_gradientBelow->setValue(b.gradientBelow);
    m_deadOn->setChecked(b.deadAbove > 0);
    if (b.deadAbove > 0)
        m_dead->setValue(int(std::lround(b.deadAbove * 100)));
    m_saturatedOn->setChecked(b.saturatedAbove > 0);
    if (b.saturatedAbove > 0)
        m_saturated->setValue(int(std::lround(b.saturatedAbove * 100)));
    m_validationOn->setChecked(b.validationRiseEpochs > 0);
    if (b.validationRiseEpochs > 0)
        m_validation->setValue(b.validationRiseEpochs);
    for (const auto& [kind, check] : m_findings)
        check->setChecked(std::find(b.findings.begin(), b.findings.end(), kind) != b.findings.end());
    refreshEnabled();
}

Breakpoints BreakpointsDialog::breakpoints() const
{
    Breakpoints b;
    if (m_gradientAboveOn->isChecked())
        b.gradientAbove = m_gradientAbove->value();
    if (m_gradientBelowOn->isChecked())
        b.gradientBelow = m_gradientBelow->value();
    if (m_deadOn->isChecked())
        b.deadAbove = m_dead->value() / 100.0;
    if (m_saturatedOn->isChecked())
        b.saturatedAbove = m_saturated->value() / 100.0;
    if (m_validationOn->isChecked())
        b.validationRiseEpochs = m_validation->value();
    for (const FindingKind kind : allFindingKinds())  // in the engine's order, whatever the layout
        if (const QCheckBox* check = findingCheck(kind); check && check->isChecked())
            b.findings.push_back(kind);
    return b;
}

void BreakpointsDialog::refreshEnabled()
{
    m_gradientAbove->setEnabled(m_gradientAboveOn->isChecked());
    m_gradientBelow->setEnabled(m_gradientBelowOn->isChecked());
    m_dead->setEnabled(m_deadOn->isChecked());
    m_saturated->setEnabled(m_saturatedOn->isChecked());
    m_validation->setEnabled(m_validationOn->isChecked());
}

void BreakpointsDialog::turnAllOff()
{
    for (QCheckBox* check : {m_gradientAboveOn, m_gradientBelowOn, m_deadOn, m_saturatedOn, m_validationOn})
        check->setChecked(false);
    for (const auto& [kind, check] : m_findings)
        check->setChecked(false);
}

}  // namespace layerlab
