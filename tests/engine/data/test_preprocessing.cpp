// Cleaning, splitting and normalising: exact counts on a crafted table, stratified and
// reproducible splits, and proof that no statistic of validation or test data reaches the
// training split.
#include <QtTest>

#include <cmath>
#include <set>

#include "data/normalization.h"
#include "data/prepare_data.h"
#include "data/preprocessing.h"
#include "data/split.h"
#include "data_test_support.h"

using namespace layerlab;

namespace {

constexpr float NaN = std::numeric_limits<float>::quiet_NaN();

// 22 rows of (age, income) -> label, built so that every count is known:
//   age    = 20 + i for i = 0..19; missing in rows 1 and 2
//   income = 48 + i mod 5 (48..52); missing in row 4; 1000 in row 10 (the one outlier)
//   rows 20 and 21 repeat rows 3 and 7 (the two duplicates)
Dataset craftedTable()
{
    Dataset d;
    d.name = "crafted";
    d.task = Task::Classification;
    d.classCount = 2;
    d.inputShape = Shape::flat(2);
    d.featureNames = {"age", "income"};
    d.inputs.resize(2, 22);
    d.targets.resize(1, 22);
    for (Index i = 0; i < 20; ++i) {
        d.inputs(0, i) = float(20 + i);
        d.inputs(1, i) = float(48 + i % 5);
        d.targets(0, i) = float(i % 2);
    }
    d.inputs(0, 1) = NaN;
    d.inputs(0, 2) = NaN;
    d.inputs(1, 4) = NaN;
    d.inputs(1, 10) = 1000.0f;
    d.inputs.col(20) = d.inputs.col(3);
    d.targets(0, 20) = d.targets(0, 3);
    d.inputs.col(21) = d.inputs.col(7);
    d.targets(0, 21) = d.targets(0, 7);
    return d;
}

// `n` samples of two features, classes in the given proportions (class after class).
Dataset classData(const std::vector<int>& classSizes)
{
    Dataset d;
    d.task = Task::Classification;
    d.classCount = int(classSizes.size());
    int n = 0;
    for (int s : classSizes)
        n += s;
    d.inputShape = Shape::flat(2);
    d.featureNames = {"x", "y"};
    d.inputs.resize(2, n);
    d.targets.resize(1, n);
    Index j = 0;
    for (size_t k = 0; k < classSizes.size(); ++k)
        for (int i = 0; i < classSizes[k]; ++i, ++j) {
            d.inputs(0, j) = float((j * 37) % 101) / 100.0f;  // spread over [0, 1]
            d.inputs(1, j) = float((j * 53) % 89) / 10.0f;
            d.targets(0, j) = float(k);
        }
    return d;
}

std::vector<int> classCounts(const Dataset& data)
{
    std::vector<int> counts(size_t(data.classCount), 0);
    for (Index j = 0; j < data.sampleCount(); ++j)
        ++counts[size_t(data.targets(0, j))];
    return counts;
}

struct MeanSd {
    double mean, sd;
};

MeanSd meanSd(const std::vector<double>& v)
{
    double sum = 0.0, sq = 0.0;
    for (double x : v)
        sum += x;
    const double mean = sum / double(v.size());
    for (double x : v)
        sq += (x - mean) * (x - mean);
    return {mean, std::sqrt(sq / double(v.size()))};
}

bool close(double a, double b, double rel = 1e-5) { return std::abs(a - b) <= rel * std::max(1.0, std::abs(b)); }

}  // namespace

class TestPreprocessing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void duplicatesExact();
    void missingExact();
    void imputersExact();
    void outliersExact_data();
    void outliersExact();
    void binaryColumnsNotChecked();
    void reportSaysWhatChanged();
    void nothingLeaksFromValidationOrTest_data();
    void nothingLeaksFromValidationOrTest();
    void normalizerFormulas();
    void stratifiedSplitKeepsProportions();
    void unstratifiedSplitSizes();
    void splitReproducibleFromSeed();
    void splitRefusesBadFractions();
    void emptyTrainingSplitRefused();
};

void TestPreprocessing::duplicatesExact()
{
    Dataset d = craftedTable();
    QCOMPARE(removeDuplicateSamples(d), Index(2));
    QCOMPARE(d.sampleCount(), Index(20));
    QCOMPARE(removeDuplicateSamples(d), Index(0));
    // Rows with NaN in the same cell are duplicates too (bit for bit equal).
    Dataset e = craftedTable();
    e.inputs.col(20) = e.inputs.col(1);  // a copy of a row whose age is missing
    e.targets(0, 20) = e.targets(0, 1);
    QCOMPARE(removeDuplicateSamples(e), Index(2));
    // Same inputs but another label: not a duplicate.
    Dataset f = craftedTable();
    f.targets(0, 20) = 1.0f - f.targets(0, 20);
    QCOMPARE(removeDuplicateSamples(f), Index(1));
}

void TestPreprocessing::missingExact()
{
    Dataset d = craftedTable();
    removeDuplicateSamples(d);
    QCOMPARE(countMissingInputs(d), (std::vector<Index>{2, 1}));
    QCOMPARE(dropMissingInputs(d), Index(3));
    QCOMPARE(d.sampleCount(), Index(17));
    QCOMPARE(countMissingInputs(d), (std::vector<Index>{0, 0}));

    Dataset t = craftedTable();
    t.targets(0, 5) = NaN;
    QCOMPARE(dropMissingTargets(t), Index(1));
    QCOMPARE(t.sampleCount(), Index(21));
}

void TestPreprocessing::imputersExact()
{
    Dataset base = craftedTable();
    removeDuplicateSamples(base);

    // mean of age over ages 20..39 without 21 and 22: (590 - 43) / 18
    Dataset d = base;
    const Imputer mean = Imputer::fit(d, "mean");
    QVERIFY(close(mean.values(0), 547.0 / 18.0));
    QCOMPARE(mean.apply(d), (std::vector<Index>{2, 1}));
    QCOMPARE(d.inputs(0, 1), mean.values(0));
    QCOMPARE(d.inputs(1, 4), mean.values(1));
    QCOMPARE(countMissingInputs(d), (std::vector<Index>{0, 0}));

    // median of the 18 ages 20, 23, 24, ..., 39: between the 9th (30) and 10th (31)
    const Imputer median = Imputer::fit(base, "median");
    QCOMPARE(median.values(0), 30.5f);

    // most frequent income: 49, 50 and 51 occur 4 times (48 and 52 lost one each to the
    // outlier and the missing cell); ties go to the smallest
    const Imputer frequent = Imputer::fit(base, "most-frequent");
    QCOMPARE(frequent.values(1), 49.0f);

    QVERIFY(test::errorMessage([&] { Imputer::fit(base, "mode"); }).contains("mean, median or most-frequent"));
}

void TestPreprocessing::outliersExact_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("zscore") << "zscore";
    QTest::newRow("iqr") << "iqr";
}

void TestPreprocessing::outliersExact()
{
    QFETCH(QString, rule);
    Dataset d = craftedTable();
    removeDuplicateSamples(d);
    dropMissingInputs(d);  // 17 rows; income 1000 is the only outlier by either rule
    const OutlierBounds bounds = OutlierBounds::fit(d, rule.toStdString());
    QCOMPARE(bounds.count(d), (std::vector<Index>{0, 1}));

    Dataset dropped = d;
    QCOMPARE(bounds.drop(dropped), Index(1));
    QCOMPARE(dropped.sampleCount(), Index(16));
    QVERIFY(dropped.inputs.row(1).maxCoeff() <= 52.0f);

    Dataset clipped = d;
    QCOMPARE(clipped.sampleCount(), Index(17));
    QCOMPARE(bounds.clip(clipped), (std::vector<Index>{0, 1}));
    QCOMPARE(clipped.inputs.row(1).maxCoeff(), bounds.high(1));
    QVERIFY(bounds.high(1) < 1000.0f);
    QCOMPARE(bounds.count(clipped), (std::vector<Index>{0, 0}));
}

void TestPreprocessing::binaryColumnsNotChecked()
{
    // A one-hot column that is 1 in one row of 50 has |z| = 7 there, but it is no outlier.
    Dataset d = classData({25, 25});
    d.inputs.row(1).setZero();
    d.inputs(1, 7) = 1.0f;
    const OutlierBounds bounds = OutlierBounds::fit(d, "zscore");
    QVERIFY(bounds.checked[0]);
    QVERIFY(!bounds.checked[1]);
    QCOMPARE(bounds.count(d)[1], Index(0));
}

void TestPreprocessing::reportSaysWhatChanged()
{
    DataSpec spec;
    spec.removeDuplicates = true;
    spec.missing = "mean";
    spec.outliers = "clip";
    spec.normalization = "zscore";
    spec.validationFraction = 0.0f;
    const PreparedData p = prepareLoadedData(craftedTable(), spec, 1);
    const QString report = test::englishJoined(p.report, " ");
    QVERIFY2(report.contains("Removed 2 duplicates."), qPrintable(report));
    QVERIFY2(report.contains("Imputed 2 cells in 'age', 1 in 'income' with the mean value fitted on the 20 training samples only."),
             qPrintable(report));
    QVERIFY2(report.contains("Clipped 1 cell in 'income' by the z-score rule |z| > 3"), qPrintable(report));
    QVERIFY2(report.contains("Z-score normalisation fitted on the 20 training samples only"), qPrintable(report));
    QCOMPARE(p.train.sampleCount(), Index(20));

    spec.missing = "drop";
    spec.outliers = "drop";
    spec.outlierRule = "iqr";
    const PreparedData q = prepareLoadedData(craftedTable(), spec, 1);
    const QString report2 = test::englishJoined(q.report, " ");
    QVERIFY2(report2.contains("Dropped 3 samples with missing cells (2 cells in 'age', 1 in 'income')."), qPrintable(report2));
    QVERIFY2(report2.contains("Dropped 1 sample with outliers by the 1.5 IQR rule"), qPrintable(report2));
    QCOMPARE(q.train.sampleCount(), Index(16));
}

void TestPreprocessing::nothingLeaksFromValidationOrTest_data()
{
    QTest::addColumn<QString>("normalization");
    QTest::addColumn<QString>("outliers");
    QTest::newRow("zscore") << "zscore" << "keep";
    QTest::newRow("minmax") << "minmax" << "keep";
    QTest::newRow("zscore, outliers clipped") << "zscore" << "clip";
}

// Huge values sit only in validation and test rows, missing cells only in training rows.
// The imputed value, the outlier bounds and the normaliser must equal what the training rows
// alone give, and the held-out rows must come out huge (never squeezed in by their own stats).
void TestPreprocessing::nothingLeaksFromValidationOrTest()
{
    QFETCH(QString, normalization);
    QFETCH(QString, outliers);
    const std::uint64_t seed = 77;
    DataSpec spec;
    spec.validationFraction = 0.2f;
    spec.testFraction = 0.2f;
    spec.missing = "mean";
    spec.outliers = outliers.toStdString();
    spec.normalization = normalization.toStdString();

    Dataset data = classData({120, 80});
    // The split depends on the seed and the labels only, so we know it in advance.
    const SplitIndices split = splitSamples(data, spec.validationFraction, spec.testFraction, true, dataSplitSeed(seed));
    for (const std::vector<Index>* heldOut : {&split.validation, &split.test})
        for (Index j : *heldOut) {
            data.inputs(0, j) = 1.0e6f + float(j);
            data.inputs(1, j) = -1.0e6f;
        }
    for (size_t k = 0; k < split.train.size(); k += 10)
        data.inputs(1, split.train[k]) = NaN;

    // What the training rows alone say.
    std::vector<double> x, yPresent;
    for (Index j : split.train) {
        x.push_back(data.inputs(0, j));
        if (!std::isnan(data.inputs(1, j)))
            yPresent.push_back(data.inputs(1, j));
    }
    const double yMean = meanSd(yPresent).mean;
    std::vector<double> y;  // after imputation with the training mean
    for (Index j : split.train)
        y.push_back(std::isnan(data.inputs(1, j)) ? float(yMean) : data.inputs(1, j));

    const PreparedData p = prepareLoadedData(data, spec, seed);
    QCOMPARE(p.train.sampleCount(), Index(split.train.size()));
    QCOMPARE(p.validation.sampleCount(), Index(split.validation.size()));
    QCOMPARE(p.test.sampleCount(), Index(split.test.size()));
    QCOMPARE(p.normalizer.fittedSamples, Index(split.train.size()));

    for (int f = 0; f < 2; ++f) {
        const std::vector<double>& v = f == 0 ? x : y;
        double expectedOffset, expectedScale;
        if (normalization == "zscore") {
            expectedOffset = meanSd(v).mean;
            expectedScale = meanSd(v).sd;
        } else {
            expectedOffset = *std::min_element(v.begin(), v.end());
            expectedScale = *std::max_element(v.begin(), v.end()) - expectedOffset;
        }
        QVERIFY2(close(p.normalizer.offset(f), expectedOffset) && close(p.normalizer.scale(f), expectedScale, 1e-4),
                 qPrintable(QString("feature %1: offset %2 (train alone: %3), scale %4 (train alone: %5)")
                                .arg(f).arg(p.normalizer.offset(f)).arg(expectedOffset).arg(p.normalizer.scale(f)).arg(expectedScale)));
    }
    // Training inputs are small after normalising; held-out ones stay far out (or, clipped
    // to bounds fitted on training rows, land exactly on those bounds: |z| = 3).
    QVERIFY(p.train.inputs.allFinite());
    QVERIFY2(p.train.inputs.cwiseAbs().maxCoeff() < 5.0f, qPrintable(QString::number(p.train.inputs.cwiseAbs().maxCoeff())));
    for (const Dataset* heldOut : {&p.validation, &p.test}) {
        if (outliers == "clip") {
            QVERIFY(std::abs(heldOut->inputs.row(0).minCoeff() - 3.0f) < 1e-3f);
            QVERIFY(std::abs(heldOut->inputs.row(1).maxCoeff() + 3.0f) < 1e-3f);
        } else {
            QVERIFY(heldOut->inputs.row(0).minCoeff() > 1000.0f);
            QVERIFY(heldOut->inputs.row(1).maxCoeff() < -1000.0f);
        }
    }
}

void TestPreprocessing::normalizerFormulas()
{
    Dataset d;
    d.inputShape = Shape::flat(3);
    d.inputs.resize(3, 4);
    d.inputs << 1, 2, 3, 4,   // min 1, max 4, mean 2.5, std sqrt(1.25)
        5, 5, 5, 5,           // no spread: scale 1
        0, NaN, 10, 20;       // NaN ignored: min 0, max 20, mean 10, std sqrt(200/3)
    const Normalizer minmax = Normalizer::fit(d, "minmax");
    QCOMPARE(minmax.offset, Vector((Vector(3) << 1, 5, 0).finished()));
    QCOMPARE(minmax.scale, Vector((Vector(3) << 3, 1, 20).finished()));
    const Normalizer z = Normalizer::fit(d, "zscore");
    QVERIFY(close(z.offset(0), 2.5) && close(z.scale(0), std::sqrt(1.25)));
    QVERIFY(close(z.offset(1), 5.0) && close(z.scale(1), 1.0));
    QVERIFY(close(z.offset(2), 10.0) && close(z.scale(2), std::sqrt(200.0 / 3.0)));
    Matrix m = d.inputs;
    minmax.apply(m);
    QCOMPARE(m(0, 3), 1.0f);
    QCOMPARE(m(1, 0), 0.0f);
    QCOMPARE(m(2, 2), 0.5f);
    QVERIFY(std::isnan(m(2, 1)));
    QVERIFY(!Normalizer::fit(d, "none").active());
    QVERIFY(test::errorMessage([&] { Normalizer::fit(d, "l2"); }).contains("none, minmax or zscore"));
}

void TestPreprocessing::stratifiedSplitKeepsProportions()
{
    const Dataset d = classData({600, 300, 100});
    const SplitIndices s = splitSamples(d, 0.2f, 0.1f, true, 5);
    QCOMPARE(classCounts(selectSamples(d, s.validation)), (std::vector<int>{120, 60, 20}));
    QCOMPARE(classCounts(selectSamples(d, s.test)), (std::vector<int>{60, 30, 10}));
    QCOMPARE(classCounts(selectSamples(d, s.train)), (std::vector<int>{420, 210, 70}));
    // The classes are mixed within each split, not left class after class.
    int changes = 0;
    for (size_t k = 1; k < s.train.size(); ++k)
        changes += d.targets(0, s.train[k]) != d.targets(0, s.train[k - 1]);
    QVERIFY(changes > 100);
}

void TestPreprocessing::unstratifiedSplitSizes()
{
    Dataset d = classData({500, 500});
    d.task = Task::Regression;
    const SplitIndices s = splitSamples(d, 0.25f, 0.15f, true, 5);  // stratify ignored for regression
    QCOMPARE(s.validation.size(), size_t(250));
    QCOMPARE(s.test.size(), size_t(150));
    QCOMPARE(s.train.size(), size_t(600));
}

void TestPreprocessing::splitReproducibleFromSeed()
{
    const Dataset d = classData({70, 30});
    const SplitIndices a = splitSamples(d, 0.2f, 0.1f, true, 11);
    const SplitIndices b = splitSamples(d, 0.2f, 0.1f, true, 11);
    const SplitIndices c = splitSamples(d, 0.2f, 0.1f, true, 12);
    QCOMPARE(a.train, b.train);
    QCOMPARE(a.validation, b.validation);
    QCOMPARE(a.test, b.test);
    QVERIFY(a.validation != c.validation);
    // A partition: every sample in exactly one split.
    std::set<Index> all;
    for (const auto* part : {&a.train, &a.validation, &a.test})
        for (Index j : *part)
            QVERIFY(all.insert(j).second);
    QCOMPARE(all.size(), size_t(100));

    // The whole pipeline too.
    DataSpec spec;
    spec.normalization = "zscore";
    const PreparedData p = prepareData(spec, 3), q = prepareData(spec, 3), r = prepareData(spec, 4);
    QVERIFY(p.train.inputs == q.train.inputs && p.validation.targets == q.validation.targets);
    QVERIFY(p.train.inputs != r.train.inputs);
}

void TestPreprocessing::splitRefusesBadFractions()
{
    const Dataset d = classData({10, 10});
    QVERIFY(test::errorMessage([&] { splitSamples(d, 0.6f, 0.5f, true, 1); }).contains("their sum below 1"));
    QVERIFY(test::errorMessage([&] { splitSamples(d, -0.1f, 0.0f, true, 1); }).contains("between 0 and 1"));
}

void TestPreprocessing::emptyTrainingSplitRefused()
{
    DataSpec spec;
    spec.missing = "drop";
    Dataset d = classData({2, 2});
    d.inputs.row(0).setConstant(NaN);
    const QString message = test::errorMessage([&] { prepareLoadedData(d, spec, 1); });
    QVERIFY2(message.contains("No training samples are left"), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestPreprocessing)
#include "test_preprocessing.moc"
