// What every formula the engine shows must be: typeset in the textbook's symbols (θ, α, ∇,
// ŷ, √, Σ), not spelled in ASCII ("theta = theta - lr m_hat / (sqrt(v_hat) + eps)"), with
// every ^{...} and _{...} mark closed.
#pragma once

#include <QString>

#include <algorithm>
#include <string_view>

namespace layerlab::test {

// Empty when the formula is fine, else what is wrong with it. A formula may be plain ASCII
// only where the textbook's is too ("f(x) = max(0, x)"): asciiAllowed.
inline QString formulaProblem(std::string_view formula, bool asciiAllowed = false)
{
    const QString f = QString::fromUtf8(formula.data(), qsizetype(formula.size()));
    if (f.isEmpty())
        return QStringLiteral("no formula");
    const bool ascii = std::all_of(f.begin(), f.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii && !asciiAllowed)
        return QStringLiteral("ASCII only: ") + f;
    for (const char* spelled : {"theta", "lr", "sqrt", "_hat", "eps", "sum", "grad", "Phi", "delta", "^-", " - "})
        if (f.contains(QLatin1String(spelled)))
            return QStringLiteral("spells \"%1\" in ASCII: %2").arg(QLatin1String(spelled), f);
    int depth = 0;
    for (qsizetype i = 0; i < f.size(); ++i) {
        if (f.at(i) == QLatin1Char('{')) {
            if (i == 0 || (f.at(i - 1) != QLatin1Char('^') && f.at(i - 1) != QLatin1Char('_')))
                return QStringLiteral("a brace that is not a ^{ or _{ mark: ") + f;
            ++depth;
        } else if (f.at(i) == QLatin1Char('}') && --depth < 0) {
            return QStringLiteral("unbalanced marks: ") + f;
        }
    }
    return depth == 0 ? QString() : QStringLiteral("unclosed mark: ") + f;
}

}  // namespace layerlab::test
