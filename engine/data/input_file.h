// Opens a data file (CSV, IDX) for reading, and only a regular file or a link to one.
// Anything else would hang or flood a loader: opening a FIFO waits for a writer, forever;
// a device such as /dev/zero or /dev/urandom never ends; and only a regular file has a
// size that the loaders can check against their limits before they read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace layerlab {

// The loader's own sentences, which name the kind of file it wants; each takes the path
// as %1, marked QT_TRANSLATE_NOOP("Engine", ...) where the loader writes them.
struct InputFileTexts {
    const char* missing;     // "Cannot find the CSV file '%1'. ..."
    const char* folder;      // "'%1' is a folder, not a CSV file. ..."
    const char* unreadable;  // "Cannot open '%1'. ..."
};

// An open, regular data file; closed when destroyed. Special files (devices, pipes,
// sockets) are refused in one sentence shared by every loader.
class InputFile {
public:
    // Throws DataError: missing, a folder, a special file, or cannot be opened.
    InputFile(const std::string& path, const InputFileTexts& texts);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    // The size when it was opened.
    std::uintmax_t size() const { return m_size; }
    // Reads up to n bytes, fewer only at the end of the file. Throws DataError.
    size_t read(void* into, size_t n);
    // Hands the descriptor over (to zlib's gzdopen, which closes it); -1 afterwards.
    int release();

private:
    std::string m_path;
    const char* m_unreadable;
    int m_fd = -1;
    std::uintmax_t m_size = 0;
};

}  // namespace layerlab
