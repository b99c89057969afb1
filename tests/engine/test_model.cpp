// Model building: shape inference, the messages for impossible specs, parameter layout.
#include <QtTest>

#include "core/error.h"
#include "layers/layer_factory.h"
#include "model/model.h"
#include "model/summary.h"

using namespace layerlab;

class TestModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapesAndParameterCounts();
    void impossibleSpecs_data();
    void impossibleSpecs();
    void initializationIsSeededPerLayer();
    void summaryTable();
    void typedParameterAccess();
};

void TestModel::shapesAndParameterCounts()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(8, Activation::Tanh), LayerSpec::of(LayerKind::Dropout),
                   LayerSpec::of(LayerKind::BatchNorm), LayerSpec::dense(3, Activation::Softmax)};
    const auto shapes = inferShapes(spec, Shape::flat(2));
    QCOMPARE(shapes.size(), size_t(4));
    QCOMPARE(shapes.back(), Shape::flat(3));
    Model model(spec, Shape::flat(2));
    // (2+1)*8 + 0 + 2*8 + (8+1)*3 = 24 + 16 + 27
    QCOMPARE(model.parameterCount(), Index(67));
    QCOMPARE(model.state().size(), Index(16));
    // weight mask: Dense weights are weights, biases/gamma/beta are not
    QCOMPARE(model.weightMask().sum(), float(16 + 24));
}

void TestModel::impossibleSpecs_data()
{
    QTest::addColumn<QString>("layers");  // compact: "D8" dense 8, "F" flatten, "R1.0" dropout rate
    QTest::addColumn<bool>("imageInput");
    QTest::addColumn<QString>("message");
    QTest::newRow("dense on image") << "D8" << true << "Dense #1 expects a flat input but receives 26x26x32: add Flatten before it";
    QTest::newRow("dense after dense on image") << "F,D8,D0" << true << "Dense #3 needs at least 1 unit";
    QTest::newRow("dropout rate 1") << "D4,R1" << false << "Dropout #2 needs a rate in [0, 1)";
    QTest::newRow("too many parameters") << "D100000,D100000" << false << "Dense #2 brings the model to";
    QTest::newRow("empty model") << "" << false << "The model has no layers";
}

void TestModel::impossibleSpecs()
{
    QFETCH(QString, layers);
    QFETCH(bool, imageInput);
    QFETCH(QString, message);
    ModelSpec spec;
    for (const QString& token : layers.split(',', Qt::SkipEmptyParts)) {
        if (token.startsWith('D'))
            spec.layers.push_back(LayerSpec::dense(token.mid(1).toInt(), Activation::ReLU));
        else if (token == "F")
            spec.layers.push_back(LayerSpec::of(LayerKind::Flatten));
        else if (token.startsWith('R')) {
            LayerSpec s = LayerSpec::of(LayerKind::Dropout);
            s.rate = token.mid(1).toFloat();
            spec.layers.push_back(s);
        }
    }
    const Shape input = imageInput ? Shape::image(32, 26, 26) : Shape::flat(4);
    try {
        Model model(spec, input);
        QFAIL("an impossible model was built");
    } catch (const SpecError& e) {
        QVERIFY2(QString(e.what()).startsWith(message), e.what());
        // "<layer> <what is wrong>": the layer as a layer, so that the app can name it in its language
        if (e.layer >= 0) {
            QCOMPARE(std::string(e.message().text), std::string("%1 %2"));
            QCOMPARE(int(e.message().args[0].type), int(MessageArg::Type::Layer));
            QCOMPARE(int(e.message().args[0].number), e.layer);
            QVERIFY(e.message().args[1].inner && e.message().args[1].inner->text);
        }
    }
}

void TestModel::initializationIsSeededPerLayer()
{
    ModelSpec a, b;
    a.layers = {LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)};
    b.layers = {LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(1, Activation::Linear)};
    Model ma(a, Shape::flat(2)), mb(b, Shape::flat(2)), mc(a, Shape::flat(2));
    ma.initialize(5);
    mb.initialize(5);
    mc.initialize(6);
    // Same seed, same first layer: same weights, even though the output layer differs.
    QCOMPARE(ma.parameters().head(12), mb.parameters().head(12));
    QVERIFY(ma.parameters() != mc.parameters());
}

void TestModel::summaryTable()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(8, Activation::Tanh), LayerSpec::of(LayerKind::BatchNorm),
                   LayerSpec::dense(1, Activation::Sigmoid)};
    const ModelSummary s = summarizeModel(spec, Shape::flat(2));
    QCOMPARE(s.rows.size(), size_t(3));
    QCOMPARE(s.rows[0].outputShape, std::string("(None, 8)"));
    QCOMPARE(s.rows[1].parameters, 32LL);  // gamma, beta + running mean, variance
    QCOMPARE(s.trainableParameters, 24LL + 16 + 9);
    QCOMPARE(s.nonTrainableParameters, 16LL);
    const std::string text = formatSummary(s);
    QVERIFY(text.find("Dense #1 (tanh)") != std::string::npos);
    QVERIFY(text.find("Total params: 65") != std::string::npos);
}

// A reader that asks for "weight" and "bias" gets the matrices the forward pass uses:
// y = W x + b with W (outputs, inputs), whatever the buffer's layout is.
void TestModel::typedParameterAccess()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(3, Activation::Linear), LayerSpec::of(LayerKind::BatchNorm),
                   LayerSpec::dense(2, Activation::Linear)};
    Model model(spec, Shape::flat(4));
    model.initialize(3);
    const ConstMatrixMap w = model.parameter(0, "weight");
    const ConstMatrixMap b = model.parameter(0, "bias");
    QCOMPARE(w.rows(), Index(3));
    QCOMPARE(w.cols(), Index(4));
    QCOMPARE(b.rows(), Index(3));
    QCOMPARE(b.cols(), Index(1));
    Matrix x(4, 1);
    x << 0.5f, -1.0f, 2.0f, 0.25f;
    Workspace ws;
    model.forward(x, ws, PassInfo{});
    const Matrix expected = w * x + b;
    QVERIFY2(ws.outputs[0].isApprox(expected, 1e-6f), "Dense #1's output is W x + b from the typed parameters");
    // the second Dense layer's weight is (2, 3) and sits after BatchNorm's gamma and beta
    QCOMPARE(model.parameter(2, "weight").rows(), Index(2));
    QCOMPARE(model.parameter(2, "weight").cols(), Index(3));
    QCOMPARE(model.parameter(1, "gamma").size(), Index(3));
    QVERIFY(model.hasParameter(1, "beta"));
    QVERIFY(!model.hasParameter(1, "weight"));
    QVERIFY(!model.hasParameter(7, "weight"));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, model.parameter(1, "weight"));
}

QTEST_APPLESS_MAIN(TestModel)
#include "test_model.moc"
