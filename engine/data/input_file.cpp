#include "data/input_file.h"

#include <cerrno>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"

namespace layerlab {

namespace {

namespace fs = std::filesystem;

DataError specialFile(const std::string& path)
{
    //: %1 is a file's path
    return DataError(engineMessage(
        QT_TRANSLATE_NOOP("Engine", "'%1' is a device, a pipe or a socket, not a data file: LayerLab reads data only "
                                    "from ordinary files. Choose a CSV or IDX file saved on disk."),
        MessageArg::name(path)));
}

}  // namespace

InputFile::InputFile(const std::string& path, const InputFileTexts& texts) : m_path(path), m_unreadable(texts.unreadable)
{
    // The type first, by name, so that nothing but a regular file is ever opened.
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw DataError(engineMessage(texts.missing, MessageArg::name(path)));
    if (fs::is_directory(status))
        throw DataError(engineMessage(texts.folder, MessageArg::name(path)));
    if (!fs::is_regular_file(status))
        throw specialFile(path);
    // O_NONBLOCK: should the file have been replaced by a pipe since, opening it does not
    // wait for a writer; fstat then refuses it. O_NOCTTY: nor does a terminal become ours.
    m_fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (m_fd < 0)
        throw DataError(engineMessage(m_unreadable, MessageArg::name(path)));
    struct stat st {};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(m_fd);
        throw specialFile(path);
    }
    m_size = std::uintmax_t(st.st_size);
    // Reads block as usual from here (a regular file never waits anyway).
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_NONBLOCK);
}

InputFile::~InputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

size_t InputFile::read(void* into, size_t n)
{
    size_t done = 0;
    auto* out = static_cast<char*>(into);
    while (done < n) {
        const ssize_t got = ::read(m_fd, out + done, n - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            throw DataError(engineMessage(m_unreadable, MessageArg::name(m_path)));
        if (got == 0)
            break;
        done += size_t(got);
    }
    return done;
}

int InputFile::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

}  // namespace layerlab
