// Renders the main window with the Doctor on the deep-sigmoid case (doctor_test_support.h),
// trained until the doctor speaks, its first finding selected: for docs/screenshots/.
//   render_doctor OUT.png [width] [height]
// Run on the projector's screen: QT_QPA_PLATFORM=offscreen:configfile=tests/screens/1280x720.json
#include "render_support.h"
#include "doctor_feeder.h"
#include "doctor_test_support.h"
#include "doctor_view.h"
#include "document.h"
#include "main_window.h"
#include "training_controller.h"

using namespace layerlab;

using render::runUntil;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    render::setUpApplication(app);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("doctor-deep-sigmoid.png");
    const int width = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1280;
    const int height = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 720;

    MainWindow window;
    window.resize(width, height);
    window.document()->replace(test::deepSigmoidProject(), QString());
    window.show();
    TrainingController* c = window.controller();
    runUntil([&] { return c->status()->ready || c->status()->hasProblem(); });
    c->play();
    // some epochs, so the loss chart shows the plateau, and until the doctor has spoken
    runUntil([&] { return c->snapshot()->epoch >= 20 && !window.doctorView()->findings().empty(); });
    c->pause();
    runUntil([&] { return !c->snapshot()->playing; });
    runUntil([] { return false; }, 600);  // let the views catch up with the last snapshot
    window.doctorView()->selectFinding(0);
    runUntil([] { return false; }, 600);
    if (!window.grab().save(out))
        return 1;
    // LAYERLAB_BREAKPOINT=FILE also saves the window paused on a breakpoint (a gradient norm below 1e-6).
    if (const QString paused = qEnvironmentVariable("LAYERLAB_BREAKPOINT"); !paused.isEmpty()) {
        Breakpoints b;
        b.gradientBelow = 1e-6;
        window.doctor()->setBreakpoints(b);
        c->reset();
        c->play();
        runUntil([&] { return c->snapshot()->breakpoint.has_value(); });
        runUntil([] { return false; }, 600);
        if (!window.grab().save(paused))
            return 1;
    }
    // LAYERLAB_PANEL=FILE also saves the panel alone at the size of a roomy dock, to read it whole.
    if (const QString panel = qEnvironmentVariable("LAYERLAB_PANEL"); !panel.isEmpty()) {
        DoctorView* doctor = window.doctorView();
        doctor->setParent(nullptr);
        doctor->resize(380, 760);
        doctor->show();
        runUntil([] { return false; }, 300);
        return doctor->grab().save(panel) ? 0 : 1;
    }
    return 0;
}
