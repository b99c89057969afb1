// prepareData: the textbook's data preparation, in order.
//   1. load or generate (derived features for generators)
//   2. row-local cleaning on the whole set: drop rows with a missing label, remove
//      duplicates, drop rows with missing cells (when missing = "drop")
//   3. split into train / validation / test, stratified, from the seed
//   4. statistics FITTED ON THE TRAINING SPLIT ONLY, applied to every split:
//      imputation of missing cells, outlier bounds (drop or clip), normalisation
// The report says what each step changed, in words.
#include "data/prepare_data.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "core/error.h"
#include "core/rng.h"
#include "data/data_source.h"
#include "data/idx_loader.h"
#include "data/preprocessing.h"
#include "data/split.h"

namespace layerlab {

namespace {

std::string count(Index n, const std::string& word, const std::string& words)
{
    return std::to_string(n) + " " + (n == 1 ? word : words);
}

// Official 6:1 training-to-test ratio, at least 100 and at most the 10000 test images.
std::int64_t fashionValidationCount(int sampleLimit)
{
    if (sampleLimit <= 0)
        return 10000;
    return std::clamp<std::int64_t>((std::int64_t(sampleLimit) + 5) / 6, 100, 10000);
}

std::vector<Index> sum(std::vector<Index> a, const std::vector<Index>& b)
{
    for (size_t i = 0; i < a.size() && i < b.size(); ++i)
        a[i] += b[i];
    return a;
}

Index total(const std::vector<Index>& v) { return std::accumulate(v.begin(), v.end(), Index(0)); }

std::string sentence(std::string s)
{
    if (!s.empty())
        s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s + ".";
}

// Step 2 on one data set; `where` is "" or " from the validation set".
void cleanRows(Dataset& data, const DataSpec& spec, const std::string& where, std::vector<std::string>& report)
{
    if (const Index n = dropMissingTargets(data))
        report.push_back(sentence("dropped " + count(n, "sample", "samples") + " without a label" + where));
    if (spec.removeDuplicates) {
        const Index n = removeDuplicateSamples(data);
        report.push_back(sentence("removed " + count(n, "duplicate", "duplicates") + where));
    }
    if (spec.missing == "drop") {
        const std::vector<Index> cells = countMissingInputs(data);
        if (const Index n = dropMissingInputs(data))
            report.push_back(sentence("dropped " + count(n, "sample", "samples") + " with missing cells" + where + " ("
                                      + describeFeatureCounts(cells, data, "cell") + ")"));
    }
}

std::string describeLoaded(const Dataset& data)
{
    std::string text = "'" + data.name + "': " + count(data.sampleCount(), "sample", "samples") + ", ";
    text += data.inputShape.isFlat() ? count(data.inputs.rows(), "input", "inputs")
                                     : "images of " + data.inputShape.describe();
    if (data.isClassification())
        text += ", " + count(data.classCount, "class", "classes");
    else
        text += ", regression";
    return text + ".";
}

}  // namespace

std::uint64_t dataSplitSeed(std::uint64_t seed) { return streamSeed(seed, kDataSeedStream, 2); }

PreparedData prepareData(const DataSpec& spec, std::uint64_t seed)
{
    if (const std::string problem = dataSpecProblem(spec); !problem.empty())
        throw DataError(problem);
    Dataset all = loadDataSource(spec, seed);
    if (spec.source != "fashion-mnist")
        return prepareLoadedData(std::move(all), spec, seed);
    Dataset officialTest = loadFashionMnist(false, fashionValidationCount(spec.sampleLimit));
    return prepareLoadedData(std::move(all), spec, seed, &officialTest);
}

PreparedData prepareLoadedData(Dataset all, const DataSpec& spec, std::uint64_t seed, Dataset* officialValidation)
{
    DataSpec preparation;  // the preparation fields alone, checked without the source's
    preparation.removeDuplicates = spec.removeDuplicates;
    preparation.missing = spec.missing;
    preparation.outliers = spec.outliers;
    preparation.outlierRule = spec.outlierRule;
    preparation.normalization = spec.normalization;
    preparation.validationFraction = spec.validationFraction;
    preparation.testFraction = spec.testFraction;
    if (const std::string problem = dataSpecProblem(preparation); !problem.empty())
        throw DataError(problem);

    std::vector<std::string> report;
    const bool fashion = officialValidation != nullptr;
    Dataset officialTest;
    if (fashion)
        officialTest = std::move(*officialValidation);
    report.push_back(describeLoaded(all));
    if (fashion)
        report.push_back("Validation on " + count(officialTest.sampleCount(), "image", "images") + " of the official test set.");

    // 2. Row-local cleaning (no statistics, so nothing leaks between splits).
    cleanRows(all, spec, "", report);
    if (fashion)
        cleanRows(officialTest, spec, " from the validation set", report);

    // 3. Split.
    const float validationFraction = fashion ? 0.0f : spec.validationFraction;
    const SplitIndices split = splitSamples(all, validationFraction, spec.testFraction, spec.stratify, dataSplitSeed(seed));
    PreparedData out;
    out.train = selectSamples(all, split.train);
    out.validation = fashion ? std::move(officialTest) : selectSamples(all, split.validation);
    out.test = selectSamples(all, split.test);
    if (out.train.sampleCount() == 0)
        throw DataError("No training samples are left after cleaning and splitting '" + all.name
                        + "'. Use more data, lower the validation and test fractions, or drop fewer rows.");
    report.push_back("Split into " + std::to_string(out.train.sampleCount()) + " training, "
                     + std::to_string(out.validation.sampleCount()) + " validation and "
                     + std::to_string(out.test.sampleCount()) + " test samples"
                     + (spec.stratify && all.isClassification() ? " (stratified by class)." : "."));
    Dataset* splits[] = {&out.train, &out.validation, &out.test};
    const std::string fitted = " fitted on the " + count(out.train.sampleCount(), "training sample", "training samples") + " only";

    // 4a. Missing cells left: impute with a training statistic.
    if (spec.missing != "drop") {
        std::vector<Index> missing(size_t(out.train.inputs.rows()), 0);
        for (Dataset* d : splits)
            missing = sum(missing, countMissingInputs(*d));
        if (total(missing) > 0) {
            const Imputer imputer = Imputer::fit(out.train, spec.missing);
            for (Dataset* d : splits)
                imputer.apply(*d);
            report.push_back(sentence("imputed " + describeFeatureCounts(missing, out.train, "cell") + " with the "
                                      + spec.missing + " value" + fitted));
        }
    }

    // 4b. Outliers: bounds from the training split, dropped or clipped in every split.
    if (spec.outliers != "keep") {
        const std::string rule = spec.outlierRule == "zscore" ? "z-score rule |z| > 3" : "1.5 IQR rule";
        if (!all.inputShape.isFlat()) {
            report.push_back("Outliers not checked: the " + rule + " applies to table columns, not image pixels.");
        } else {
            const OutlierBounds bounds = OutlierBounds::fit(out.train, spec.outlierRule);
            if (spec.outliers == "drop") {
                Index dropped = 0;
                for (Dataset* d : splits)
                    dropped += bounds.drop(*d);
                report.push_back(sentence("dropped " + count(dropped, "sample", "samples") + " with outliers by the " + rule
                                          + ", bounds" + fitted));
                if (out.train.sampleCount() == 0)
                    throw DataError("Dropping outliers left no training samples. Clip the outliers instead, or keep them.");
            } else {
                std::vector<Index> moved(size_t(out.train.inputs.rows()), 0);
                for (Dataset* d : splits)
                    moved = sum(moved, bounds.clip(*d));
                const std::string cells = describeFeatureCounts(moved, out.train, "cell");
                report.push_back(sentence((cells.empty() ? std::string("clipped no cells") : "clipped " + cells) + " by the " + rule
                                          + ", bounds" + fitted));
            }
        }
    }

    // 4c. Normalisation, fitted on training inputs only.
    if (spec.normalization != "none" && !all.inputShape.isFlat()) {
        report.push_back("No normalisation: image pixels are already scaled to [0, 1].");
    } else if (spec.normalization != "none") {
        out.normalizer = Normalizer::fit(out.train, spec.normalization);
        for (Dataset* d : splits)
            out.normalizer.apply(*d);
        report.push_back(std::string(spec.normalization == "zscore" ? "Z-score" : "Min-max") + " normalisation" + fitted
                         + ", applied to all splits.");
    }

    out.report.clear();
    for (const std::string& line : report)
        out.report += (out.report.empty() ? "" : " ") + line;
    return out;
}

}  // namespace layerlab
