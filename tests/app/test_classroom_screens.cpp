// The main window on classroom screens: a 1280x720 projector, a 1366x768 laptop and a
// 1920x1080 display at 150% (1280x720 logical pixels). ctest runs this once per screen (the
// offscreen platform's screen comes from tests/screens/*.json, QT_SCALE_FACTOR for the
// scaling). In each real state (start, mid-training, finished, diverged, a 10-layer net, the
// CNN with its image views, presentation mode, zoomed) it asserts that the window fits the
// screen, the canvas and the learning curves have room, no dock is squeezed below what its
// content needs, and no label or button shows cut text.
// With LAYERLAB_LANGUAGE=zh_CN it does all this in Chinese (ctest runs the projector's
// case so too). With LAYERLAB_SCREENSHOT_DIR set, it also saves each state as SCREEN-STATE.png there
// (scripts/screenshots.sh).
#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QtTest>

#include "app_test_support.h"
#include "document.h"
#include "io/examples.h"
#include "main_window.h"
#include "model_canvas.h"
#include "session/snapshot.h"
#include "training_controls.h"
#include "interface_zoom.h"
#include "language.h"

using namespace layerlab;
using test::openWindow;

namespace {

bool onScreen(const QWidget* w) { return w->isVisible() && !w->visibleRegion().isEmpty(); }

QString describe(const QWidget* w)
{
    QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (auto* dock = qobject_cast<const QDockWidget*>(p))
            return QStringLiteral("%1 in %2").arg(name, dock->objectName());
    return name;
}

// Everything a student could not read: each entry says what and by how much.
QStringList readabilityProblems(MainWindow* window)
{
    QStringList problems;
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(window->frameGeometry()))
        problems << QStringLiteral("window %1,%2 %3x%4 outside the screen's %5x%6")
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height())
                        .arg(available.width())
                        .arg(available.height());

    const QWidget* canvas = window->centralWidget();
    if (!window->presentationMode() || canvas->isVisible()) {
        if (canvas->width() < 240 || canvas->height() < 150)
            problems << QStringLiteral("the canvas is only %1x%2").arg(canvas->width()).arg(canvas->height());
    }
    auto* curves = window->findChild<QDockWidget*>(QStringLiteral("lossDock"));
    if (!onScreen(curves) || curves->width() < 300 || curves->height() < 150)
        problems << QStringLiteral("the learning curves are %1x%2%3")
                        .arg(curves->width())
                        .arg(curves->height())
                        .arg(onScreen(curves) ? QString() : QStringLiteral(", not on screen"));

    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        if (!onScreen(dock))
            continue;
        const QSize needed = dock->minimumSizeHint();
        if (dock->width() < needed.width() || dock->height() < needed.height())
            problems << QStringLiteral("dock %1 is %2x%3, its content needs %4x%5")
                            .arg(dock->objectName())
                            .arg(dock->width())
                            .arg(dock->height())
                            .arg(needed.width())
                            .arg(needed.height());
    }
    // Nothing drawn past its dock's edge (a chart pushed out at the bottom), but what
    // scrolls: a list or a scroll area shows the rest of its content when scrolled.
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        if (!onScreen(dock) || !dock->widget())
            continue;
        const QRect inside = dock->widget()->rect();
        for (QWidget* child : dock->widget()->findChildren<QWidget*>()) {
            if (!child->isVisible() || qobject_cast<QScrollArea*>(dock->widget()))
                continue;
            bool scrolls = false;
            for (QWidget* w = child; w && w != dock->widget(); w = w->parentWidget())
                scrolls = scrolls || qobject_cast<QAbstractScrollArea*>(w);
            if (scrolls)
                continue;
            const QRect r(child->mapTo(dock->widget(), QPoint(0, 0)), child->size());
            if (!inside.adjusted(-1, -1, 1, 1).contains(r))
                problems << QStringLiteral("%1 reaches past its dock's edge: %2,%3 %4x%5 in %6x%7")
                                .arg(describe(child))
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height())
                                .arg(inside.width())
                                .arg(inside.height());
        }
    }
    // A panel may scroll down, never sideways: a field cut at the right is a field lost.
    for (QScrollArea* area : window->findChildren<QScrollArea*>()) {
        if (!onScreen(area) || !area->widget() || area == window->centralWidget())
            continue;
        if (area->horizontalScrollBar()->maximum() > 0)
            problems << QStringLiteral("%1 scrolls sideways by %2 px").arg(describe(area)).arg(area->horizontalScrollBar()->maximum());
    }
    // Dock tabs elide titles that do not fit ("Tr…", "Su…").
    for (QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (!onScreen(tabs))
            continue;
        const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) + padding;
            if (tabs->tabRect(i).width() + 1 < needed)
                problems << QStringLiteral("tab “%1” needs %2 px, has %3")
                                .arg(tabs->tabText(i))
                                .arg(needed)
                                .arg(tabs->tabRect(i).width());
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!onScreen(label) || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems << QStringLiteral("label %1 “%2” needs %3 px of height, has %4")
                                .arg(describe(label), label->text().left(60))
                                .arg(needed)
                                .arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 1) {
            problems << QStringLiteral("label %1 “%2” needs %3 px, has %4")
                            .arg(describe(label), label->text().left(60))
                            .arg(label->sizeHint().width())
                            .arg(label->width());
        }
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!onScreen(button) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            problems << QStringLiteral("button %1 “%2” needs %3 px, has %4")
                            .arg(describe(button), button->text())
                            .arg(button->sizeHint().width())
                            .arg(button->width());
    }
    return problems;
}

QString screenName()
{
    const QSize size = QGuiApplication::primaryScreen()->geometry().size() * QGuiApplication::primaryScreen()->devicePixelRatio();
    const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
    return scale > 1 ? QStringLiteral("%1x%2-at-%3").arg(size.width()).arg(size.height()).arg(qRound(scale * 100))
                     : QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

}  // namespace

class TestClassroomScreens : public QObject {
    Q_OBJECT

private:
    // Lets the views take the last snapshot, then checks and (when asked) saves a screenshot.
    void check(MainWindow* w, const QString& state)
    {
        QTest::qWait(600);  // the views refresh a few times a second
        w->controller()->poll();
        QCoreApplication::processEvents();
        // a maximized window settles on the screen when the platform gets to it
        if (w->isMaximized())
            QTRY_VERIFY_WITH_TIMEOUT(w->screen()->availableGeometry().contains(w->frameGeometry()), 10000);
        const QString dir = qEnvironmentVariable("LAYERLAB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(screenName(), state))));
        }
        const QStringList problems = readabilityProblems(w);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 on %2:\n  ").arg(state, screenName()) +
                                                problems.join(QStringLiteral("\n  "))));
    }

    void trainUntil(MainWindow* w, const std::function<bool(const TrainingSnapshot&)>& done)
    {
        w->controller()->play();
        QVERIFY(test::waitUntil(w->controller(), [&] { return done(*w->controller()->snapshot()); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        // settings of its own: ctest runs this beside test_main_window, and both save layouts
        QCoreApplication::setApplicationName(QStringLiteral("LayerLabClassroomTests-%1").arg(screenName()));
        const QString language = qEnvironmentVariable("LAYERLAB_LANGUAGE");
        if (!language.isEmpty())
            QVERIFY(installLanguage(language));
    }
    void cleanup() { QSettings().clear(); }

    void start()
    {
        auto w = openWindow(QStringLiteral("spiral"));
        check(w.get(), QStringLiteral("start"));
    }

    void midTraining()
    {
        auto w = openWindow(QStringLiteral("spiral"));
        Project p = w->document()->project();
        p.training.epochs = 100000;  // still training when looked at
        w->document()->replace(p, QString());
        QVERIFY(test::waitAllApplied(w->controller()));
        w->canvas()->setSelectedLayer(0);
        trainUntil(w.get(), [](const TrainingSnapshot& s) { return s.epoch >= 30; });
        check(w.get(), QStringLiteral("training"));
        w->controller()->pause();
        QVERIFY(test::waitAllApplied(w->controller()));
    }

    void finished()
    {
        auto w = openWindow(QStringLiteral("xor"));
        trainUntil(w.get(), [](const TrainingSnapshot& s) { return !s.playing && s.step > 0; });
        QVERIFY(test::waitAllApplied(w->controller()));
        QVERIFY2(!w->controls()->reasonLabel()->toolTip().isEmpty() || !w->controls()->reasonLabel()->text().isEmpty(),
                 "the finished run says so");
        check(w.get(), QStringLiteral("finished"));
    }

    void diverged()
    {
        auto w = openWindow(QStringLiteral("diverging"));
        trainUntil(w.get(), [](const TrainingSnapshot& s) { return !s.playing && s.state == TrainerState::Diverged; });
        QVERIFY(test::waitAllApplied(w->controller()));
        check(w.get(), QStringLiteral("diverged"));
    }

    void tenLayers()
    {
        auto w = openWindow(QStringLiteral("spiral"));
        Project p = w->document()->project();
        p.model.layers.clear();
        for (int i = 0; i < 9; ++i)
            p.model.layers.push_back(LayerSpec::dense(8, i % 2 ? Activation::ReLU : Activation::Tanh));
        p.model.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
        w->document()->replace(p, QString());
        QVERIFY(test::waitAllApplied(w->controller()));
        w->canvas()->setSelectedLayer(4);
        trainUntil(w.get(), [](const TrainingSnapshot& s) { return s.epoch >= 5; });
        w->controller()->pause();
        QVERIFY(test::waitAllApplied(w->controller()));
        check(w.get(), QStringLiteral("ten-layers"));
    }

    void cnnWithImageViews()
    {
        if (!findExample("fashion-mnist-cnn"))
            QSKIP("no fashion-mnist-cnn example");
        auto w = openWindow(QStringLiteral("fashion-mnist-cnn"));
        if (!w->controller()->status()->ready)
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        trainUntil(w.get(), [](const TrainingSnapshot& s) { return s.step >= 3; });
        w->controller()->pause();
        QVERIFY(test::waitAllApplied(w->controller()));
        check(w.get(), QStringLiteral("cnn"));
    }

    void presentationMode()
    {
        auto w = openWindow(QStringLiteral("spiral"));
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QHash<QString, bool> visibleBefore;
        QHash<QString, int> widthBefore;
        for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
            visibleBefore[d->objectName()] = onScreen(d);
            widthBefore[d->objectName()] = d->width();
        }
        const qreal normalPointSize = QApplication::font().pointSizeF();
        QTest::keyClick(w.get(), Qt::Key_F5);
        QVERIFY(w->presentationMode());
        QCOMPARE(QApplication::font().pointSizeF(), normalPointSize * InterfaceZoom::kPresentationFactor);
        // the building panels give their room to the model, the curves and the views
        QVERIFY(!onScreen(w->findChild<QDockWidget*>(QStringLiteral("paletteDock"))));
        QVERIFY(!onScreen(w->findChild<QDockWidget*>(QStringLiteral("settingsDock"))));
        trainUntil(w.get(), [](const TrainingSnapshot& s) { return s.epoch >= 20; });
        w->controller()->pause();
        QVERIFY(test::waitAllApplied(w->controller()));
        check(w.get(), QStringLiteral("presentation"));
        QTest::keyClick(w.get(), Qt::Key_F5);
        QVERIFY(!w->presentationMode());
        QCOMPARE(QApplication::font().pointSizeF(), normalPointSize);
        QTest::qWait(50);
        // every panel back where it was
        for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
            QCOMPARE(onScreen(d), visibleBefore.value(d->objectName()));
            if (onScreen(d))
                QVERIFY2(qAbs(d->width() - widthBefore.value(d->objectName())) <= 2,
                         qPrintable(QStringLiteral("%1 was %2 px wide, is %3")
                                        .arg(d->objectName())
                                        .arg(widthBefore.value(d->objectName()))
                                        .arg(d->width())));
        }
    }

    void zoomKeys()
    {
        auto w = openWindow(QStringLiteral("spiral"));
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const qreal normal = QApplication::font().pointSizeF();
        QTest::keyClick(w.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(w->zoom()->zoom(), 1.1);
        QCOMPARE(QApplication::font().pointSizeF(), normal * 1.1);
        QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(w->zoom()->zoom(), 0.9);
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(w->zoom()->zoom(), 1.0);
        QCOMPARE(QApplication::font().pointSizeF(), normal);
        // Zoomed in, the window still fits the screen (panels scroll instead).
        w->zoom()->setZoom(1.25);
        check(w.get(), QStringLiteral("zoom-125"));
        w->zoom()->resetZoom();
    }

    void restoresOnlyAGeometryThatFits()
    {
        QSettings settings;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect placed = available.adjusted(10, 10, -10, -10);
        {
            // (never shown: the offscreen platform moves shown windows on its own schedule)
            MainWindow w;
            w.setWindowState(Qt::WindowNoState);
            w.setGeometry(placed);
            QVERIFY(w.close());
        }
        {
            MainWindow w;
            QCOMPARE(w.geometry().size(), placed.size());
            QVERIFY(!w.isMaximized());
        }
        // a window bigger than this screen (saved on a larger one) opens at this screen's size
        settings.setValue(QStringLiteral("mainWindow/frame"), QRect(0, 0, 4000, 3000));
        MainWindow w;
        w.show();
        QTest::qWait(20);
        QVERIFY(w.screen()->availableGeometry().contains(w.frameGeometry()));
    }
};

QTEST_MAIN(TestClassroomScreens)
#include "test_classroom_screens.moc"
