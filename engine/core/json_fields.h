// Fields of project-file JSON: reading them with messages that name the field and what it
// needs, and writing floats as short as they can be written.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
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

// The number `value` (a JSON number) as a T, refused with a message naming the field unless
// T holds it: an integer must be whole and within T's range, a float within T's range.
template <typename T>
T jsonNumberAs(const nlohmann::json& value, const char* key)
{
    static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>);
    using Limits = std::numeric_limits<T>;
    const auto outside = [key](auto shown) {
        return ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' is %2, outside the allowed "
                                                                          "range %3 to %4"),
                                              MessageArg::name(key), jsonNumberArg(shown),
                                              jsonNumberArg(Limits::lowest()), jsonNumberArg(Limits::max())));
    };
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if constexpr (std::is_integral_v<T>) {
            if (v > std::uint64_t(Limits::max()))
                throw outside(v);
        }
        return T(v);  // a float holds every uint64 (rounded)
    }
    if (value.is_number_integer()) {
        const auto v = value.get<std::int64_t>();
        if constexpr (std::is_integral_v<T>) {
            const bool fits = v < 0 ? std::is_signed_v<T> && v >= std::int64_t(Limits::min())
                                    : std::uint64_t(v) <= std::uint64_t(Limits::max());
            if (!fits)
                throw outside(v);
        }
        return T(v);
    }
    const double v = value.get<double>();
    if constexpr (std::is_integral_v<T>) {
        if (v != std::floor(v))
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' must be a whole number, not %2"),
                                                 MessageArg::name(key), jsonNumberArg(v)));
        // T's range as doubles: [-2^digits, 2^digits) for a signed T, [0, 2^digits) for an
        // unsigned one; 2^digits is exact where max() as a double would round up past it.
        const double end = std::ldexp(1.0, Limits::digits);
        if (!(v >= (std::is_signed_v<T> ? -end : 0.0) && v < end))
            throw outside(v);
    } else {
        if (!(std::abs(v) <= double(Limits::max())))
            throw outside(v);
    }
    return T(v);
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
    if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
        // A number is checked against T's range before it is converted: nlohmann converts
        // 1e10 to an int, 1e30 to a uint64 or -1 to an unsigned as a cast does (wrapped or
        // undefined), and 1.5 to an int as 1.
        if (!it->is_number())
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' has the wrong type (%2)"),
                                                 MessageArg::name(key), MessageArg::name(it->type_name())));
        out = jsonNumberAs<T>(*it, key);
        return;
    }
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
