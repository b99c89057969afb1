#include "gradient_flow.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

#include "view_style.h"

namespace layerlab::gradient_flow {

namespace {

const QColor kVanishedColor(0x78, 0x90, 0x9c);  // cold blue-grey: nothing flows
const QColor kHealthyColor(0x43, 0xa0, 0x47);   // green

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

QColor color(double norm)
{
    if (!std::isfinite(norm))
        return style::kProblem;
    const double decade = std::log10(std::max(norm, 1e-300));
    const double vanishing = std::log10(kVanishing), healthyLow = std::log10(kHealthyLow);
    const double healthyHigh = std::log10(kHealthyHigh), exploding = std::log10(kExploding);
    if (decade <= vanishing)
        return kVanishedColor;
    if (decade < healthyLow)
        return mix(kVanishedColor, kHealthyColor, (decade - vanishing) / (healthyLow - vanishing));
    if (decade <= healthyHigh)
        return kHealthyColor;
    // above 1: through the warning orange to the problem red at the exploding end
    const double middle = (healthyHigh + exploding) / 2;
    if (decade < middle)
        return mix(kHealthyColor, style::kWarning, (decade - healthyHigh) / (middle - healthyHigh));
    return mix(style::kWarning, style::kProblem, (decade - middle) / (exploding - middle));
}

qreal linkWidth(double norm)
{
    if (!std::isfinite(norm))
        return kThickestLink;
    constexpr double thinnest = -10, thickest = 2;  // decades
    const double decade = std::log10(std::max(norm, 1e-300));
    const double t = std::clamp((decade - thinnest) / (thickest - thinnest), 0.0, 1.0);
    return kThinnestLink + (kThickestLink - kThinnestLink) * t;
}

QString compactNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    if (value == 0)
        return QStringLiteral("0");
    // "3.1e-03" -> "3.1e-3", "2.0e+02" -> "2.0e2"
    QString text = QString::number(value, 'e', 1);
    static const QRegularExpression exponent(QStringLiteral("e\\+?(-?)0*(\\d)"));
    text.replace(exponent, QStringLiteral("e\\1\\2"));
    return text;
}

}  // namespace layerlab::gradient_flow
