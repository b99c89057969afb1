// Dense, Dropout, BatchNorm and Flatten: hand-worked forward passes, gradient checks and
// save/load round trips.
#include <QtTest>

#include "layers/batch_norm.h"
#include "layers/dense.h"
#include "layers/dropout.h"
#include "core/error.h"
#include "model/model.h"
#include "io/project.h"
#include "test_support.h"

using namespace layerlab;

class TestLayers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void denseForwardByHand();
    void dropoutForward();
    void batchNormForwardByHand();
    void batchNormInferenceUsesRunningStatistics();
    void flattenKeepsValues();
    void gradientCheck_data();
    void gradientCheck();
    void saveLoadRoundTrip_data();
    void saveLoadRoundTrip();
};

void TestLayers::denseForwardByHand()
{
    // W = [[1, 2], [-1, 0.5], [0, 3]] (3 outputs, 2 inputs), b = (0.5, 0, -1), linear.
    // x = (1, 2):  W x + b = (1 + 4 + 0.5, -1 + 1 + 0, 0 + 6 - 1) = (5.5, 0, 5)
    // x = (-1, 0): W x + b = (-1 + 0.5, 1 + 0, 0 - 1) = (-0.5, 1, -1); ReLU gives (0, 1, 0).
    const DenseLayer layer(LayerSpec::dense(3, Activation::Linear), Shape::flat(2));
    // column-major (3, 2) weight, then bias
    const float params[] = {1, -1, 0, 2, 0.5f, 3, 0.5f, 0, -1};
    Matrix x(2, 2);
    x << 1, -1, 2, 0;
    Matrix y;
    LayerCache cache;
    layer.forward(params, nullptr, x, y, cache, {});
    Matrix expected(3, 2);
    expected << 5.5f, -0.5f, 0, 1, 5, -1;
    QVERIFY(test::matricesClose(y, expected, 1e-6f, "dense linear"));

    const DenseLayer relu(LayerSpec::dense(3, Activation::ReLU), Shape::flat(2));
    relu.forward(params, nullptr, x, y, cache, {});
    expected << 5.5f, 0, 0, 1, 5, 0;
    QVERIFY(test::matricesClose(y, expected, 1e-6f, "dense relu"));
}

void TestLayers::dropoutForward()
{
    LayerSpec spec = LayerSpec::of(LayerKind::Dropout);
    spec.rate = 0.25f;
    const DropoutLayer layer(spec, Shape::flat(1000));
    const Matrix x = Matrix::Constant(1000, 4, 2.0f);
    Matrix y;
    LayerCache cache;
    // Inference: identity.
    layer.forward(nullptr, nullptr, x, y, cache, {false, 1});
    QCOMPARE(y, x);
    // Training: each value is dropped (0) or kept and scaled by 1 / (1 - 0.25): 2 -> 8/3.
    layer.forward(nullptr, nullptr, x, y, cache, {true, 1});
    const Index dropped = (y.array() == 0.0f).count();
    const Index kept = ((y.array() - 8.0f / 3.0f).abs() < 1e-5f).count();
    QCOMPARE(dropped + kept, y.size());
    QVERIFY(dropped > 900 && dropped < 1100);  // 25% of 4000, within 3.5 standard deviations
    // The same seed drops the same units.
    Matrix again;
    layer.forward(nullptr, nullptr, x, again, cache, {true, 1});
    QCOMPARE(again, y);
    // A rate of 1 is refused.
    spec.rate = 1.0f;
    QVERIFY_THROWS_EXCEPTION(SpecError, DropoutLayer(spec, Shape::flat(3)));
}

void TestLayers::batchNormForwardByHand()
{
    // One feature over a batch of 4: x = (1, 2, 3, 6), mean 3, variance (4+1+0+9)/4 = 3.5.
    // With eps = 0.5: std = sqrt(4) = 2, xhat = (-1, -0.5, 0, 1.5).
    // gamma = 2, beta = 1: y = (-1, 0, 1, 4).
    LayerSpec spec = LayerSpec::of(LayerKind::BatchNorm);
    spec.epsilon = 0.5f;
    const BatchNormLayer layer(spec, Shape::flat(1));
    const float params[] = {2, 1};
    const float state[] = {0, 1};
    Matrix x(1, 4);
    x << 1, 2, 3, 6;
    Matrix y;
    LayerCache cache;
    layer.forward(params, state, x, y, cache, {true, 0});
    Matrix expected(1, 4);
    expected << -1, 0, 1, 4;
    QVERIFY(test::matricesClose(y, expected, 1e-6f, "batch norm"));
}

void TestLayers::batchNormInferenceUsesRunningStatistics()
{
    // Two shards of 2 samples: (1, 3) and (5, 7). Whole batch mean 4, variance
    // (9 + 1 + 1 + 9) / 4 = 5. With momentum 0: running mean 4, running variance 5.
    LayerSpec spec = LayerSpec::of(LayerKind::BatchNorm);
    spec.momentum = 0.0f;
    const BatchNormLayer layer(spec, Shape::flat(1));
    const float params[] = {1, 0};
    float state[] = {0, 1};
    LayerCache a, b;
    Matrix x1(1, 2), x2(1, 2), y;
    x1 << 1, 3;
    x2 << 5, 7;
    layer.forward(params, state, x1, y, a, {true, 0});
    layer.forward(params, state, x2, y, b, {true, 0});
    const LayerCache* caches[] = {&a, &b};
    const Index sizes[] = {2, 2};
    layer.updateState(state, caches, sizes);
    QVERIFY(std::abs(state[0] - 4.0f) < 1e-6f);
    QVERIFY(std::abs(state[1] - 5.0f) < 1e-6f);
    // Inference: (x - 4) / sqrt(5 + eps)
    Matrix x(1, 1);
    x << 9;
    layer.forward(params, state, x, y, a, {false, 0});
    QVERIFY(std::abs(y(0, 0) - 5.0f / std::sqrt(5.0f + spec.epsilon)) < 1e-5f);
}

void TestLayers::flattenKeepsValues()
{
    const Matrix x = test::randomMatrix(2 * 3 * 3, 4, 5);
    auto layer = createLayer(LayerSpec::of(LayerKind::Flatten), Shape::image(2, 3, 3));
    QCOMPARE(layer->outputShape(), Shape::flat(18));
    Matrix y;
    LayerCache cache;
    layer->forward(nullptr, nullptr, x, y, cache, {});
    QCOMPARE(y, x);
}

void TestLayers::gradientCheck_data()
{
    QTest::addColumn<LayerSpec>("spec");
    QTest::addColumn<Shape>("input");
    QTest::newRow("Dense linear") << LayerSpec::dense(4, Activation::Linear) << Shape::flat(3);
    QTest::newRow("Dense tanh") << LayerSpec::dense(2, Activation::Tanh) << Shape::flat(5);
    LayerSpec dropout = LayerSpec::of(LayerKind::Dropout);
    dropout.rate = 0.3f;
    QTest::newRow("Dropout") << dropout << Shape::flat(6);
    QTest::newRow("BatchNorm flat") << LayerSpec::of(LayerKind::BatchNorm) << Shape::flat(3);
    QTest::newRow("BatchNorm channels") << LayerSpec::of(LayerKind::BatchNorm) << Shape::image(2, 2, 3);
    QTest::newRow("Flatten") << LayerSpec::of(LayerKind::Flatten) << Shape::image(2, 2, 2);
}

void TestLayers::gradientCheck()
{
    QFETCH(LayerSpec, spec);
    QFETCH(Shape, input);
    QVERIFY(test::gradientsMatch(test::checkLayerGradients(spec, input, 6), QTest::currentDataTag()));
}

void TestLayers::saveLoadRoundTrip_data()
{
    QTest::addColumn<LayerSpec>("spec");
    QTest::newRow("Dense") << LayerSpec::dense(5, Activation::GELU, {InitKind::HeNormal});
    LayerSpec dropout = LayerSpec::of(LayerKind::Dropout);
    dropout.rate = 0.2f;
    QTest::newRow("Dropout") << dropout;
    LayerSpec bn = LayerSpec::of(LayerKind::BatchNorm);
    bn.momentum = 0.9f;
    QTest::newRow("BatchNorm") << bn;
}

void TestLayers::saveLoadRoundTrip()
{
    QFETCH(LayerSpec, spec);
    Project project;
    project.model.layers = {LayerSpec::dense(4, Activation::Tanh), spec, LayerSpec::dense(2, Activation::Softmax)};
    Model model(project.model, Shape::flat(3));
    model.initialize(11);
    model.state().setRandom();  // running statistics must survive too
    model.state() = model.state().cwiseAbs();
    project.weights = SavedWeights{model.parameters(), model.state()};

    const Project loaded = parseProject(serializeProject(project));
    QCOMPARE(loaded.model, project.model);
    Model restored(loaded.model, Shape::flat(3));
    restored.parameters() = loaded.weights->parameters;
    restored.state() = loaded.weights->state;
    const Matrix x = test::randomMatrix(3, 9, 4);
    // Exactly the same predictions: weights are stored bit for bit.
    QCOMPARE(restored.predict(x), model.predict(x));
}

QTEST_APPLESS_MAIN(TestLayers)
#include "test_layers.moc"
