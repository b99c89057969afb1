// What the programs that render screenshots share: the application as the app sets it up
// (its own settings, the classroom style), and a loop that lets training run.
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QThread>

#include "classroom_style.h"
#include "language.h"

namespace layerlab::render {

// Settings of their own (test mode), so that a screenshot never reads or writes the user's;
// the language of LAYERLAB_LANGUAGE (en, zh_CN; English when unset).
inline void setUpApplication(QApplication& app)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("LayerLabScreenshots"));
    QApplication::setApplicationName(QStringLiteral("LayerLab"));
    applyClassroomStyle(app);
    installLanguage(qEnvironmentVariable("LAYERLAB_LANGUAGE", QStringLiteral("en")));
}

// Lets the window and the controller's timer run until `done` or the guard runs out.
template <typename Done>
void runUntil(Done done, int guardMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < guardMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

}  // namespace layerlab::render
