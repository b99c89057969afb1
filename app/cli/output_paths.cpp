#include "output_paths.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "cli_text.h"

namespace layerlab::cli {

namespace {

namespace fs = std::filesystem;

// The folder a file is written in: its parent, or for a symbolic link to an existing file
// the target's (a save writes through the link, next to the file it points to).
fs::path folderOf(const fs::path& path)
{
    std::error_code error;
    fs::path file = path;
    if (fs::is_symlink(fs::symlink_status(path, error))) {
        const fs::path target = fs::canonical(path, error);
        if (!error)
            file = target;
    }
    return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

// A path that could not be looked at (no permission to search a folder on the way, a loop
// of links): the system's reason.
Message unusable(const std::string& option, const std::string& path, const std::error_code& error)
{
    //: %1 is an option (--save), %2 the path given to it, %3 the system's reason (in English)
    return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 %2 cannot be used: %3. Choose another place."),
                      MessageArg::name(option), MessageArg::name(path), MessageArg::name(error.message()));
}

// `folder` must be a folder that exists and that LayerLab may make files in.
std::optional<Message> folderProblem(const std::string& option, const std::string& path, const fs::path& folder)
{
    std::error_code error;
    const fs::file_status status = fs::status(folder, error);
    if (status.type() == fs::file_type::none)
        return unusable(option, path, error);
    if (status.type() == fs::file_type::not_found)
        //: %1 is an option (--metrics), %2 the path given to it, %3 the folder that path is in
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 %2: the folder %3 does not exist. Make it first, or give "
                                                   "a path in a folder that exists."),
                          MessageArg::name(option), MessageArg::name(path), MessageArg::name(folder.string()));
    if (!fs::is_directory(status))
        //: %1 is an option (--metrics), %2 the path given to it, %3 the part of the path that is a file
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 %2: %3 is a file, not a folder. Give a path in a folder."),
                          MessageArg::name(option), MessageArg::name(path), MessageArg::name(folder.string()));
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        //: %1 is an option (--metrics), %2 the path given to it, %3 a folder, %4 the system's reason (in English)
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 %2: LayerLab cannot write in the folder %3 (%4). Choose a "
                                                   "folder you can write to."),
                          MessageArg::name(option), MessageArg::name(path), MessageArg::name(folder.string()),
                          MessageArg::name(std::strerror(errno)));
    return std::nullopt;
}

std::optional<Message> fileProblem(const std::string& option, const std::string& path)
{
    if (path.empty())
        //: %1 is an option (--save, --metrics)
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 needs the name of a file, not an empty text."),
                          MessageArg::name(option));
    const fs::path file(path);
    //: %1 is an option (--save), %2 the path given to it
    const char* const isFolder = QT_TRANSLATE_NOOP("Cli", "%1 %2 is a folder. Give the name of a file, in that "
                                                          "folder or another.");
    if (!file.has_filename())  // "out/": a folder by its spelling
        return cliMessage(isFolder, MessageArg::name(option), MessageArg::name(path));
    // the folder first: a missing one makes the file's own status "not found" as well
    if (auto problem = folderProblem(option, path, folderOf(file)))
        return problem;
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    switch (status.type()) {
    case fs::file_type::not_found:
    case fs::file_type::regular:
        return std::nullopt;
    case fs::file_type::none:
        return unusable(option, path, error);
    case fs::file_type::directory:
        return cliMessage(isFolder, MessageArg::name(option), MessageArg::name(path));
    default:
        // writing over a device, a FIFO or a socket would replace it or block: never
        //: %1 is an option (--save), %2 the path given to it
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 %2 is not a regular file (it is a device, a FIFO or a "
                                                   "socket), and LayerLab does not write over it. Give the name of "
                                                   "a regular file."),
                          MessageArg::name(option), MessageArg::name(path));
    }
}

std::optional<Message> folderOutputProblem(const std::string& option, const std::string& path)
{
    if (path.empty())
        //: %1 is an option (--pictures)
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 needs the name of a folder, not an empty text."),
                          MessageArg::name(option));
    // the nearest part of the path that exists: the folder itself, or where it will be made
    fs::path existing(path);
    std::error_code error;
    fs::file_status status = fs::status(existing, error);
    while (status.type() == fs::file_type::not_found && existing != fs::path(".")) {
        const fs::path parent = existing.parent_path();
        existing = parent.empty() || parent == existing ? fs::path(".") : parent;
        status = fs::status(existing, error);
    }
    if (status.type() == fs::file_type::none)
        return unusable(option, path, error);
    if (existing == fs::path(path) && !fs::is_directory(status))
        //: %1 is an option (--pictures), %2 the path given to it
        return cliMessage(QT_TRANSLATE_NOOP("Cli", "%1 %2 is not a folder. Give the name of a folder; it is made if "
                                                   "it is missing."),
                          MessageArg::name(option), MessageArg::name(path));
    return folderProblem(option, path, existing);
}

}  // namespace

std::optional<Message> outputPathProblem(const std::string& option, const std::string& path, OutputKind kind)
{
    return kind == OutputKind::File ? fileProblem(option, path) : folderOutputProblem(option, path);
}

bool sameFile(const std::string& a, const std::string& b)
{
    std::error_code error;
    const fs::path first = fs::weakly_canonical(fs::absolute(a, error), error);
    if (error)
        return false;
    const fs::path second = fs::weakly_canonical(fs::absolute(b, error), error);
    return !error && first == second;
}

}  // namespace layerlab::cli
