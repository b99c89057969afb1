// Helpers of the app tests: waiting for the training thread without timed assertions
// (a generous guard only), and synthesised drag and drop.
#pragma once

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QStandardPaths>

#include <memory>
#include <QtTest>

#include "main_window.h"
#include "training_controller.h"

namespace layerlab::test {

// A guard against a hung worker thread, not a speed requirement.
constexpr int kPatienceMs = 120000;

// Settings and autosaves go to test locations, never the user's.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LayerLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("LayerLabTests"));
}

// Until the controller's views show every command posted so far.
inline bool waitAllApplied(TrainingController* c)
{
    return QTest::qWaitFor(
        [c] {
            c->poll();
            return c->appliedThrough() >= c->lastPosted();
        },
        kPatienceMs);
}

template <typename Predicate>
bool waitUntil(TrainingController* c, Predicate done)
{
    return QTest::qWaitFor(
        [&] {
            c->poll();
            return done();
        },
        kPatienceMs);
}

// Enter, move and drop `mime` at `pos` on `target`, as a drag from elsewhere would. Takes
// ownership of mime. Returns whether the drop was accepted.
inline bool dropOnto(QWidget* target, QMimeData* mime, const QPoint& pos)
{
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    const bool accepted = drop.isAccepted();
    delete mime;
    return accepted;
}

// A main window with `example` loaded and built, shown, answering every question with
// Discard.
inline std::unique_ptr<MainWindow> openWindow(const QString& example = QStringLiteral("spiral"))
{
    auto w = std::make_unique<MainWindow>();
    w->setPrompt([](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
        return QMessageBox::Discard;
    });
    w->openExample(example);
    w->show();
    waitAllApplied(w->controller());
    return w;
}

}  // namespace layerlab::test
