// The engine's messages in the reader's language. A Message (core/message.h) becomes a
// sentence by translating its English template (QCoreApplication::translate in the
// message's context: "Engine" for the messages the engine makes, "Diagnosis" for the
// gradient doctor's keys) and filling %1, %2, ... with its arguments formatted for the
// reader's locale. The app and the CLI both speak through here, so one translation covers
// both.
#pragma once

#include <QString>

#include <exception>

#include "core/message.h"

namespace layerlab {

// The message's sentence; a message without a template reads as its key and arguments,
// so nothing is lost.
QString messageText(const Message& message);
// One argument: numbers with 3 significant digits in the locale's notation (0.003,
// 9e-10), percentages "42%", counts grouped "1,200", messages as sentences, layers and
// names as they are.
QString messageArgText(const MessageArg& arg);
// A name the engine marked QT_TRANSLATE_NOOP("Engine", ...) (a data set's class names such
// as "upper moon" or "Ankle boot") in the reader's language; any other name (a CSV's own
// categories) comes back as it is.
QString engineName(const QString& english);

// What an exception says: an engine Error's message translated, else what() as it is.
QString errorText(const std::exception& error);

}  // namespace layerlab
