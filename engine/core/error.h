// Errors the engine reports to people. Each message says what is wrong and what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace layerlab {

struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// An impossible model or hyper-parameter: "Dense #3 expects a flat input but receives ...".
// `layer` is the index (0-based) of the layer it concerns, so that the app can mark that
// layer without reading the message; -1 when it concerns no one layer.
struct SpecError : Error {
    explicit SpecError(const std::string& what, int layer = -1) : Error(what), layer(layer) {}
    int layer = -1;
};

// Data that cannot be used: a malformed CSV, a truncated IDX file, an unknown dataset.
struct DataError : Error {
    using Error::Error;
};

// A project file that cannot be read or written.
struct ProjectFileError : Error {
    using Error::Error;
};

}  // namespace layerlab
