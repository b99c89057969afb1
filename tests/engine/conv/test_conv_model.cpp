// Convolutional models as a whole: the textbook CNN's shapes and parameter counts (as Keras
// prints them), a save/load round trip, bit-identical training for any thread count, and
// the probes of Conv2D layers.
#include <QtTest>

#include <cstring>

#include "conv_test_support.h"
#include "io/examples.h"
#include "model/model.h"
#include "analysis/probes.h"
#include "io/project.h"
#include "model/summary.h"
#include "training/trainer.h"

using namespace layerlab;
using namespace layerlab::convtest;

namespace {

// A small CNN that uses every new layer: 'same' and strided convolutions, both poolings,
// global average pooling. On 10x10: 10x10x4, 5x5x4, 3x3x6, 1x1x6 (a leftover row and
// column), 6, 2.
ModelSpec smallCnn()
{
    ModelSpec m;
    m.layers = {conv(4, 3, Activation::ReLU, 1, Padding::Same), pool(LayerKind::MaxPool2D, 2),
                conv(6, 3, Activation::Tanh, 2, Padding::Same), pool(LayerKind::AvgPool2D, 2),
                LayerSpec::of(LayerKind::GlobalAvgPool), LayerSpec::dense(2, Activation::Softmax)};
    return m;
}

TrainConfig adamConfig(int threads)
{
    TrainConfig c;
    c.loss = LossKind::SparseCategoricalCrossEntropy;
    c.optimizer.kind = OptimizerKind::Adam;
    c.optimizer.learningRate = 0.01f;
    c.batchSize = 64;
    c.shardSize = 16;  // 4 shards per mini-batch
    c.epochs = 2;
    c.threads = threads;
    return c;
}

}  // namespace

class TestConvModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textbookCnnSummary();
    void saveLoadRoundTrip();
    void sameLossesForAnyThreadCount();
    void probesOfConvolutions();
};

void TestConvModel::textbookCnnSummary()
{
    // Keras' model.summary() of the textbook CNN on 28x28x1:
    //   conv2d        (None, 26, 26, 32)   320     = 3*3*1*32 + 32
    //   max_pooling2d (None, 13, 13, 32)   0
    //   conv2d_1      (None, 11, 11, 64)   18496   = 3*3*32*64 + 64
    //   max_pooling2d (None, 5, 5, 64)     0
    //   flatten       (None, 1600)         0
    //   dense         (None, 10)           16010   = 1600*10 + 10
    //   Total params: 34,826
    const auto project = findExample("fashion-mnist-cnn");
    QVERIFY(project);
    QCOMPARE(project->data.source, std::string("fashion-mnist"));
    QCOMPARE(project->training.batchSize, 128);
    QCOMPARE(project->training.epochs, 10);
    QCOMPARE(project->training.optimizer.kind, OptimizerKind::Adam);
    QCOMPARE(project->training.loss, LossKind::SparseCategoricalCrossEntropy);
    const ModelSummary s = summarizeModel(project->model, Shape::image(1, 28, 28));
    QCOMPARE(s.rows.size(), size_t(6));
    const std::vector<std::string> shapes = {"(None, 26, 26, 32)", "(None, 13, 13, 32)", "(None, 11, 11, 64)",
                                             "(None, 5, 5, 64)", "(None, 1600)", "(None, 10)"};
    const std::vector<long long> params = {320, 0, 18496, 0, 0, 16010};
    for (size_t i = 0; i < shapes.size(); ++i) {
        QCOMPARE(s.rows[i].outputShape, shapes[i]);
        QCOMPARE(s.rows[i].parameters, params[i]);
    }
    QCOMPARE(s.rows[0].layer, std::string("Conv2D #1 (relu)"));
    QCOMPARE(s.totalParameters, 34826LL);
    QCOMPARE(project->model.layers[0].init.kind, InitKind::HeUniform);
    QCOMPARE(project->model.layers[2].init.kind, InitKind::HeUniform);
}

void TestConvModel::saveLoadRoundTrip()
{
    // The spec and the weights survive serializeProject/parseProject, and the rebuilt
    // model predicts bit for bit what the original did.
    Project p;
    p.name = "cnn round trip";
    p.model = smallCnn();
    p.model.layers[2].init = {InitKind::XavierNormal};
    const Shape input = Shape::image(1, 10, 10);
    Model original(p.model, input);
    original.initialize(99);
    p.weights = SavedWeights{original.parameters(), original.state()};
    const Project loaded = parseProject(serializeProject(p));
    QVERIFY(loaded.model == p.model);
    QVERIFY(loaded.weights);
    Model rebuilt(loaded.model, input);
    rebuilt.parameters() = loaded.weights->parameters;
    rebuilt.state() = loaded.weights->state;
    const Matrix x = barsDataset(20, 10, 5).inputs;
    const Matrix before = original.predict(x);
    const Matrix after = rebuilt.predict(x);
    QVERIFY(before.allFinite());
    QVERIFY(before == after);
}

void TestConvModel::sameLossesForAnyThreadCount()
{
    // Shards are summed in a fixed order, so one seed gives the same run, bit for bit,
    // on 1 thread and on 2.
    const Dataset train = barsDataset(256, 10, 1);
    const Dataset validation = barsDataset(64, 10, 2);
    std::vector<std::vector<float>> losses;
    std::vector<Vector> weights;
    for (int threads : {1, 2}) {
        Model model(smallCnn(), train.inputShape);
        model.initialize(7);
        Trainer trainer(model, std::make_shared<const Dataset>(train), std::make_shared<const Dataset>(validation),
                        adamConfig(threads), 7);
        std::vector<float>& stepLosses = losses.emplace_back();
        for (int epochs = 0; epochs < 2 && trainer.state() == TrainerState::Ready;) {
            const StepResult r = trainer.step();
            stepLosses.push_back(float(r.loss));
            epochs += r.epochEnded ? 1 : 0;
        }
        weights.push_back(trainer.model().parameters());
    }
    QCOMPARE(losses[0].size(), size_t(8));
    for (size_t i = 0; i < losses[0].size(); ++i)
        QCOMPARE(losses[1][i], losses[0][i]);  // QCOMPARE on floats is fuzzy: compare bits too
    QVERIFY(std::memcmp(losses[0].data(), losses[1].data(), losses[0].size() * sizeof(float)) == 0);
    QVERIFY(weights[0] == weights[1]);
}

void TestConvModel::probesOfConvolutions()
{
    // Conv2D layers get weight and gradient histograms like Dense layers, and a channel
    // whose feature map is 0 for every sample counts as one dead unit.
    const Dataset train = barsDataset(64, 8, 3);
    ModelSpec spec;
    spec.layers = {conv(4, 3), pool(LayerKind::MaxPool2D, 2), LayerSpec::of(LayerKind::Flatten),
                   LayerSpec::dense(2, Activation::Softmax)};
    Model model(spec, train.inputShape);
    model.initialize(3);
    // kill channel 2 (bias -100: its pre-activation is negative everywhere, the inputs are
    // in [0, 1]) and keep the others alive (bias +100)
    const Index biasOffset = model.layerParameterOffset(0) + 9 * 4;
    model.parameters().segment(biasOffset, 4) << 100, 100, -100, 100;

    TrainConfig config = adamConfig(1);
    config.probeEvery = 1;
    Trainer trainer(model, std::make_shared<const Dataset>(train), std::make_shared<const Dataset>(barsDataset(16, 8, 4)),
                    config, 3);
    trainer.step();
    const ProbeReport& report = trainer.probes();
    QCOMPARE(report.layers.size(), size_t(4));
    const LayerProbe& c = report.layers[0];
    QCOMPARE(c.label, std::string("Conv2D #1"));
    QVERIFY(c.hasWeights);
    QCOMPARE(c.weights.total(), std::uint64_t(9 * 4));     // weights only, not the 4 biases
    QCOMPARE(c.gradients.total(), std::uint64_t(9 * 4));
    QVERIFY(c.weightNorm > 0 && c.gradientNorm > 0 && c.updateRatio > 0);
    QCOMPARE(c.deadFraction, 0.25);                          // 1 channel of 4
    QCOMPARE(c.activations.total(), std::uint64_t(4 * 6 * 6 * 16));  // C*H*W values of a 16-sample shard
    // pooling has no weights; its output comes from the conv's, so it is not "dead" itself
    QVERIFY(!report.layers[1].hasWeights);
    QCOMPARE(report.layers[1].deadFraction, 0.0);
}

QTEST_APPLESS_MAIN(TestConvModel)
#include "test_conv_model.moc"
