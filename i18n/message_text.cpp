#include "message_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <optional>

#include "core/error.h"
#include "diagnosis/diagnosis_text.h"
#include "diagnosis_words.h"

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
    // 1e-06 -> 1e-6, 2E+07 -> 2e7: a small e, the exponent without padding or a plus (as
    // engineers write it in every language LayerLab speaks)
    const qsizetype e = text.indexOf(locale.exponential(), 0, Qt::CaseInsensitive);
    if (e >= 0) {
        QString exponent = text.mid(e + 1);
        const bool negative = exponent.startsWith(locale.negativeSign());
        if (negative || exponent.startsWith(locale.positiveSign()))
            exponent.remove(0, negative ? locale.negativeSign().size() : locale.positiveSign().size());
        while (exponent.size() > 1 && exponent.startsWith(locale.zeroDigit()))
            exponent.remove(0, locale.zeroDigit().size());
        text = text.left(e) + u'e' + (negative ? locale.negativeSign() : QString()) + exponent;
    }
    return text;
}

// The template in the reader's language: translated in its context, or taken as it is
// (a verbatim message has no context).
QString translatedTemplate(const Message& message)
{
    if (message.text)
        return message.context ? QCoreApplication::translate(message.context, message.text)
                               : QString::fromUtf8(message.text);
    if (const char* english = messageTemplate(message.key))
        return QCoreApplication::translate(kDiagnosisTextContext, english);
    return {};
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
        return QCoreApplication::translate("Diagnosis", "%1%").arg(numberText(arg.number * 100));
    case MessageArg::Type::Message:
        return arg.inner ? messageText(*arg.inner) : QString();
    case MessageArg::Type::Layer:
    case MessageArg::Type::Text:
        return QString::fromStdString(arg.text);
    }
    return QString::fromStdString(arg.text);
}

QString messageText(const Message& message)
{
    const QString text = translatedTemplate(message);
    if (text.isEmpty())
        return QString::fromStdString(englishText(message));
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
                result += kind ? QCoreApplication::translate("Diagnosis", "“%1”").arg(findingKindText(*kind))
                               : messageArgText(arg);
                i = j - 1;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

QString engineName(const QString& english)
{
    return QCoreApplication::translate(kEngineTextContext, english.toUtf8().constData());
}

QString errorText(const std::exception& error)
{
    if (const auto* engineError = dynamic_cast<const Error*>(&error))
        return messageText(engineError->message());
    return QString::fromLocal8Bit(error.what());
}

}  // namespace layerlab
