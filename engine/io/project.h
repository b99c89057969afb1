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

// Writes atomically: a temporary file in the same folder, flushed, then renamed over the
// target, so a crash never leaves a half-written project.
void writeProjectFile(const std::filesystem::path& path, const Project& project);
Project readProjectFile(const std::filesystem::path& path);

// Writes text atomically (used for project files and autosaves).
void writeFileAtomically(const std::filesystem::path& path, const std::string& text);

}  // namespace layerlab
