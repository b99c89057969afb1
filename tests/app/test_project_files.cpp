// ProjectFiles, the project's life as a file, without the main window: Save and Open (the
// recent files list, the autosave cleaned after a save), a file that cannot be opened, the
// question about unsaved changes, recovery offered after a session that ended without
// saving, and the window title with its modified mark. Everything happens in a temporary
// home.
#include <QFileInfo>
#include <QSignalSpy>
#include <QUndoStack>
#include <QWidget>
#include <QtTest>

#include <memory>

#include "autosave.h"
#include "document.h"
#include "project_files.h"
#include "recent_files.h"
#include "session_sync.h"
#include "temporary_home.h"
#include "training_controller.h"

using namespace layerlab;

namespace {

// What ProjectFiles works with, as the main window gives it, and the questions it asked.
struct Files {
    QWidget window;
    Document document;
    TrainingController controller;
    SessionSync session{&document, &controller};
    QMessageBox::StandardButton answer = QMessageBox::Discard;
    QList<QMessageBox::Icon> asked;
    ProjectFiles files{&document, &controller, &session,
                       [this](QMessageBox::Icon icon, const QString&, const QString&, QMessageBox::StandardButtons) {
                           asked << icon;
                           return answer;
                       },
                       &window};
};

}  // namespace

class TestProjectFiles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TemporaryHome> m_home;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<test::TemporaryHome>(QStringLiteral("LayerLabProjectFilesTests"));
        QVERIFY(m_home->isValid());
    }

    void init()
    {
        RecentFiles::clear();
        Autosaver::discardPending();
    }

    void saveThenOpen()
    {
        const QString path = m_home->filePath(QStringLiteral("saved.layerlab"));
        Files f;
        QVERIFY(f.files.openExample(QStringLiteral("spiral")));
        f.document.insertLayer(0, LayerKind::Dropout);
        QVERIFY(f.files.autosaver()->saveNow());
        QSignalSpy messages(&f.files, &ProjectFiles::message);
        QVERIFY(f.files.saveTo(path));
        QVERIFY(!f.document.isModified());
        QCOMPARE(f.document.filePath(), path);
        QCOMPARE(RecentFiles::list().value(0), path);
        QVERIFY(!QFileInfo::exists(Autosaver::autosavePath()));  // cleaned after a save
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.first().at(0).toString(), QStringLiteral("Saved saved.layerlab"));

        Files other;
        QVERIFY(other.files.openFile(path));
        QVERIFY(other.document.project().model == f.document.project().model);
        QCOMPARE(other.document.filePath(), path);
        QVERIFY(!other.document.isModified());
        QVERIFY(other.asked.isEmpty());
    }

    void aFileThatCannotBeOpenedIsSaidAndLeavesTheRecentList()
    {
        const QString missing = m_home->filePath(QStringLiteral("missing.layerlab"));
        RecentFiles::add(missing);
        Files f;
        QVERIFY(f.files.openExample(QStringLiteral("xor")));
        const Project before = f.document.project();
        QVERIFY(!f.files.openFile(missing));
        QCOMPARE(f.asked, QList<QMessageBox::Icon>({QMessageBox::Warning}));
        QVERIFY(!RecentFiles::list().contains(missing));
        QVERIFY(f.document.project() == before);  // what was open stays open
    }

    void unsavedChangesAreAskedAbout()
    {
        Files f;
        QVERIFY(f.files.openExample(QStringLiteral("spiral")));
        QVERIFY(f.files.maybeSave());  // nothing unsaved: nothing asked
        QVERIFY(f.asked.isEmpty());
        f.document.insertLayer(0, LayerKind::Dropout);
        f.answer = QMessageBox::Cancel;
        QVERIFY(!f.files.maybeSave());
        f.answer = QMessageBox::Discard;
        QVERIFY(f.files.maybeSave());
        QVERIFY(f.document.isModified());  // (discarding is the caller's next step)
        // Save, into the file the project already has
        const QString path = m_home->filePath(QStringLiteral("asked.layerlab"));
        QVERIFY(f.files.saveTo(path));
        f.document.insertLayer(0, LayerKind::Dropout);
        f.answer = QMessageBox::Save;
        QVERIFY(f.files.maybeSave());
        QVERIFY(!f.document.isModified());
        QVERIFY(readProjectFile(path.toStdString()).model == f.document.project().model);
        QCOMPARE(f.asked.size(), 3);
    }

    // Work the user chose to throw away is not offered back after a crash.
    void discardedWorkIsNotRecovered()
    {
        {
            Files crashed;
            QVERIFY(crashed.files.openExample(QStringLiteral("spiral")));
            crashed.document.insertLayer(0, LayerKind::Dropout);
            QVERIFY(crashed.files.autosaver()->saveNow());
            crashed.answer = QMessageBox::Discard;
            QVERIFY(crashed.files.maybeSave());  // File > New, Discard
            QVERIFY(crashed.files.openExample(QStringLiteral("xor")));
        }  // a crash before the next edit
        Files next;
        next.answer = QMessageBox::Yes;
        QVERIFY(!next.files.offerRecovery());
        QVERIFY(next.asked.isEmpty());
    }

    void recoveryIsOfferedAfterASessionEndedWithoutSaving()
    {
        const QString original = m_home->filePath(QStringLiteral("original.layerlab"));
        ModelSpec edited;
        {
            Files crashed;
            QVERIFY(crashed.files.openExample(QStringLiteral("spiral")));
            QVERIFY(crashed.files.saveTo(original));
            crashed.document.insertLayer(0, LayerKind::Dropout);
            QVERIFY(crashed.files.autosaver()->saveNow());
            edited = crashed.document.project().model;
        }  // no closeCleanly(): as after a crash

        Files next;
        next.answer = QMessageBox::Yes;
        QVERIFY(next.files.offerRecovery());
        QCOMPARE(next.asked, QList<QMessageBox::Icon>({QMessageBox::Question}));
        QVERIFY(next.document.project().model == edited);
        QCOMPARE(next.document.filePath(), original);
        QVERIFY(next.document.isModified());  // recovered, not saved
        next.files.closeCleanly();
        QVERIFY(!QFileInfo::exists(Autosaver::autosavePath()));
        QVERIFY(!next.files.offerRecovery());
    }

    void declinedRecoveryIsNotOfferedAgain()
    {
        {
            Files crashed;
            QVERIFY(crashed.files.openExample(QStringLiteral("spiral")));
            crashed.document.insertLayer(0, LayerKind::Dropout);
            QVERIFY(crashed.files.autosaver()->saveNow());
        }
        Files next;
        next.answer = QMessageBox::No;
        QVERIFY(!next.files.offerRecovery());
        QCOMPARE(next.asked.size(), 1);
        QVERIFY(!QFileInfo::exists(Autosaver::autosavePath()));
        QVERIFY(!next.files.offerRecovery());
        QCOMPARE(next.asked.size(), 1);
    }

    void titleShowsTheFileAndTheModifiedMark()
    {
        Files f;
        QVERIFY(f.files.openExample(QStringLiteral("xor")));
        const QString name = QString::fromStdString(f.document.project().name);
        QCOMPARE(f.window.windowTitle(), QStringLiteral("%1[*] — LayerLab").arg(name));
        QVERIFY(!f.window.isWindowModified());
        f.document.insertLayer(0, LayerKind::Dropout);
        QVERIFY(f.window.isWindowModified());
        QVERIFY(f.files.saveTo(m_home->filePath(QStringLiteral("titled.layerlab"))));
        QCOMPARE(f.window.windowTitle(), QStringLiteral("titled.layerlab[*] — LayerLab"));
        QVERIFY(!f.window.isWindowModified());
        f.document.undoStack()->undo();  // an edit away from what was saved
        QVERIFY(f.window.isWindowModified());
    }

    void newStartsFromSpiralWithAFittingOutput()
    {
        const Project p = ProjectFiles::newProject();
        QCOMPARE(p.data.source, std::string("spiral"));
        QCOMPARE(p.model.layers.size(), size_t(2));
        QCOMPARE(p.model.layers.back().units, 1);
        QCOMPARE(p.model.layers.back().activation, Activation::Sigmoid);
        QVERIFY(!p.weights);
    }
};

QTEST_MAIN(TestProjectFiles)
#include "test_project_files.moc"
