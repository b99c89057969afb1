// The whole window in another language: with a pseudo-translation installed every text a
// person can read is marked as translated (none bypasses translation), and in zh_CN no
// English sentence is left — in the window with a model training, with the image views of
// the CNN, and in the dialogs. Switching the language keeps everything else: the project,
// the undo history, the layout and the run.
#include <QDockWidget>
#include <QMenuBar>
#include <QUndoStack>
#include <QtTest>

#include "app_test_support.h"
#include "breakpoints_dialog.h"
#include "document.h"
#include "io/project.h"
#include "language.h"
#include "pseudo_translator.h"
#include "visible_texts.h"

using namespace layerlab;
using namespace layerlab::test;

namespace {

// Where each dock is and whether it shows (the pixels move a little: CJK type is taller).
QStringList dockLayout(const MainWindow& w)
{
    QStringList layout;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        layout << QStringLiteral("%1 area %2 %3 tabbed with %4")
                      .arg(d->objectName())
                      .arg(int(w.dockWidgetArea(d)))
                      .arg(d->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"))
                      .arg(w.tabifiedDockWidgets(d).size());
    return layout;
}

// "QLabel 'x' text: Press Play [Press, Play]" for each text with English words left.
QStringList untranslated(QWidget* root, bool marked)
{
    QStringList problems;
    for (const VisibleText& t : visibleTexts(root)) {
        const QStringList words = englishWords(t.text, marked);
        if (!words.isEmpty())
            problems << QStringLiteral("%1: %2   [%3]").arg(t.where, t.text.left(100), words.join(u' '));
    }
    problems.removeDuplicates();
    return problems;
}

QByteArray report(const QStringList& problems)
{
    return (QStringLiteral("%1 text(s) not translated:\n").arg(problems.size()) + problems.mid(0, 60).join(u'\n'))
        .toUtf8();
}

}  // namespace

class TestTranslatedWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void cleanup() { installLanguage(QStringLiteral("en")); }

    void everyTextFollowsAPseudoTranslation_data();
    void everyTextFollowsAPseudoTranslation();
    void noEnglishLeftInChinese_data() { everyTextFollowsAPseudoTranslation_data(); }
    void noEnglishLeftInChinese();
    void dialogsInChinese();
    void switchingKeepsEverythingElse();
};

void TestTranslatedWindow::everyTextFollowsAPseudoTranslation_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("steps");
    QTest::newRow("spiral, training") << QStringLiteral("spiral") << 30;
    QTest::newRow("textbook CNN, image views") << QStringLiteral("fashion-mnist-cnn") << 0;
}

void TestTranslatedWindow::everyTextFollowsAPseudoTranslation()
{
    QFETCH(QString, example);
    QFETCH(int, steps);
    auto w = openWindow(example);
    for (int i = 0; i < steps; ++i)
        w->controller()->stepBatch();
    QVERIFY(waitAllApplied(w->controller()));
    ScopedPseudoTranslation pseudo;
    QCoreApplication::processEvents();
    const QStringList problems = untranslated(w.get(), true);
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TestTranslatedWindow::noEnglishLeftInChinese()
{
    QFETCH(QString, example);
    QFETCH(int, steps);
    auto w = openWindow(example);
    for (int i = 0; i < steps; ++i)
        w->controller()->stepBatch();
    QVERIFY(waitAllApplied(w->controller()));
    QVERIFY(installLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QStringList problems = untranslated(w.get(), false);
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TestTranslatedWindow::dialogsInChinese()
{
    QVERIFY(installLanguage(QStringLiteral("zh_CN")));
    BreakpointsDialog dialog;
    dialog.show();
    QCoreApplication::processEvents();
    const QStringList problems = untranslated(&dialog, false);
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TestTranslatedWindow::switchingKeepsEverythingElse()
{
    auto w = openWindow(QStringLiteral("spiral"));
    w->document()->setSeed(7);  // one edit to undo
    for (int i = 0; i < 5; ++i)
        w->controller()->stepBatch();
    QVERIFY(waitAllApplied(w->controller()));
    const std::string project = serializeProject(w->document()->project());
    const int undoCount = w->document()->undoStack()->count();
    const QStringList layout = dockLayout(*w);
    const auto stepsBefore = w->controller()->snapshot()->step;
    const QString titleBefore = w->menuBar()->actions().first()->text();

    QVERIFY(installLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY2(w->menuBar()->actions().first()->text() != titleBefore, "the File menu's title did not change");
    QCOMPARE(serializeProject(w->document()->project()), project);
    QCOMPARE(w->document()->undoStack()->count(), undoCount);
    QCOMPARE(dockLayout(*w), layout);
    QCOMPARE(w->controller()->snapshot()->step, stepsBefore);

    QVERIFY(installLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(w->menuBar()->actions().first()->text(), titleBefore);
}

QTEST_MAIN(TestTranslatedWindow)
#include "test_translated_window.moc"
