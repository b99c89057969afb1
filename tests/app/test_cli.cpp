// layerlab-cli as a user runs it: every command, and a clear message and exit code for
// every kind of error.
#include <QtTest>

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <unistd.h>
#ifdef LAYERLAB_CLI_PICTURES
#include <QImage>
#endif

#include "io/examples.h"
#include "io/project.h"

using namespace layerlab;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a user who asks for no language: LayerLab speaks English. `language`
// sets LANG instead (as "zh_CN.UTF-8").
QProcessEnvironment environment(const QString& language = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("LC_ALL");
    env.remove("LC_MESSAGES");
    env.insert("LANG", language);
    return env;
}

Run runCli(const QStringList& args, const QString& workingDir = {}, const QProcessEnvironment& env = environment())
{
    QProcess process;
    process.setProcessEnvironment(env);
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

// The textbook's linear regression exactly as the textbook sets it up: X = [[1,2],[2,3],
// [3,4],[4,5]], y = [1,2,3,4], one linear unit, MSE, gradient descent at learning rate 0.1
// for 1000 epochs, no normalisation. The unscaled inputs make 0.1 too large a step: it
// diverges. Returns the project file's path.
QString writeTextbookRegression(const QTemporaryDir& dir)
{
    writeText(dir.filePath("textbook.csv"), "x1,x2,y\n1,2,1\n2,3,2\n3,4,3\n4,5,4\n");
    Project p;
    p.name = "Textbook regression";
    p.data.source = "csv";
    p.data.path = dir.filePath("textbook.csv").toStdString();
    p.data.labelTask = "regression";
    p.data.normalization = "none";
    p.data.validationFraction = 0;
    p.model.layers = {LayerSpec::dense(1, Activation::Linear)};
    p.training.loss = LossKind::MSE;
    p.training.optimizer.kind = OptimizerKind::GradientDescent;
    p.training.optimizer.learningRate = 0.1f;
    p.training.epochs = 1000;
    const QString path = dir.filePath("textbook.layerlab");
    writeProjectFile(path.toStdString(), p);
    return path;
}

// Whether a text holds Chinese characters (the CJK Unified Ideographs block).
bool hasChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The lines of the doctor's headlines ("warning plateau: ..."), whatever their severity.
QStringList headlines(const QString& out, const QString& severity)
{
    QStringList found;
    for (const QString& line : out.split('\n'))
        if (line.startsWith(severity + " "))
            found << line;
    return found;
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
    void picturesShowTheTrainedModel();
    void diagnoseJsonNamesTheDivergence();
    void diagnoseTextExplainsEachFinding();
    void diagnoseHealthyExampleWarnsOfNothing();
    void trainPrintsTheFindingsAtItsEnd();
    void trainSaysWhenARunDidNotLearn();
    void outputPathsAreCheckedBeforeTraining_data();
    void outputPathsAreCheckedBeforeTraining();
    void outputInAFolderThatCannotBeWritten();
    void oneFailedOutputKeepsTheOthers();
    void errors_data();
    void errors();
    void englishByFlagIsTheDefault();
    void chineseByFlag();
    void chineseByEnvironment();
    void scriptOutputsStayEnglish();
    void unknownLanguage_data();
    void unknownLanguage();
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

#ifdef LAYERLAB_CLI_PICTURES
namespace {
// How many pixels of a rectangle lean blue, and how many orange (the two classes' colours).
std::pair<int, int> blueAndOrange(const QImage& image, const QRect& area)
{
    int blue = 0, orange = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > c.red() + 30 ? 1 : 0;
            orange += c.red() > c.blue() + 30 ? 1 : 0;
        }
    return {blue, orange};
}
}  // namespace
#endif

// --pictures: what the app's views show, written as PNG by the same code: the decision map
// of two-input data, the filters and feature maps of image data.
void TestCli::picturesShowTheTrainedModel()
{
#ifndef LAYERLAB_CLI_PICTURES
    QSKIP("this layerlab-cli was built without the app");
#else
    QTemporaryDir dir;
    Run r = runCli({"train", "xor", "--epochs", "40", "--seed", "3", "--pictures", dir.filePath("xor")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Wrote " + dir.filePath("xor/decision-map.png")), qPrintable(r.out));
    const QImage map(dir.filePath("xor/decision-map.png"));
    QCOMPARE(map.size(), QSize(512, 512));
    // XOR: the same class ("same sign", blue) top right and bottom left, the other top left
    const int half = map.width() / 2;
    const auto [topRightBlue, topRightOrange] = blueAndOrange(map, QRect(half + 40, 40, half - 80, half - 80));
    const auto [topLeftBlue, topLeftOrange] = blueAndOrange(map, QRect(40, 40, half - 80, half - 80));
    QVERIFY2(topRightBlue > 2 * topRightOrange, qPrintable(QString("%1 %2").arg(topRightBlue).arg(topRightOrange)));
    QVERIFY2(topLeftOrange > 2 * topLeftBlue, qPrintable(QString("%1 %2").arg(topLeftOrange).arg(topLeftBlue)));

    // images: the first Conv2D layer's 32 filters, and each Conv2D layer's feature maps
    Project cnn = *findExample("fashion-mnist-cnn");
    cnn.data.sampleLimit = 300;
    cnn.training.epochs = 1;
    writeProjectFile(dir.filePath("cnn.layerlab").toStdString(), cnn);
    r = runCli({"train", dir.filePath("cnn.layerlab"), "--pictures", dir.filePath("cnn")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage filters(dir.filePath("cnn/filters.png"));
    QCOMPARE(filters.size(), QSize(8 * 100 + 4, 4 * 100 + 4));  // 32 tiles of 96 px, 8 to a row
    QVERIFY(QImage(dir.filePath("cnn/feature-maps-layer-1.png")).width() > 0);
    const QImage second(dir.filePath("cnn/feature-maps-layer-3.png"));
    QCOMPARE(second.size(), QSize(8 * 100 + 4, 8 * 100 + 4));  // 64 channels
    QVERIFY(!QFileInfo::exists(dir.filePath("cnn/decision-map.png")));  // images have no plane

    // a folder that cannot be made: said before training (a wrong command line), nothing written;
    // one that fails only at the end is oneFailedOutputKeepsTheOthers
    writeText(dir.filePath("file"), "not a folder");
    r = runCli({"train", "xor", "--epochs", "1", "--save", dir.filePath("kept.layerlab"), "--pictures",
                dir.filePath("file/pictures")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--pictures " + dir.filePath("file/pictures") + ": " + dir.filePath("file") +
                            " is a file, not a folder"),
             qPrintable(r.err));
    QVERIFY(!r.out.contains("Epoch "));
    QVERIFY(!QFileInfo::exists(dir.filePath("kept.layerlab")));
#endif
}

// The textbook's regression diverges; diagnose exits 0 (the findings are its answer) and
// prints JSON alone on stdout, the progress on stderr.
void TestCli::diagnoseJsonNamesTheDivergence()
{
    QTemporaryDir dir;
    const Run r = runCli({"diagnose", writeTextbookRegression(dir), "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("Training stopped at step"), qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + "\n" + r.out));
    QVERIFY(document.object().value("findings").isArray());
    const QJsonArray findings = document.object().value("findings").toArray();
    for (const QJsonValue& value : findings) {
        const QJsonObject f = value.toObject();
        QCOMPARE(f.keys(), (QStringList{"cause", "evidence", "fixes", "kind", "layers", "severity", "step", "title"}));
        QVERIFY2(f.value("title").toString().contains(' '), "a title is a sentence, not its message key");
    }
    const auto nonFinite = std::find_if(findings.begin(), findings.end(), [](const QJsonValue& v) {
        return v.toObject().value("kind").toString() == "non-finite";
    });
    QVERIFY2(nonFinite != findings.end(), qPrintable(r.out));
    const QJsonObject f = nonFinite->toObject();
    QCOMPARE(f.value("severity").toString(), QString("error"));
    QVERIFY2(f.value("layers").toArray().contains(QJsonValue("Dense #1")), qPrintable(r.out));
    QVERIFY(f.value("step").toInteger() > 0);
    QVERIFY(!f.value("fixes").toArray().isEmpty());
    // the most severe first
    QCOMPARE(findings.first().toObject().value("severity").toString(), QString("error"));
}

void TestCli::diagnoseTextExplainsEachFinding()
{
    QTemporaryDir dir;
    const Run r = runCli({"diagnose", writeTextbookRegression(dir)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Diagnosis after "), qPrintable(r.out));
    const QStringList errors = headlines(r.out, "error");
    QVERIFY2(!errors.isEmpty() && errors.first().startsWith("error non-finite: ") &&
                 errors.first().endsWith("[Dense #1]"),
             qPrintable(r.out));
    // each headline is followed by its evidence, its cause and the fixes to try
    const QStringList lines = r.out.split('\n');
    const int at = int(lines.indexOf(errors.first()));
    QVERIFY2(at + 3 < lines.size() && lines[at + 1].startsWith("  Evidence: ") && lines[at + 2].startsWith("  Cause: ") &&
                 lines[at + 3].startsWith("  Try: "),
             qPrintable(r.out));
    // the sentences are rendered, not message keys
    QVERIFY2(!lines[at + 1].contains("evidence.") && lines[at + 1].size() > 20, qPrintable(lines[at + 1]));
}

// A built-in example trained as shipped: the doctor raises no warning (notes are fine).
void TestCli::diagnoseHealthyExampleWarnsOfNothing()
{
    for (const char* example : {"xor", "gaussians"}) {
        const Run r = runCli({"diagnose", example, "--seed", "3"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Diagnosis after "), qPrintable(r.out));
        QVERIFY2(headlines(r.out, "warning").isEmpty() && headlines(r.out, "error").isEmpty(), qPrintable(r.out));
        const Run json = runCli({"diagnose", example, "--seed", "3", "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8()).object().value("findings").toArray();
        for (const QJsonValue& f : findings)
            QVERIFY2(f.toObject().value("severity").toString() == "info", qPrintable(json.out));
    }
}

// train ends with the doctor's findings: after the Final lines, and after a divergence
// (exit code 3) too.
void TestCli::trainPrintsTheFindingsAtItsEnd()
{
    const Run healthy = runCli({"train", "xor", "--epochs", "5", "--seed", "3"});
    QCOMPARE(healthy.exitCode, 0);
    const int final = int(healthy.out.lastIndexOf("Final: "));
    QVERIFY2(final >= 0 && healthy.out.indexOf("Diagnosis after 200 steps") > final, qPrintable(healthy.out));

    QTemporaryDir dir;
    const Run diverged = runCli({"train", writeTextbookRegression(dir)});
    QCOMPARE(diverged.exitCode, 3);
    QVERIFY2(diverged.err.contains("Training stopped at step"), qPrintable(diverged.err));
    QVERIFY2(!headlines(diverged.out, "error").isEmpty() && diverged.out.contains("error non-finite: "),
             qPrintable(diverged.out));
    QVERIFY(diverged.out.contains("  Try: "));
}

// Adam at learning rate 1e6 ends without Inf/NaN (tanh saturates, the loss is clamped) but
// learns nothing: train says so plainly after its Final lines, with what to try, and exits
// with 0 as documented. So does a rate so small that nothing moves. A run that learned gets
// no such warning.
void TestCli::trainSaysWhenARunDidNotLearn()
{
    QTemporaryDir dir;
    // the warning line, having checked it stands between the Final lines and the findings
    const auto warningLine = [](const Run& r) {
        const int final = int(r.out.lastIndexOf("Final: "));
        const int warning = int(r.out.indexOf("Warning: the run did not learn. "));
        if (final < 0 || warning < final || r.out.indexOf("Diagnosis after") < warning)
            return QString();
        return r.out.mid(warning, r.out.indexOf('\n', warning) - warning);
    };
    Project p = *findExample("spiral");
    p.training.optimizer.learningRate = 1e6f;
    p.training.epochs = 50;
    writeProjectFile(dir.filePath("too-fast.layerlab").toStdString(), p);
    Run r = runCli({"train", dir.filePath("too-fast.layerlab"), "--seed", "3", "--threads", "1"});
    QCOMPARE(r.exitCode, 0);
    QString line = warningLine(r);
    QVERIFY2(line.contains("far above the 0.693 that guessing every class alike gives") &&
                 line.contains("Lower the learning rate a lot: it is 1e6"),
             qPrintable(r.out));

    p.training.optimizer.learningRate = 1e-7f;
    p.training.epochs = 20;
    writeProjectFile(dir.filePath("too-slow.layerlab").toStdString(), p);
    r = runCli({"train", dir.filePath("too-slow.layerlab"), "--seed", "3", "--threads", "1"});
    QCOMPARE(r.exitCode, 0);
    line = warningLine(r);
    const QString accuracy =
        QRegularExpression("Final: train loss [0-9.]+  accuracy ([0-9.]+%)").match(r.out).captured(1);
    QVERIFY2(line.contains("Its training accuracy, " + accuracy +
                           ", is no better than always answering the most common class (50.0%)") &&
                 line.contains("Raise the learning rate: it is 1e-7"),
             qPrintable(r.out));

    const Run healthy = runCli({"train", "xor", "--epochs", "5", "--seed", "3"});
    QCOMPARE(healthy.exitCode, 0);
    QVERIFY2(!healthy.out.contains("did not learn"), qPrintable(healthy.out));
    const Run regression = runCli({"train", "linear-regression", "--epochs", "50"});
    QCOMPARE(regression.exitCode, 0);
    QVERIFY2(!regression.out.contains("did not learn"), qPrintable(regression.out));
}

void TestCli::outputPathsAreCheckedBeforeTraining_data()
{
    // train xor.layerlab in a folder holding it, "folder/", "file" and the FIFO "fifo"
    QTest::addColumn<QStringList>("outputs");
    QTest::addColumn<QString>("message");
    QTest::newRow("metrics in a missing folder") << QStringList{"--metrics", "missing/m.csv", "--save", "kept.layerlab"}
                                                 << "--metrics missing/m.csv: the folder missing does not exist";
    QTest::newRow("empty save") << QStringList{"--save", "", "--metrics", "m.csv"}
                                << "--save needs the name of a file, not an empty text";
    QTest::newRow("empty metrics") << QStringList{"--metrics", "", "--save", "kept.layerlab"}
                                   << "--metrics needs the name of a file, not an empty text";
    QTest::newRow("save onto a folder") << QStringList{"--save", "folder", "--metrics", "m.csv"}
                                        << "--save folder is a folder";
    QTest::newRow("save into a folder by its spelling") << QStringList{"--save", "new/"} << "--save new/ is a folder";
    QTest::newRow("save onto a device") << QStringList{"--save", "/dev/null", "--metrics", "m.csv"}
                                        << "--save /dev/null is not a regular file";
    QTest::newRow("metrics onto a FIFO") << QStringList{"--metrics", "fifo", "--save", "kept.layerlab"}
                                         << "--metrics fifo is not a regular file";
    QTest::newRow("metrics under a file") << QStringList{"--metrics", "file/m.csv", "--save", "kept.layerlab"}
                                          << "--metrics file/m.csv: file is a file, not a folder";
    QTest::newRow("one file for both") << QStringList{"--metrics", "out.x", "--save", "./folder/../out.x"}
                                       << "--metrics and --save both name ./folder/../out.x";
    QTest::newRow("metrics over the project") << QStringList{"--metrics", "./xor.layerlab"}
                                              << "--metrics names the project being trained, xor.layerlab";
#ifdef LAYERLAB_CLI_PICTURES
    QTest::newRow("empty pictures") << QStringList{"--pictures", "", "--save", "kept.layerlab"}
                                    << "--pictures needs the name of a folder, not an empty text";
    QTest::newRow("pictures onto a file") << QStringList{"--pictures", "file", "--save", "kept.layerlab"}
                                          << "--pictures file is not a folder";
    QTest::newRow("pictures under a file") << QStringList{"--pictures", "file/a/b", "--save", "kept.layerlab"}
                                           << "--pictures file/a/b: file is a file, not a folder";
#endif
}

// Every output path is checked before training: one that could never be written is a wrong
// command line (exit code 2, the option and the path named), and nothing is trained or written.
void TestCli::outputPathsAreCheckedBeforeTraining()
{
    QFETCH(QStringList, outputs);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("folder"));
    writeText(dir.filePath("file"), "a file");
    QCOMPARE(::mkfifo(dir.filePath("fifo").toLocal8Bit().constData(), 0600), 0);
    writeProjectFile(dir.filePath("xor.layerlab").toStdString(), *findExample("xor"));
    const Run r = runCli(QStringList{"train", "xor.layerlab", "--epochs", "2"} + outputs, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("layerlab-cli train: " + message), qPrintable(r.err));
    QVERIFY2(!r.out.contains("Epoch "), qPrintable(r.out));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
             (QStringList{"fifo", "file", "folder", "xor.layerlab"}));
}

// A folder without write permission (root may write anywhere, so only for other users).
void TestCli::outputInAFolderThatCannotBeWritten()
{
    if (::geteuid() == 0)
        QSKIP("root may write in any folder");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("read-only"));
    QVERIFY(QFile::setPermissions(dir.filePath("read-only"), QFile::ReadOwner | QFile::ExeOwner));
    const Run r = runCli({"train", "xor", "--save", "read-only/x.layerlab"}, dir.path());
    QVERIFY(QFile::setPermissions(dir.filePath("read-only"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--save read-only/x.layerlab: LayerLab cannot write in the folder read-only"),
             qPrintable(r.err));
}

// An output that fails only at the end (its folder removed while training) is said, with exit
// code 1, and costs nothing else: the trained project is saved all the same.
void TestCli::oneFailedOutputKeepsTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("metrics"));
    QStringList args{"train", "xor", "--epochs", "3000", "--seed", "3", "--metrics", dir.filePath("metrics/m.csv"),
                     "--save", dir.filePath("kept.layerlab")};
#ifdef LAYERLAB_CLI_PICTURES
    QVERIFY(QDir(dir.path()).mkdir("pictures"));
    args << "--pictures" << dir.filePath("pictures/xor");
#endif
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(LAYERLAB_CLI_PATH, args);
    // The CLI writes a line per epoch into a pipe. While this test does not read, the pipe
    // fills (it holds 64 KiB; 3000 epoch lines are several times that) and the CLI waits in
    // the middle of training: the folders go while it trains, without any clock.
    QByteArray out;
    while (!out.contains("Epoch 1/") && process.waitForReadyRead(120000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.contains("Epoch 1/"), out.constData());
    QVERIFY(QDir(dir.filePath("metrics")).removeRecursively());
#ifdef LAYERLAB_CLI_PICTURES
    QVERIFY(QDir(dir.filePath("pictures")).removeRecursively());
    writeText(dir.filePath("pictures"), "now a file");  // the pictures' folder cannot be made
#endif
    QVERIFY(process.waitForFinished(120000));
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(out.count("Epoch "), 3000);  // trained to the end
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("Could not write the metrics to " + dir.filePath("metrics/m.csv") + " (--metrics): "),
             qPrintable(err));
#ifdef LAYERLAB_CLI_PICTURES
    QVERIFY2(err.contains("Could not write the pictures to " + dir.filePath("pictures/xor") + " (--pictures): "),
             qPrintable(err));
#endif
    QVERIFY2(out.contains("Saved the project with its trained weights to " + dir.filePath("kept.layerlab").toUtf8()),
             out.right(2000).constData());
    const Project saved = readProjectFile(dir.filePath("kept.layerlab").toStdString());
    QVERIFY(saved.weights.has_value());
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
    QTest::newRow("diagnose without file") << QStringList{"diagnose", "--json"} << QByteArray() << 2
                                           << "diagnose needs a project file";
    QTest::newRow("diagnose two files") << QStringList{"diagnose", "xor", "spiral"} << QByteArray() << 2
                                        << "diagnose takes one project, but got 'xor' and 'spiral'";
    QTest::newRow("diagnose does not save") << QStringList{"diagnose", "xor", "--save", "x.layerlab"} << QByteArray()
                                            << 2 << "unknown option --save";
    QTest::newRow("diagnose bad seed") << QStringList{"diagnose", "xor", "--seed", "-1"} << QByteArray() << 2
                                       << "--seed needs a whole number";
    QTest::newRow("train has no json") << QStringList{"train", "xor", "--json"} << QByteArray() << 2
                                       << "unknown option --json";
    QTest::newRow("diagnose no such project") << QStringList{"diagnose", "nothing-here"} << QByteArray() << 1
                                              << "There is no project file or built-in example called 'nothing-here'";
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

// --lang en, wherever it stands, says exactly what a user who asks for no language reads,
// even where the environment asks for Chinese.
void TestCli::englishByFlagIsTheDefault()
{
    const QList<QStringList> commands{{"summary", "spiral"}, {"examples"}, {"data", "spiral"}, {"train"},
                                      {"train", "xor", "--epochs", "many"}, {"fly"}, {}};
    for (const QStringList& args : commands) {
        const Run plain = runCli(args);
        for (const QStringList& withFlag : {QStringList{"--lang", "en"} + args, args + QStringList{"--lang", "en"}}) {
            const Run english = runCli(withFlag, {}, environment("zh_CN.UTF-8"));
            QCOMPARE(english.exitCode, plain.exitCode);
            QCOMPARE(english.out, plain.out);
            QCOMPARE(english.err, plain.err);
        }
    }
    QVERIFY(runCli({"summary", "spiral"}).out.contains("Total params: 105"));
}

// --lang zh_CN: the training's lines and a usage error in Chinese. The zh_CN translation
// of the CLI's texts is filled in separately; until it is, this test fails.
void TestCli::chineseByFlag()
{
    const Run trained = runCli({"--lang", "zh_CN", "train", "spiral", "--epochs", "2"});
    QCOMPARE(trained.exitCode, 0);
    QVERIFY2(hasChinese(trained.out), qPrintable(trained.out));
    const Run wrong = runCli({"train", "--lang", "zh_CN"});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(hasChinese(wrong.err), qPrintable(wrong.err));
    const Run summary = runCli({"summary", "spiral", "--lang", "zh_CN"});
    QCOMPARE(summary.exitCode, 0);
    QVERIFY2(hasChinese(summary.out) && summary.out.contains("(None, 8)"), qPrintable(summary.out));
}

// Without --lang the environment chooses, LC_ALL before LANG, as the C library does.
void TestCli::chineseByEnvironment()
{
    const Run trained = runCli({"train", "spiral", "--epochs", "2"}, {}, environment("zh_CN.UTF-8"));
    QCOMPARE(trained.exitCode, 0);
    QVERIFY2(hasChinese(trained.out), qPrintable(trained.out));
    const Run wrong = runCli({"train"}, {}, environment("zh_CN.UTF-8"));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(hasChinese(wrong.err), qPrintable(wrong.err));

    QProcessEnvironment cLocale = environment("zh_CN.UTF-8");
    cLocale.insert("LC_ALL", "C");
    const Run english = runCli({"train"}, {}, cLocale);
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(!hasChinese(english.err) && english.err.contains("train needs a project file"), qPrintable(english.err));
}

// What scripts read is the same in every language: the JSON's keys and values, the
// metrics CSV's columns and numbers (a decimal point, whatever the locale).
void TestCli::scriptOutputsStayEnglish()
{
    const QStringList diagnose{"diagnose", "xor", "--seed", "3", "--epochs", "3", "--threads", "1", "--json"};
    const Run json = runCli(QStringList{"--lang", "zh_CN"} + diagnose);
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
    QVERIFY2(!hasChinese(json.out), qPrintable(json.out));
    QCOMPARE(json.out, runCli(diagnose).out);

    QTemporaryDir dir;
    const Run trained = runCli({"train", "xor", "--epochs", "2", "--metrics", dir.filePath("m.csv")}, {},
                               environment("zh_CN.UTF-8"));
    QCOMPARE(trained.exitCode, 0);
    QFile csv(dir.filePath("m.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("epoch,step,train_loss,train_accuracy"));
    QCOMPARE(lines[1].count(','), lines[0].count(','));
}

void TestCli::unknownLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown code") << QStringList{"--lang", "xx", "examples"} << "There is no language 'xx'";
    QTest::newRow("after the command") << QStringList{"examples", "--lang", "fr"} << "There is no language 'fr'";
    QTest::newRow("no code") << QStringList{"examples", "--lang"} << "--lang needs a language";
}

// A language LayerLab does not have: exit code 2 and the languages it has.
void TestCli::unknownLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message) && r.err.contains("en (English)") && r.err.contains("zh_CN (简体中文)"),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
