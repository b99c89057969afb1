// Project files at the edges the parser does not see (issue 18): special files refused when
// read (never blocking, never reading past the size limit), and saving as a careful editor
// does: through symbolic links, never over a device, pipe or socket, keeping the file's mode,
// and cleaning up the temporaries that a killed save left behind.
#include <QtTest>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

#include "core/error.h"
#include "io/examples.h"
#include "io/project.h"

using namespace layerlab;
namespace fs = std::filesystem;

class TestProjectSpecialFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fifoIsRefusedWithoutBlocking();
    void devicesAreRefused();
    void socketIsRefused();
    void folderIsRefused();
    void fileOverTheLimitIsRefused();
    void symlinkToAProjectIsRead();
    void saveWritesThroughSymlink();
    void saveOntoFifoIsRefused();
    void saveOntoFolderIsRefused();
    void saveKeepsTheFileMode();
    void newFileGetsTheUmaskMode();
    void staleTemporariesAreRemoved();
};

namespace {

Project sample() { return *findExample("spiral"); }

std::string contents(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// readProjectFile(path) throws a ProjectFileError whose English contains `expected`.
void expectReadRefused(const fs::path& path, const QString& expected)
{
    try {
        readProjectFile(path);
        QFAIL(qPrintable("read " + QString::fromStdString(path.string())));
    } catch (const ProjectFileError& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
}

// writeProjectFile(path) throws a ProjectFileError whose English contains `expected`.
void expectSaveRefused(const fs::path& path, const QString& expected)
{
    try {
        writeProjectFile(path, sample());
        QFAIL(qPrintable("saved " + QString::fromStdString(path.string())));
    } catch (const ProjectFileError& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
}

mode_t modeOf(const fs::path& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

}  // namespace

void TestProjectSpecialFiles::fifoIsRefusedWithoutBlocking()
{
    // Opening a pipe with no writer blocks for ever; it must be refused before that.
    QTemporaryDir dir;
    const fs::path fifo = dir.filePath("pipe.layerlab").toStdString();
    QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
    expectReadRefused(fifo, "pipe.layerlab is a device, a pipe or a socket, not a project file.");
}

void TestProjectSpecialFiles::devicesAreRefused()
{
    // /dev/zero never ends and /dev/urandom is endless noise: neither is read at all.
    for (const char* device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
        if (!fs::exists(device))
            continue;
        expectReadRefused(device, QString("%1 is a device, a pipe or a socket").arg(device));
    }
}

void TestProjectSpecialFiles::socketIsRefused()
{
    QTemporaryDir dir;
    const fs::path path = dir.filePath("s.layerlab").toStdString();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.string().size() >= sizeof(address.sun_path)) {
        ::close(fd);
        QSKIP("the temporary folder's path is too long for a socket");
    }
    std::strncpy(address.sun_path, path.c_str(), sizeof(address.sun_path) - 1);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    expectReadRefused(path, "is a device, a pipe or a socket");
    ::close(fd);
}

void TestProjectSpecialFiles::folderIsRefused()
{
    QTemporaryDir dir;
    expectReadRefused(dir.path().toStdString(), "is a folder, not a project file.");
}

void TestProjectSpecialFiles::fileOverTheLimitIsRefused()
{
    // A sparse file: its size, not its contents, is over the limit.
    QTemporaryDir dir;
    const fs::path path = dir.filePath("huge.layerlab").toStdString();
    std::ofstream(path).put('{');
    fs::resize_file(path, kMaxProjectFileBytes + 1);
    expectReadRefused(path, "huge.layerlab is 512 MiB, larger than any LayerLab project");
}

void TestProjectSpecialFiles::symlinkToAProjectIsRead()
{
    QTemporaryDir dir;
    const fs::path file = dir.filePath("real.layerlab").toStdString();
    const fs::path link = dir.filePath("link.layerlab").toStdString();
    writeProjectFile(file, sample());
    fs::create_symlink("real.layerlab", link);
    QCOMPARE(readProjectFile(link), sample());
}

void TestProjectSpecialFiles::saveWritesThroughSymlink()
{
    QTemporaryDir dir;
    const fs::path sub = fs::path(dir.path().toStdString()) / "kept";
    fs::create_directory(sub);
    const fs::path file = sub / "real.layerlab";
    const fs::path link = fs::path(dir.path().toStdString()) / "link.layerlab";
    std::ofstream(file) << "old";
    fs::create_symlink("kept/real.layerlab", link);  // relative to the link's folder

    Project p = sample();
    p.name = "through the link";
    writeProjectFile(link, p);
    QVERIFY(fs::is_symlink(fs::symlink_status(link)));
    QCOMPARE(fs::read_symlink(link), fs::path("kept/real.layerlab"));
    QCOMPARE(readProjectFile(file).name, std::string("through the link"));
    QCOMPARE(contents(file), serializeProject(p));

    // A link to a file that does not exist yet: the file is created where the link points.
    const fs::path dangling = fs::path(dir.path().toStdString()) / "new-link.layerlab";
    fs::create_symlink("kept/new.layerlab", dangling);
    writeProjectFile(dangling, p);
    QVERIFY(fs::is_symlink(fs::symlink_status(dangling)));
    QCOMPARE(readProjectFile(sub / "new.layerlab"), p);
    // No temporary left in either folder.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(sub))
        ++entries;
    QCOMPARE(entries, 2);
}

void TestProjectSpecialFiles::saveOntoFifoIsRefused()
{
    // Renaming over a pipe (or, as root, a device node) would replace it with a regular file.
    QTemporaryDir dir;
    const fs::path fifo = dir.filePath("pipe.layerlab").toStdString();
    QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
    expectSaveRefused(fifo, "Cannot save " + QString::fromStdString(fifo.string())
                                + ": it is a folder, a device, a pipe or a socket, not a regular file.");
    QVERIFY(fs::is_fifo(fs::symlink_status(fifo)));
    // Also through a link to it.
    const fs::path link = dir.filePath("link.layerlab").toStdString();
    fs::create_symlink(fifo, link);
    expectSaveRefused(link, "not a regular file");
    QVERIFY(fs::is_fifo(fs::symlink_status(fifo)));
    QVERIFY(fs::is_symlink(fs::symlink_status(link)));
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path().toStdString()))
        ++entries;
    QCOMPARE(entries, 2);  // no temporary left
}

void TestProjectSpecialFiles::saveOntoFolderIsRefused()
{
    QTemporaryDir dir;
    const fs::path folder = dir.filePath("folder.layerlab").toStdString();
    fs::create_directory(folder);
    expectSaveRefused(folder, "not a regular file");
    QVERIFY(fs::is_directory(folder));
}

void TestProjectSpecialFiles::saveKeepsTheFileMode()
{
    QTemporaryDir dir;
    const fs::path path = dir.filePath("model.layerlab").toStdString();
    for (const mode_t mode : {mode_t(0644), mode_t(0640), mode_t(0604)}) {
        writeProjectFile(path, sample());
        QCOMPARE(::chmod(path.c_str(), mode), 0);
        writeProjectFile(path, sample());
        QCOMPARE(modeOf(path), mode);
    }
}

void TestProjectSpecialFiles::newFileGetsTheUmaskMode()
{
    // A new file is 0666 less the umask, as any program's (mkstemp alone would give 0600).
    QTemporaryDir dir;
    for (const mode_t mask : {mode_t(022), mode_t(002), mode_t(077)}) {
        const fs::path path = dir.filePath(QString("new-%1.layerlab").arg(mask)).toStdString();
        const mode_t old = ::umask(mask);
        writeProjectFile(path, sample());
        ::umask(old);
        QCOMPARE(modeOf(path), mode_t(0666 & ~mask));
    }
}

void TestProjectSpecialFiles::staleTemporariesAreRemoved()
{
    // A save killed between writing its temporary and renaming it leaves ".NAME.XXXXXX"
    // behind; the next save of NAME removes it once it is an hour old. A fresh one may be
    // another process's save in progress, and anything named otherwise is not ours: kept.
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    const auto make = [&folder](const std::string& name, std::chrono::hours age) {
        const fs::path path = folder / name;
        std::ofstream(path) << "{\"partial";
        fs::last_write_time(path, fs::file_time_type::clock::now() - age);
        return path;
    };
    const fs::path stale = make(".model.layerlab.AbC123", std::chrono::hours(2));
    const fs::path staleToo = make(".model.layerlab.zzzzzz", std::chrono::hours(30));
    const fs::path fresh = make(".model.layerlab.Fresh1", std::chrono::hours(0));
    const fs::path otherTarget = make(".other.layerlab.AbC123", std::chrono::hours(2));
    const fs::path longer = make(".model.layerlab.backup1", std::chrono::hours(2));
    const fs::path userFile = make(".model.layerlab.bak-01", std::chrono::hours(2));
    fs::create_directory(folder / ".model.layerlab.Dir123");
    fs::last_write_time(folder / ".model.layerlab.Dir123", fs::file_time_type::clock::now() - std::chrono::hours(2));

    writeProjectFile(folder / "model.layerlab", sample());
    QVERIFY(!fs::exists(stale));
    QVERIFY(!fs::exists(staleToo));
    QVERIFY(fs::exists(fresh));
    QVERIFY(fs::exists(otherTarget));
    QVERIFY(fs::exists(longer));
    QVERIFY(fs::exists(userFile));
    QVERIFY(fs::is_directory(folder / ".model.layerlab.Dir123"));
    QCOMPARE(readProjectFile(folder / "model.layerlab"), sample());
}

QTEST_APPLESS_MAIN(TestProjectSpecialFiles)
#include "test_project_special_files.moc"
