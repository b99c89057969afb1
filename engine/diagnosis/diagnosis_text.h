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

// The template with its arguments, in English (formatArg, core/message.h). A message that
// carries its own template uses it; an unknown key yields the key and the arguments, so
// nothing is silently lost.
std::string renderMessage(const Message& message);

}  // namespace layerlab
