#include "formula_text.h"

#include <QCoreApplication>

#include <string>

namespace layerlab {

namespace {

// Typesets text[pos, end) into `out`; returns where it stopped: at `end`, or just past the
// '}' that closes the mark it was called for (`nested`).
qsizetype typeset(const QString& text, qsizetype pos, bool nested, QString& out)
{
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (nested && c == QLatin1Char('}'))
            return pos + 1;
        const bool mark = (c == QLatin1Char('^') || c == QLatin1Char('_')) && pos + 1 < text.size() &&
                          text.at(pos + 1) == QLatin1Char('{');
        if (mark) {
            const QLatin1StringView tag = c == QLatin1Char('^') ? QLatin1StringView("sup") : QLatin1StringView("sub");
            out += QLatin1Char('<') + tag + QLatin1Char('>');
            pos = typeset(text, pos + 2, true, out);
            out += QLatin1String("</") + tag + QLatin1Char('>');
            continue;
        }
        if (c == QLatin1Char('\n'))
            out += QLatin1String("<br>");
        else if (c == QLatin1Char(' ') && pos + 1 < text.size() && text.at(pos + 1) == QLatin1Char(' '))
            out += QLatin1String("&nbsp;");  // two spaces part statements: keep both
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else
            out += c;
        ++pos;
    }
    return pos;
}

}  // namespace

QString typesetFormula(const QString& text)
{
    QString html;
    html.reserve(text.size() * 2);
    typeset(text, 0, false, html);
    return html;
}

QString formulaHtml(std::string_view formula)
{
    // translate() wants a terminated string; the engine's formulas are literals, but a view
    // promises no terminator.
    const std::string source(formula);
    return typesetFormula(QCoreApplication::translate("Engine", source.c_str()));
}

}  // namespace layerlab
