// The main window as a learner uses it, headless: drag a layer from the palette onto the
// model, delete and undo, Play/Pause/Step, a diverging run, snapshots reaching the views,
// Save then Open, an invalid model, unsaved-changes prompts, autosave recovery.
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <QFileInfo>

#include <QChart>

#include "app_test_support.h"
#include "autosave.h"
#include "data_panel.h"
#include "decision_map_view.h"
#include "divergence_banner.h"
#include "elided_label.h"
#include "document.h"
#include "io/examples.h"
#include "gradient_view.h"
#include "layer_inspector.h"
#include "layer_palette.h"
#include "live_curve.h"
#include "log_spin_box.h"
#include "loss_chart_view.h"
#include "main_window.h"
#include "model_canvas.h"
#include "pseudo_translator.h"
#include "training_controls.h"
#include "training_settings_panel.h"

using namespace layerlab;
using test::openWindow;

namespace {

// The middle of the gap between two cards: where a drop inserts before `layer`.
QPoint gapAbove(ModelCanvas* canvas, int layer)
{
    const QRect above = canvas->cardRect(layer - 1);
    const QRect below = canvas->cardRect(layer);
    return QPoint(below.center().x(), (above.bottom() + below.top()) / 2);
}

bool playEnabled(MainWindow* w) { return w->controls()->playButton()->isEnabled(); }

QStringList menuTitles(const MainWindow* w)
{
    QStringList titles;
    for (const QAction* a : w->menuBar()->actions())
        titles << a->text();
    return titles;
}

// The window's action whose status tip is `tip` (in English).
QAction* actionWithStatusTip(const MainWindow* w, const QString& tip)
{
    for (QAction* a : w->findChildren<QAction*>())
        if (a->statusTip() == tip)
            return a;
    return nullptr;
}

// The window's dock layout: where each dock is, whether it is shown and on top, and what it
// is tabbed with. (Not the pixels: a longer text can make a panel's minimum wider, and on
// the test's small screen the window is at its minimum already.)
QStringList dockArrangement(MainWindow* w)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList docks;
    for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
        QStringList tabbedWith;
        for (const QDockWidget* t : w->tabifiedDockWidgets(d))
            tabbedWith << t->objectName();
        tabbedWith.sort();
        docks << QStringLiteral("%1 area %2 %3 %4 %5 with %6")
                     .arg(d->objectName())
                     .arg(int(w->dockWidgetArea(d)))
                     .arg(d->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"))
                     .arg(d->isFloating() ? QStringLiteral("floating") : QStringLiteral("docked"))
                     .arg(d->visibleRegion().isEmpty() ? QStringLiteral("behind") : QStringLiteral("on top"))
                     .arg(tabbedWith.join(QLatin1Char(',')));
    }
    return docks;
}

// The status bar's line about the data being trained on.
ElidedLabel* taskLabel(const MainWindow* w) { return w->statusBar()->findChild<ElidedLabel*>(); }

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void startsReadyToPlay()
    {
        auto w = openWindow();
        QVERIFY(w->controller()->status()->ready);
        QVERIFY(playEnabled(w.get()));
        QVERIFY(w->controls()->reasonLabel()->text().isEmpty());
        QCOMPARE(w->document()->project().model.layers.size(), size_t(3));
        QVERIFY(!w->document()->isModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("Spiral")));
    }

    void dropFromPaletteInsertsAtTheDropPosition()
    {
        auto w = openWindow();
        ModelCanvas* canvas = w->canvas();
        LayerPaletteList* list = w->palette()->list();
        // between Dense #1 and Dense #2
        QVERIFY(test::dropOnto(canvas, list->dragData(LayerKind::Dropout), gapAbove(canvas, 1)));
        const auto& layers = w->document()->project().model.layers;
        QCOMPARE(layers.size(), size_t(4));
        QCOMPARE(layers[1].kind, LayerKind::Dropout);
        QCOMPARE(canvas->model().layers[1].kind, LayerKind::Dropout);
        QCOMPARE(canvas->selectedLayer(), 1);
        QCOMPARE(w->inspector()->layerIndex(), 1);
        // between the input and Dense #1
        QVERIFY(test::dropOnto(canvas, list->dragData(LayerKind::BatchNorm), gapAbove(canvas, 0)));
        QCOMPARE(w->document()->project().model.layers[0].kind, LayerKind::BatchNorm);
        // below the output: lands before it, the output stays last
        const QPoint below = canvas->cardRect(4).bottomLeft() + QPoint(20, 12);
        QVERIFY(test::dropOnto(canvas, list->dragData(LayerKind::Dense), below));
        const auto& now = w->document()->project().model.layers;
        QCOMPARE(now.size(), size_t(6));
        QCOMPARE(now[4].kind, LayerKind::Dense);
        QCOMPARE(now[5].units, 1);
        QCOMPARE(now[5].activation, Activation::Sigmoid);
        // the session rebuilt the new model
        QVERIFY(test::waitAllApplied(w->controller()));
        QCOMPARE(w->controller()->snapshot()->model.layerCount(), 6);
    }

    void deleteThenUndoRestores()
    {
        auto w = openWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const ModelSpec original = w->document()->project().model;
        ModelCanvas* canvas = w->canvas();
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->cardRect(1).center());
        QCOMPARE(canvas->selectedLayer(), 1);
        QTest::keyClick(canvas, Qt::Key_Delete);
        QCOMPARE(w->document()->project().model.layers.size(), size_t(2));
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w->document()->project().model == original);
        QCOMPARE(canvas->model().layers.size(), size_t(3));
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->document()->project().model.layers.size(), size_t(2));
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w->document()->project().model.layers.size(), size_t(2));
        // the output layer is not deleted: it follows the loss
        canvas->setSelectedLayer(1);
        QTest::keyClick(canvas, Qt::Key_Delete);
        QCOMPARE(w->document()->project().model.layers.size(), size_t(2));
    }

    void playPauseThenStepAdvancesByExactlyOne()
    {
        auto w = openWindow();
        TrainingControls* controls = w->controls();
        TrainingController* c = w->controller();
        // the example's 1000 epochs take well under 100 ms at full speed: train until paused
        Project p = w->document()->project();
        p.training.epochs = 100000;
        w->document()->replace(p, QString());
        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil(c, [&] { return controls->playing() && controls->displayedStep() > 0; }));
        QCOMPARE(controls->playButton()->text(), QStringLiteral("Pause"));
        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(c));
        QVERIFY(!controls->playing());
        const qint64 paused = controls->displayedStep();
        QTest::mouseClick(controls->stepButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(c));
        QCOMPARE(controls->displayedStep(), paused + 1);
        QVERIFY(controls->stepLabel()->text().contains(QLocale().toString(paused + 1)));
        // and nothing more happens by itself
        QTest::qWait(3 * TrainingController::kPollIntervalMs);
        c->poll();
        QCOMPARE(controls->displayedStep(), paused + 1);
    }

    void spaceTogglesPlay()
    {
        auto w = openWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->canvas()->setFocus();
        QTest::keyClick(w.get(), Qt::Key_Space);
        QVERIFY(test::waitUntil(w->controller(), [&] { return w->controls()->playing(); }));
        QTest::keyClick(w.get(), Qt::Key_Space);
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY(!w->controls()->playing());
    }

    void divergingPresetPausesAndShowsTheBanner()
    {
        auto w = openWindow(QStringLiteral("diverging"));
        DivergenceBanner* banner = w->banner();
        QVERIFY(!banner->isVisibleTo(w.get()));
        QTest::mouseClick(w->controls()->playButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil(w->controller(), [&] {
            const auto s = w->controller()->snapshot();
            return !s->playing && s->state == TrainerState::Diverged;
        }));
        QVERIFY(banner->isVisibleTo(w.get()));
        QVERIFY2(banner->title().contains(QStringLiteral("diverged at step")), qPrintable(banner->title()));
        QVERIFY(!banner->message().isEmpty());
        QVERIFY(!w->controls()->playing());
        QVERIFY(!w->controls()->reasonLabel()->text().isEmpty());
        QVERIFY(!w->controls()->stepButton()->isEnabled());
        // the fix: a lower learning rate, and fresh weights when they are Inf/NaN
        const float rate = w->document()->project().training.optimizer.learningRate;
        QTest::mouseClick(banner->lowerRateButton(), Qt::LeftButton);
        QCOMPARE(w->document()->project().training.optimizer.learningRate, rate / 10);
        QVERIFY(test::waitAllApplied(w->controller()));
        if (w->controller()->snapshot()->step == 0)  // reset: the banner has gone
            QVERIFY(!banner->isVisibleTo(w.get()));
    }

    void snapshotsReachTheViews()
    {
        auto w = openWindow();
        QSignalSpy spy(w->controller(), &TrainingController::snapshotChanged);
        w->controller()->play();
        QVERIFY(test::waitUntil(w->controller(), [&] { return w->controller()->snapshot()->step > 20; }));
        w->controller()->pause();
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY(spy.count() > 0);
        // the loss chart drew the mini-batch losses it was given
        w->lossChart()->refreshNow();
        const LiveCurve* batch = LiveCurve::find(w->lossChart()->lossChart(), QStringLiteral("batchLoss"));
        QVERIFY(batch);
        QVERIFY(!batch->points().isEmpty());
        // and the gradient view one line per layer
        w->gradientView()->refreshNow();
        int gradientLines = 0;
        for (int layer = 0; layer < 5; ++layer)
            if (const LiveCurve* curve = LiveCurve::find(w->gradientView()->gradientChart(), QStringLiteral("gradient:%1").arg(layer)))
                gradientLines += curve->points().isEmpty() ? 0 : 1;
        QCOMPARE(gradientLines, 3);
    }

    // The worker computes the pictures of the views on screen, and only theirs: a view
    // behind another dock tab asks for nothing, and asks again when its tab is raised.
    void theWorkerDrawsWhatIsOnScreen()
    {
        auto w = openWindow();
        auto* mapDock = w->findChild<QDockWidget*>(QStringLiteral("decisionMapDock"));
        auto* networkDock = w->findChild<QDockWidget*>(QStringLiteral("networkDock"));
        auto* gradientDock = w->findChild<QDockWidget*>(QStringLiteral("gradientDock"));
        QVERIFY(mapDock && networkDock && gradientDock);
        const auto asked = [&] { return w->controller()->pictureRequest(); };
        networkDock->raise();
        QVERIFY(QTest::qWaitFor([&] { return asked().decisionMapGrid > 0 && asked().neuronMapGrid > 0; }, 5000));
        QCOMPARE(asked().featureMapSample, -1);  // no image views for two-input data
        QCOMPARE(asked().predictedSamples, 0);

        // what the worker drew reaches the views
        QVERIFY(test::waitUntil(w->controller(), [&] {
            const auto& pictures = w->controller()->snapshot()->pictures;
            return pictures && !pictures->decisionMap.empty() && !pictures->neuronMaps.empty();
        }));
        auto* map = w->findChild<DecisionMapView*>();
        map->refreshNow();
        QVERIFY(!map->mapImage().isNull());

        gradientDock->raise();  // the network goes behind a tab: its pictures are no longer asked for
        QVERIFY(QTest::qWaitFor([&] { return asked().neuronMapGrid == 0; }, 5000));
        QVERIFY(asked().decisionMapGrid > 0);
        QVERIFY(test::waitUntil(w->controller(), [&] {
            const auto& pictures = w->controller()->snapshot()->pictures;
            return pictures && pictures->neuronMaps.empty();
        }));
        networkDock->raise();
        QVERIFY(QTest::qWaitFor([&] { return asked().neuronMapGrid > 0; }, 5000));
    }

    void imageViewsAppearOnlyForImageData()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist")))
            QSKIP("dataset-fashion-mnist is not installed");
        auto w = openWindow();
        auto* gallery = w->findChild<QDockWidget*>(QStringLiteral("sampleGalleryDock"));
        auto* map = w->findChild<QDockWidget*>(QStringLiteral("decisionMapDock"));
        QVERIFY(gallery && map);
        QVERIFY(!gallery->isVisible());  // two-input data: no images to show
        QVERIFY(map->isVisible());
        QVERIFY(w->openExample(QStringLiteral("fashion-mnist-cnn")));
        QVERIFY(QTest::qWaitFor([&] { return gallery->isVisible(); }, 60000));
        QVERIFY(!map->isVisible());  // images have no input plane
        QVERIFY(w->openExample(QStringLiteral("spiral")));
        QVERIFY(QTest::qWaitFor([&] { return !gallery->isVisible(); }, 60000));
    }

    void layerWithVanishingGradientsIsMarkedOnTheCanvas()
    {
        auto w = openWindow();
        w->controller()->stepBatch();
        QVERIFY(test::waitUntil(w->controller(), [&] { return w->controller()->snapshot()->step >= 1; }));
        QVERIFY(test::waitAllApplied(w->controller()));
        const auto healthy = w->controller()->snapshot();
        QCOMPARE(w->canvas()->warningLayer(), -1);
        // The same moment, with Dense #2's gradient shrunk below 1e-6.
        auto vanishing = std::make_shared<TrainingSnapshot>(*healthy);
        vanishing->probes.layers[1].gradientNorm = 1e-9;
        w->gradientView()->setSnapshot(vanishing);
        w->gradientView()->refreshNow();
        QCOMPARE(w->canvas()->warningLayer(), 1);
        w->gradientView()->setSnapshot(healthy);
        w->gradientView()->refreshNow();
        QCOMPARE(w->canvas()->warningLayer(), -1);
    }

    void saveThenOpenReproducesModelSettingsAndWeights()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trained.layerlab"));
        auto w = openWindow();
        // change a hyper-parameter and the model, then train a little
        w->settingsPanel()->learningRateEditor()->setValue(0.02);
        QTest::mouseClick(w->controls()->stepButton(), Qt::LeftButton);
        w->document()->insertLayer(1, LayerKind::Dense);
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(w->controls()->stepButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(w->controller()));
        QCOMPARE(w->controller()->snapshot()->step, 5);
        const Project saved = w->document()->project();
        const Vector weights = w->controller()->snapshot()->model.parameters();
        QVERIFY(w->document()->isModified());
        QVERIFY(w->files()->saveTo(path));
        QVERIFY(!w->document()->isModified());
        QCOMPARE(w->document()->filePath(), QFileInfo(path).absoluteFilePath());

        auto other = std::make_unique<MainWindow>();
        QVERIFY(other->openFile(path));
        QVERIFY(test::waitAllApplied(other->controller()));
        const Project opened = other->document()->project();
        QVERIFY(opened.model == saved.model);
        QVERIFY(opened.training == saved.training);
        QCOMPARE(opened.training.optimizer.learningRate, 0.02f);
        QVERIFY(opened.data == saved.data);
        QCOMPARE(opened.seed, saved.seed);
        QVERIFY(other->controller()->status()->ready);
        QCOMPARE(other->controller()->snapshot()->model.parameters(), weights);
        QVERIFY(!other->document()->isModified());
    }

    void trainedWeightsAreUnsavedWork()
    {
        QTemporaryDir dir;
        auto w = openWindow();
        QVERIFY(!w->document()->isModified());
        QTest::mouseClick(w->controls()->stepButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY(w->document()->isModified());  // closing now would ask
        QVERIFY(w->files()->saveTo(dir.filePath(QStringLiteral("a.layerlab"))));
        QVERIFY(!w->document()->isModified());
        QTest::mouseClick(w->controls()->stepButton(), Qt::LeftButton);
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY(w->document()->isModified());
    }

    void invalidModelDisablesPlayWithTheReason()
    {
        auto w = openWindow();
        QVERIFY(playEnabled(w.get()));
        // a convolution needs images: on two features it cannot be built
        QVERIFY(test::dropOnto(w->canvas(), w->palette()->list()->dragData(LayerKind::Conv2D), gapAbove(w->canvas(), 1)));
        QVERIFY(test::waitAllApplied(w->controller()));
        QCOMPARE(w->canvas()->problemLayer(), 1);
        QVERIFY(w->canvas()->problemMessage().contains(QStringLiteral("Conv2D #2")));
        QVERIFY(!playEnabled(w.get()));
        QVERIFY(!w->controls()->stepButton()->isEnabled());
        const QString reason = w->controls()->reasonLabel()->text();
        QVERIFY2(reason.contains(QStringLiteral("Conv2D #2")), qPrintable(reason));
        QVERIFY(w->controls()->reasonLabel()->isVisible());
        // and the session refuses too
        w->controller()->play();
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY(!w->controller()->snapshot()->playing);
        // undo: trainable again
        w->document()->undoStack()->undo();
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY(playEnabled(w.get()));
        QVERIFY(w->controls()->reasonLabel()->text().isEmpty());
        QCOMPARE(w->canvas()->problemLayer(), -1);
    }

    void editingWhileTrainingKeepsTraining()
    {
        auto w = openWindow();
        TrainingController* c = w->controller();
        Project p = w->document()->project();
        p.training.epochs = 100000;
        w->document()->replace(p, QString());
        c->play();
        QVERIFY(test::waitUntil(c, [&] { return c->snapshot()->step > 10; }));
        // a learning-rate change applies without a reset and is marked
        w->settingsPanel()->learningRateEditor()->stepBy(1);
        QVERIFY(test::waitUntil(c, [&] { return !c->snapshot()->changes.empty(); }));
        QVERIFY(QString::fromStdString(englishText(c->snapshot()->changes.back().description))
                    .startsWith(QStringLiteral("learning rate")));
        QVERIFY(c->snapshot()->playing);
        c->pause();
        QVERIFY(test::waitAllApplied(c));
    }

    void unsavedChangesArePromptedFor()
    {
        auto w = openWindow();
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        w->setPrompt([&](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
            ++asked;
            return answer;
        });
        QVERIFY(w->close());  // nothing unsaved: no question
        QCOMPARE(asked, 0);
        w->show();
        w->document()->insertLayer(0, LayerKind::Dense);
        QVERIFY(!w->close());  // Cancel keeps it open
        QCOMPARE(asked, 1);
        QVERIFY(!w->openExample(QStringLiteral("no-such-example")));
        answer = QMessageBox::Discard;
        QVERIFY(w->close());
        QCOMPARE(asked, 2);
    }

    void autosaveIsOfferedForRecovery()
    {
        Autosaver::discardPending();
        auto w = openWindow();
        w->document()->insertLayer(0, LayerKind::Dropout);
        QVERIFY(w->files()->autosaver()->saveNow());
        QVERIFY(QFileInfo::exists(Autosaver::autosavePath()));
        const ModelSpec edited = w->document()->project().model;
        w.reset();  // as if it crashed: no close, the autosave stays

        auto next = std::make_unique<MainWindow>();
        int asked = 0;
        next->setPrompt([&](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
            ++asked;
            return QMessageBox::Yes;
        });
        QVERIFY(next->offerRecovery());
        QCOMPARE(asked, 1);
        QVERIFY(next->document()->project().model == edited);
        QVERIFY(next->document()->isModified());
        // a clean close discards it
        next->setPrompt([](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        QVERIFY(next->close());
        QVERIFY(!QFileInfo::exists(Autosaver::autosavePath()));
    }

    void fileShortcutsReachTheProjectFiles()
    {
        // (the File actions belong to ProjectFiles; the window's menus make them reachable)
        QTemporaryDir dir;
        auto w = openWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QVERIFY(w->files()->saveTo(dir.filePath(QStringLiteral("keys.layerlab"))));
        w->document()->insertLayer(0, LayerKind::Dropout);
        QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w->document()->isModified());
        QVERIFY(readProjectFile(dir.filePath(QStringLiteral("keys.layerlab")).toStdString()).model ==
                w->document()->project().model);
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w->document()->filePath().isEmpty());
        QVERIFY(w->document()->project().model == ProjectFiles::newProject().model);
    }

    void examplesMenuListsEveryExample()
    {
        auto w = openWindow();
        QMenu* examples = nullptr;
        for (QAction* a : w->menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Examples"))
                examples = a->menu();
        QVERIFY(examples);
        QCOMPARE(examples->actions().size(), qsizetype(builtInExamples().size()));
        for (QAction* a : examples->actions())
            QVERIFY(!a->toolTip().isEmpty());
    }

    void viewMenuListsTheLanguages()
    {
        auto w = openWindow();
        QMenu* view = nullptr;
        for (QAction* a : w->menuBar()->actions())
            if (a->text() == QLatin1String("&View"))
                view = a->menu();
        QVERIFY(view);
        QMenu* languages = nullptr;
        for (QAction* a : view->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Language"))
                languages = a->menu();
        QVERIFY(languages);
        QStringList names;
        for (const QAction* a : languages->actions())
            names << a->text();
        QVERIFY(names.contains(QStringLiteral("English")));
        QVERIFY(names.contains(QStringLiteral("简体中文")));
    }

    void languageChangeRetitlesEverythingAndKeepsTheState()
    {
        auto w = openWindow();
        TrainingController* c = w->controller();
        // a state to keep: an edit to undo, a few trained steps, a selected layer
        w->document()->insertLayer(1, LayerKind::Dropout);
        w->canvas()->setSelectedLayer(1);
        QVERIFY(test::waitAllApplied(c));
        c->stepBatch();
        c->stepBatch();
        QVERIFY(test::waitAllApplied(c));
        QVERIFY(test::waitUntil(c, [&] { return !taskLabel(w.get())->text().isEmpty(); }));
        QDockWidget* curves = w->findChild<QDockWidget*>(QStringLiteral("lossDock"));
        QAction* play = actionWithStatusTip(w.get(), QStringLiteral("Start or pause training."));
        QVERIFY(play);
        QAction* undo =
            actionWithStatusTip(w.get(), QStringLiteral("Undo the last change to the model, the data or the settings."));
        QVERIFY(undo);

        const QStringList englishMenus = menuTitles(w.get());
        QVERIFY(englishMenus.contains(QStringLiteral("&File")));
        QCOMPARE(curves->windowTitle(), QStringLiteral("Learning curves"));
        const QString englishTask = taskLabel(w.get())->text();
        QVERIFY(englishTask.contains(QStringLiteral("validation samples")));
        QCOMPARE(w->document()->undoStack()->count(), 1);
        const QString undoName = w->document()->undoStack()->undoText();
        QCOMPARE(undo->text(), QStringLiteral("&Undo %1").arg(undoName));
        const Project project = w->document()->project();
        const QStringList layout = dockArrangement(w.get());
        const std::int64_t step = c->snapshot()->step;
        QCOMPARE(step, std::int64_t(2));
        w->statusBar()->showMessage(QStringLiteral("Saved spiral.layerlab"));

        const auto stateIsKept = [&] {
            QVERIFY(w->document()->project() == project);
            QCOMPARE(w->document()->undoStack()->count(), 1);
            QCOMPARE(w->document()->undoStack()->index(), 1);
            QCOMPARE(w->document()->undoStack()->undoText(), undoName);
            QCOMPARE(dockArrangement(w.get()), layout);
            QCOMPARE(w->canvas()->selectedLayer(), 1);
            QVERIFY(test::waitAllApplied(c));
            QCOMPARE(c->snapshot()->step, step);
            QVERIFY(!c->snapshot()->playing);
            QVERIFY(c->status()->ready);
        };
        {
            test::ScopedPseudoTranslation pseudo;
            for (const QString& title : menuTitles(w.get()))
                QVERIFY2(title.startsWith(QStringLiteral("«")), qPrintable(title));
            QCOMPARE(curves->windowTitle(), QStringLiteral("«Learning curves»"));
            QCOMPARE(play->statusTip(), QStringLiteral("«Start or pause training.»"));
            QCOMPARE(play->text(), QStringLiteral("«&Play / Pause»"));
            // the edit keeps its name; the action's words around it follow
            QCOMPARE(undo->text(), QStringLiteral("«&Undo %1»").arg(undoName));
            const QString task = taskLabel(w.get())->text();
            QVERIFY2(task.startsWith(QStringLiteral("«")), qPrintable(task));
            QVERIFY(task.contains(QStringLiteral("validation samples")));
            // a passing message in the language before is gone
            QVERIFY(w->statusBar()->currentMessage().isEmpty());
            QVERIFY(w->windowTitle().startsWith(QStringLiteral("«")));
            stateIsKept();
        }
        QCOMPARE(menuTitles(w.get()), englishMenus);
        QCOMPARE(curves->windowTitle(), QStringLiteral("Learning curves"));
        QCOMPARE(play->statusTip(), QStringLiteral("Start or pause training."));
        QCOMPARE(taskLabel(w.get())->text(), englishTask);
        QCOMPARE(undo->text(), QStringLiteral("&Undo %1").arg(undoName));
        stateIsKept();
    }

    void layoutIsRestored()
    {
        {
            auto w = openWindow();
            QDockWidget* summary = w->findChild<QDockWidget*>(QStringLiteral("summaryDock"));
            QVERIFY(summary);
            summary->hide();
            QVERIFY(w->close());
        }
        auto w = openWindow();
        QVERIFY(w->findChild<QDockWidget*>(QStringLiteral("summaryDock"))->isHidden());
        // put it back for the other tests
        w->findChild<QDockWidget*>(QStringLiteral("summaryDock"))->show();
        QVERIFY(w->close());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
