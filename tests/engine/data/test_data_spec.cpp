// The data spec in project files (JSON round trip, refusals naming the field), the
// command-line argument that names data, prepareData end to end, and the summary table.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include "data/data_source.h"
#include "data/data_spec.h"
#include "data/dataset_summary.h"
#include "data/generators.h"
#include "core/rng.h"
#include "data_test_support.h"

using namespace layerlab;
using nlohmann::json;

class TestDataSpec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void jsonMissingKeysKeepDefaults();
    void jsonRefused_data();
    void jsonRefused();
    void jsonFailureKeepsSpec();
    void specProblems_data();
    void specProblems();
    void prepareGenerator();
    void prepareDerivedFeatures();
    void prepareCsv();
    void argumentToSpec();
    void argumentRefused();
    void summaryTable();
    void summaryOfImagesAndRegression();
    void sourcesListEveryGenerator();

private:
    QTemporaryDir m_dir;
};

void TestDataSpec::jsonRoundTrip()
{
    DataSpec s;
    s.source = "multi-spiral";
    s.samples = 1234;
    s.noise = 0.25f;
    s.classes = 5;
    s.features = {"x1", "x1^2", "sin(x2)"};
    s.path = "/tmp/a b.csv";
    s.labelsPath = "l.gz";
    s.labelColumn = "price";
    s.labelTask = "regression";
    s.sampleLimit = 600;
    s.removeDuplicates = true;
    s.missing = "median";
    s.outliers = "clip";
    s.outlierRule = "iqr";
    s.normalization = "minmax";
    s.validationFraction = 0.3f;
    s.testFraction = 0.1f;
    s.stratify = false;
    const json j = s;
    QCOMPARE(j.at("source").get<std::string>(), std::string("multi-spiral"));
    const DataSpec back = json::parse(j.dump()).get<DataSpec>();
    QVERIFY(back == s);
    QVERIFY(json(DataSpec{}).get<DataSpec>() == DataSpec{});
}

void TestDataSpec::jsonMissingKeysKeepDefaults()
{
    const DataSpec s = json::parse(R"({"source": "moons", "noise": 0.3, "futureField": [1, 2]})").get<DataSpec>();
    DataSpec expected;
    expected.source = "moons";
    expected.noise = 0.3f;
    QVERIFY(s == expected);
}

void TestDataSpec::jsonRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not an object") << R"([1, 2])" << "data section must be an object";
    QTest::newRow("null") << R"(null)" << "data section must be an object";
    QTest::newRow("source a number") << R"({"source": 5})" << "field 'source' must be text in quotes, but it is 5";
    QTest::newRow("samples text") << R"({"samples": "many"})" << "field 'samples' must be a whole number, but it is \"many\"";
    QTest::newRow("samples fraction") << R"({"samples": 2.5})" << "field 'samples' must be a whole number";
    QTest::newRow("samples huge") << R"({"samples": 1e30})" << "field 'samples' must be a whole number";
    QTest::newRow("samples beyond int") << R"({"samples": 99999999999})" << "field 'samples' must be a whole number";
    QTest::newRow("noise text") << R"({"noise": "low"})" << "field 'noise' must be a number";
    QTest::newRow("noise beyond float") << R"({"noise": 1e300})" << "field 'noise' must be a finite number";
    QTest::newRow("features not a list") << R"({"features": "x1"})" << "field 'features' must be a list of texts";
    QTest::newRow("features of numbers") << R"({"features": [1]})" << "field 'features' must be a list of texts";
    QTest::newRow("stratify text") << R"({"stratify": "yes"})" << "field 'stratify' must be true or false";
    QTest::newRow("nested object") << R"({"path": {"a": 1}})" << "field 'path' must be text in quotes";
    QTest::newRow("unknown source") << R"({"source": "iris"})" << "data source 'iris' is unknown";
    QTest::newRow("unknown missing rule") << R"({"missing": "avg"})" << "missing-value rule must be one of drop, mean, median, most-frequent";
    QTest::newRow("fractions too large") << R"({"validation_fraction": 0.6, "test_fraction": 0.5})" << "must stay below 1";
    QTest::newRow("csv without path") << R"({"source": "csv"})" << "No CSV file is chosen";
    QTest::newRow("unknown feature") << R"({"features": ["x3"]})" << "'x3' is not a derived feature";
}

void TestDataSpec::jsonRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const json j = json::parse(text.toStdString());
    QString message;
    try {
        j.get<DataSpec>();
        message = "(no error)";
    } catch (const ProjectFileError& e) {
        message = e.what();
    } catch (const std::exception& e) {
        message = QString("wrong exception type: ") + e.what();
    }
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestDataSpec::jsonFailureKeepsSpec()
{
    DataSpec s;
    s.source = "xor";
    try {
        from_json(json::parse(R"({"source": "circle", "samples": "x"})"), s);
        QFAIL("no error");
    } catch (const ProjectFileError&) {
    }
    QCOMPARE(s.source, std::string("xor"));
}

void TestDataSpec::specProblems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("samples") << "samples" << "The sample count 0 is out of range";
    QTest::newRow("noise") << "noise" << "The noise must be between 0 and 10";
    QTest::newRow("classes") << "classes" << "3 to 5 classes, not 9";
    QTest::newRow("features on csv") << "features" << "exist only for the built-in two-input data sets";
    QTest::newRow("idx without labels") << "labelsPath" << "needs both an images file and a labels file";
    QTest::newRow("sampleLimit") << "sampleLimit" << "cannot be negative";
    QTest::newRow("normalization") << "normalization" << "normalisation must be one of none, minmax, zscore";
}

void TestDataSpec::specProblems()
{
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    DataSpec s;
    if (field == "samples") s.samples = 0;
    if (field == "noise") s.noise = 11.0f;
    if (field == "classes") { s.source = "blobs"; s.classes = 9; }
    if (field == "features") { s.source = "csv"; s.path = "a.csv"; s.features = {"x1"}; }
    if (field == "labelsPath") { s.source = "idx"; s.path = "i.gz"; }
    if (field == "sampleLimit") s.sampleLimit = -1;
    if (field == "normalization") s.normalization = "l2";
    const std::optional<Message> found = dataSpecProblem(s);
    QVERIFY(found);
    const QString problem = QString::fromStdString(englishText(*found));
    QVERIFY2(problem.contains(fragment), qPrintable(problem));
    const QString refused = test::errorMessage([&] { prepareData(s, 1); });
    QVERIFY2(refused.contains(fragment), qPrintable("prepareData: " + refused));
}

void TestDataSpec::prepareGenerator()
{
    DataSpec s;  // spiral, 500 samples, 20% validation, stratified
    const PreparedData p = prepareData(s, 42);
    QCOMPARE(p.train.sampleCount(), Index(400));
    QCOMPARE(p.validation.sampleCount(), Index(100));
    QCOMPARE(p.test.sampleCount(), Index(0));
    QCOMPARE(p.train.classCount, 2);
    QCOMPARE(p.validation.inputs.rows(), Index(2));
    QVERIFY(!p.normalizer.active());
    const QString report = test::englishJoined(p.report, " ");
    QVERIFY2(report.startsWith("'spiral': 500 samples, 2 inputs, 2 classes."), qPrintable(report));
    // The same data as the generator gives under the documented stream.
    const Dataset raw = loadDataSource(s, 42);
    QVERIFY(raw.inputs == generateDataset("spiral", 500, 0.1f, 3, streamSeed(42, kDataSeedStream, 1)).inputs);
}

void TestDataSpec::prepareDerivedFeatures()
{
    DataSpec s;
    s.source = "circle";
    s.features = {"x1^2", "x2^2"};
    const PreparedData p = prepareData(s, 1);
    QCOMPARE(p.train.inputs.rows(), Index(2));
    QCOMPARE(p.train.featureNames, s.features);
    QVERIFY(p.train.inputs.minCoeff() >= 0.0f);
}

void TestDataSpec::prepareCsv()
{
    QByteArray csv("age,city,label\n");
    for (int i = 0; i < 40; ++i)
        csv += QByteArray::number(20 + i) + "," + (i % 3 ? "Paris" : "Oslo") + "," + (i % 2 ? "yes" : "no") + "\n";
    DataSpec s;
    s.source = "csv";
    s.path = test::writeFile(m_dir.filePath("people.csv"), csv);
    s.validationFraction = 0.25f;
    s.normalization = "minmax";
    const PreparedData p = prepareData(s, 9);
    QCOMPARE(p.train.sampleCount(), Index(30));
    QCOMPARE(p.validation.sampleCount(), Index(10));
    QCOMPARE(p.train.featureNames, (std::vector<std::string>{"age", "city=Oslo", "city=Paris"}));
    QCOMPARE(p.train.classNames, (std::vector<std::string>{"no", "yes"}));
    QCOMPARE(p.train.inputs.minCoeff(), 0.0f);
    QCOMPARE(p.train.inputs.maxCoeff(), 1.0f);

    s.path = m_dir.filePath("missing.csv").toStdString();
    QVERIFY(test::errorMessage([&] { prepareData(s, 9); }).contains("Cannot find the CSV file"));
}

void TestDataSpec::argumentToSpec()
{
    QCOMPARE(dataSpecForArgument("spiral").source, std::string("spiral"));
    QCOMPARE(dataSpecForArgument("fashion-mnist").source, std::string("fashion-mnist"));
    const DataSpec csv = dataSpecForArgument("some/where/Data.CSV");
    QCOMPARE(csv.source, std::string("csv"));
    QCOMPARE(csv.path, std::string("some/where/Data.CSV"));
    const DataSpec images = dataSpecForArgument("/d/train-images-idx3-ubyte.gz");
    QCOMPARE(images.source, std::string("idx"));
    QCOMPARE(images.path, std::string("/d/train-images-idx3-ubyte.gz"));
    QCOMPARE(images.labelsPath, std::string("/d/train-labels-idx1-ubyte.gz"));
    const DataSpec labels = dataSpecForArgument("/d/t10k-labels-idx1-ubyte");
    QCOMPARE(labels.path, std::string("/d/t10k-images-idx3-ubyte"));
    QCOMPARE(labels.labelsPath, std::string("/d/t10k-labels-idx1-ubyte"));
    // An existing file without a telling name: recognised by its first bytes.
    const std::string table = test::writeFile(m_dir.filePath("table.dat"), "a,b\n1,0\n");
    QCOMPARE(dataSpecForArgument(table).source, std::string("csv"));
}

void TestDataSpec::argumentRefused()
{
    const QString message = test::errorMessage([] { dataSpecForArgument("nonsense"); });
    QVERIFY2(message.contains("'nonsense' is neither a built-in data set nor a file that exists") && message.contains("spiral"),
             qPrintable(message));
    const QString noPartner = test::errorMessage([] { dataSpecForArgument("/d/digits.idx"); });
    QVERIFY2(noPartner.contains("Cannot tell which labels file belongs"), qPrintable(noPartner));
    // A pipe or a device without a telling name is not opened to read its first bytes (a
    // pipe would block): the CSV loader refuses it, saying what it is.
    const std::string fifo = m_dir.filePath("pipe").toStdString();
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string& path : {fifo, std::string("/dev/zero")}) {
        const DataSpec spec = dataSpecForArgument(path);
        QCOMPARE(spec.source, std::string("csv"));
        const QString message = test::errorMessage([&] { loadDataSource(spec, 1); });
        QVERIFY2(message.contains("is a device, a pipe or a socket, not a data file"), qPrintable(message));
    }
}

void TestDataSpec::summaryTable()
{
    Dataset d;
    d.name = "tiny";
    d.task = Task::Classification;
    d.classCount = 2;
    d.classNames = {"no", "yes"};
    d.inputShape = Shape::flat(2);
    d.featureNames = {"age", "income"};
    d.inputs.resize(2, 4);
    d.inputs << 1, 2, 3, std::numeric_limits<float>::quiet_NaN(),
        10, 10, 10, 10;
    d.targets.resize(1, 4);
    d.targets << 0, 1, 1, 1;
    const QString text = test::englishLines(describeDataset(d));
    QVERIFY2(text.startsWith("tiny: 4 rows (samples), 2 input columns, classification into 2 classes\n"), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression("column\\s+min\\s+max\\s+mean\\s+std\\s+missing")), qPrintable(text));
    // age: min 1, max 3, mean 2, population std sqrt(2/3) = 0.8165, 1 missing
    QVERIFY2(text.contains(QRegularExpression("age\\s+1\\s+3\\s+2\\s+0.8165\\s+1\\n")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression("income\\s+10\\s+10\\s+10\\s+0\\s+0\\n")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression("0 no\\s+1\\s+25.0%")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression("1 yes\\s+3\\s+75.0%")), qPrintable(text));
}

void TestDataSpec::summaryOfImagesAndRegression()
{
    Dataset images;
    images.name = "img";
    images.inputShape = Shape::image(1, 2, 2);
    images.classCount = 1;
    images.inputs = Matrix::Constant(4, 3, 0.5f);
    images.targets = Matrix::Zero(1, 3);
    const QString a = test::englishLines(describeDataset(images));
    QVERIFY2(a.contains("images of 2x2x1") && a.contains("all 4 pixels"), qPrintable(a));

    const Dataset line = generateDataset("line", 50, 0.0f, 3, 1);
    const QString b = test::englishLines(describeDataset(line));
    QVERIFY2(b.contains("regression of 1 target") && b.contains("y (target)"), qPrintable(b));

    // Wide tables are cut after 40 columns.
    Dataset wide;
    wide.inputShape = Shape::flat(50);
    wide.inputs = Matrix::Zero(50, 2);
    wide.targets = Matrix::Zero(1, 2);
    wide.classCount = 1;
    QVERIFY(test::englishLines(describeDataset(wide)).contains("... and 10 more input columns"));
}

void TestDataSpec::sourcesListEveryGenerator()
{
    const QString text = test::englishLines(describeDataSources());
    for (const GeneratorInfo& g : dataGenerators())
        QVERIFY2(text.contains(QString::fromStdString("  " + g.name + " ")), qPrintable(text));
    QVERIFY(text.contains("fashion-mnist"));
    QVERIFY(text.contains("FILE.csv"));
}

QTEST_APPLESS_MAIN(TestDataSpec)
#include "test_data_spec.moc"
