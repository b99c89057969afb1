// The built-in data sets: reproducible from the seed, the right shapes and labels, and
// the geometry each one promises (checked with noise 0).
#include <QtTest>

#include <cmath>

#include <Eigen/QR>

#include "data/features.h"
#include "data/generators.h"
#include "data_test_support.h"

using namespace layerlab;

class TestGenerators : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyGenerator_data();
    void everyGenerator();
    void multiClassCounts_data();
    void multiClassCounts();
    void pinnedValues();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void xorLabelsFollowQuadrants();
    void circleLabelsFollowRadius();
    void checkerboardLabelsFollowSquares();
    void linear2IsTheTextbookPlane();
    void linear2RecoveredByLeastSquares();
    void derivedFeatures();
    void derivedFeaturesRefused_data();
    void derivedFeaturesRefused();
};

void TestGenerators::everyGenerator_data()
{
    QTest::addColumn<QString>("name");
    for (const GeneratorInfo& g : dataGenerators())
        QTest::newRow(g.name.c_str()) << QString::fromStdString(g.name);
}

void TestGenerators::everyGenerator()
{
    QFETCH(QString, name);
    const GeneratorInfo* info = findGenerator(name.toStdString());
    QVERIFY(info);
    QVERIFY(!info->description.empty());
    const int samples = 301;  // odd: classes cannot all be equal
    const Dataset a = generateDataset(info->name, samples, 0.1f, 4, 42);
    const Dataset b = generateDataset(info->name, samples, 0.1f, 4, 42);
    const Dataset c = generateDataset(info->name, samples, 0.1f, 4, 43);

    // Reproducible bit for bit from the seed; another seed gives other data.
    QVERIFY(a.inputs == b.inputs);
    QVERIFY(a.targets == b.targets);
    QVERIFY(a.inputs != c.inputs);

    QCOMPARE(a.name, info->name);
    QCOMPARE(a.task, info->task);
    QCOMPARE(a.inputShape, Shape::flat(info->inputs));
    QCOMPARE(a.inputs.rows(), Index(info->inputs));
    QCOMPARE(a.inputs.cols(), Index(samples));
    QCOMPARE(a.targets.rows(), Index(1));
    QCOMPARE(a.targets.cols(), Index(samples));
    QCOMPARE(a.featureNames.size(), size_t(info->inputs));
    QVERIFY(a.inputs.allFinite());
    QVERIFY(a.targets.allFinite());
    // Inputs span about [-1, 1]; noise 0.1 adds a few tenths at most.
    QVERIFY2(a.inputs.cwiseAbs().maxCoeff() < 2.0f, qPrintable(QString::number(a.inputs.cwiseAbs().maxCoeff())));

    if (info->task == Task::Classification) {
        const int classes = info->multiClass ? 4 : 2;
        QCOMPARE(a.classCount, classes);
        QCOMPARE(a.classNames.size(), size_t(classes));
        std::vector<int> counts(size_t(classes), 0);
        for (Index j = 0; j < samples; ++j) {
            const float t = a.targets(0, j);
            QVERIFY2(t == std::floor(t) && t >= 0 && t < classes, qPrintable(QString::number(t)));
            ++counts[size_t(t)];
        }
        // As even as possible: sizes differ by at most one.
        QVERIFY(*std::max_element(counts.begin(), counts.end()) - *std::min_element(counts.begin(), counts.end()) <= 1);
    } else {
        QCOMPARE(a.targetNames, std::vector<std::string>{"y"});
        QCOMPARE(a.classCount, 0);
    }
}

void TestGenerators::multiClassCounts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("classes");
    for (const QString& name : {QStringLiteral("blobs"), QStringLiteral("multi-spiral")})
        for (int k = 3; k <= 5; ++k)
            QTest::newRow(QString("%1-%2").arg(name).arg(k).toUtf8().constData()) << name << k;
}

void TestGenerators::multiClassCounts()
{
    QFETCH(QString, name);
    QFETCH(int, classes);
    const Dataset d = generateDataset(name.toStdString(), 100, 0.05f, classes, 1);
    QCOMPARE(d.classCount, classes);
    QCOMPARE(int(d.classNames.size()), classes);
    QCOMPARE(d.targets.maxCoeff(), float(classes - 1));
    QCOMPARE(d.targets.minCoeff(), 0.0f);
}

// The data a seed gives must not change between versions or machines: saved projects name
// only (generator, samples, noise, seed). These values were produced once and pinned.
void TestGenerators::pinnedValues()
{
    const Dataset d = generateDataset("spiral", 10, 0.1f, 3, 123);
    double sum = 0.0;
    for (Index j = 0; j < d.inputs.cols(); ++j)
        sum += double(d.inputs(0, j)) * double(j + 1) + double(d.inputs(1, j)) * 0.5;
    QCOMPARE(QString::number(sum, 'g', 6), QStringLiteral("-2.00223"));
}

void TestGenerators::refusesBadArguments_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("samples");
    QTest::addColumn<float>("noise");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown name") << "spirals" << 100 << 0.1f << 3 << "no built-in data set named 'spirals'";
    QTest::newRow("too few samples") << "spiral" << 1 << 0.1f << 3 << "cannot have 1 samples";
    QTest::newRow("too many samples") << "moons" << 2'000'000 << 0.1f << 3 << "between 4 and 1000000";
    QTest::newRow("negative noise") << "circle" << 100 << -0.5f << 3 << "noise";
    QTest::newRow("NaN noise") << "circle" << 100 << std::nanf("") << 3 << "noise";
    QTest::newRow("two blobs") << "blobs" << 100 << 0.1f << 2 << "3 to 5 classes, not 2";
    QTest::newRow("six arms") << "multi-spiral" << 100 << 0.1f << 6 << "Set the class count to 3, 4 or 5";
}

void TestGenerators::refusesBadArguments()
{
    QFETCH(QString, name);
    QFETCH(int, samples);
    QFETCH(float, noise);
    QFETCH(int, classes);
    QFETCH(QString, fragment);
    const QString message = test::errorMessage([&] { generateDataset(name.toStdString(), samples, noise, classes, 1); });
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestGenerators::xorLabelsFollowQuadrants()
{
    const Dataset d = generateDataset("xor", 400, 0.0f, 3, 5);
    for (Index j = 0; j < d.sampleCount(); ++j) {
        const float x = d.inputs(0, j), y = d.inputs(1, j);
        QVERIFY(std::abs(x) >= 0.05f && std::abs(y) >= 0.05f);
        QCOMPARE(d.targets(0, j), x * y > 0 ? 1.0f : 0.0f);
    }
}

void TestGenerators::circleLabelsFollowRadius()
{
    const Dataset d = generateDataset("circle", 400, 0.0f, 3, 5);
    for (Index j = 0; j < d.sampleCount(); ++j) {
        const float r = d.inputs.col(j).norm();
        if (d.targets(0, j) == 1.0f)
            QVERIFY(r <= 0.5f + 1e-6f);
        else
            QVERIFY(r >= 0.7f - 1e-6f && r <= 1.0f + 1e-6f);
    }
}

void TestGenerators::checkerboardLabelsFollowSquares()
{
    const Dataset d = generateDataset("checkerboard", 400, 0.0f, 3, 5);
    for (Index j = 0; j < d.sampleCount(); ++j) {
        const int col = int(std::floor((d.inputs(0, j) + 1.0f) / 0.5f));
        const int row = int(std::floor((d.inputs(1, j) + 1.0f) / 0.5f));
        QVERIFY(col >= 0 && col < 4 && row >= 0 && row < 4);
        QCOMPARE(d.targets(0, j), float((col + row) % 2));
    }
}

void TestGenerators::linear2IsTheTextbookPlane()
{
    const Dataset d = generateDataset("linear2", 200, 0.0f, 3, 9);
    for (Index j = 0; j < d.sampleCount(); ++j) {
        // y = 2 x1 - 3 x2 + 0.5 (kLinear2W1, kLinear2W2, kLinear2B)
        const float expected = 2.0f * d.inputs(0, j) - 3.0f * d.inputs(1, j) + 0.5f;
        QVERIFY(std::abs(d.targets(0, j) - expected) < 1e-5f);
    }
}

void TestGenerators::linear2RecoveredByLeastSquares()
{
    // With noise, ordinary least squares on [x1, x2, 1] recovers (w1, w2, b) closely.
    const Dataset d = generateDataset("linear2", 2000, 0.1f, 3, 9);
    Eigen::MatrixXd X(d.sampleCount(), 3);
    X.col(0) = d.inputs.row(0).transpose().cast<double>();
    X.col(1) = d.inputs.row(1).transpose().cast<double>();
    X.col(2).setOnes();
    const Eigen::VectorXd y = d.targets.row(0).transpose().cast<double>();
    const Eigen::VectorXd w = X.colPivHouseholderQr().solve(y);
    QVERIFY2(std::abs(w(0) - kLinear2W1) < 0.02 && std::abs(w(1) - kLinear2W2) < 0.02 && std::abs(w(2) - kLinear2B) < 0.02,
             qPrintable(QString("w1 %1 w2 %2 b %3").arg(w(0)).arg(w(1)).arg(w(2))));
}

void TestGenerators::derivedFeatures()
{
    Dataset d = generateDataset("gaussians", 20, 0.1f, 3, 3);
    const Matrix raw = d.inputs;
    applyDerivedFeatures(d, derivedFeatureNames());
    QCOMPARE(d.inputs.rows(), Index(7));
    QCOMPARE(d.inputShape, Shape::flat(7));
    QCOMPARE(d.featureNames, derivedFeatureNames());
    for (Index j = 0; j < d.sampleCount(); ++j) {
        const float x1 = raw(0, j), x2 = raw(1, j);
        QCOMPARE(d.inputs(0, j), x1);
        QCOMPARE(d.inputs(1, j), x2);
        QCOMPARE(d.inputs(2, j), x1 * x1);
        QCOMPARE(d.inputs(3, j), x2 * x2);
        QCOMPARE(d.inputs(4, j), x1 * x2);
        QCOMPARE(d.inputs(5, j), std::sin(x1));
        QCOMPARE(d.inputs(6, j), std::sin(x2));
    }
    // The order given is the order of the inputs.
    Dataset e = generateDataset("sine", 10, 0.1f, 3, 3);
    const Matrix x = e.inputs;
    applyDerivedFeatures(e, {"sin(x1)", "x1^2"});
    QCOMPARE(e.featureNames, (std::vector<std::string>{"sin(x1)", "x1^2"}));
    QCOMPARE(e.inputs(0, 4), std::sin(x(0, 4)));
    QCOMPARE(e.inputs(1, 4), x(0, 4) * x(0, 4));
    // An empty list keeps the raw inputs.
    Dataset f = generateDataset("moons", 10, 0.1f, 3, 3);
    const Matrix before = f.inputs;
    applyDerivedFeatures(f, {});
    QVERIFY(f.inputs == before);
}

void TestGenerators::derivedFeaturesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown") << "spiral" << QStringList{"x3"} << "'x3' is not a derived feature";
    QTest::newRow("twice") << "spiral" << QStringList{"x1", "x1"} << "listed twice";
    QTest::newRow("x2 of one input") << "sine" << QStringList{"x2^2"} << "needs a second input";
}

void TestGenerators::derivedFeaturesRefused()
{
    QFETCH(QString, name);
    QFETCH(QStringList, features);
    QFETCH(QString, fragment);
    Dataset d = generateDataset(name.toStdString(), 10, 0.1f, 3, 3);
    std::vector<std::string> list;
    for (const QString& f : features)
        list.push_back(f.toStdString());
    const QString message = test::errorMessage([&] { applyDerivedFeatures(d, list); });
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestGenerators)
#include "test_generators.moc"
