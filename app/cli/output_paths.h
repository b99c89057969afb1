// Where `train` puts its results (--metrics, --save, --pictures), checked before it trains:
// a run of hours must not end at a path that could never be written, and lose the model.
#pragma once

#include <optional>
#include <string>

#include "core/message.h"

namespace layerlab::cli {

enum class OutputKind {
    File,    // written whole at the end (--metrics, --save)
    Folder,  // made if missing, files written into it (--pictures)
};

// What is wrong with `path` as the output `option` names, or nothing. A file must not be
// empty, a folder, a device, a FIFO or a socket, and its folder must exist and be writable
// (through a symbolic link, the link's target's folder). A folder must not be empty or a
// file, and the nearest part of it that exists must be a writable folder. Each message
// names the option and the path, and says what to do.
std::optional<Message> outputPathProblem(const std::string& option, const std::string& path, OutputKind kind);

// Whether two paths name the same file, through links, "." and "..", whether it exists yet.
bool sameFile(const std::string& a, const std::string& b);

}  // namespace layerlab::cli
