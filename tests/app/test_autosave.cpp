// Autosaver: what it writes (the project it is given, weights included, and the file the
// project came from), when (only while there are unsaved changes), what the next start is
// offered after a session that ended without saving, and that nothing is offered after
// the autosave was discarded (a save, a clean exit). Everything happens in a temporary home.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

#include "autosave.h"
#include "io/examples.h"
#include "model/model.h"
#include "temporary_home.h"

using namespace layerlab;

namespace {

// The spiral example with weights, as a project that has been trained.
Project trainedSpiral()
{
    Project p = *findExample("spiral");
    Model model(p.model, Shape::flat(2));
    model.initialize(p.seed);
    p.weights = SavedWeights{model.parameters(), model.state()};
    return p;
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TemporaryHome> m_home;

    // Whether the autosave file is there.
    static bool written() { return QFileInfo::exists(Autosaver::autosavePath()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<test::TemporaryHome>(QStringLiteral("LayerLabAutosaveTests"));
        QVERIFY(m_home->isValid());
        QVERIFY2(Autosaver::autosavePath().startsWith(m_home->path()), qPrintable(Autosaver::autosavePath()));
    }

    void init() { Autosaver::discardPending(); }

    void nothingIsWrittenWithoutUnsavedChanges()
    {
        int projectsAsked = 0;
        Autosaver saver([&] { ++projectsAsked; return trainedSpiral(); }, [] { return false; },
                        [] { return QString(); });
        QSignalSpy autosaved(&saver, &Autosaver::autosaved);
        QVERIFY(!saver.saveNow());
        QVERIFY(!written());
        QCOMPARE(autosaved.count(), 0);
        QCOMPARE(projectsAsked, 0);  // (copying the weights is not free: not even asked)
        QVERIFY(!Autosaver::pendingRecovery());
    }

    void unsavedChangesAreWrittenWithTheirWeightsAndTheirFile()
    {
        Project project = trainedSpiral();
        project.name = "edited";
        project.model.layers.insert(project.model.layers.begin(), LayerSpec::of(LayerKind::Dropout));
        project.weights.reset();  // (the weights of the model before the edit do not fit it)
        const QString original = m_home->filePath(QStringLiteral("spiral.layerlab"));
        Autosaver saver([&] { return project; }, [] { return true; }, [&] { return original; });
        QSignalSpy autosaved(&saver, &Autosaver::autosaved);
        QVERIFY(saver.saveNow());
        QVERIFY(written());
        QCOMPARE(autosaved.count(), 1);
        QCOMPARE(autosaved.first().at(0).toString(), Autosaver::autosavePath());
        QVERIFY(readProjectFile(Autosaver::autosavePath().toStdString()) == project);

        const auto recovery = Autosaver::pendingRecovery();
        QVERIFY(recovery);
        QVERIFY(recovery->project == project);
        QCOMPARE(recovery->originalPath, original);
        QVERIFY(!recovery->savedAt.isEmpty());
    }

    void trainedWeightsAreRecovered()
    {
        const Project project = trainedSpiral();
        Autosaver saver([&] { return project; }, [] { return true; }, [] { return QString(); });
        QVERIFY(saver.saveNow());
        const auto recovery = Autosaver::pendingRecovery();
        QVERIFY(recovery);
        QVERIFY(recovery->project.weights);
        QVERIFY(recovery->project.weights->parameters == project.weights->parameters);
        QVERIFY(recovery->originalPath.isEmpty());  // a project that never had a file
    }

    void theLatestAutosaveIsWhatIsOffered()
    {
        Project project = trainedSpiral();
        QString file = m_home->filePath(QStringLiteral("first.layerlab"));
        bool modified = true;
        Autosaver saver([&] { return project; }, [&] { return modified; }, [&] { return file; });
        QVERIFY(saver.saveNow());
        // more edits, in a project that has no file (as after File > New)
        project.training.optimizer.learningRate = 0.5f;
        file.clear();
        QVERIFY(saver.saveNow());
        auto recovery = Autosaver::pendingRecovery();
        QVERIFY(recovery);
        QCOMPARE(recovery->project.training.optimizer.learningRate, 0.5f);
        QVERIFY2(recovery->originalPath.isEmpty(), qPrintable(recovery->originalPath));
        // nothing unsaved at the next tick: the last autosave stays as it was
        modified = false;
        project.training.optimizer.learningRate = 0.1f;
        QVERIFY(!saver.saveNow());
        recovery = Autosaver::pendingRecovery();
        QVERIFY(recovery);
        QCOMPARE(recovery->project.training.optimizer.learningRate, 0.5f);
    }

    void discardLeavesNothingToRecover()
    {
        const QString original = m_home->filePath(QStringLiteral("a.layerlab"));
        Autosaver saver([] { return trainedSpiral(); }, [] { return true; }, [&] { return original; });
        QVERIFY(saver.saveNow());
        saver.discard();
        QVERIFY(!written());
        QVERIFY(!Autosaver::pendingRecovery());
        // and the file the discarded autosave came from is forgotten with it: a later
        // autosave that was not given one names none
        writeProjectFile(Autosaver::autosavePath().toStdString(), trainedSpiral());
        const auto later = Autosaver::pendingRecovery();
        QVERIFY(later);
        QVERIFY2(later->originalPath.isEmpty(), qPrintable(later->originalPath));
    }

    void anUnreadableAutosaveIsNotOffered()
    {
        QFile file(Autosaver::autosavePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not a project");
        file.close();
        QVERIFY(!Autosaver::pendingRecovery());
    }

    void aFailedWriteIsReported()
    {
        // a folder where the file should go: it cannot be replaced by a file
        QVERIFY(QDir().mkpath(Autosaver::autosavePath()));
        Autosaver saver([] { return trainedSpiral(); }, [] { return true; }, [] { return QString(); });
        QSignalSpy failed(&saver, &Autosaver::failed);
        QSignalSpy autosaved(&saver, &Autosaver::autosaved);
        QVERIFY(!saver.saveNow());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(0).toString().startsWith(QStringLiteral("Autosave failed")),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(autosaved.count(), 0);
        QVERIFY(QDir(Autosaver::autosavePath()).removeRecursively());
    }
};

QTEST_MAIN(TestAutosave)
#include "test_autosave.moc"
