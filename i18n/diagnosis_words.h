// The gradient doctor's own words beyond its sentences (message_text.h makes those): the
// short names of the kinds of finding and of the severities.
#pragma once

#include <QString>

#include "diagnosis/finding.h"

namespace layerlab {

// A short name for a kind of finding ("Vanishing gradients") and for a severity ("Warning").
QString findingKindText(FindingKind kind);
QString severityText(Severity severity);

}  // namespace layerlab
