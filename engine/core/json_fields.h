// Fields of project-file JSON: reading them with messages that name the field and what it
// needs, and writing floats as short as they can be written.
#pragma once

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace layerlab {

// A float for a JSON field, so that it is written as its shortest decimal text: 0.1f as
// 0.1, not as 0.10000000149011612 (the double it widens to). nlohmann writes a double as the
// shortest text that reads back to that double, so the value stored is the double nearest
// to the float's shortest text (std::to_chars), which reads back, as a double and then
// rounded to float, to the same float bit for bit. Should that second rounding ever land on
// another float, the float's own double is stored instead: longer text, still exact.
inline nlohmann::json jsonFloat(float value)
{
    if (!std::isfinite(value))
        return double(value);  // nlohmann writes null: JSON has no Inf or NaN
    char text[32];
    const std::to_chars_result written = std::to_chars(std::begin(text), std::end(text), value);
    double shortest = 0;
    std::from_chars(text, written.ptr, shortest);
    return float(shortest) == value ? shortest : double(value);
}

// A number from or for a JSON field, in a message: whole numbers as counts ("1000000"),
// others in their shortest exact text ("0.9999", not rounded to 3 digits: a bound must read
// as the value it is).
template <typename T>
MessageArg jsonNumberArg(T value)
{
    const double v = double(value);
    if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15)
        return MessageArg::count((long long)v);
    char text[32];
    const std::to_chars_result written = std::to_chars(std::begin(text), std::end(text), value);
    return MessageArg::name(std::string(text, written.ptr));
}

// Reads j[key] into out when present; a value of the wrong type is a ProjectFileError that
// names the field. Absent keys keep out's default.
template <typename T>
void readField(const nlohmann::json& j, const char* key, T& out)
{
    if (!j.is_object())
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "expected an object with field '%1', found %2"),
                                             MessageArg::name(key), MessageArg::name(j.type_name())));
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    try {
        out = it->get<T>();
    } catch (const nlohmann::json::exception&) {
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' has the wrong type (%2)"),
                                             MessageArg::name(key), MessageArg::name(it->type_name())));
    }
}

// A numeric field that must lie in [lo, hi]. Read as a double first, so that a huge value
// (10^12 units) is reported as out of range instead of wrapping around in an int.
template <typename T>
void readField(const nlohmann::json& j, const char* key, T& out, T lo, T hi)
{
    static_assert(std::is_arithmetic_v<T>);
    double value = double(out);
    readField(j, key, value);
    if (std::is_integral_v<T> && value != std::floor(value))
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' must be a whole number, not %2"),
                                             MessageArg::name(key), MessageArg::value(value)));
    if (!(value >= double(lo) && value <= double(hi)))
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' is %2, outside the allowed range %3 to %4"),
                                             MessageArg::name(key), jsonNumberArg(value), jsonNumberArg(lo), jsonNumberArg(hi)));
    out = T(value);
}

// An enum field written as its name ("relu"): fromName(name) gives the value, or nothing
// for a name it does not know, which is a ProjectFileError naming the field and the name.
// An absent or empty field keeps out's default.
template <typename Enum, typename FromName>
void readEnumField(const nlohmann::json& j, const char* key, Enum& out, FromName fromName)
{
    std::string name;
    readField(j, key, name);
    if (name.empty())
        return;
    const std::optional<Enum> value = fromName(name);
    if (!value)
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' has an unknown value '%2'"),
                                             MessageArg::name(key), MessageArg::name(name)));
    out = *value;
}

}  // namespace layerlab
