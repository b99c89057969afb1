// Formulas as people read them. The engine writes a formula in Unicode symbols with two marks,
// x^{2} for a superscript and y_{i} for a subscript, one statement a line (activation.h); this
// turns it into the rich text a QLabel or a tooltip shows, in the current language where the
// formula has words in it ("if x > 0").
#pragma once

#include <QString>

#include <string_view>

namespace layerlab {

// `formula` translated in the "Engine" context (a formula without words is its own
// translation), then typeset: HTML-escaped, ^{...} as <sup>, _{...} as <sub>, lines as <br>.
QString formulaHtml(std::string_view formula);
// Only the typesetting, for a text already in the reader's language.
QString typesetFormula(const QString& text);

}  // namespace layerlab
