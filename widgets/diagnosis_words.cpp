#include "diagnosis_words.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <optional>

#include "diagnosis/diagnosis_text.h"

namespace layerlab {

namespace {

QString numberText(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    // 'g' keeps 0.003 as it is and writes 9e-10 in scientific form, as formatArg does
    const QLocale locale;
    QString text = locale.toString(v, 'g', 3);
    // 1e-06 -> 1e-6, 2e+07 -> 2e7: the exponent without padding or a plus
    const qsizetype e = text.indexOf(locale.exponential());
    if (e >= 0) {
        QString exponent = text.mid(e + 1);
        const bool negative = exponent.startsWith(locale.negativeSign());
        if (negative || exponent.startsWith(locale.positiveSign()))
            exponent.remove(0, negative ? locale.negativeSign().size() : locale.positiveSign().size());
        while (exponent.size() > 1 && exponent.startsWith(locale.zeroDigit()))
            exponent.remove(0, locale.zeroDigit().size());
        text = text.left(e + 1) + (negative ? locale.negativeSign() : QString()) + exponent;
    }
    return text;
}

}  // namespace

QString messageArgText(const MessageArg& arg)
{
    switch (arg.type) {
    case MessageArg::Type::Number:
        return numberText(arg.number);
    case MessageArg::Type::Count:
        return QLocale().toString(qlonglong(std::llround(arg.number)));
    case MessageArg::Type::Percent:
        //: a percentage, such as 42%
        return QCoreApplication::translate(kDiagnosisTextContext, "%1%").arg(numberText(arg.number * 100));
    case MessageArg::Type::Layer:
    case MessageArg::Type::Text:
        return QString::fromStdString(arg.text);
    }
    return QString::fromStdString(arg.text);
}

QString messageText(const Message& message)
{
    const char* english = messageTemplate(message.key);
    if (!english)
        return QString::fromStdString(message.key);
    QString text = QCoreApplication::translate(kDiagnosisTextContext, english);
    // One pass over the template, as QString::arg(a1, a2, ...) does for a fixed number of
    // arguments: a value that itself contains "%1" (a feature's name) is never filled again.
    QString result;
    result.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < text.size() && text[j].isDigit() && n < 100)
                n = n * 10 + text[j++].digitValue();
            if (n >= 1 && n <= int(message.args.size())) {
                const MessageArg& arg = message.args[size_t(n - 1)];
                // a kind of finding is named by its engine name ("dead-relu"): in words here
                const auto kind = message.key == "breakpoint.finding" && arg.type == MessageArg::Type::Text
                                      ? findingKindFromName(arg.text)
                                      : std::nullopt;
                //: a kind of finding named in a sentence, as in: the doctor found “Dead ReLUs”
                result += kind ? QCoreApplication::translate(kDiagnosisTextContext, "“%1”").arg(findingKindText(*kind))
                               : messageArgText(arg);
                i = j - 1;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

QString findingKindText(FindingKind kind)
{
    switch (kind) {
    case FindingKind::VanishingGradients: return QCoreApplication::translate(kDiagnosisTextContext, "Vanishing gradients");
    case FindingKind::ExplodingGradients: return QCoreApplication::translate(kDiagnosisTextContext, "Exploding gradients");
    case FindingKind::NonFinite: return QCoreApplication::translate(kDiagnosisTextContext, "Inf/NaN values");
    case FindingKind::DeadRelu: return QCoreApplication::translate(kDiagnosisTextContext, "Dead ReLUs");
    case FindingKind::Saturation: return QCoreApplication::translate(kDiagnosisTextContext, "Saturated units");
    case FindingKind::UnscaledInputs: return QCoreApplication::translate(kDiagnosisTextContext, "Unscaled inputs");
    case FindingKind::LearningRateTooHigh:
        return QCoreApplication::translate(kDiagnosisTextContext, "Learning rate too high");
    case FindingKind::LearningRateTooLow:
        return QCoreApplication::translate(kDiagnosisTextContext, "Learning rate too low");
    case FindingKind::Plateau: return QCoreApplication::translate(kDiagnosisTextContext, "Plateau");
    case FindingKind::Overfitting: return QCoreApplication::translate(kDiagnosisTextContext, "Overfitting");
    case FindingKind::Underfitting: return QCoreApplication::translate(kDiagnosisTextContext, "Underfitting");
    case FindingKind::LossOutputMismatch:
        return QCoreApplication::translate(kDiagnosisTextContext, "Loss and output do not match");
    }
    return QString::fromUtf8(findingKindName(kind).data(), qsizetype(findingKindName(kind).size()));
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate(kDiagnosisTextContext, "Note");
    case Severity::Warning: return QCoreApplication::translate(kDiagnosisTextContext, "Warning");
    case Severity::Error: return QCoreApplication::translate(kDiagnosisTextContext, "Error");
    }
    return {};
}

}  // namespace layerlab
