// BreakpointsDialog: each condition is set through its checkbox and value, and reads back
// as the Breakpoints the session is given; what is unticked is off.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "breakpoints_dialog.h"
#include "pseudo_translator.h"
#include "editing_test_support.h"
#include "log_spin_box.h"

using namespace layerlab;

namespace {

// Types `text` into a spin box as a user would, replacing what it showed.
void typeInto(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Enter);
}

// Clicks a checkbox on its box (its centre may lie past its text in a wide column).
void tick(QCheckBox* check)
{
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(check->height() / 2, check->height() / 2));
}

}  // namespace

class TestBreakpointsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsWithEverythingOff()
    {
        BreakpointsDialog d;
        QVERIFY(d.breakpoints().empty());
        // a condition's value is editable only while it is on
        QVERIFY(!d.gradientBelowBox()->isEnabled());
        QVERIFY(d.findingCheck(FindingKind::NonFinite) == nullptr);  // Inf/NaN always pauses
    }

    void valuesSetThroughTheWidgetsReadBack()
    {
        BreakpointsDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        tick(d.gradientBelowCheck());
        QVERIFY(d.gradientBelowBox()->isEnabled());
        typeInto(d.gradientBelowBox(), QStringLiteral("1e-7"));
        tick(d.gradientAboveCheck());
        typeInto(d.gradientAboveBox(), QStringLiteral("30"));
        tick(d.deadCheck());
        typeInto(d.deadBox(), QStringLiteral("40"));
        tick(d.saturatedCheck());
        typeInto(d.saturatedBox(), QStringLiteral("90"));
        tick(d.validationCheck());
        typeInto(d.validationBox(), QStringLiteral("5"));
        tick(d.findingCheck(FindingKind::Overfitting));
        tick(d.findingCheck(FindingKind::VanishingGradients));
        test::renderForReview(&d, QStringLiteral("breakpoints_dialog"));

        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        const Breakpoints b = d.breakpoints();
        QCOMPARE(b.gradientBelow, 1e-7);
        QCOMPARE(b.gradientAbove, 30.0);
        QCOMPARE(b.deadAbove, 0.4);
        QCOMPARE(b.saturatedAbove, 0.9);
        QCOMPARE(b.validationRiseEpochs, 5);
        // in the engine's order, whatever order they were ticked in
        QCOMPARE(b.findings, (std::vector<FindingKind>{FindingKind::VanishingGradients, FindingKind::Overfitting}));
    }

    void untickedConditionsAreOff()
    {
        BreakpointsDialog d;
        Breakpoints set;
        set.gradientBelow = 1e-6;
        set.deadAbove = 0.25;
        set.findings = {FindingKind::Plateau};
        d.setBreakpoints(set);
        QCOMPARE(d.breakpoints(), set);
        QVERIFY(d.gradientBelowCheck()->isChecked());
        QCOMPARE(d.deadBox()->value(), 25);
        d.deadCheck()->setChecked(false);
        set.deadAbove = 0;
        QCOMPARE(d.breakpoints(), set);
        // Turn All Off
        QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Reset), Qt::LeftButton);
        QVERIFY(d.breakpoints().empty());
    }

    void followsTheLanguage()
    {
        BreakpointsDialog d;
        QPushButton* turnOff = d.buttons()->button(QDialogButtonBox::Reset);
        QCOMPARE(turnOff->text(), QStringLiteral("Turn All Off"));
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(d.windowTitle(), QStringLiteral("«Breakpoints»"));
            QCOMPARE(d.deadCheck()->text(), QStringLiteral("«a layer's dead units pass»"));
            QVERIFY(test::isPseudoText(d.deadBox()->toolTip()));
            QVERIFY(d.validationBox()->suffix().startsWith(QStringLiteral("«")));
            QVERIFY(test::isPseudoText(d.findingCheck(FindingKind::Overfitting)->text()));
            // after the button box's own retranslation of its standard buttons
            QCOMPARE(turnOff->text(), QStringLiteral("«Turn All Off»"));
            test::renderForReview(&d, QStringLiteral("pseudo_breakpoints_dialog"));
        }
        QCOMPARE(d.windowTitle(), QStringLiteral("Breakpoints"));
        QCOMPARE(turnOff->text(), QStringLiteral("Turn All Off"));
    }
};

QTEST_MAIN(TestBreakpointsDialog)
#include "test_breakpoints_dialog.moc"
