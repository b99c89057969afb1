// Reading fields of project-file JSON with messages that name the field and what it needs.
#pragma once

#include <cmath>
#include <iomanip>
#include <sstream>
#include <string>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace layerlab {

// Reads j[key] into out when present; a value of the wrong type is a ProjectFileError that
// names the field. Absent keys keep out's default.
template <typename T>
void readField(const nlohmann::json& j, const char* key, T& out)
{
    if (!j.is_object())
        throw ProjectFileError(std::string("expected an object with field '") + key + "', found " +
                               j.type_name());
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    try {
        out = it->get<T>();
    } catch (const nlohmann::json::exception&) {
        throw ProjectFileError(std::string("field '") + key + "' has the wrong type (" + it->type_name() + ")");
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
        throw ProjectFileError(std::string("field '") + key + "' must be a whole number, not " + std::to_string(value));
    if (!(value >= double(lo) && value <= double(hi))) {
        std::ostringstream text;
        text << std::setprecision(15) << "field '" << key << "' is " << value << ", outside the allowed range " << lo << " to " << hi;
        throw ProjectFileError(text.str());
    }
    out = T(value);
}

}  // namespace layerlab
