#include "core/message.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace layerlab {

namespace {

// "1.20e+05" -> "1.2e+05", "9.00e-10" -> "9e-10"
std::string trimScientific(std::string text)
{
    const size_t e = text.find('e');
    if (e == std::string::npos)
        return text;
    std::string mantissa = text.substr(0, e);
    if (mantissa.find('.') != std::string::npos) {
        while (!mantissa.empty() && mantissa.back() == '0')
            mantissa.pop_back();
        if (!mantissa.empty() && mantissa.back() == '.')
            mantissa.pop_back();
    }
    return mantissa + text.substr(e);
}

std::string trimFixed(std::string text)
{
    if (text.find('.') == std::string::npos)
        return text;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

std::string formatNumber(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Inf" : "-Inf";
    if (v == 0)
        return "0";
    char text[64];
    const double magnitude = std::abs(v);
    // three significant digits, rounded first so 9.996 becomes 10 rather than 10.0
    const int exponent = int(std::floor(std::log10(magnitude)));
    const double unit = std::pow(10.0, exponent - 2);
    const double rounded = std::round(v / unit) * unit;
    const double roundedMagnitude = std::abs(rounded);
    if (roundedMagnitude >= 1e-3 && roundedMagnitude < 1e4) {
        const int decimals = std::max(0, 2 - int(std::floor(std::log10(roundedMagnitude))));
        std::snprintf(text, sizeof text, "%.*f", decimals, rounded);
        return trimFixed(text);
    }
    std::snprintf(text, sizeof text, "%.2e", v);
    return trimScientific(text);
}

std::string formatPercent(double fraction)
{
    const double percent = fraction * 100;
    char text[64];
    if (std::abs(percent) < 10 && std::round(percent * 10) != 0 && std::round(percent * 10) != std::round(percent) * 10)
        std::snprintf(text, sizeof text, "%.1f%%", percent);
    else
        std::snprintf(text, sizeof text, "%.0f%%", percent);
    return text;
}

}  // namespace

MessageArg MessageArg::message(struct Message message)
{
    MessageArg arg;
    arg.type = Type::Message;
    arg.inner = std::make_shared<const struct Message>(std::move(message));
    return arg;
}

bool MessageArg::operator==(const MessageArg& other) const
{
    if (type != other.type || number != other.number || text != other.text)
        return false;
    if (!inner || !other.inner)
        return inner == other.inner;
    return *inner == *other.inner;
}

bool Message::operator==(const Message& other) const
{
    const auto same = [](const char* a, const char* b) {
        return a == b || (a && b && std::string_view(a) == std::string_view(b));
    };
    return key == other.key && args == other.args && same(context, other.context) && same(text, other.text);
}

Message verbatimMessage(std::string text)
{
    return Message{{}, {MessageArg::name(std::move(text))}, nullptr, "%1"};
}

std::string formatArg(const MessageArg& arg)
{
    switch (arg.type) {
    case MessageArg::Type::Number: return formatNumber(arg.number);
    case MessageArg::Type::Count: return std::to_string(std::llround(arg.number));
    case MessageArg::Type::Percent: return formatPercent(arg.number);
    case MessageArg::Type::Layer:
    case MessageArg::Type::Text: return arg.text;
    case MessageArg::Type::Message: return arg.inner ? englishText(*arg.inner) : std::string();
    }
    return arg.text;
}

std::string fillTemplate(std::string_view text, const std::vector<MessageArg>& args)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            size_t index = 0;
            size_t j = i + 1;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9' && index < 100)
                index = index * 10 + size_t(text[j++] - '0');
            if (index >= 1 && index <= args.size()) {
                out += formatArg(args[index - 1]);
                i = j - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string englishText(const Message& message)
{
    if (message.text)
        return fillTemplate(message.text, message.args);
    // nothing is lost: the key and every argument
    std::string out = message.key;
    if (!message.args.empty()) {
        out += " (";
        for (size_t i = 0; i < message.args.size(); ++i)
            out += (i ? ", " : "") + formatArg(message.args[i]);
        out += ")";
    }
    return out;
}

}  // namespace layerlab
