// Renders the main window headless in the middle of training, for docs/screenshots/ and for
// looking at the layout: render_main_window OUT.png [example] [epochs] [width] [height]
// Run with QT_QPA_PLATFORM=offscreen.
#include "render_support.h"
#include "main_window.h"
#include "model_canvas.h"
#include "session/snapshot.h"
#include "training_controller.h"

using namespace layerlab;

using render::runUntil;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    render::setUpApplication(app);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("main-window.png");
    const QString example = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("spiral");
    const int epochs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 40;
    const int width = argc > 4 ? QString::fromLocal8Bit(argv[4]).toInt() : 1600;
    const int height = argc > 5 ? QString::fromLocal8Bit(argv[5]).toInt() : 1000;

    MainWindow window;
    window.resize(width, height);
    window.openExample(example);
    window.show();
    TrainingController* c = window.controller();
    runUntil([&] { return c->status()->ready || c->status()->hasProblem(); });
    window.canvas()->setSelectedLayer(0);
    c->play();
    runUntil([&] { return c->snapshot()->epoch >= epochs || (!c->snapshot()->playing && c->snapshot()->step > 0); });
    c->pause();
    runUntil([&] { return !c->snapshot()->playing; });
    runUntil([] { return false; }, 600);  // let the views catch up with the last snapshot
    const QPixmap shot = window.grab();
    // LAYERLAB_CROP="x,y,w,h" (logical pixels) also saves that part, at full resolution.
    const QStringList crop = qEnvironmentVariable("LAYERLAB_CROP").split(QLatin1Char(','));
    if (crop.size() == 4) {
        const qreal dpr = shot.devicePixelRatio();
        const QRect r(int(crop[0].toInt() * dpr), int(crop[1].toInt() * dpr), int(crop[2].toInt() * dpr),
                      int(crop[3].toInt() * dpr));
        shot.copy(r).save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-crop.png")));
    }
    return shot.save(out) ? 0 : 1;
}
