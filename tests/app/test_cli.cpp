// layerlab-cli as a user runs it: every command, and a clear message and exit code for
// every kind of error.
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include "io/project.h"

using namespace layerlab;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QString& workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(LAYERLAB_CLI_PATH, args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void examplesListsTheDefault();
    void summaryPrintsTheTable();
    void trainWritesMetricsAndSavesWeights();
    void linearRegressionTrainsEndToEnd();
    void csvProjectTrainsEndToEnd();
    void dataDescribesADataset();
    void errors_data();
    void errors();
};

void TestCli::examplesListsTheDefault()
{
    const Run r = runCli({"examples"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("spiral"));
    QVERIFY(r.out.contains("linear-regression"));
}

void TestCli::summaryPrintsTheTable()
{
    const Run r = runCli({"summary", "spiral"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Dense #1 (tanh)") && r.out.contains("(None, 8)"), qPrintable(r.out));
    QVERIFY(r.out.contains("Total params: 105"));
}

void TestCli::trainWritesMetricsAndSavesWeights()
{
    QTemporaryDir dir;
    const Run r = runCli({"train", "xor", "--epochs", "5", "--threads", "2", "--seed", "3", "--metrics",
                          dir.filePath("m.csv"), "--save", dir.filePath("xor.layerlab")});
    QCOMPARE(r.exitCode, 0);
    // Not a terminal: one plain line per epoch, then the final metrics.
    QCOMPARE(r.out.count("Epoch "), 5);
    QVERIFY(r.out.contains("Final: validation loss"));
    QFile csv(dir.filePath("m.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].startsWith("epoch,step,train_loss,train_accuracy"));
    QVERIFY(lines[5].startsWith("5,"));
    // The saved project holds the trained weights and trains on from them.
    const Project saved = readProjectFile(dir.filePath("xor.layerlab").toStdString());
    QVERIFY(saved.weights.has_value());
    QCOMPARE(saved.seed, std::uint64_t(3));
    const Run again = runCli({"train", dir.filePath("xor.layerlab"), "--epochs", "1"});
    QCOMPARE(again.exitCode, 0);
}

void TestCli::linearRegressionTrainsEndToEnd()
{
    const Run r = runCli({"train", "linear-regression", "--epochs", "300"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Final: validation loss") && r.out.contains("R^2 1.0000"), qPrintable(r.out));
}

void TestCli::csvProjectTrainsEndToEnd()
{
    QTemporaryDir dir;
    // Two classes separated by x + y > 0, with a header, quotes, semicolons and a missing cell.
    QByteArray csv = "\"x\";\"y\";label\n";
    for (int i = 0; i < 200; ++i) {
        const double x = std::sin(i * 0.37) * 2, y = std::cos(i * 0.91) * 2;
        csv += QByteArray::number(x) + ";" + (i == 17 ? QByteArray() : QByteArray::number(y)) + ";" +
               (x + y > 0 ? "yes" : "no") + "\n";
    }
    writeText(dir.filePath("points.csv"), csv);
    Project p;
    p.name = "CSV";
    p.data.source = "csv";
    p.data.path = dir.filePath("points.csv").toStdString();
    p.data.missing = "mean";
    p.model.layers = {LayerSpec::dense(1, Activation::Sigmoid)};
    p.training.loss = LossKind::BinaryCrossEntropy;
    p.training.optimizer.learningRate = 0.1f;
    p.training.epochs = 60;
    writeProjectFile(dir.filePath("csv.layerlab").toStdString(), p);
    const Run r = runCli({"train", dir.filePath("csv.layerlab")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Imputed 1 cell in 'y'"), qPrintable(r.out));
    const int at = r.out.indexOf("Final: validation loss");
    QVERIFY(at >= 0);
    const double accuracy = QRegularExpression("accuracy ([0-9.]+)%").match(r.out.mid(at)).captured(1).toDouble();
    QVERIFY2(accuracy >= 90.0, qPrintable(r.out));
}

void TestCli::dataDescribesADataset()
{
    const Run r = runCli({"data", "spiral"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("x1") && r.out.contains("x2"), qPrintable(r.out));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("fileText");  // written to bad.layerlab when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QByteArray() << 2 << "Usage:";
    QTest::newRow("unknown command") << QStringList{"fly"} << QByteArray() << 2 << "unknown command 'fly'";
    QTest::newRow("train without file") << QStringList{"train"} << QByteArray() << 2 << "train needs a project file";
    QTest::newRow("bad epochs") << QStringList{"train", "xor", "--epochs", "many"} << QByteArray() << 2
                                << "--epochs needs a whole number from 1 to 1000000, not 'many'";
    QTest::newRow("unknown option") << QStringList{"train", "xor", "--fast"} << QByteArray() << 2
                                    << "unknown option --fast";
    QTest::newRow("no such project") << QStringList{"train", "nothing-here"} << QByteArray() << 1
                                     << "There is no project file or built-in example called 'nothing-here'";
    QTest::newRow("not json") << QStringList{"train", "bad.layerlab"} << QByteArray("{oops") << 1
                              << "bad.layerlab: The file is not valid JSON";
    QTest::newRow("empty file") << QStringList{"summary", "bad.layerlab"} << QByteArray(" ") << 1
                                << "bad.layerlab: The file is empty";
    QTest::newRow("unknown layer")
        << QStringList{"summary", "bad.layerlab"}
        << QByteArray(R"({"format": "layerlab-project", "version": 1, "model": {"layers": [{"type": "Magic"}]}})") << 1
        << "unknown layer type 'Magic'";
    QTest::newRow("output does not fit")
        << QStringList{"train", "bad.layerlab"}
        << QByteArray(R"({"format": "layerlab-project", "version": 1, "data": {"source": "blobs", "classes": 4},
                         "training": {"loss": "sparse-categorical-crossentropy"},
                         "model": {"layers": [{"type": "Dense", "units": 3, "activation": "softmax"}]}})")
        << 1 << "set Dense #1 to 4 units";
    QTest::newRow("diverging") << QStringList{"train", "diverging"} << QByteArray() << 3 << "Training stopped at step";
    QTest::newRow("unknown dataset") << QStringList{"data", "nothing-here"} << QByteArray() << 1 << "nothing-here";
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, fileText);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (!fileText.isEmpty())
        writeText(dir.filePath("bad.layerlab"), fileText);
    const Run r = runCli(args, dir.path());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
