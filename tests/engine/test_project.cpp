// The project file: round trips, atomic writes, and a clear message for every kind of
// malformed file.
#include <QtTest>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "io/examples.h"
#include "model/model.h"
#include "io/project.h"

using namespace layerlab;

class TestProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithWeights();
    void everyExampleRoundTrips();
    void malformed_data();
    void malformed();
    void atomicWriteLeavesNoTemporaryFiles();
    void unwritableFolderIsReported();
    void missingFileIsReported();
};

namespace {
std::string validText()
{
    Project p = *findExample("spiral");
    Model m(p.model, Shape::flat(2));
    m.initialize(1);
    p.weights = SavedWeights{m.parameters(), m.state()};
    return serializeProject(p);
}

std::string edited(const std::function<void(nlohmann::json&)>& edit)
{
    nlohmann::json j = nlohmann::json::parse(validText());
    edit(j);
    return j.dump();
}
}  // namespace

void TestProject::roundTripWithWeights()
{
    const Project p = parseProject(validText());
    QVERIFY(p.weights.has_value());
    QCOMPARE(parseProject(serializeProject(p)), p);
}

void TestProject::everyExampleRoundTrips()
{
    for (const auto& e : builtInExamples())
        QVERIFY2(parseProject(serializeProject(e.project)) == e.project, e.name.c_str());
}

void TestProject::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const std::string valid = validText();
    QTest::newRow("empty") << QByteArray("") << "The file is empty";
    QTest::newRow("whitespace") << QByteArray(" \n ") << "The file is empty";
    QTest::newRow("truncated") << QByteArray::fromStdString(valid.substr(0, valid.size() / 2)) << "The file ends too early";
    QTest::newRow("not json") << QByteArray("hello") << "The file is not valid JSON";
    QTest::newRow("json array") << QByteArray("[1, 2]") << "not a LayerLab project (expected an object)";
    QTest::newRow("other format") << QByteArray::fromStdString(edited([](auto& j) { j["format"] = "keras"; }))
                                  << "The file is not a LayerLab project (its 'format' is 'keras'";
    QTest::newRow("newer version") << QByteArray::fromStdString(edited([](auto& j) { j["version"] = 99; }))
                                   << "The project was written by a newer LayerLab (format version 99)";
    QTest::newRow("version as text") << QByteArray::fromStdString(edited([](auto& j) { j["version"] = "one"; }))
                                     << "The project header is damaged: field 'version' has the wrong type";
    QTest::newRow("no model") << QByteArray::fromStdString(edited([](auto& j) { j.erase("model"); }))
                              << "The project's model section is not valid: the 'model' section is missing";
    QTest::newRow("layers not a list") << QByteArray::fromStdString(edited([](auto& j) { j["model"]["layers"] = 3; }))
                                       << "The project's model section is not valid: the model needs a 'layers' list";
    QTest::newRow("unknown layer")
        << QByteArray::fromStdString(edited([](auto& j) { j["model"]["layers"][1]["type"] = "Transformer"; }))
        << "The project's model section is not valid: layer 2: unknown layer type 'Transformer'";
    QTest::newRow("units as text")
        << QByteArray::fromStdString(edited([](auto& j) { j["model"]["layers"][0]["units"] = "eight"; }))
        << "The project's model section is not valid: layer 1: field 'units' has the wrong type (string)";
    QTest::newRow("absurd units")
        << QByteArray::fromStdString(edited([](auto& j) { j["model"]["layers"][0]["units"] = 1000000000000LL; }))
        << "The project's model section is not valid: layer 1: field 'units' is 1000000000000, outside the allowed range 1 to 1000000";
    QTest::newRow("too many units")
        << QByteArray::fromStdString(edited([](auto& j) { j["model"]["layers"][0]["units"] = 5000000; }))
        << "The project's model section is not valid: layer 1: field 'units' is 5000000, outside the allowed range";
    QTest::newRow("unknown activation")
        << QByteArray::fromStdString(edited([](auto& j) { j["model"]["layers"][0]["activation"] = "magic"; }))
        << "layer 1: field 'activation' has an unknown value 'magic'";
    QTest::newRow("negative learning rate")
        << QByteArray::fromStdString(edited([](auto& j) { j["training"]["optimizer"]["learning_rate"] = -1; }))
        << "The project's training section is not valid: field 'learning_rate' is";
    QTest::newRow("unknown optimizer")
        << QByteArray::fromStdString(edited([](auto& j) { j["training"]["optimizer"]["type"] = "lion"; }))
        << "The project's training section is not valid: field 'type' has an unknown value 'lion'";
    QTest::newRow("damaged weights")
        << QByteArray::fromStdString(edited([](auto& j) { j["weights"]["parameters"] = "abc"; }))
        << "The project's weights section is not valid: field 'parameters' is not valid base64";
    QTest::newRow("weights count mismatch")
        << QByteArray::fromStdString(edited([](auto& j) { j["weights"]["parameter_count"] = 7; }))
        << "The project's weights section is not valid: the weights hold 105 values but the file says 7";
}

void TestProject::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        parseProject(text.toStdString());
        QFAIL("a malformed project was accepted");
    } catch (const ProjectFileError& e) {
        QVERIFY2(QString(e.what()).startsWith(message) || QString(e.what()).contains(message), e.what());
    }
}

void TestProject::atomicWriteLeavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const std::filesystem::path path = dir.filePath("model.layerlab").toStdString();
    const Project p = parseProject(validText());
    writeProjectFile(path, p);
    writeProjectFile(path, p);  // overwrite in place
    QCOMPARE(readProjectFile(path), p);
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path().toStdString()))
        ++files;
    QCOMPARE(files, 1);
}

void TestProject::unwritableFolderIsReported()
{
    try {
        writeProjectFile("/nonexistent-folder/x.layerlab", Project{});
        QFAIL("writing into a missing folder succeeded");
    } catch (const ProjectFileError& e) {
        QVERIFY2(QString(e.what()).startsWith("Cannot write in /nonexistent-folder"), e.what());
    }
}

void TestProject::missingFileIsReported()
{
    QVERIFY_THROWS_EXCEPTION(ProjectFileError, readProjectFile("/nonexistent-folder/x.layerlab"));
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(ProjectFileError, readProjectFile(dir.path().toStdString()));
}

QTEST_APPLESS_MAIN(TestProject)
#include "test_project.moc"
