#include "data/data_spec.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/json_fields.h"
#include "data/features.h"
#include "data/generators.h"

namespace layerlab {

namespace {

bool oneOf(const std::string& value, std::initializer_list<const char*> allowed)
{
    return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return value == a; });
}

}  // namespace

std::optional<Message> dataSpecProblem(const DataSpec& s)
{
    const GeneratorInfo* generator = findGenerator(s.source);
    if (!generator && !oneOf(s.source, {"fashion-mnist", "csv", "idx"})) {
        std::string names;
        for (const GeneratorInfo& g : dataGenerators())
            names += (names.empty() ? "" : ", ") + g.name;
        //: %2 is the list of the built-in data sets' names
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The data source '%1' is unknown. Choose one of: %2, fashion-mnist, csv or idx."),
                             MessageArg::name(s.source), MessageArg::name(names));
    }
    if (generator) {
        if (s.samples < kMinGeneratorSamples || s.samples > kMaxGeneratorSamples)
            return engineMessage(QT_TRANSLATE_NOOP("Engine", "The sample count %1 is out of range. Choose between %2 and %3."),
                                 MessageArg::count(s.samples), MessageArg::count(kMinGeneratorSamples),
                                 MessageArg::count(kMaxGeneratorSamples));
        if (!(s.noise >= 0.0f && s.noise <= kMaxGeneratorNoise))
            return engineMessage(QT_TRANSLATE_NOOP("Engine", "The noise must be between 0 and %1 (inputs span about -1 to 1). "
                                                             "Choose a value such as 0.1."),
                                 MessageArg::count((long long)kMaxGeneratorNoise));
        if (generator->multiClass && (s.classes < kMinGeneratorClasses || s.classes > kMaxGeneratorClasses))
            return engineMessage(QT_TRANSLATE_NOOP("Engine", "The '%1' data set has 3 to 5 classes, not %2. Set the class count to 3, 4 or 5."),
                                 MessageArg::name(s.source), MessageArg::count(s.classes));
        const auto& known = derivedFeatureNames();
        for (const std::string& f : s.features)
            if (std::find(known.begin(), known.end(), f) == known.end())
                return engineMessage(QT_TRANSLATE_NOOP("Engine", "'%1' is not a derived feature. Choose from x1, x2, x1^2, x2^2, "
                                                                 "x1*x2, sin(x1), sin(x2)."),
                                     MessageArg::name(f));
    } else if (!s.features.empty()) {
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "Derived features (x1^2, sin(x1), ...) exist only for the built-in "
                                                         "two-input data sets, not for '%1'. Clear the feature list."),
                             MessageArg::name(s.source));
    }
    if (s.source == "csv" && s.path.empty())
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "No CSV file is chosen. Choose the .csv file to load."));
    if (s.source == "idx" && (s.path.empty() || s.labelsPath.empty()))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "An IDX data set needs both an images file and a labels file. Choose both files."));
    if (!oneOf(s.labelTask, {"auto", "classification", "regression"}))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The CSV task must be one of auto, classification, regression, "
                                                         "not '%1'. Choose one of these."),
                             MessageArg::name(s.labelTask));
    if (s.sampleLimit < 0)
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The sample limit cannot be negative. Use 0 for all images, or a positive count."));
    if (!oneOf(s.missing, {"drop", "mean", "median", "most-frequent"}))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The missing-value rule must be one of drop, mean, median, "
                                                         "most-frequent, not '%1'. Choose one of these."),
                             MessageArg::name(s.missing));
    if (!oneOf(s.outliers, {"keep", "drop", "clip"}))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The outlier treatment must be one of keep, drop, clip, not '%1'. "
                                                         "Choose one of these."),
                             MessageArg::name(s.outliers));
    if (!oneOf(s.outlierRule, {"zscore", "iqr"}))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The outlier rule must be one of zscore, iqr, not '%1'. Choose one of these."),
                             MessageArg::name(s.outlierRule));
    if (!oneOf(s.normalization, {"none", "minmax", "zscore"}))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The normalisation must be one of none, minmax, zscore, not '%1'. "
                                                         "Choose one of these."),
                             MessageArg::name(s.normalization));
    if (!(s.validationFraction >= 0.0f && s.validationFraction < 1.0f))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The validation fraction must be at least 0 and below 1. Choose for example 0.2."));
    if (!(s.testFraction >= 0.0f && s.testFraction < 1.0f))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The test fraction must be at least 0 and below 1. Choose for example "
                                                         "0.1, or 0 for no test set."));
    if (!(s.validationFraction + s.testFraction < 1.0f))
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "The validation and test fractions together must stay below 1, so "
                                                         "that samples are left for training. Lower one of them."));
    return std::nullopt;
}

void to_json(nlohmann::json& j, const DataSpec& s)
{
    j = nlohmann::json{
        {"source", s.source},
        {"samples", s.samples},
        {"noise", jsonFloat(s.noise)},
        {"classes", s.classes},
        {"features", s.features},
        {"path", s.path},
        {"labels_path", s.labelsPath},
        {"label_column", s.labelColumn},
        {"label_task", s.labelTask},
        {"sample_limit", s.sampleLimit},
        {"remove_duplicates", s.removeDuplicates},
        {"missing", s.missing},
        {"outliers", s.outliers},
        {"outlier_rule", s.outlierRule},
        {"normalization", s.normalization},
        {"validation_fraction", jsonFloat(s.validationFraction)},
        {"test_fraction", jsonFloat(s.testFraction)},
        {"stratify", s.stratify},
    };
}

namespace {

// Reads optional fields, refusing a wrong type with a message that names the field.
class FieldReader {
public:
    explicit FieldReader(const nlohmann::json& j) : j_(j) {}

    void read(const char* key, std::string& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_string())
                fail(key,
                     QT_TRANSLATE_NOOP("Engine", "The project file's data field '%1' must be text in quotes, but it is %2. "
                                                 "Correct it in the file, or choose the data again in LayerLab and save."),
                     *v);
            out = v->get<std::string>();
        }
    }
    void read(const char* key, int& out) const
    {
        if (const auto* v = find(key)) {
            if (v->is_number_integer() && v->is_number_unsigned() && v->get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<int>::max()))
                out = int(v->get<std::uint64_t>());
            else if (v->is_number_integer() && !v->is_number_unsigned() && v->get<std::int64_t>() >= std::numeric_limits<int>::min()
                     && v->get<std::int64_t>() <= std::numeric_limits<int>::max())
                out = int(v->get<std::int64_t>());
            else
                fail(key,
                     QT_TRANSLATE_NOOP("Engine", "The project file's data field '%1' must be a whole number, but it is %2. "
                                                 "Correct it in the file, or choose the data again in LayerLab and save."),
                     *v);
        }
    }
    void read(const char* key, float& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_number())
                fail(key,
                     QT_TRANSLATE_NOOP("Engine", "The project file's data field '%1' must be a number, but it is %2. "
                                                 "Correct it in the file, or choose the data again in LayerLab and save."),
                     *v);
            const double d = v->get<double>();
            if (!std::isfinite(d) || std::abs(d) > double(std::numeric_limits<float>::max()))
                fail(key,
                     QT_TRANSLATE_NOOP("Engine", "The project file's data field '%1' must be a finite number, but it is %2. "
                                                 "Correct it in the file, or choose the data again in LayerLab and save."),
                     *v);
            out = float(d);
        }
    }
    void read(const char* key, bool& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_boolean())
                fail(key,
                     QT_TRANSLATE_NOOP("Engine", "The project file's data field '%1' must be true or false, but it is %2. "
                                                 "Correct it in the file, or choose the data again in LayerLab and save."),
                     *v);
            out = v->get<bool>();
        }
    }
    void read(const char* key, std::vector<std::string>& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_array() || !std::all_of(v->begin(), v->end(), [](const nlohmann::json& e) { return e.is_string(); }))
                fail(key,
                     QT_TRANSLATE_NOOP("Engine", "The project file's data field '%1' must be a list of texts such as "
                                                 "[\"x1\", \"x1^2\"], but it is %2. Correct it in the file, or choose the "
                                                 "data again in LayerLab and save."),
                     *v);
            out = v->get<std::vector<std::string>>();
        }
    }

private:
    const nlohmann::json* find(const char* key) const
    {
        const auto it = j_.find(key);
        return it == j_.end() ? nullptr : &*it;
    }
    // `sentence` takes the field's name (%1) and the value as the file writes it (%2).
    [[noreturn]] static void fail(const char* key, const char* sentence, const nlohmann::json& v)
    {
        std::string shown = v.dump();
        if (shown.size() > 40)
            shown = shown.substr(0, 37) + "...";
        throw ProjectFileError(engineMessage(sentence, MessageArg::name(key), MessageArg::name(shown)));
    }

    const nlohmann::json& j_;
};

}  // namespace

void from_json(const nlohmann::json& j, DataSpec& spec)
{
    if (!j.is_object())
        throw ProjectFileError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The project file's data section must be an object ({\"source\": ...}), but it is %1. "
                                        "Correct it in the file, or choose the data again in LayerLab and save."),
            MessageArg::name(j.type_name())));
    DataSpec s;  // fill a fresh spec: a failure leaves `spec` as it was
    const FieldReader r(j);
    r.read("source", s.source);
    r.read("samples", s.samples);
    r.read("noise", s.noise);
    r.read("classes", s.classes);
    r.read("features", s.features);
    r.read("path", s.path);
    r.read("labels_path", s.labelsPath);
    r.read("label_column", s.labelColumn);
    r.read("label_task", s.labelTask);
    r.read("sample_limit", s.sampleLimit);
    r.read("remove_duplicates", s.removeDuplicates);
    r.read("missing", s.missing);
    r.read("outliers", s.outliers);
    r.read("outlier_rule", s.outlierRule);
    r.read("normalization", s.normalization);
    r.read("validation_fraction", s.validationFraction);
    r.read("test_fraction", s.testFraction);
    r.read("stratify", s.stratify);
    if (std::optional<Message> problem = dataSpecProblem(s))
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The project file's data section cannot be used: %1"),
                                             MessageArg::message(std::move(*problem))));
    spec = std::move(s);
}

}  // namespace layerlab
