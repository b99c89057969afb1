#include "io/project.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/json_fields.h"

namespace layerlab {

namespace {

constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Weights are stored as base64 of little-endian float32: exact, and a quarter the size of
// decimal text.
std::string encodeFloats(const Vector& v)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(v.data());
    const size_t n = size_t(v.size()) * sizeof(float);
    std::string out;
    out.reserve((n + 2) / 3 * 4);
    for (size_t i = 0; i < n; i += 3) {
        const unsigned b0 = bytes[i];
        const unsigned b1 = i + 1 < n ? bytes[i + 1] : 0;
        const unsigned b2 = i + 2 < n ? bytes[i + 2] : 0;
        const unsigned triple = (b0 << 16) | (b1 << 8) | b2;
        out += kBase64[(triple >> 18) & 63];
        out += kBase64[(triple >> 12) & 63];
        out += i + 1 < n ? kBase64[(triple >> 6) & 63] : '=';
        out += i + 2 < n ? kBase64[triple & 63] : '=';
    }
    return out;
}

Vector decodeFloats(const std::string& text, const char* field)
{
    std::array<int, 256> value;
    value.fill(-1);
    for (size_t i = 0; i < kBase64.size(); ++i)
        value[size_t(static_cast<unsigned char>(kBase64[i]))] = int(i);
    if (text.size() % 4 != 0)
        //: a part of "The project's weights section is not valid: ..."; %1 is a JSON key, base64 an encoding's name
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' is not valid base64 (length %2 is "
                                                                         "not a multiple of 4): the file is damaged"),
                                             MessageArg::name(field), MessageArg::count(text.size())));
    std::string bytes;
    bytes.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + size_t(k)];
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                v[k] = 0;
                ++pad;
                continue;
            }
            v[k] = value[size_t(static_cast<unsigned char>(c))];
            if (v[k] < 0 || pad)
                //: a part of "The project's weights section is not valid: ..."; %1 is a JSON key
                throw ProjectFileError(engineMessage(
                    QT_TRANSLATE_NOOP("Engine", "field '%1' is not valid base64: the file is damaged"),
                    MessageArg::name(field)));
        }
        const unsigned triple = unsigned(v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3]);
        bytes += char((triple >> 16) & 255);
        if (pad < 2)
            bytes += char((triple >> 8) & 255);
        if (pad < 1)
            bytes += char(triple & 255);
    }
    if (bytes.size() % sizeof(float) != 0)
        //: a part of "The project's weights section is not valid: ..."; %1 is a JSON key, float32 a type's name
        throw ProjectFileError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "field '%1' does not hold whole float32 values: the file is damaged"),
            MessageArg::name(field)));
    Vector out(Index(bytes.size() / sizeof(float)));
    if (!bytes.empty())
        std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
}

// Version 1 wrote these keys of the data section in camelCase (the rest of the file was
// already snake_case). Renamed, a version-1 file reads as version 2.
constexpr std::pair<const char*, const char*> kVersion1DataKeys[] = {
    {"labelsPath", "labels_path"},
    {"labelColumn", "label_column"},
    {"labelTask", "label_task"},
    {"sampleLimit", "sample_limit"},
    {"removeDuplicates", "remove_duplicates"},
    {"outlierRule", "outlier_rule"},
    {"validationFraction", "validation_fraction"},
    {"testFraction", "test_fraction"},
};

void upgradeFromVersion1(nlohmann::json& project)
{
    const auto data = project.find("data");
    if (data == project.end() || !data->is_object())
        return;  // the data section's own reader reports what is wrong with it
    for (const auto& [camelCase, snakeCase] : kVersion1DataKeys) {
        const auto it = data->find(camelCase);
        if (it == data->end())
            continue;
        nlohmann::json value = std::move(*it);
        data->erase(it);
        (*data)[snakeCase] = std::move(value);
    }
}

// The parts of a project file, each reported in its own sentence.
enum class Section { Header, Model, Data, Training, Weights };

// "The project's model section is not valid: <why>.": `why` is a Message (another engine
// error) or a name (a JSON library's own text).
ProjectFileError invalidSection(Section section, MessageArg why)
{
    const char* text = nullptr;
    // model, data, training and weights name the file's JSON keys; %1 says what is wrong
    switch (section) {
    case Section::Header: text = QT_TRANSLATE_NOOP("Engine", "The project's header section is not valid: %1."); break;
    case Section::Model: text = QT_TRANSLATE_NOOP("Engine", "The project's model section is not valid: %1."); break;
    case Section::Data: text = QT_TRANSLATE_NOOP("Engine", "The project's data section is not valid: %1."); break;
    case Section::Training:
        text = QT_TRANSLATE_NOOP("Engine", "The project's training section is not valid: %1.");
        break;
    case Section::Weights: text = QT_TRANSLATE_NOOP("Engine", "The project's weights section is not valid: %1."); break;
    }
    return ProjectFileError(engineMessage(text, std::move(why)));
}

}  // namespace

std::string serializeProject(const Project& p)
{
    nlohmann::json j;
    j["format"] = kProjectFormatName;
    j["version"] = kProjectFormatVersion;
    j["name"] = p.name;
    j["description"] = p.description;
    j["seed"] = p.seed;
    j["model"] = p.model;
    j["data"] = p.data;
    j["training"] = p.training;
    if (p.weights) {
        j["weights"] = {{"encoding", "base64-float32-le"},
                        {"parameter_count", p.weights->parameters.size()},
                        {"parameters", encodeFloats(p.weights->parameters)},
                        {"state_count", p.weights->state.size()},
                        {"state", encodeFloats(p.weights->state)}};
    }
    return j.dump(2) + "\n";
}

Project parseProject(const std::string& text)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ProjectFileError(
            engineMessage(QT_TRANSLATE_NOOP("Engine", "The file is empty: it is not a LayerLab project.")));
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        if (e.byte >= text.size())
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The file ends too early (truncated at byte "
                                                                             "%1): it was not saved completely. Open a "
                                                                             "backup or the autosave."),
                                                 MessageArg::count(text.size())));
        //: JSON is a format's name
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The file is not valid JSON (at byte %1): it is "
                                                                         "not a LayerLab project or it is damaged."),
                                             MessageArg::count(e.byte)));
    }
    if (!j.is_object())
        throw ProjectFileError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The file holds JSON but not a LayerLab project (expected an object).")));
    std::string format;
    int version = 0;
    try {
        readField(j, "format", format);
        readField(j, "version", version);
    } catch (const ProjectFileError& e) {
        //: %1 says what is wrong with the header
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The project header is damaged: %1."),
                                             MessageArg::message(e.message())));
    }
    if (format != kProjectFormatName)
        //: 'format' is a JSON key; %1 is what the file says, %2 what a project says
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The file is not a LayerLab project (its "
                                                                         "'format' is '%1', expected '%2')."),
                                             MessageArg::name(format), MessageArg::name(kProjectFormatName)));
    if (version > kProjectFormatVersion)
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The project was written by a newer LayerLab "
                                                                         "(format version %1); this version reads up to "
                                                                         "version %2. Update LayerLab to open it."),
                                             MessageArg::count(version), MessageArg::count(kProjectFormatVersion)));
    if (version < 1)
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The project's format version %1 is not valid."),
                                             MessageArg::count(version)));
    if (version == 1)
        upgradeFromVersion1(j);

    Project p;
    Section part = Section::Header;
    try {
        readField(j, "name", p.name);
        readField(j, "description", p.description);
        readField(j, "seed", p.seed);
        part = Section::Model;
        if (!j.contains("model"))
            //: a part of "The project's model section is not valid: ..."; 'model' is a JSON key
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "the 'model' section is missing")));
        p.model = j["model"].get<ModelSpec>();
        part = Section::Data;
        if (j.contains("data"))
            p.data = j["data"].get<DataSpec>();
        part = Section::Training;
        if (j.contains("training"))
            p.training = j["training"].get<TrainConfig>();
        part = Section::Weights;
        if (j.contains("weights") && !j["weights"].is_null()) {
            const auto& w = j["weights"];
            std::string encoding, params, state;
            long long count = -1, stateCount = 0;
            readField(w, "encoding", encoding);
            if (encoding != "base64-float32-le")
                //: a part of "The project's weights section is not valid: ..."; %1 is what the file names
                throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "unknown weight encoding '%1'"),
                                                     MessageArg::name(encoding)));
            readField(w, "parameter_count", count);
            readField(w, "parameters", params);
            readField(w, "state_count", stateCount);
            readField(w, "state", state);
            SavedWeights saved{decodeFloats(params, "parameters"), decodeFloats(state, "state")};
            if (saved.parameters.size() != count || saved.state.size() != stateCount)
                //: a part of "The project's weights section is not valid: ..."
                throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "the weights hold %1 values but the "
                                                                                 "file says %2: the file is damaged"),
                                                     MessageArg::count(saved.parameters.size()),
                                                     MessageArg::count(count)));
            p.weights = std::move(saved);
        }
    } catch (const ProjectFileError& e) {
        throw invalidSection(part, MessageArg::message(e.message()));
    } catch (const nlohmann::json::exception& e) {
        throw invalidSection(part, MessageArg::name(e.what()));
    }
    return p;
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& text)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        //: %1 is a folder, %2 the system's reason
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot write in %1: %2. Choose a folder you can "
                                                                         "write to."),
                                             MessageArg::name(dir.string()), MessageArg::name(std::strerror(errno))));
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            std::remove(tmpl.c_str());
            //: %1 is a file, %2 the system's reason
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot write %1: %2. Nothing was changed; "
                                                                             "free some space or choose another place."),
                                                 MessageArg::name(path.string()), MessageArg::name(std::strerror(err))));
        }
        written += size_t(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        std::remove(tmpl.c_str());
        //: %1 is a file, %2 the system's reason
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot save %1: %2. Nothing was changed."),
                                             MessageArg::name(path.string()), MessageArg::name(std::strerror(err))));
    }
}

void writeProjectFile(const std::filesystem::path& path, const Project& project)
{
    writeFileAtomically(path, serializeProject(project));
}

Project readProjectFile(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        //: %1 is a file; 'layerlab-cli examples' is a command
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "There is no file %1. Check the name, or list "
                                                                         "the built-in examples with 'layerlab-cli "
                                                                         "examples'."),
                                             MessageArg::name(path.string())));
    if (std::filesystem::is_directory(path, ec))
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 is a folder, not a project file."),
                                             MessageArg::name(path.string())));
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxProjectFileBytes)
        //: %1 is a file, %2 its size in MiB
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 is %2 MiB, larger than any LayerLab "
                                                                         "project: it is not a project file."),
                                             MessageArg::name(path.string()),
                                             MessageArg::count(static_cast<long long>(size >> 20))));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        //: %1 is a file, %2 the system's reason
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot open %1: %2."),
                                             MessageArg::name(path.string()), MessageArg::name(std::strerror(errno))));
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return parseProject(text.str());
    } catch (const ProjectFileError& e) {
        //: %1 is a file's name, %2 what is wrong with it
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1: %2"),
                                             MessageArg::name(path.filename().string()),
                                             MessageArg::message(e.message())));
    }
}

}  // namespace layerlab
