#include "io/project.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
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

// Where a JSON parse stopped: the path of the value being read ("training.optimizer.rho",
// "model.layers[0].units") and its text. Used to name the field of a number the JSON library
// cannot hold (1e400), which it reports only by its byte offset.
class PathTracker : public nlohmann::json_sax<nlohmann::json> {
public:
    std::string failedPath;
    std::string failedToken;
    std::string topKey;  // the section the failing value is in ("" in the header)

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override
    {
        value();  // an element of its parent
        m_stack.push_back({true, {}, -1});
        return true;
    }
    bool key(string_t& key) override
    {
        m_stack.back().key = key;
        return true;
    }
    bool end_object() override { return end(); }
    bool start_array(std::size_t) override
    {
        value();
        m_stack.push_back({false, {}, -1});
        return true;
    }
    bool end_array() override { return end(); }
    bool parse_error(std::size_t, const std::string& lastToken, const nlohmann::detail::exception&) override
    {
        if (!m_stack.empty() && !m_stack.back().isObject)
            ++m_stack.back().index;  // the failing value is the array's next element
        failedToken = lastToken;
        for (const Level& level : m_stack) {
            if (!level.isObject) {
                failedPath.append("[").append(std::to_string(level.index)).append("]");
                continue;
            }
            if (!failedPath.empty())
                failedPath.append(".");
            failedPath.append(level.key);
        }
        if (m_stack.size() > 1 && m_stack[0].isObject)
            topKey = m_stack[0].key;
        return false;
    }

private:
    struct Level {
        bool isObject;
        std::string key;
        long long index;
    };
    std::vector<Level> m_stack;

    bool value()
    {
        if (!m_stack.empty() && !m_stack.back().isObject)
            ++m_stack.back().index;
        return true;
    }
    bool end()
    {
        m_stack.pop_back();
        return true;
    }
};

// NaN or an infinity among saved weights: base64 holds any bit pattern, and such weights
// would train and draw as garbage without a word. Throws naming the field and the value.
void requireFiniteWeights(const Vector& values, const char* field)
{
    for (Index i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            //: a part of "The project's weights section is not valid: ..."; %1 is a JSON key ('parameters' or
            //: 'state'), %2 the value's number (1 is the first)
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' holds a value that is not a "
                                                                             "number or is infinite (value %2): the file "
                                                                             "is damaged. Reset the weights (delete the "
                                                                             "'weights' section) or open a backup"),
                                                 MessageArg::name(field), MessageArg::count(i + 1)));
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
    } catch (const nlohmann::json::out_of_range&) {
        // A number beyond a double (1e400): the library says neither where nor which field.
        PathTracker tracker;
        nlohmann::json::sax_parse(text, &tracker);
        Section section = Section::Header;
        if (tracker.topKey == "model")
            section = Section::Model;
        else if (tracker.topKey == "data")
            section = Section::Data;
        else if (tracker.topKey == "training")
            section = Section::Training;
        else if (tracker.topKey == "weights")
            section = Section::Weights;
        //: a part of "The project's training section is not valid: ..."; %1 is a JSON field's path
        //: ("training.optimizer.learning_rate"), %2 the number as the file writes it
        throw invalidSection(section, MessageArg::message(engineMessage(
                                          QT_TRANSLATE_NOOP("Engine", "field '%1' holds the number %2, which is too "
                                                                      "large for any field of a project"),
                                          MessageArg::name(tracker.failedPath), MessageArg::name(tracker.failedToken))));
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
    // Read as a double, so that 1e10 or 1.5 is a version that is not valid, not one wrapped
    // or rounded into an int.
    double version = 0;
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
    if (version != std::floor(version) || version < 1 || version > std::numeric_limits<int>::max())
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The project's format version %1 is not valid."),
                                             jsonNumberArg(version)));
    if (version > kProjectFormatVersion)
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The project was written by a newer LayerLab "
                                                                         "(format version %1); this version reads up to "
                                                                         "version %2. Update LayerLab to open it."),
                                             MessageArg::count((long long)version), MessageArg::count(kProjectFormatVersion)));
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
            requireFiniteWeights(saved.parameters, "parameters");
            requireFiniteWeights(saved.state, "state");
            p.weights = std::move(saved);
        }
    } catch (const ProjectFileError& e) {
        throw invalidSection(part, MessageArg::message(e.message()));
    } catch (const nlohmann::json::exception& e) {
        throw invalidSection(part, MessageArg::name(e.what()));
    }
    return p;
}


namespace {

namespace fs = std::filesystem;

// A save writes ".NAME.XXXXXX" next to NAME (X letters and digits), then renames it over
// NAME. One left behind by a writer that was killed is removed by the next save of NAME
// once it is this old: a save takes seconds, so a temporary an hour old has no writer.
constexpr auto kStaleTemporaryAge = std::chrono::hours(1);
constexpr std::string_view kTemporaryLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr size_t kTemporarySuffixLength = 6;

bool isTemporaryOf(const std::string& entry, const std::string& target)
{
    const std::string prefix = "." + target + ".";
    if (entry.size() != prefix.size() + kTemporarySuffixLength || entry.compare(0, prefix.size(), prefix) != 0)
        return false;
    return std::all_of(entry.begin() + std::ptrdiff_t(prefix.size()), entry.end(),
                       [](char c) { return kTemporaryLetters.find(c) != std::string_view::npos; });
}

// Removes the stale temporaries of `target` in `dir`: regular files of ours, named as a
// save names them, not written to for kStaleTemporaryAge. Anything else is left alone, and
// a failure here never stops the save.
void removeStaleTemporaries(const fs::path& dir, const std::string& target)
{
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec)
        return;
    const auto now = std::chrono::system_clock::now();
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec)
            return;
        const fs::path entry = it->path();
        if (!isTemporaryOf(entry.filename().string(), target))
            continue;
        struct stat st {};
        if (::lstat(entry.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        const auto modified = std::chrono::system_clock::from_time_t(st.st_mtim.tv_sec);
        if (now - modified > kStaleTemporaryAge)
            ::unlink(entry.c_str());
    }
}

// The file a save of `path` writes: through symbolic links (as QSaveFile does), so that a
// link stays a link and its target gets the new content. A link may point to a file that
// does not exist yet; that file is then created.
fs::path followLinks(fs::path path)
{
    for (int depth = 0; depth < 40; ++depth) {  // Linux's own limit (ELOOP)
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(path, ec)))
            return path;
        const fs::path target = fs::read_symlink(path, ec);
        if (ec)
            return path;
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    //: %1 is a file, %2 the system's reason
    throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot save %1: %2. Nothing was changed."),
                                         MessageArg::name(path.string()), MessageArg::name(std::strerror(ELOOP))));
}

// Creates a new temporary next to `target` with mode 0666 less the umask, as any new file
// (mkstemp's would be 0600); returns its descriptor, or -1 with errno set.
int createTemporary(const fs::path& dir, const std::string& target, std::string& name)
{
    std::random_device device;
    std::mt19937 random(device());
    std::uniform_int_distribution<size_t> letter(0, kTemporaryLetters.size() - 1);
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix(kTemporarySuffixLength, 'X');
        for (char& c : suffix)
            c = kTemporaryLetters[letter(random)];
        name = (dir / ("." + target + "." + suffix)).string();
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

}  // namespace

void writeFileAtomically(const std::filesystem::path& requested, const std::string& text)
{
    const fs::path path = followLinks(requested);
    struct stat existing {};
    const bool exists = ::stat(path.c_str(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode))
        // A rename would replace a device node, a pipe or a socket with a regular file.
        //: %1 is a file
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot save %1: it is a folder, a device, a "
                                                                         "pipe or a socket, not a regular file. Nothing "
                                                                         "was changed; choose another file name."),
                                             MessageArg::name(requested.string())));
    const auto dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const std::string target = path.filename().string();
    removeStaleTemporaries(dir, target);

    std::string tmpl;
    const int fd = createTemporary(dir, target, tmpl);
    if (fd < 0)
        //: %1 is a folder, %2 the system's reason
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot write in %1: %2. Choose a folder you can "
                                                                         "write to."),
                                             MessageArg::name(dir.string()), MessageArg::name(std::strerror(errno))));
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
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
    if (exists) {
        // The file keeps its owner where we may give it (as root), and its mode (0644 stays
        // 0644): the rename puts a new inode in its place. fchown first: it clears set-id bits.
        if (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid())
            (void)!::fchown(fd, existing.st_uid, existing.st_gid);  // not ours to give: stays ours
        ::fchmod(fd, existing.st_mode & 07777);
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
    // The rename itself is durable once the folder is synced.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

void writeProjectFile(const std::filesystem::path& path, const Project& project)
{
    writeFileAtomically(path, serializeProject(project));
}

Project readProjectFile(const std::filesystem::path& path)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);  // through links
    if (!fs::exists(status))
        //: %1 is a file; 'layerlab-cli examples' is a command
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "There is no file %1. Check the name, or list "
                                                                         "the built-in examples with 'layerlab-cli "
                                                                         "examples'."),
                                             MessageArg::name(path.string())));
    if (fs::is_directory(status))
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 is a folder, not a project file."),
                                             MessageArg::name(path.string())));
    // A pipe or a device would block the reader or never end (/dev/zero): refused before
    // it is opened.
    const auto notRegular = [&path] {
        //: %1 is a file's path
        return ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 is a device, a pipe or a socket, not a "
                                                                          "project file. Choose a project file saved by "
                                                                          "LayerLab."),
                                              MessageArg::name(path.string())));
    };
    if (!fs::is_regular_file(status))
        throw notRegular();
    const auto tooLarge = [&path](std::uintmax_t size) {
        //: %1 is a file, %2 its size in MiB
        return ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 is %2 MiB, larger than any LayerLab "
                                                                          "project: it is not a project file."),
                                              MessageArg::name(path.string()),
                                              MessageArg::count(static_cast<long long>(size >> 20))));
    };
    // O_NONBLOCK: should the file have been replaced by a pipe since, opening it does not
    // wait for a writer; fstat below then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        //: %1 is a file, %2 the system's reason
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot open %1: %2."),
                                             MessageArg::name(path.string()), MessageArg::name(std::strerror(errno))));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        throw notRegular();
    if (std::uintmax_t(st.st_size) > kMaxProjectFileBytes)
        throw tooLarge(std::uintmax_t(st.st_size));
    // At most the limit and one byte more, whatever the size said: a file that grows while
    // it is read is still bounded.
    std::string text;
    text.resize(size_t(st.st_size));
    size_t filled = 0;
    for (;;) {
        if (filled == text.size()) {
            if (text.size() > kMaxProjectFileBytes)
                throw tooLarge(text.size());
            text.resize(std::min<size_t>(kMaxProjectFileBytes + 1, std::max<size_t>(text.size() * 2, 4096)));
        }
        const ssize_t n = ::read(fd, text.data() + filled, text.size() - filled);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Cannot open %1: %2."),
                                                 MessageArg::name(path.string()), MessageArg::name(std::strerror(errno))));
        if (n == 0)
            break;
        filled += size_t(n);
    }
    text.resize(filled);
    try {
        return parseProject(text);
    } catch (const ProjectFileError& e) {
        //: %1 is a file's name, %2 what is wrong with it
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1: %2"),
                                             MessageArg::name(path.filename().string()),
                                             MessageArg::message(e.message())));
    }
}

}  // namespace layerlab
