// RecentFiles, the File > Open Recent list: most recent first, one entry a file however
// its path was written, at most kMaxFiles, removal and clearing, and kept in the settings
// file between sessions. Everything happens in a temporary home.
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QtTest>

#include <memory>

#include "recent_files.h"
#include "temporary_home.h"

using namespace layerlab;

class TestRecentFiles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TemporaryHome> m_home;

    QString file(const QString& name) const { return m_home->filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<test::TemporaryHome>(QStringLiteral("LayerLabRecentFilesTests"));
        QVERIFY(m_home->isValid());
        QVERIFY2(QSettings().fileName().startsWith(m_home->path()), qPrintable(QSettings().fileName()));
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("projects")));
        // (relative paths are relative to the temporary home)
        QVERIFY(QDir::setCurrent(m_home->path()));
    }

    void init() { RecentFiles::clear(); }

    void startsEmpty() { QVERIFY(RecentFiles::list().isEmpty()); }

    void mostRecentFirst()
    {
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::add(file(QStringLiteral("b.layerlab")));
        RecentFiles::add(file(QStringLiteral("c.layerlab")));
        QCOMPARE(RecentFiles::list(), QStringList({file(QStringLiteral("c.layerlab")), file(QStringLiteral("b.layerlab")),
                                                   file(QStringLiteral("a.layerlab"))}));
    }

    void openingAgainMovesAFileToTheTop()
    {
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::add(file(QStringLiteral("b.layerlab")));
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        QCOMPARE(RecentFiles::list(), QStringList({file(QStringLiteral("a.layerlab")), file(QStringLiteral("b.layerlab"))}));
    }

    void oneEntryAFileHoweverItsPathIsWritten()
    {
        RecentFiles::add(QStringLiteral("a.layerlab"));  // from the command line
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::add(QStringLiteral("./a.layerlab"));
        RecentFiles::add(QStringLiteral("projects/../a.layerlab"));
        QCOMPARE(RecentFiles::list(), QStringList({file(QStringLiteral("a.layerlab"))}));
    }

    void keepsTheMostRecentMaxFiles()
    {
        constexpr int added = RecentFiles::kMaxFiles + 3;
        for (int i = 0; i < added; ++i)
            RecentFiles::add(file(QStringLiteral("%1.layerlab").arg(i)));
        const QStringList files = RecentFiles::list();
        QCOMPARE(files.size(), RecentFiles::kMaxFiles);
        QCOMPARE(files.first(), file(QStringLiteral("%1.layerlab").arg(added - 1)));
        QCOMPARE(files.last(), file(QStringLiteral("%1.layerlab").arg(added - RecentFiles::kMaxFiles)));
        // a file from the full list opened again: still the limit, nothing else lost
        RecentFiles::add(files.last());
        QCOMPARE(RecentFiles::list().size(), RecentFiles::kMaxFiles);
        QCOMPARE(RecentFiles::list().first(), files.last());
        QCOMPARE(RecentFiles::list().last(), files.at(files.size() - 2));
    }

    void aMissingFileStaysUntilOpeningItFails()
    {
        // (a file on a USB stick that is not plugged in comes back; ProjectFiles removes a
        // file it cannot open: tests/app/test_project_files.cpp)
        const QString missing = file(QStringLiteral("missing.layerlab"));
        QVERIFY(!QFileInfo::exists(missing));
        RecentFiles::add(missing);
        QCOMPARE(RecentFiles::list(), QStringList({missing}));
    }

    void removeTakesOnlyThatFile()
    {
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::add(file(QStringLiteral("b.layerlab")));
        RecentFiles::remove(file(QStringLiteral("a.layerlab")));
        QCOMPARE(RecentFiles::list(), QStringList({file(QStringLiteral("b.layerlab"))}));
        RecentFiles::remove(file(QStringLiteral("not-in-the-list.layerlab")));
        QCOMPARE(RecentFiles::list(), QStringList({file(QStringLiteral("b.layerlab"))}));
    }

    void removeTakesAFileHoweverItsPathIsWritten()
    {
        // a project named on the command line that cannot be opened is removed by that name
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::remove(QStringLiteral("a.layerlab"));
        QVERIFY2(RecentFiles::list().isEmpty(), qPrintable(RecentFiles::list().join(QLatin1Char(' '))));
    }

    void clearEmptiesTheList()
    {
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::clear();
        QVERIFY(RecentFiles::list().isEmpty());
    }

    void keptInTheSettingsFileBetweenSessions()
    {
        RecentFiles::add(file(QStringLiteral("a.layerlab")));
        RecentFiles::add(file(QStringLiteral("b.layerlab")));
        const QStringList expected = RecentFiles::list();
        QSettings().sync();  // (what the next session reads: the file, not this process's cache)
        const QSettings onDisk(QSettings().fileName(), QSettings::IniFormat);
        QCOMPARE(onDisk.value(QStringLiteral("recentFiles")).toStringList(), expected);
    }
};

QTEST_MAIN(TestRecentFiles)
#include "test_recent_files.moc"
