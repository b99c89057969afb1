#include "log_spin_box.h"

#include <QLocale>

#include <cmath>

namespace layerlab {

LogSpinBox::LogSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setDecimals(10);  // the text shows significant digits; the value keeps them all
    setRange(1e-6, 1e4);
    setKeyboardTracking(false);
}

double LogSpinBox::ladder(double value, int direction)
{
    // candidates 1eK and 3eK around the value's decade
    const double decade = std::floor(std::log10(value));
    double best = direction > 0 ? HUGE_VAL : 0;
    for (double k = decade - 1; k <= decade + 1; ++k)
        for (const double m : {1.0, 3.0}) {
            const double v = m * std::pow(10.0, k);
            if (direction > 0 && v > value * 1.0001 && v < best)
                best = v;
            if (direction < 0 && v < value * 0.9999 && v > best)
                best = v;
        }
    return best;
}

void LogSpinBox::stepBy(int steps)
{
    double v = value();
    for (int i = 0; i < std::abs(steps); ++i)
        v = ladder(v, steps);
    setValue(std::clamp(v, minimum(), maximum()));
}

QString LogSpinBox::textFromValue(double value) const { return QString::number(value, 'g', 4); }

double LogSpinBox::valueFromText(const QString& text) const
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? v : QLocale().toDouble(text.trimmed());
}

QValidator::State LogSpinBox::validate(QString& text, int&) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String(".") || t.endsWith(QLatin1Char('e')) || t.endsWith(QLatin1Char('-')))
        return QValidator::Intermediate;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return QValidator::Invalid;
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

}  // namespace layerlab
