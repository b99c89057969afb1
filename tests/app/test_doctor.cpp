// The gradient doctor in the window, on the deep-sigmoid case: the Doctor panel lists the
// vanishing gradients while training, selecting the finding lights its layers up on the
// canvas and raises the Gradients view, its first fix is one undoable edit; a breakpoint
// pauses a playing run with the reason in the status bar, and Step goes on from there.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include "app_test_support.h"
#include "breakpoints_dialog.h"
#include "diagnosis/fixes.h"
#include "diagnosis_words.h"
#include "message_text.h"
#include "doctor_feeder.h"
#include "doctor_test_support.h"
#include "doctor_view.h"
#include "document.h"
#include "gradient_view.h"
#include "log_spin_box.h"
#include "main_window.h"
#include "model_canvas.h"
#include "activation_view.h"
#include "timeline_slider.h"
#include "training_controls.h"

using namespace layerlab;

namespace {

int findingRow(const DoctorView* doctor, FindingKind kind)
{
    for (size_t i = 0; i < doctor->findings().size(); ++i)
        if (doctor->findings()[i].kind == kind)
            return int(i);
    return -1;
}

std::unique_ptr<MainWindow> openDeepSigmoid()
{
    auto w = test::openWindow();
    w->resize(1280, 720);
    w->document()->replace(test::deepSigmoidProject(), QString());
    test::waitAllApplied(w->controller());
    return w;
}

}  // namespace

class TestDoctor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void findingIsShownAndItsFixIsOneUndoableEdit()
    {
        auto w = openDeepSigmoid();
        DoctorView* doctor = w->doctorView();
        TrainingController* c = w->controller();
        QVERIFY(doctor->isVisible());
        QVERIFY(doctor->findings().empty());
        QTest::mouseClick(w->controls()->playButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil(c, [&] { return findingRow(doctor, FindingKind::VanishingGradients) >= 0; }));
        QTest::mouseClick(w->controls()->playButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(c));
        const int row = findingRow(doctor, FindingKind::VanishingGradients);
        QVERIFY(row >= 0);
        const Finding finding = doctor->findings()[size_t(row)];
        QVERIFY(!finding.layers.empty());
        QVERIFY(!finding.fixes.empty());
        QCOMPARE(doctor->list()->item(row)->text(), messageText(finding.title));

        // selecting it (a click on its row) lights its layers up and shows the gradients
        QVERIFY(w->canvas()->highlightedLayers().empty());
        const QRect rect = doctor->list()->visualItemRect(doctor->list()->item(row));
        QTest::mouseClick(doctor->list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(doctor->selectedFinding(), row);
        QCOMPARE(w->canvas()->highlightedLayers(), finding.layers);
        QVERIFY(w->gradientView()->isVisible());
        QVERIFY(!doctor->evidenceText().isEmpty());
        QVERIFY(!doctor->causeText().isEmpty());

        // its first fix: the project changes as the fix says, in one undo step named after it
        const Project before = w->document()->project();
        const Fix fix = finding.fixes.front();
        const int undoSteps = w->document()->undoStack()->count();
        QVERIFY(!doctor->fixButtons().isEmpty());
        QCOMPARE(doctor->fixButtons().front()->text(), messageText(fix.label));
        QSignalSpy asked(doctor, &DoctorView::fixRequested);
        QTest::mouseClick(doctor->fixButtons().front(), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QVERIFY2(!(applyFix(before, fix) == before), qPrintable(messageText(fix.label)));
        QCOMPARE(w->document()->undoStack()->count(), undoSteps + 1);
        QCOMPARE(w->document()->undoStack()->undoText(), messageText(fix.label));
        QVERIFY(!(w->document()->project() == before));
        QVERIFY(w->document()->project() == applyFix(before, fix));
        // Edit > Undo restores it
        w->document()->undoStack()->undo();
        QVERIFY(w->document()->project() == before);
    }

    void breakpointPausesAPlayingRunAndStepGoesOn()
    {
        auto w = openDeepSigmoid();
        TrainingController* c = w->controller();
        TrainingControls* controls = w->controls();
        // Training > Breakpoints...: pause when a gradient norm falls below 1e-6
        QVERIFY(!w->doctor()->breakpointsAction()->isChecked());
        w->doctor()->breakpointsAction()->trigger();
        auto* dialog = w->findChild<BreakpointsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->gradientBelowCheck()->setChecked(true);
        dialog->gradientBelowBox()->setValue(1e-6);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(c->breakpoints().gradientBelow, 1e-6);
        QVERIFY(w->doctor()->breakpointsAction()->isChecked());

        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil(c, [&] { return c->snapshot()->breakpoint.has_value(); }));
        QVERIFY(test::waitAllApplied(c));
        const auto paused = c->snapshot();
        QVERIFY(!paused->playing);
        QVERIFY(!controls->playing());
        QCOMPARE(paused->breakpoint->step, paused->step);
        const QString status = w->doctor()->breakpointStatus();
        QVERIFY2(status.contains(messageText(paused->breakpoint->reason)), qPrintable(status));
        QVERIFY2(status.contains(QLocale().toString(qlonglong(paused->step))), qPrintable(status));
        // nothing more happens by itself
        QTest::qWait(3 * TrainingController::kPollIntervalMs);
        c->poll();
        QCOMPARE(c->snapshot()->step, paused->step);

        // Step: one mini-batch from there, and it stays paused
        QTest::mouseClick(controls->stepButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil(c, [&] { return c->snapshot()->step == paused->step + 1; }));
        QVERIFY(test::waitAllApplied(c));
        QCOMPARE(controls->displayedStep(), paused->step + 1);
        QVERIFY(!c->snapshot()->playing);
        QVERIFY(!c->snapshot()->breakpoint);
        QVERIFY(w->doctor()->breakpointStatus().isEmpty());

        // the breakpoints last through a rebuild (an edit), and turn off from the dialog
        w->document()->setSeed(7);
        QVERIFY(test::waitAllApplied(c));
        QCOMPARE(c->breakpoints().gradientBelow, 1e-6);
        w->doctor()->setBreakpoints({});
        QVERIFY(!w->doctor()->breakpointsAction()->isChecked());
    }

    void timelineReplaysAnEarlierStepWhileTrainingGoesOn()
    {
        auto w = openDeepSigmoid();
        TrainingController* c = w->controller();
        TimelineSlider* timeline = w->timeline();
        QTest::mouseClick(w->controls()->playButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil(c, [&] { return c->snapshot()->timeline && c->snapshot()->timeline->size() >= 20; }));
        QVERIFY(timeline->selectedFrame() == nullptr);  // live

        // the first frame: the canvas and the probe views show it, and stay on it
        QWidget* slider = timeline->focusProxy();
        QVERIFY(slider);
        QTest::keyClick(slider, Qt::Key_Home);
        const auto frame = timeline->selectedFrame();
        QVERIFY(frame);
        std::vector<double> norms;
        for (const LayerProbe& layer : frame->layers)
            norms.push_back(layer.gradientNorm);
        QCOMPARE(w->canvas()->gradientFlow(), norms);
        QVERIFY(w->activationView()->snapshot());
        QCOMPARE(w->activationView()->snapshot()->probes.distributionStep, frame->distributionStep);
        const std::int64_t stepThen = c->snapshot()->step;
        QVERIFY(test::waitUntil(c, [&] { return c->snapshot()->step > stepThen + 200; }));
        QCOMPARE(w->canvas()->gradientFlow(), norms);
        QCOMPARE(w->activationView()->snapshot()->probes.distributionStep, frame->distributionStep);

        // End: live again, the views follow training
        QTest::keyClick(slider, Qt::Key_End);
        QVERIFY(timeline->selectedFrame() == nullptr);
        QVERIFY(test::waitUntil(c, [&] {
            return w->activationView()->snapshot()->probes.distributionStep > frame->distributionStep + 200;
        }));
        QTest::mouseClick(w->controls()->playButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(c));
    }
};

QTEST_MAIN(TestDoctor)
#include "test_doctor.moc"
