// Errors the engine reports to people. Each says what is wrong and what to do, as a Message
// (core/message.h) that the CLI and the app put into words in the reader's language;
// what() is the same sentence in English, for logs and for code that only has an exception.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "core/message.h"

namespace layerlab {

struct Error : std::runtime_error {
    explicit Error(Message message)
        : std::runtime_error(englishText(message)), m_message(std::make_shared<const Message>(std::move(message)))
    {
    }
    const Message& message() const { return *m_message; }

private:
    // shared: an exception is copied as it is thrown and caught, and copying must not throw
    std::shared_ptr<const Message> m_message;
};

// An impossible model or hyper-parameter: "Dense #3 expects a flat input but receives ...".
// `layer` is the index (0-based) of the layer it concerns, so that the app can mark that
// layer without reading the message; -1 when it concerns no one layer.
struct SpecError : Error {
    explicit SpecError(Message message, int layer = -1) : Error(std::move(message)), layer(layer) {}
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
