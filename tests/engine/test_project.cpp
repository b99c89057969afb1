// The project file: round trips, atomic writes, and a clear message for every kind of
// malformed file.
#include <QtTest>

#include <bit>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/json_fields.h"
#include "core/rng.h"
#include "io/examples.h"
#include "model/model.h"
#include "io/project.h"

using namespace layerlab;

class TestProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithWeights();
    void versionOneFileReadsAsBefore();
    void everyKeyIsSnakeCase();
    void floatsAreWrittenShortest();
    void floatsRoundTripBitExact();
    void everyExampleRoundTrips();
    void malformed_data();
    void malformed();
    void atomicWriteLeavesNoTemporaryFiles();
    void unwritableFolderIsReported();
    void missingFileIsReported();
    void errorsAreMessages();
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

// A project with one layer of every kind and no setting at a value a float holds exactly
// (0.1, 0.3, 1e-7, ...), so that every float field shows how it is written.
Project everyFloatProject()
{
    Project p;
    LayerSpec dropout = LayerSpec::of(LayerKind::Dropout);
    dropout.rate = 0.3f;
    p.model.layers = {LayerSpec::dense(4, Activation::Tanh, {InitKind::Normal, 0.1f}), dropout,
                      LayerSpec::of(LayerKind::BatchNorm), LayerSpec::dense(2, Activation::Softmax)};
    p.data.noise = 0.1f;
    p.data.testFraction = 0.1f;
    p.training.schedule.stepEpochs = 2.2f;
    p.training.clipping = {0.1f, 0.7f};
    p.training.earlyStopping.minDelta = 0.01f;
    return p;
}

// Calls visit(path, value) for every value under j, path naming it ("training.optimizer.rho",
// "model.layers.0.units").
void forEachValue(const nlohmann::json& j, const std::string& path,
                  const std::function<void(const std::string&, const nlohmann::json&)>& visit)
{
    visit(path, j);
    if (j.is_structured())
        for (const auto& [key, value] : j.items())
            forEachValue(value, path.empty() ? key : path + "." + key, visit);
}

// validText() with one field set to a number as raw JSON text (1e400, which no JSON library
// value can hold): edit sets the field to the marker string.
std::string withRawNumber(const std::function<void(nlohmann::json&, const char*)>& edit, const std::string& number)
{
    const char* marker = "@RAW-NUMBER@";
    std::string text = edited([&](nlohmann::json& j) { edit(j, marker); });
    const std::string quoted = std::string("\"") + marker + "\"";
    text.replace(text.find(quoted), quoted.size(), number);
    return text;
}

// "0.1" -> 1, "1.0000000116860974e-07" -> 17: digits from the first to the last non-zero.
int significantDigits(std::string_view text)
{
    const std::string_view mantissa = text.substr(0, text.find_first_of("eE"));
    std::string digits;
    for (char c : mantissa)
        if (c >= '0' && c <= '9')
            digits += c;
    const size_t first = digits.find_first_not_of('0');
    return first == std::string::npos ? 1 : int(digits.find_last_not_of('0') - first + 1);
}

std::string shortestText(float value)
{
    char text[32];
    return std::string(text, std::to_chars(std::begin(text), std::end(text), value).ptr);
}

// A template of the engine's, and so is every message inside it: nothing was assembled from
// English pieces. A JSON library's own text may fill a template as a name.
bool isEngineMessage(const Message& m)
{
    if (!m.text || !m.context || std::string_view(m.context) != kEngineTextContext)
        return false;
    for (const MessageArg& arg : m.args)
        if (arg.type == MessageArg::Type::Message && !(arg.inner && isEngineMessage(*arg.inner)))
            return false;
    return true;
}
}  // namespace

void TestProject::roundTripWithWeights()
{
    const Project p = parseProject(validText());
    QVERIFY(p.weights.has_value());
    QCOMPARE(parseProject(serializeProject(p)), p);
}

// tests/engine/fixtures/project_v1.layerlab was saved by LayerLab before format version 2
// ('layerlab-cli train ... --save' on a small blobs project with BatchNorm and Dropout),
// with every setting away from its default: it must still read to the same project.
void TestProject::versionOneFileReadsAsBefore()
{
    Project expected;
    expected.name = "Version 1 fixture";
    expected.description = "A small project saved by LayerLab before format version 2 (camelCase data keys).";
    expected.seed = 7;
    LayerSpec batchNorm = LayerSpec::of(LayerKind::BatchNorm);
    batchNorm.momentum = 0.9f;
    batchNorm.epsilon = 0.001f;
    LayerSpec dropout = LayerSpec::of(LayerKind::Dropout);
    dropout.rate = 0.25f;
    expected.model.layers = {LayerSpec::dense(6, Activation::ReLU, {InitKind::HeNormal, 0.1f}), batchNorm, dropout,
                             LayerSpec::dense(3, Activation::Softmax, {InitKind::XavierUniform, 0.1f})};
    expected.data = {.source = "blobs", .samples = 60, .noise = 0.3f, .classes = 3, .features = {"x1", "x2", "x1*x2"},
                     .path = "", .labelsPath = "labels.idx", .labelColumn = "2", .labelTask = "classification",
                     .sampleLimit = 50, .removeDuplicates = true, .missing = "mean", .outliers = "clip",
                     .outlierRule = "iqr", .normalization = "zscore", .validationFraction = 0.25f,
                     .testFraction = 0.1f, .stratify = false};
    expected.training = {.loss = LossKind::SparseCategoricalCrossEntropy,
                         .optimizer = {.kind = OptimizerKind::AdamW, .learningRate = 0.05f, .weightDecay = 0.02f},
                         .schedule = {.kind = ScheduleKind::Step, .stepEpochs = 2, .factor = 0.7f},
                         .plateau = {true, 4, 0.3f, 1e-4f},
                         .regularization = {Penalty::L2, 0.001f},
                         .clipping = {5, 0.5f},
                         .earlyStopping = {true, 3, 0.01f, false},
                         .epochs = 3,
                         .batchSize = 8,
                         .shuffle = false,
                         .threads = 1,
                         .shardSize = 16,
                         .probeEvery = 5};

    const Project read = readProjectFile(LAYERLAB_TEST_DATA_DIR "/fixtures/project_v1.layerlab");
    QVERIFY(read.weights.has_value());
    // The trained weights as the file holds them (first, second and last of each buffer).
    const SavedWeights& w = *read.weights;
    QCOMPARE(w.parameters.size(), Index(57));
    QCOMPARE(w.state.size(), Index(12));
    QCOMPARE(w.parameters(0), 0x1.12345ep+0f);
    QCOMPARE(w.parameters(1), -0x1.bf773cp-4f);
    QCOMPARE(w.parameters(56), -0x1.e81f16p-5f);
    QCOMPARE(w.state(0), 0x1.083752p-1f);
    QCOMPARE(w.state(1), 0x1.c45d0ep-3f);
    QCOMPARE(w.state(11), 0x1.5ceaacp-2f);
    expected.weights = w;
    QCOMPARE(read, expected);
    // saved again, it is a version-2 file of the same project
    QCOMPARE(parseProject(serializeProject(read)), expected);
}

void TestProject::everyKeyIsSnakeCase()
{
    const nlohmann::json j = nlohmann::json::parse(serializeProject(parseProject(validText())));
    QCOMPARE(j["version"].get<int>(), kProjectFormatVersion);
    forEachValue(j, "", [](const std::string& path, const nlohmann::json&) {
        const std::string key = path.substr(path.rfind('.') + 1);
        QVERIFY2(key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos, path.c_str());
    });
}

void TestProject::floatsAreWrittenShortest()
{
    const std::string text = serializeProject(everyFloatProject());
    QVERIFY2(text.find("\"noise\": 0.1,") != std::string::npos, text.c_str());
    QVERIFY2(text.find("\"init_value\": 0.1,") != std::string::npos, text.c_str());
    QVERIFY2(text.find("\"epsilon\": 1e-07,") != std::string::npos, text.c_str());
    // Every number with a fraction, weights aside (base64, exact), has exactly the digits of
    // its float's shortest text: none was written as the double the float widens to.
    int floats = 0;
    forEachValue(nlohmann::json::parse(text), "", [&](const std::string& path, const nlohmann::json& v) {
        if (!v.is_number_float())
            return;
        ++floats;
        const std::string written = v.dump();
        QVERIFY2(significantDigits(written) == significantDigits(shortestText(v.get<float>())),
                 (path + " is written as " + written).c_str());
    });
    QVERIFY(floats >= 25);  // every float field of a layer, the data and the training
}

void TestProject::floatsRoundTripBitExact()
{
    Rng rng(3);
    auto randomFloat = [&] {
        float value;
        do
            value = std::bit_cast<float>(std::uint32_t(rng()));  // every exponent, subnormals too
        while (!std::isfinite(value));
        return value;
    };
    for (int i = 0; i < 200'000; ++i) {
        const float value = randomFloat();
        const nlohmann::json written = nlohmann::json::parse(jsonFloat(value).dump());
        const float read = written.get<float>();
        QVERIFY2(std::bit_cast<std::uint32_t>(read) == std::bit_cast<std::uint32_t>(value),
                 (shortestText(value) + " was written as " + written.dump()).c_str());
    }
    // and through a whole project file, as a field that takes any float
    Project p = everyFloatProject();
    for (int i = 0; i < 100; ++i) {
        p.model.layers[0].init.value = randomFloat();
        QCOMPARE(parseProject(serializeProject(p)), p);
    }
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
    QTest::newRow("next version")
        << QByteArray::fromStdString(edited([](auto& j) { j["version"] = kProjectFormatVersion + 1; }))
        << "The project was written by a newer LayerLab (format version 3); this version reads up to version 2. "
           "Update LayerLab to open it.";
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
    // Numbers that overflow, or that are not what the field holds (issue 18).
    const auto raw = [](const std::function<void(nlohmann::json&, const char*)>& edit, const std::string& number) {
        return QByteArray::fromStdString(withRawNumber(edit, number));
    };
    QTest::newRow("learning rate 1e400")
        << raw([](auto& j, auto m) { j["training"]["optimizer"]["learning_rate"] = m; }, "1e400")
        << "The project's training section is not valid: field 'training.optimizer.learning_rate' holds the number "
           "1e400, which is too large for any field of a project.";
    QTest::newRow("units -1e400")
        << raw([](auto& j, auto m) { j["model"]["layers"][1]["units"] = m; }, "-1e400")
        << "The project's model section is not valid: field 'model.layers[1].units' holds the number -1e400";
    QTest::newRow("seed 1e400") << raw([](auto& j, auto m) { j["seed"] = m; }, "1e400")
                                << "The project's header section is not valid: field 'seed' holds the number 1e400";
    QTest::newRow("version 1e400") << raw([](auto& j, auto m) { j["version"] = m; }, "1e400")
                                   << "field 'version' holds the number 1e400";
    QTest::newRow("data 1e400") << raw([](auto& j, auto m) { j["data"]["noise"] = m; }, "1E+400")
                                << "The project's data section is not valid: field 'data.noise' holds the number 1E+400";
    QTest::newRow("version 1e10") << raw([](auto& j, auto m) { j["version"] = m; }, "1e10")
                                  << "The project's format version 10000000000 is not valid.";
    QTest::newRow("version 1.5") << raw([](auto& j, auto m) { j["version"] = m; }, "1.5")
                                 << "The project's format version 1.5 is not valid.";
    QTest::newRow("version huge integer") << raw([](auto& j, auto m) { j["version"] = m; }, "99999999999999999999")
                                          << "The project's format version";
    QTest::newRow("units 1.5") << raw([](auto& j, auto m) { j["model"]["layers"][0]["units"] = m; }, "1.5")
                               << "The project's model section is not valid: layer 1: field 'units' must be a whole "
                                  "number, not 1.5";
    QTest::newRow("epochs 2.5") << raw([](auto& j, auto m) { j["training"]["epochs"] = m; }, "2.5")
                                << "The project's training section is not valid: field 'epochs' must be a whole number";
    QTest::newRow("seed 1e30") << raw([](auto& j, auto m) { j["seed"] = m; }, "1e30")
                               << "The project's header section is not valid: field 'seed' is 1e+30, outside the "
                                  "allowed range 0 to 18446744073709551615.";
    QTest::newRow("seed 2^64") << raw([](auto& j, auto m) { j["seed"] = m; }, "18446744073709551616")
                               << "field 'seed' is 18446744073709551616, outside the allowed range";
    QTest::newRow("seed -1") << raw([](auto& j, auto m) { j["seed"] = m; }, "-1")
                             << "The project's header section is not valid: field 'seed' is -1, outside the allowed "
                                "range 0 to 18446744073709551615.";
    QTest::newRow("seed 1.5") << raw([](auto& j, auto m) { j["seed"] = m; }, "1.5")
                              << "The project's header section is not valid: field 'seed' must be a whole number, not 1.5";
    QTest::newRow("parameter count 1e30")
        << raw([](auto& j, auto m) { j["weights"]["parameter_count"] = m; }, "1e30")
        << "The project's weights section is not valid: field 'parameter_count' is 1e+30, outside the allowed range";
    QTest::newRow("init value 1e300")
        << raw([](auto& j, auto m) { j["model"]["layers"][0]["init_value"] = m; }, "1e300")
        << "layer 1: field 'init_value' is 1e+300, outside the allowed range";
    QTest::newRow("seed true") << raw([](auto& j, auto m) { j["seed"] = m; }, "true")
                               << "field 'seed' has the wrong type (boolean)";
    // NaN and infinite weights: base64 holds any bit pattern.
    for (const float bad : {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()}) {
        Project p = parseProject(valid);
        p.weights->parameters[3] = bad;
        QTest::newRow(std::isnan(bad) ? "NaN weight" : "infinite weight")
            << QByteArray::fromStdString(serializeProject(p))
            << "The project's weights section is not valid: field 'parameters' holds a value that is not a number or "
               "is infinite (value 4): the file is damaged. Reset the weights (delete the 'weights' section) or open "
               "a backup.";
    }
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
        QVERIFY2(isEngineMessage(e.message()), e.what());
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

void TestProject::errorsAreMessages()
{
    // The unknown layer's sentence nests in the layer's, which nests in the section's: each
    // a template of its own, so that a translation puts every level into words.
    const std::string text = edited([](auto& j) { j["model"]["layers"][1]["type"] = "Transformer"; });
    try {
        parseProject(text);
        QFAIL("a malformed project was accepted");
    } catch (const ProjectFileError& e) {
        const Message& section = e.message();
        QCOMPARE(std::string(section.text), std::string("The project's model section is not valid: %1."));
        QCOMPARE(section.args.size(), size_t(1));
        const Message& layer = *section.args[0].inner;
        QCOMPARE(std::string(layer.text), std::string("layer %1: %2"));
        QCOMPARE(int(layer.args[0].type), int(MessageArg::Type::Count));
        QCOMPARE(layer.args[0].number, 2.0);
        const Message& type = *layer.args[1].inner;
        QCOMPARE(std::string(type.text), std::string("unknown layer type '%1'"));
        QCOMPARE(type.args[0].text, std::string("Transformer"));
    }
}

QTEST_APPLESS_MAIN(TestProject)
#include "test_project.moc"
