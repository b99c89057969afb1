// The doctor's words: the one place the templates of finding messages are written. Each
// key maps to an English template with %1, %2, ... for the message's arguments. The CLI
// fills the English template; the app passes the template through
// QCoreApplication::translate in the context kDiagnosisTextContext first (the templates
// are marked for lupdate here), so one translation covers both.
#pragma once

#include <string>
#include <string_view>

#include "diagnosis/finding.h"

namespace layerlab {

inline constexpr const char* kDiagnosisTextContext = "Diagnosis";

// The English template of a key; nullptr for an unknown key.
const char* messageTemplate(std::string_view key);

// An argument as English text: numbers with 2-3 significant digits ("3e-03" is written
// "0.003", "9e-10" stays in scientific form), percentages "42%", layers by their label.
std::string formatArg(const MessageArg& arg);

// The template with its arguments, in English (the CLI's output). An unknown key yields
// the key itself, so nothing is silently lost.
std::string renderMessage(const Message& message);

}  // namespace layerlab
