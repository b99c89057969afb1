// The doctor's messages in the reader's language: a finding's Message (a key and typed
// arguments) becomes a sentence by translating the key's English template (context
// "Diagnosis", diagnosis_text.h) and filling its %1, %2, ... with the arguments formatted
// for the reader's locale. The engine's formatArg does the same in English for the CLI.
#pragma once

#include <QString>

#include "diagnosis/finding.h"

namespace layerlab {

// The message's sentence; an unknown key reads as the key itself, so nothing is lost.
QString messageText(const Message& message);
// One argument: numbers with 3 significant digits in the locale's notation (0.003,
// 9e-10), percentages "42%", counts grouped "1,200", layers and names as they are.
QString messageArgText(const MessageArg& arg);
// A short name for a kind of finding ("Vanishing gradients") and for a severity ("Warning").
QString findingKindText(FindingKind kind);
QString severityText(Severity severity);

}  // namespace layerlab
