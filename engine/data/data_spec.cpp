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

std::string choice(const std::string& what, const std::string& value, const std::string& allowed)
{
    return what + " must be one of " + allowed + ", not '" + value + "'. Choose one of these.";
}

}  // namespace

std::string dataSpecProblem(const DataSpec& s)
{
    const GeneratorInfo* generator = findGenerator(s.source);
    if (!generator && !oneOf(s.source, {"fashion-mnist", "csv", "idx"})) {
        std::string names;
        for (const GeneratorInfo& g : dataGenerators())
            names += g.name + ", ";
        return "The data source '" + s.source + "' is unknown. Choose one of: " + names + "fashion-mnist, csv or idx.";
    }
    if (generator) {
        if (s.samples < kMinGeneratorSamples || s.samples > kMaxGeneratorSamples)
            return "The sample count " + std::to_string(s.samples) + " is out of range. Choose between "
                   + std::to_string(kMinGeneratorSamples) + " and " + std::to_string(kMaxGeneratorSamples) + ".";
        if (!(s.noise >= 0.0f && s.noise <= kMaxGeneratorNoise))
            return "The noise must be between 0 and " + std::to_string(int(kMaxGeneratorNoise))
                   + " (inputs span about -1 to 1). Choose a value such as 0.1.";
        if (generator->multiClass && (s.classes < kMinGeneratorClasses || s.classes > kMaxGeneratorClasses))
            return "The '" + s.source + "' data set has 3 to 5 classes, not " + std::to_string(s.classes)
                   + ". Set the class count to 3, 4 or 5.";
        const auto& known = derivedFeatureNames();
        for (const std::string& f : s.features)
            if (std::find(known.begin(), known.end(), f) == known.end())
                return "'" + f + "' is not a derived feature. Choose from x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2).";
    } else if (!s.features.empty()) {
        return "Derived features (x1^2, sin(x1), ...) exist only for the built-in two-input data sets, not for '"
               + s.source + "'. Clear the feature list.";
    }
    if (s.source == "csv" && s.path.empty())
        return "No CSV file is chosen. Choose the .csv file to load.";
    if (s.source == "idx" && (s.path.empty() || s.labelsPath.empty()))
        return "An IDX data set needs both an images file and a labels file. Choose both files.";
    if (!oneOf(s.labelTask, {"auto", "classification", "regression"}))
        return choice("The CSV task", s.labelTask, "auto, classification, regression");
    if (s.sampleLimit < 0)
        return "The sample limit cannot be negative. Use 0 for all images, or a positive count.";
    if (!oneOf(s.missing, {"drop", "mean", "median", "most-frequent"}))
        return choice("The missing-value rule", s.missing, "drop, mean, median, most-frequent");
    if (!oneOf(s.outliers, {"keep", "drop", "clip"}))
        return choice("The outlier treatment", s.outliers, "keep, drop, clip");
    if (!oneOf(s.outlierRule, {"zscore", "iqr"}))
        return choice("The outlier rule", s.outlierRule, "zscore, iqr");
    if (!oneOf(s.normalization, {"none", "minmax", "zscore"}))
        return choice("The normalisation", s.normalization, "none, minmax, zscore");
    if (!(s.validationFraction >= 0.0f && s.validationFraction < 1.0f))
        return "The validation fraction must be at least 0 and below 1. Choose for example 0.2.";
    if (!(s.testFraction >= 0.0f && s.testFraction < 1.0f))
        return "The test fraction must be at least 0 and below 1. Choose for example 0.1, or 0 for no test set.";
    if (!(s.validationFraction + s.testFraction < 1.0f))
        return "The validation and test fractions together must stay below 1, so that samples are left for training. "
               "Lower one of them.";
    return {};
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
                fail(key, "must be text in quotes", *v);
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
                fail(key, "must be a whole number", *v);
        }
    }
    void read(const char* key, float& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_number())
                fail(key, "must be a number", *v);
            const double d = v->get<double>();
            if (!std::isfinite(d) || std::abs(d) > double(std::numeric_limits<float>::max()))
                fail(key, "must be a finite number", *v);
            out = float(d);
        }
    }
    void read(const char* key, bool& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_boolean())
                fail(key, "must be true or false", *v);
            out = v->get<bool>();
        }
    }
    void read(const char* key, std::vector<std::string>& out) const
    {
        if (const auto* v = find(key)) {
            if (!v->is_array() || !std::all_of(v->begin(), v->end(), [](const nlohmann::json& e) { return e.is_string(); }))
                fail(key, "must be a list of texts such as [\"x1\", \"x1^2\"]", *v);
            out = v->get<std::vector<std::string>>();
        }
    }

private:
    const nlohmann::json* find(const char* key) const
    {
        const auto it = j_.find(key);
        return it == j_.end() ? nullptr : &*it;
    }
    [[noreturn]] static void fail(const char* key, const std::string& rule, const nlohmann::json& v)
    {
        std::string shown = v.dump();
        if (shown.size() > 40)
            shown = shown.substr(0, 37) + "...";
        throw ProjectFileError(std::string("The project file's data field '") + key + "' " + rule + ", but it is " + shown
                               + ". Correct it in the file, or choose the data again in LayerLab and save.");
    }

    const nlohmann::json& j_;
};

}  // namespace

void from_json(const nlohmann::json& j, DataSpec& spec)
{
    if (!j.is_object())
        throw ProjectFileError("The project file's data section must be an object ({\"source\": ...}), but it is "
                               + std::string(j.type_name()) + ". Correct it in the file, or choose the data again in LayerLab and save.");
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
    if (const std::string problem = dataSpecProblem(s); !problem.empty())
        throw ProjectFileError("The project file's data section cannot be used: " + problem);
    spec = std::move(s);
}

}  // namespace layerlab
