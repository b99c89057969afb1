// The project file: everything a user keeps (JSON, versioned; see docs/project-format.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "data/data_spec.h"
#include "model/model_spec.h"
#include "core/tensor.h"
#include "training/train_config.h"

namespace layerlab {

// The version written. 2: every key in snake_case and floats in their shortest text;
// version 1 wrote the data section's keys in camelCase and is still read.
constexpr int kProjectFormatVersion = 2;
constexpr const char* kProjectFormatName = "layerlab-project";
// Larger files are refused before they are read.
constexpr std::uintmax_t kMaxProjectFileBytes = 512ull << 20;

struct SavedWeights {
    Vector parameters;
    Vector state;  // running statistics (BatchNorm)
    friend bool operator==(const SavedWeights&, const SavedWeights&) = default;
};

struct Project {
    std::string name = "Untitled";
    std::string description;
    ModelSpec model;
    DataSpec data;
    TrainConfig training;
    std::uint64_t seed = 42;
    std::optional<SavedWeights> weights;

    friend bool operator==(const Project&, const Project&) = default;
};

std::string serializeProject(const Project& project);
// Throws ProjectFileError with a message that says what is wrong; never returns a partly
// read project.
Project parseProject(const std::string& text);

// Writes atomically (see writeFileAtomically).
void writeProjectFile(const std::filesystem::path& path, const Project& project);
// Refuses a folder, device, pipe or socket before opening it (never blocks), and reads at
// most kMaxProjectFileBytes + 1 bytes whatever the file's size says.
Project readProjectFile(const std::filesystem::path& path);

// Writes text atomically, as a careful editor does (QSaveFile, git): a temporary
// ".NAME.XXXXXX" in the target's folder, flushed, then renamed over the target, so a crash
// never leaves a half-written file. A symbolic link is written through (the link stays, its
// target gets the text); a target that is not a regular file (a device node, a pipe, a
// socket, a folder) is refused and left as it is; an existing file keeps its mode (and its
// owner where that may be given), a new one gets 0666 less the umask. Temporaries of the
// same target left by a killed save, an hour old or more, are removed. Used for project
// files, autosaves and the CLI's outputs.
void writeFileAtomically(const std::filesystem::path& path, const std::string& text);

}  // namespace layerlab
