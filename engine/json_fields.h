// Reading fields of project-file JSON with messages that name the field and what it needs.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "error.h"

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

// A numeric field that must lie in [lo, hi].
template <typename T>
void readField(const nlohmann::json& j, const char* key, T& out, T lo, T hi)
{
    readField(j, key, out);
    if (!(out >= lo && out <= hi))
        throw ProjectFileError(std::string("field '") + key + "' is " + std::to_string(out) +
                               ", outside the allowed range " + std::to_string(lo) + " to " + std::to_string(hi));
}

}  // namespace layerlab
