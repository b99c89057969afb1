// prepareData: the textbook's data preparation, in order.
//   1. load or generate (derived features for generators)
//   2. row-local cleaning on the whole set: drop rows with a missing label, remove
//      duplicates, drop rows with missing cells (when missing = "drop")
//   3. split into train / validation / test, stratified, from the seed
//   4. statistics FITTED ON THE TRAINING SPLIT ONLY, applied to every split:
//      imputation of missing cells, outlier bounds (drop or clip), normalisation
// The report says what each step changed, one sentence a step.
#include "data/prepare_data.h"

#include <algorithm>
#include <numeric>

#include "core/error.h"
#include "core/rng.h"
#include "data/data_source.h"
#include "data/idx_loader.h"
#include "data/preprocessing.h"
#include "data/split.h"

namespace layerlab {

namespace {

// Counts with their nouns ("1 sample", "500 samples"), for sentences that hold several
// counts or that vary otherwise: each is one value of the sentence.
MessageArg samples(Index n)
{
    return MessageArg::message(countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 sample"), QT_TRANSLATE_NOOP("Engine", "%1 samples")));
}

MessageArg trainingSamples(Index n)
{
    return MessageArg::message(countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 training sample"), QT_TRANSLATE_NOOP("Engine", "%1 training samples")));
}

MessageArg inputs(Index n)
{
    return MessageArg::message(countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 input"), QT_TRANSLATE_NOOP("Engine", "%1 inputs")));
}

MessageArg classes(Index n)
{
    return MessageArg::message(countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 class"), QT_TRANSLATE_NOOP("Engine", "%1 classes")));
}

MessageArg images(Index n)
{
    return MessageArg::message(countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 image"), QT_TRANSLATE_NOOP("Engine", "%1 images")));
}

MessageArg duplicates(Index n)
{
    return MessageArg::message(countedMessage(n, QT_TRANSLATE_NOOP("Engine", "%1 duplicate"), QT_TRANSLATE_NOOP("Engine", "%1 duplicates")));
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

// Step 2 on one data set: the whole set, or (validation) fashion-mnist's official test set.
void cleanRows(Dataset& data, const DataSpec& spec, bool validation, std::vector<Message>& report)
{
    //: %1 is a count of samples ("3 samples")
    if (const Index n = dropMissingTargets(data))
        report.push_back(engineMessage(validation ? QT_TRANSLATE_NOOP("Engine", "Dropped %1 without a label from the validation set.")
                                                  : QT_TRANSLATE_NOOP("Engine", "Dropped %1 without a label."),
                                       samples(n)));
    if (spec.removeDuplicates) {
        const Index n = removeDuplicateSamples(data);
        //: %1 is a count of duplicates ("12 duplicates")
        report.push_back(engineMessage(validation ? QT_TRANSLATE_NOOP("Engine", "Removed %1 from the validation set.")
                                                  : QT_TRANSLATE_NOOP("Engine", "Removed %1."),
                                       duplicates(n)));
    }
    if (spec.missing == "drop") {
        const std::vector<Index> cells = countMissingInputs(data);
        if (const Index n = dropMissingInputs(data)) {
            //: %1 is a count of samples ("3 samples"), %2 the missing cells per column ("2 cells in 'age', 1 in 'income'")
            report.push_back(engineMessage(
                validation ? QT_TRANSLATE_NOOP("Engine", "Dropped %1 with missing cells from the validation set (%2).")
                           : QT_TRANSLATE_NOOP("Engine", "Dropped %1 with missing cells (%2)."),
                samples(n), MessageArg::message(describeFeatureCounts(cells, data).value_or(Message{}))));
        }
    }
}

Message describeLoaded(const Dataset& data)
{
    const MessageArg name = MessageArg::name(data.name), count = samples(data.sampleCount());
    const MessageArg shape = MessageArg::name(data.inputShape.describe());
    //: %1 is the data set's name, %2 a count of samples, %3 a count of inputs, %4 a count of classes
    if (data.inputShape.isFlat() && data.isClassification())
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "'%1': %2, %3, %4."), name, count, inputs(data.inputs.rows()),
                             classes(data.classCount));
    //: %1 is the data set's name, %2 a count of samples, %3 a count of inputs
    if (data.inputShape.isFlat())
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "'%1': %2, %3, regression."), name, count, inputs(data.inputs.rows()));
    //: %1 is the data set's name, %2 a count of samples, %3 the image size (28x28x1), %4 a count of classes
    if (data.isClassification())
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "'%1': %2, images of %3, %4."), name, count, shape,
                             classes(data.classCount));
    return engineMessage(QT_TRANSLATE_NOOP("Engine", "'%1': %2, images of %3, regression."), name, count, shape);
}

}  // namespace

std::uint64_t dataSplitSeed(std::uint64_t seed) { return streamSeed(seed, kDataSeedStream, 2); }

PreparedData prepareData(const DataSpec& spec, std::uint64_t seed)
{
    if (std::optional<Message> problem = dataSpecProblem(spec))
        throw DataError(std::move(*problem));
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
    if (std::optional<Message> problem = dataSpecProblem(preparation))
        throw DataError(std::move(*problem));

    std::vector<Message> report;
    const bool fashion = officialValidation != nullptr;
    Dataset officialTest;
    if (fashion)
        officialTest = std::move(*officialValidation);
    report.push_back(describeLoaded(all));
    //: %1 is a count of images ("10000 images")
    if (fashion)
        report.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "Validation on %1 of the official test set."),
                                       images(officialTest.sampleCount())));

    // 2. Row-local cleaning (no statistics, so nothing leaks between splits).
    cleanRows(all, spec, false, report);
    if (fashion)
        cleanRows(officialTest, spec, true, report);

    // 3. Split.
    const float validationFraction = fashion ? 0.0f : spec.validationFraction;
    const SplitIndices split = splitSamples(all, validationFraction, spec.testFraction, spec.stratify, dataSplitSeed(seed));
    PreparedData out;
    out.train = selectSamples(all, split.train);
    out.validation = fashion ? std::move(officialTest) : selectSamples(all, split.validation);
    out.test = selectSamples(all, split.test);
    if (out.train.sampleCount() == 0)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "No training samples are left after cleaning and splitting '%1'. Use more data, "
                                        "lower the validation and test fractions, or drop fewer rows."),
            MessageArg::name(all.name)));
    report.push_back(engineMessage(spec.stratify && all.isClassification()
                                       ? QT_TRANSLATE_NOOP("Engine", "Split into %1 training, %2 validation and %3 test "
                                                                     "samples (stratified by class).")
                                       : QT_TRANSLATE_NOOP("Engine", "Split into %1 training, %2 validation and %3 test samples."),
                                   MessageArg::count(out.train.sampleCount()), MessageArg::count(out.validation.sampleCount()),
                                   MessageArg::count(out.test.sampleCount())));
    Dataset* splits[] = {&out.train, &out.validation, &out.test};
    // the statistics below are fitted on the training split: each sentence says on how many
    const MessageArg fitted = trainingSamples(out.train.sampleCount());

    // 4a. Missing cells left: impute with a training statistic.
    if (spec.missing != "drop") {
        std::vector<Index> missing(size_t(out.train.inputs.rows()), 0);
        for (Dataset* d : splits)
            missing = sum(missing, countMissingInputs(*d));
        if (total(missing) > 0) {
            const Imputer imputer = Imputer::fit(out.train, spec.missing);
            for (Dataset* d : splits)
                imputer.apply(*d);
            const MessageArg cells = MessageArg::message(describeFeatureCounts(missing, out.train).value_or(Message{}));
            //: %1 lists the imputed cells per column ("2 cells in 'age', 1 in 'income'"), %2 is a count of training
            //: samples ("400 training samples")
            report.push_back(engineMessage(
                spec.missing == "mean"     ? QT_TRANSLATE_NOOP("Engine", "Imputed %1 with the mean value fitted on the %2 only.")
                : spec.missing == "median" ? QT_TRANSLATE_NOOP("Engine", "Imputed %1 with the median value fitted on the %2 only.")
                                           : QT_TRANSLATE_NOOP("Engine", "Imputed %1 with the most-frequent value fitted on the %2 only."),
                cells, fitted));
        }
    }

    // 4b. Outliers: bounds from the training split, dropped or clipped in every split.
    if (spec.outliers != "keep") {
        const bool zscore = spec.outlierRule == "zscore";
        if (!all.inputShape.isFlat()) {
            report.push_back(engineMessage(
                zscore ? QT_TRANSLATE_NOOP("Engine", "Outliers not checked: the z-score rule |z| > 3 applies to table columns, not image pixels.")
                       : QT_TRANSLATE_NOOP("Engine", "Outliers not checked: the 1.5 IQR rule applies to table columns, not image pixels.")));
        } else {
            const OutlierBounds bounds = OutlierBounds::fit(out.train, spec.outlierRule);
            if (spec.outliers == "drop") {
                Index dropped = 0;
                for (Dataset* d : splits)
                    dropped += bounds.drop(*d);
                //: %1 is a count of samples ("3 samples"), %2 a count of training samples ("400 training samples")
                report.push_back(engineMessage(
                    zscore ? QT_TRANSLATE_NOOP("Engine", "Dropped %1 with outliers by the z-score rule |z| > 3, bounds "
                                                         "fitted on the %2 only.")
                           : QT_TRANSLATE_NOOP("Engine", "Dropped %1 with outliers by the 1.5 IQR rule, bounds fitted on the %2 only."),
                    samples(dropped), fitted));
                if (out.train.sampleCount() == 0)
                    throw DataError(engineMessage(QT_TRANSLATE_NOOP(
                        "Engine", "Dropping outliers left no training samples. Clip the outliers instead, or keep them.")));
            } else {
                std::vector<Index> moved(size_t(out.train.inputs.rows()), 0);
                for (Dataset* d : splits)
                    moved = sum(moved, bounds.clip(*d));
                const std::optional<Message> cells = describeFeatureCounts(moved, out.train);
                //: %1 is a count of training samples ("400 training samples")
                if (!cells)
                    report.push_back(engineMessage(
                        zscore ? QT_TRANSLATE_NOOP("Engine", "Clipped no cells by the z-score rule |z| > 3, bounds fitted on the %1 only.")
                               : QT_TRANSLATE_NOOP("Engine", "Clipped no cells by the 1.5 IQR rule, bounds fitted on the %1 only."),
                        fitted));
                //: %1 lists the clipped cells per column ("2 cells in 'age', 1 in 'income'"), %2 is a count of training
                //: samples ("400 training samples")
                else
                    report.push_back(engineMessage(
                        zscore ? QT_TRANSLATE_NOOP("Engine", "Clipped %1 by the z-score rule |z| > 3, bounds fitted on the %2 only.")
                               : QT_TRANSLATE_NOOP("Engine", "Clipped %1 by the 1.5 IQR rule, bounds fitted on the %2 only."),
                        MessageArg::message(*cells), fitted));
            }
        }
    }

    // 4c. Normalisation, fitted on training inputs only.
    if (spec.normalization != "none" && !all.inputShape.isFlat()) {
        report.push_back(engineMessage(QT_TRANSLATE_NOOP("Engine", "No normalisation: image pixels are already scaled to [0, 1].")));
    } else if (spec.normalization != "none") {
        out.normalizer = Normalizer::fit(out.train, spec.normalization);
        for (Dataset* d : splits)
            out.normalizer.apply(*d);
        //: %1 is a count of training samples ("400 training samples")
        report.push_back(engineMessage(
            spec.normalization == "zscore"
                ? QT_TRANSLATE_NOOP("Engine", "Z-score normalisation fitted on the %1 only, applied to all splits.")
                : QT_TRANSLATE_NOOP("Engine", "Min-max normalisation fitted on the %1 only, applied to all splits."),
            fitted));
    }

    out.report = std::move(report);
    return out;
}

}  // namespace layerlab
