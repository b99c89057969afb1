// The CSV loader: malformed files are refused with a message that names the row and column
// and says what to do; good files (quotes, semicolons, headers, missing cells) load exactly.
#include <QtTest>

#include <cmath>

#include <sys/stat.h>

#include "data/csv_loader.h"
#include "data/csv_parser.h"
#include "data_test_support.h"

using namespace layerlab;

namespace {

bool isNan(float x) { return std::isnan(x); }

// Rows (features) of the inputs, compared as float lists with NaN equal to NaN.
void compareMatrix(const Matrix& actual, const std::vector<std::vector<float>>& expectedRows)
{
    QCOMPARE(actual.rows(), Index(expectedRows.size()));
    for (Index i = 0; i < actual.rows(); ++i) {
        QCOMPARE(actual.cols(), Index(expectedRows[size_t(i)].size()));
        for (Index j = 0; j < actual.cols(); ++j) {
            const float e = expectedRows[size_t(i)][size_t(j)];
            if (isNan(e))
                QVERIFY2(isNan(actual(i, j)), qPrintable(QString("(%1, %2) = %3, expected NaN").arg(i).arg(j).arg(actual(i, j))));
            else
                QVERIFY2(actual(i, j) == e, qPrintable(QString("(%1, %2) = %3, expected %4").arg(i).arg(j).arg(actual(i, j)).arg(e)));
        }
    }
}

constexpr float NaN = std::numeric_limits<float>::quiet_NaN();

}  // namespace

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesMalformed_data();
    void refusesMalformed();
    void refusesHugeFileBeforeReading();
    void refusesMissingFileAndFolder();
    void refusesSpecialFiles();
    void wideTables();
    void endlessLines_data();
    void endlessLines();
    void failureKeepsLoadedData();
    void quotesCommasAndNewlines();
    void semicolonsDecimalCommasAndMissingCells();
    void headerlessWithCrLfAndByteOrderMark();
    void labelByNameOrNumber();
    void numericLabelRule();
    void taskOverride();
    void missingLabelIsNaN();
    void tabDelimiter();
    void headerDetection();
    void spacesAndQuotedNumbers();
    void parserRowNumbers();

private:
    QTemporaryDir m_dir;
};

void TestCsv::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty file") << QByteArray() << "" << "auto" << "is empty";
    QTest::newRow("blank lines only") << QByteArray("\n\n  \n") << "" << "auto" << "holds no rows, only blank lines";
    QTest::newRow("header only") << QByteArray("a,b,label\n") << "" << "auto" << "has a header row but no data rows";
    QTest::newRow("row too short") << QByteArray("a,b,c\n1,2,3\n4,5\n") << "" << "auto"
                                   << "row 3 has 2 cells but row 1 (the header) has 3";
    QTest::newRow("row too long") << QByteArray("a,b,c\n1,2,3,4\n") << "" << "auto" << "row 2 has 4 cells";
    QTest::newRow("text in a numeric column") << QByteArray("x,y,label\n1,2,0\n3,abc,1\n5,6,0\n7,8,1\n") << "" << "auto"
                                              << "row 3, column 2 ('y'): 'abc' is not a number";
    QTest::newRow("unterminated quote") << QByteArray("a,b,c\n1,\"2,3\n4,5,6\n") << "" << "auto"
                                        << "row 2, column 2: a quoted cell starts here but its closing quote is missing";
    QTest::newRow("text after closing quote") << QByteArray("a,b,c\n1,\"2\"x,3\n") << "" << "auto"
                                              << "row 2, column 2: there is text after the closing quote";
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,\0\n", 8) << "" << "auto" << "contains a NUL byte (at byte 7)";
    QTest::newRow("gzip file") << QByteArray("\x1f\x8b\x08\x00rest") << "" << "auto" << "gzip-compressed";
    QTest::newRow("excel workbook") << QByteArray("PK\x03\x04rest") << "" << "auto" << "Excel workbook";
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe" "a\0,\0b\0", 8) << "" << "auto" << "UTF-16";
    QTest::newRow("no such label name") << QByteArray("a,b,y\n1,2,0\n3,4,1\n") << "price" << "auto"
                                        << "no label column named 'price'. The columns are: a, b, y";
    QTest::newRow("label number too large") << QByteArray("a,b,y\n1,2,0\n3,4,1\n") << "7" << "auto"
                                            << "there is no column 7 to use as the label; the file has 3 columns";
    QTest::newRow("label name without header") << QByteArray("1,2,0\n3,4,1\n") << "y" << "auto"
                                               << "the file has no header row";
    QTest::newRow("one column") << QByteArray("a\n1\n2\n") << "" << "auto" << "only one column ('a')";
    QTest::newRow("empty column") << QByteArray("a,b,c\n1,,0\n2,,1\n") << "" << "auto"
                                  << "column 2 ('b') has no values in any row";
    QTest::newRow("label never given") << QByteArray("a,label\n1,\n2,NA\n") << "" << "auto"
                                       << "column 2 ('label') has no values in any row";
    QTest::newRow("infinite number") << QByteArray("a,b\n1e999,0\n2,1\n") << "" << "auto"
                                     << "row 2, column 1 ('a'): '1e999' is not a finite number";
    QTest::newRow("duplicate column names") << QByteArray("x,x,y\n1,2,0\n3,4,1\n") << "" << "auto"
                                            << "columns 1 and 2 are both named 'x'";
    QTest::newRow("one class") << QByteArray("a,label\n1,yes\n2,yes\n") << "" << "auto"
                               << "has only one value ('yes'), and a classifier needs at least two classes";
    QTest::newRow("text label for regression") << QByteArray("a,label\n1,cat\n2,dog\n") << "" << "regression"
                                               << "holds text (such as 'cat'), and regression needs numbers";
    QTest::newRow("fractional classes") << QByteArray("a,y\n1,0.5\n2,1.5\n") << "" << "classification"
                                        << "holds fractional numbers, which cannot be class numbers";
    QTest::newRow("unknown task") << QByteArray("a,y\n1,0\n2,1\n") << "" << "clustering"
                                  << "must be auto, classification or regression";
    // Rows count as a spreadsheet shows them: a line break inside quotes stays in its row,
    // a blank line is a row of its own.
    QTest::newRow("row after a quoted line break") << QByteArray("a,b,label\n\"line 1\nline 2\",1,0\nx,y\n") << "" << "auto"
                                                   << "row 3 has 2 cells";
    QTest::newRow("row after a blank line") << QByteArray("a,b\n1,0\n\n2,x,1\n") << "" << "auto" << "row 4 has 3 cells";
    QByteArray ids("id,x,label\n");
    for (int i = 0; i < 101; ++i)
        ids += "person" + QByteArray::number(i) + "," + QByteArray::number(i) + "," + QByteArray::number(i % 2) + "\n";
    QTest::newRow("identifier column") << ids << "" << "auto"
                                       << "column 1 ('id') holds 101 different texts; LayerLab turns a text column into one input per value";
}

void TestCsv::refusesMalformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, label);
    QFETCH(QString, task);
    QFETCH(QString, fragment);
    const std::string path = test::writeFile(m_dir.filePath("bad.csv"), content);
    CsvOptions options;
    options.labelColumn = label.toStdString();
    options.task = task.toStdString();
    const QString message = test::errorMessage([&] { loadCsv(path, options); });
    QVERIFY2(message.contains(fragment), qPrintable("message: " + message));
    // Every refusal names the file (or its content) and says what to do.
    QVERIFY2(message.contains("bad.csv") || message.contains("task"), qPrintable(message));
    QVERIFY2(message.contains(QRegularExpression("\\b(Choose|Add|Correct|Delete|Rename|Set|Export|Save|Decompress|look|Put)\\b")),
             qPrintable("no advice in: " + message));
}

void TestCsv::refusesHugeFileBeforeReading()
{
    // A sparse file: its size is checked before a byte is read, so this is instant.
    const QString path = m_dir.filePath("huge.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(kMaxCsvBytes) + 1024 * 1024));
    file.close();
    const QString message = test::errorMessage([&] { loadCsv(path.toStdString()); });
    QVERIFY2(message.contains("larger than the 200 MB LayerLab reads from a CSV file"), qPrintable(message));
    QVERIFY(message.contains("smaller file"));

    CsvOptions small;
    small.maxBytes = 10;
    const std::string ok = test::writeFile(m_dir.filePath("small.csv"), "a,b\n1,0\n2,1\n");
    QVERIFY(test::errorMessage([&] { loadCsv(ok, small); }).contains("larger than"));
}

void TestCsv::refusesMissingFileAndFolder()
{
    QVERIFY(test::errorMessage([&] { loadCsv(m_dir.filePath("nope.csv").toStdString()); }).contains("Cannot find the CSV file"));
    QVERIFY(test::errorMessage([&] { loadCsv(m_dir.path().toStdString()); }).contains("is a folder, not a CSV file"));
}

// A pipe or a device is refused before it is opened (a pipe would wait for a writer, a
// device never ends), in the sentence every data loader uses.
void TestCsv::refusesSpecialFiles()
{
    const QString special = "is a device, a pipe or a socket, not a data file: LayerLab reads data only from ordinary "
                            "files. Choose a CSV or IDX file saved on disk.";
    const std::string fifo = m_dir.filePath("pipe.csv").toStdString();
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string& path : {fifo, std::string("/dev/zero"), std::string("/dev/urandom")}) {
        const QString message = test::errorMessage([&] { loadCsv(path); });
        QVERIFY2(message.contains(QString::fromStdString(path)) && message.contains(special), qPrintable(message));
    }
}

// Many columns cost time linear in their number: the duplicate-name check compared every
// pair (15 s for 100000 columns). Beyond kMaxCsvColumns the row is refused as it is split.
void TestCsv::wideTables()
{
    const auto table = [](int columns, bool header, const QByteArray& lastName = {}) {
        QByteArray text;
        if (header) {
            for (int c = 1; c <= columns; ++c)
                text += (c > 1 ? "," : "") + (c == columns && !lastName.isEmpty() ? lastName : "c" + QByteArray::number(c));
            text += "\n";
        }
        for (int r = 0; r < 3; ++r) {
            for (int c = 1; c <= columns; ++c)
                text += (c > 1 ? "," : "") + QByteArray::number(c == columns ? r % 2 : r + c % 7);
            text += "\n";
        }
        return text;
    };
    const int most = int(kMaxCsvColumns);
    for (bool header : {false, true}) {  // without a header every column is named "column N"
        const Dataset d = loadCsv(test::writeFile(m_dir.filePath("wide.csv"), table(most, header)));
        QCOMPARE(d.inputs.rows(), Index(most - 1));
        QCOMPARE(d.sampleCount(), Index(3));
        QCOMPARE(d.featureNames.back(), header ? std::string("c99999") : std::string("column 99999"));
        QCOMPARE(d.inputs(Index(most - 2), 2), float(2 + 99999 % 7));
    }
    QString message = test::errorMessage([&] { loadCsv(test::writeFile(m_dir.filePath("wide.csv"), table(most, true, "c5"))); });
    QVERIFY2(message.contains("columns 5 and 100000 are both named 'c5'. Rename one of them"), qPrintable(message));
    message = test::errorMessage([&] { loadCsv(test::writeFile(m_dir.filePath("wide.csv"), table(most + 1, true))); });
    QVERIFY2(message.contains("wide.csv: row 1 has more than 100000 cells, more columns than LayerLab reads. Delete the "
                              "columns the network does not need"),
             qPrintable(message));
    message = test::errorMessage([&] { loadCsv(test::writeFile(m_dir.filePath("wide.csv"), "a,b\n" + table(most + 1, false))); });
    QVERIFY2(message.contains("row 2 has more than 100000 cells"), qPrintable(message));
}

void TestCsv::endlessLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("fragment");
    constexpr int kBytes = 20 << 20;
    QByteArray cells;
    while (cells.size() < kBytes)
        cells += "1,";
    QTest::newRow("20 MB of cells") << cells << "row 1 has more than 100000 cells";
    QTest::newRow("one 20 MB cell") << QByteArray(kBytes, 'x') << "has a header row but no data rows";
    QTest::newRow("one 20 MB number") << QByteArray(kBytes, '7') << "has only one column";
    QTest::newRow("unterminated 20 MB quote") << "\"" + QByteArray(kBytes, 'x') << "its closing quote is missing";
    QTest::newRow("20 MB of quotes") << "a,\"" + QByteArray(kBytes, '"') + "\"" << "has a header row but no data rows";
}

// A single line of 20 MB without a line break is split in time linear in its length and
// refused with a message; the test's only timing guard is ctest's timeout.
void TestCsv::endlessLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, fragment);
    const std::string path = test::writeFile(m_dir.filePath("line.csv"), line);
    const QString message = test::errorMessage([&] { loadCsv(path); });
    QVERIFY2(message.contains(fragment), qPrintable(message.left(300)));
}

void TestCsv::failureKeepsLoadedData()
{
    Dataset loaded = loadCsv(test::writeFile(m_dir.filePath("good.csv"), "a,b\n1,0\n2,1\n"));
    const std::string bad = test::writeFile(m_dir.filePath("bad2.csv"), "a,b\n1,0\n2\n");
    try {
        loaded = loadCsv(bad);
        QFAIL("the ragged file loaded");
    } catch (const DataError&) {
    }
    QCOMPARE(loaded.sampleCount(), Index(2));
    QCOMPARE(loaded.inputs(0, 1), 2.0f);
}

void TestCsv::quotesCommasAndNewlines()
{
    const std::string path = test::writeFile(m_dir.filePath("quotes.csv"),
                                             "name,\"size, cm\",colour,label\n"
                                             "\"Smith, \"\"Jr\"\"\",1.5,red,cat\n"
                                             "\"two\nlines\",2.5,blue,dog\n"
                                             "plain,3.5,red,cat\n");
    const Dataset d = loadCsv(path);
    QCOMPARE(d.name, std::string("quotes"));
    QCOMPARE(d.task, Task::Classification);
    QCOMPARE(d.classCount, 2);
    QCOMPARE(d.classNames, (std::vector<std::string>{"cat", "dog"}));
    // Categories in sorted order ('S' < 'p' < 't'), one input each.
    QCOMPARE(d.featureNames, (std::vector<std::string>{"name=Smith, \"Jr\"", "name=plain", "name=two\nlines", "size, cm",
                                                       "colour=blue", "colour=red"}));
    QCOMPARE(d.inputShape, Shape::flat(6));
    compareMatrix(d.inputs, {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {1.5f, 2.5f, 3.5f}, {0, 1, 0}, {1, 0, 1}});
    compareMatrix(d.targets, {{0, 1, 0}});
}

void TestCsv::semicolonsDecimalCommasAndMissingCells()
{
    const std::string path = test::writeFile(m_dir.filePath("semi.csv"),
                                             "a;b;y\n"
                                             "1,5;2;0,25\n"
                                             ";3;0,5\n"
                                             "2;NA;0,75\n");
    const Dataset d = loadCsv(path);
    QCOMPARE(d.task, Task::Regression);
    QCOMPARE(d.targetNames, std::vector<std::string>{"y"});
    QCOMPARE(d.featureNames, (std::vector<std::string>{"a", "b"}));
    compareMatrix(d.inputs, {{1.5f, NaN, 2.0f}, {2.0f, 3.0f, NaN}});
    compareMatrix(d.targets, {{0.25f, 0.5f, 0.75f}});
}

void TestCsv::headerlessWithCrLfAndByteOrderMark()
{
    const std::string path = test::writeFile(m_dir.filePath("plain.csv"), "\xEF\xBB\xBF" "1,2,0\r\n3,4,1\r\n5,6,2\r\n\r\n\r\n");
    const Dataset d = loadCsv(path);
    QCOMPARE(d.featureNames, (std::vector<std::string>{"column 1", "column 2"}));
    QCOMPARE(d.task, Task::Classification);
    QCOMPARE(d.classNames, (std::vector<std::string>{"0", "1", "2"}));
    compareMatrix(d.inputs, {{1, 3, 5}, {2, 4, 6}});
    compareMatrix(d.targets, {{0, 1, 2}});
}

void TestCsv::labelByNameOrNumber()
{
    const std::string path = test::writeFile(m_dir.filePath("grades.csv"),
                                             "x,grade,z\n0.5,5,1\n1.5,1,0\n2.5,2,1\n3.5,5,0\n");
    for (const char* label : {"grade", "GRADE", "2"}) {
        CsvOptions options;
        options.labelColumn = label;
        const Dataset d = loadCsv(path, options);
        QCOMPARE(d.featureNames, (std::vector<std::string>{"x", "z"}));
        // Whole-number labels 1, 2, 5 become classes 0, 1, 2, named by their values.
        QCOMPARE(d.classNames, (std::vector<std::string>{"1", "2", "5"}));
        compareMatrix(d.targets, {{2, 0, 1, 2}});
        compareMatrix(d.inputs, {{0.5f, 1.5f, 2.5f, 3.5f}, {1, 0, 1, 0}});
    }
}

void TestCsv::numericLabelRule()
{
    // At most 20 distinct whole numbers: classes. 21 distinct, or a fraction: regression.
    QByteArray twenty("x,y\n"), twentyOne("x,y\n");
    for (int i = 0; i < 20; ++i)
        twenty += QByteArray::number(i) + "," + QByteArray::number(i * 10) + "\n";
    for (int i = 0; i < 21; ++i)
        twentyOne += QByteArray::number(i) + "," + QByteArray::number(i) + "\n";
    QCOMPARE(loadCsv(test::writeFile(m_dir.filePath("t20.csv"), twenty)).task, Task::Classification);
    QCOMPARE(loadCsv(test::writeFile(m_dir.filePath("t20.csv"), twenty)).classCount, 20);
    QCOMPARE(loadCsv(test::writeFile(m_dir.filePath("t21.csv"), twentyOne)).task, Task::Regression);
    QCOMPARE(loadCsv(test::writeFile(m_dir.filePath("frac.csv"), "x,y\n1,0\n2,1.5\n")).task, Task::Regression);
}

void TestCsv::taskOverride()
{
    const std::string path = test::writeFile(m_dir.filePath("ints.csv"), "x,y\n1,3\n2,7\n3,3\n");
    CsvOptions options;
    options.task = "regression";
    const Dataset d = loadCsv(path, options);
    QCOMPARE(d.task, Task::Regression);
    compareMatrix(d.targets, {{3, 7, 3}});
    options.task = "classification";
    QCOMPARE(loadCsv(path, options).classCount, 2);
}

void TestCsv::missingLabelIsNaN()
{
    const Dataset d = loadCsv(test::writeFile(m_dir.filePath("nolabel.csv"), "x,label\n1,a\n2,\n3,b\n"));
    compareMatrix(d.targets, {{0, NaN, 1}});
}

void TestCsv::tabDelimiter()
{
    const Dataset d = loadCsv(test::writeFile(m_dir.filePath("tabs.tsv"), "a\tb\tc\n1\t2\t0\n3\t4\t1\n"));
    compareMatrix(d.inputs, {{1, 3}, {2, 4}});
}

void TestCsv::headerDetection()
{
    // All text, and the first row's texts do not come again below: a header.
    const Dataset a = loadCsv(test::writeFile(m_dir.filePath("h1.csv"), "colour,label\nred,yes\nblue,no\n"));
    QCOMPARE(a.sampleCount(), Index(2));
    QCOMPARE(a.featureNames, (std::vector<std::string>{"colour=blue", "colour=red"}));
    // All text, but 'red' comes again in its column: data, no header.
    const Dataset b = loadCsv(test::writeFile(m_dir.filePath("h2.csv"), "red,yes\nblue,no\nred,no\n"));
    QCOMPARE(b.sampleCount(), Index(3));
    // pandas writes an empty name over its index column: still a header.
    const Dataset c = loadCsv(test::writeFile(m_dir.filePath("h3.csv"), ",x,y\n0,1.5,0\n1,2.5,1\n"));
    QCOMPARE(c.featureNames, (std::vector<std::string>{"column 1", "x"}));
    // Forced either way.
    CsvOptions present;
    present.header = CsvHeader::Present;
    QCOMPARE(loadCsv(test::writeFile(m_dir.filePath("h4.csv"), "1,2\n3,0\n4,1\n"), present).sampleCount(), Index(2));
    CsvOptions absent;
    absent.header = CsvHeader::Absent;
    QCOMPARE(loadCsv(test::writeFile(m_dir.filePath("h5.csv"), "colour,label\nred,yes\nblue,no\n"), absent).sampleCount(), Index(3));
}

void TestCsv::spacesAndQuotedNumbers()
{
    const Dataset d = loadCsv(test::writeFile(m_dir.filePath("spaces.csv"), "a , b ,y\n 1 , \"2\" ,0\n+3,-4e1,1\n"));
    QCOMPARE(d.featureNames, (std::vector<std::string>{"a", "b"}));
    compareMatrix(d.inputs, {{1, 3}, {2, -40}});
}

void TestCsv::parserRowNumbers()
{
    const CsvTable t = parseCsv("a,b\n\"x\ny\",1\n\n\"q\"\"\",2", 0, "t");
    QCOMPARE(t.delimiter, ',');
    QCOMPARE(t.rows.size(), size_t(3));
    QCOMPARE(t.rows[1].number, 2);
    QCOMPARE(t.rows[1].cells[0], std::string("x\ny"));
    QCOMPARE(t.rows[2].number, 4);
    QCOMPARE(t.rows[2].cells[0], std::string("q\""));
    QCOMPARE(t.rows[2].cells[1], std::string("2"));
    QCOMPARE(detectCsvDelimiter("a;b;c,d\n"), ';');
    QCOMPARE(detectCsvDelimiter("\"a;b;c\",d\n"), ',');
    QCOMPARE(detectCsvDelimiter("a\tb\n"), '\t');
}

QTEST_APPLESS_MAIN(TestCsv)
#include "test_csv.moc"
