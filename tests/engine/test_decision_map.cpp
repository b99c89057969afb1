// computeNeuronMaps against the trusted path: Model::forward on one point at a time.
#include <QtTest>

#include <cmath>

#include "analysis/decision_map.h"

using namespace layerlab;

namespace {

Model makeModel(std::vector<LayerSpec> layers, int inputs, std::uint64_t seed)
{
    ModelSpec spec;
    spec.layers = std::move(layers);
    Model model(spec, Shape::flat(inputs));
    model.initialize(seed);
    // non-zero biases, so that a wrong bias layout shows
    for (Index i = 0; i < model.parameterCount(); ++i)
        if (model.weightMask()(i) == 0.0f)
            model.parameters()(i) = 0.1f * float(i % 7) - 0.3f;
    return model;
}

// Every layer's output for one raw point, through Model::forward.
std::vector<Vector> forwardOne(const Model& model, const InputTransform& transform, float x1, float x2)
{
    Matrix point(2, 1);
    point << x1, x2;
    const Matrix input = transform ? transform(point) : point;
    Workspace ws;
    model.forward(input, ws, PassInfo{});
    std::vector<Vector> out;
    for (const auto& o : ws.outputs)
        out.push_back(o.col(0));
    return out;
}

// The largest difference between the grid and per-point forward passes over every pixel.
float maxDifference(const Model& model, const InputTransform& transform, const NeuronMaps& maps)
{
    float worst = 0;
    for (int row = 0; row < maps.height; ++row)
        for (int col = 0; col < maps.width; ++col) {
            const auto expected = forwardOne(model, transform, maps.pixelX(col), maps.pixelY(row));
            for (int l = 0; l < model.layerCount(); ++l)
                for (Index n = 0; n < expected[size_t(l)].size(); ++n)
                    worst = std::max(worst, std::abs(maps.at(l, int(n), col, row) - expected[size_t(l)](n)));
        }
    return worst;
}

}  // namespace

class TestDecisionMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pixelCentresCoverTheExtent()
    {
        // 4 columns over [-2, 2]: centres at -1.5, -0.5, 0.5, 1.5; 2 rows over [0, 1], top
        // first: 0.75 then 0.25.
        const Model model = makeModel({LayerSpec::dense(1, Activation::Linear)}, 2, 1);
        const NeuronMaps maps = computeNeuronMaps(model, {}, PlaneExtent{-2, 2, 0, 1}, 4, 2);
        QCOMPARE(maps.pixelX(0), -1.5f);
        QCOMPARE(maps.pixelX(3), 1.5f);
        QCOMPARE(maps.pixelY(0), 0.75f);
        QCOMPARE(maps.pixelY(1), 0.25f);
        // the identity transform keeps the raw coordinates as inputs
        QCOMPARE(maps.inputs(0, 1 * 4 + 2), 0.5f);   // row 1, col 2: x1 = 0.5
        QCOMPARE(maps.inputs(1, 1 * 4 + 2), 0.25f);  //               x2 = 0.25
    }

    void handPickedWeights()
    {
        // y = 2 x1 - 3 x2 + 0.5 (linear unit): at the top-left pixel of a 2x2 grid over
        // [-1, 1]^2, (x1, x2) = (-0.5, 0.5): y = -1 - 1.5 + 0.5 = -2.
        Model model = makeModel({LayerSpec::dense(1, Activation::Linear)}, 2, 1);
        model.parameters() << 2.0f, -3.0f, 0.5f;
        const NeuronMaps maps = computeNeuronMaps(model, {}, PlaneExtent{}, 2, 2);
        QCOMPARE(maps.at(0, 0, 0, 0), -2.0f);
        // bottom-right (0.5, -0.5): 1 + 1.5 + 0.5 = 3
        QCOMPARE(maps.at(0, 0, 1, 1), 3.0f);
    }

    void everyNeuronMatchesForwardOnSinglePoints_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("square") << 23 << 23;
        // 300 columns: bands of 6 rows, the last band shorter (17 = 6 + 6 + 5)
        QTest::newRow("wide, uneven bands") << 300 << 17;
        QTest::newRow("one pixel") << 1 << 1;
    }
    void everyNeuronMatchesForwardOnSinglePoints()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        const Model model = makeModel({LayerSpec::dense(8, Activation::Tanh), LayerSpec::dense(8, Activation::ReLU),
                                       LayerSpec::dense(8, Activation::Sigmoid), LayerSpec::dense(1, Activation::Sigmoid)},
                                      2, 42);
        const NeuronMaps maps = computeNeuronMaps(model, {}, PlaneExtent{-3, 5, -2, 1}, width, height);
        QCOMPARE(int(maps.layers.size()), 4);
        QCOMPARE(maps.layers[1].rows(), Index(8));
        QCOMPARE(maps.layers[1].cols(), Index(width) * height);
        const float worst = maxDifference(model, {}, maps);
        QVERIFY2(worst < 1e-5f, qPrintable(QString("max difference %1").arg(worst)));
    }

    void theTransformFeedsTheNetwork()
    {
        // Derived features and a normalisation: (x1, x2) -> ((x1 - 1) / 2, x2 / 4, x1 * x2).
        const InputTransform transform = [](const Matrix& raw) {
            Matrix f(3, raw.cols());
            f.row(0) = (raw.row(0).array() - 1.0f) / 2.0f;
            f.row(1) = raw.row(1).array() / 4.0f;
            f.row(2) = raw.row(0).array() * raw.row(1).array();
            return f;
        };
        const Model model = makeModel({LayerSpec::dense(5, Activation::Tanh), LayerSpec::of(LayerKind::Dropout),
                                       LayerSpec::dense(3, Activation::Softmax)},
                                      3, 7);
        const NeuronMaps maps = computeNeuronMaps(model, transform, PlaneExtent{-1, 3, -4, 4}, 31, 19);
        QCOMPARE(maps.inputs.rows(), Index(3));
        // the third feature of pixel (col 30, row 0) is x1 * x2 at that pixel's centre
        QCOMPARE(maps.inputs(2, 30), maps.pixelX(30) * maps.pixelY(0));
        const float worst = maxDifference(model, transform, maps);
        QVERIFY2(worst < 1e-5f, qPrintable(QString("max difference %1").arg(worst)));
    }

    void outputOnlyKeepsTheLastLayer()
    {
        const Model model = makeModel({LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(2, Activation::Softmax)},
                                      2, 3);
        const NeuronMaps all = computeNeuronMaps(model, {}, PlaneExtent{}, 16, 16);
        const NeuronMaps out = computeNeuronMaps(model, {}, PlaneExtent{}, 16, 16, KeepLayers::OutputOnly);
        QCOMPARE(int(out.layers.size()), 2);
        QCOMPARE(out.layers[0].size(), Index(0));
        QCOMPARE(out.inputs.size(), Index(0));
        QCOMPARE(out.layers[1], all.layers[1]);
    }

    void refusesAMismatchedTransform()
    {
        const Model model = makeModel({LayerSpec::dense(1, Activation::Linear)}, 3, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeNeuronMaps(model, {}, PlaneExtent{}, 8, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeNeuronMaps(Model{}, {}, PlaneExtent{}, 8, 8));
        const Model fits = makeModel({LayerSpec::dense(1, Activation::Linear)}, 2, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeNeuronMaps(fits, {}, PlaneExtent{}, 0, 8));
    }
};

QTEST_APPLESS_MAIN(TestDecisionMap)
#include "test_decision_map.moc"
