// Text for people, as data: a Message names a sentence template and carries the values that
// fill it. The engine never assembles a sentence for display; the CLI and the app turn a
// Message into one, in English or translated (i18n/message_text.h), from the same template.
//
// A template is written once, where the message is made, and marked for Qt's lupdate:
//
//     throw DataError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Row %1 has %2 fields, the header has %3."),
//                                   MessageArg::count(row), MessageArg::count(fields), MessageArg::count(header)));
//
// The engine has no Qt, so QT_TRANSLATE_NOOP is only the text here; lupdate reads the
// sources and collects it. The context must be kEngineTextContext ("Engine"), the one
// engineMessage() records. The gradient doctor's messages name their template by a key
// instead (diagnosis/diagnosis_text.h), with `text` left empty.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace layerlab {

inline constexpr const char* kEngineTextContext = "Engine";

struct Message;

// One value a message template takes. The edge formats it: numbers in the reader's locale,
// layer labels translated ("Dense #2").
struct MessageArg {
    enum class Type {
        Number,   // a measurement, shown with 2-3 significant digits (3e-3, 0.693, 43.7)
        Count,    // a whole number (epochs, steps, units, rows, bytes)
        Percent,  // a fraction shown as a percentage (0.42 -> 42%)
        Layer,    // a layer: `number` is its 0-based index; `text` its English label "Dense #2"
        Text,     // shown as it is: a file name, a column's name, an activation's name
        Message,  // another message, whole (the reason inside "Cannot open x: <reason>")
    };
    Type type = Type::Number;
    double number = 0;
    std::string text;
    std::shared_ptr<const struct Message> inner;  // Type::Message

    static MessageArg value(double v) { return {Type::Number, v, {}, {}}; }
    static MessageArg count(long long n) { return {Type::Count, double(n), {}, {}}; }
    static MessageArg percent(double fraction) { return {Type::Percent, fraction, {}, {}}; }
    static MessageArg layer(int index, std::string label) { return {Type::Layer, double(index), std::move(label), {}}; }
    static MessageArg name(std::string text) { return {Type::Text, 0, std::move(text), {}}; }
    static MessageArg message(struct Message message);
    bool operator==(const MessageArg& other) const;
};

// A sentence to be. Either `text` is its English template (with `context`, for
// translation), or `key` names a template in the gradient doctor's table. %1, %2, ... in
// the template take `args` in order.
struct Message {
    std::string key;
    std::vector<MessageArg> args;
    const char* context = nullptr;
    const char* text = nullptr;
    bool operator==(const Message& other) const;
};

// A message whose template is `text`, marked QT_TRANSLATE_NOOP("Engine", ...) at the call.
template <typename... Args>
Message engineMessage(const char* text, Args&&... args)
{
    return Message{{}, {MessageArg(std::forward<Args>(args))...}, kEngineTextContext, text};
}

// A count with its noun, "1 sample" or "500 samples", as one message for a sentence to take
// as a value: `one` and `many` are templates marked QT_TRANSLATE_NOOP("Engine", ...) at the call.
inline Message countedMessage(long long n, const char* one, const char* many)
{
    return engineMessage(n == 1 ? one : many, MessageArg::count(n));
}

// Text shown verbatim, never translated: a library's own message (JSON parser, zlib), a
// system error. Its template is "%1".
Message verbatimMessage(std::string text);

// An argument as English text: numbers with 2-3 significant digits ("3e-03" is written
// "0.003", "9e-10" stays in scientific form), percentages "42%", layers by their label,
// messages in English.
std::string formatArg(const MessageArg& arg);

// `text` with %1, %2, ... replaced by `args` in English, in one pass (a value that itself
// holds "%1" is never filled again).
std::string fillTemplate(std::string_view text, const std::vector<MessageArg>& args);

// The message in English: what the CLI prints without a translation, and what an Error's
// what() says. A message without a template (a doctor key) yields its key and arguments.
std::string englishText(const Message& message);

}  // namespace layerlab
