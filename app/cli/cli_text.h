// The CLI's words in the reader's language. Every sentence is written where it is printed,
// as QCoreApplication::translate("Cli", "...") (lupdate collects only literals in such
// calls), and printed as UTF-8 through utf8(). The CLI's own errors are Messages in the
// "Cli" context, so that they travel as engine Errors do and errorText() translates them.
#pragma once

#include <QString>

#include <string>
#include <utility>

#include "core/message.h"

namespace layerlab::cli {

inline constexpr const char* kCliTextContext = "Cli";

inline std::string utf8(const QString& text) { return text.toStdString(); }
inline QString qtext(const std::string& text) { return QString::fromStdString(text); }

// A message of the CLI's own, its template marked QT_TRANSLATE_NOOP("Cli", ...) at the call.
template <typename... Args>
Message cliMessage(const char* text, Args&&... args)
{
    return Message{{}, {MessageArg(std::forward<Args>(args))...}, kCliTextContext, text};
}

}  // namespace layerlab::cli
