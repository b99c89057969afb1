// The training loop: convergence on problems with known answers, determinism across
// thread counts, the divergence watch, early stopping, clipping and penalties.
#include <QtTest>

#include <atomic>
#include <cmath>

#include <tbb/parallel_for.h>

#include "data/data_spec.h"
#include "data/generators.h"
#include "core/error.h"
#include "io/examples.h"
#include "session/build_trainer.h"
#include "session/snapshot.h"
#include "training/divergence_text.h"
#include "training/flush_denormals.h"
#include "training/trainer.h"

using namespace layerlab;

class TestTrainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void xorReaches100Percent();
    void linearRegressionRecoversWeights();
    void noisyTwoClassBeats95Percent();
    void sameSeedSameLossesWithOneAndTwoThreads();
    void divergenceNamesStepAndLayer();
    void divergenceShowsInTheProbes();
    void anOverflowingUpdateOfALargeModelIsCaught();
    void probeDistributionsDoNotDependOnWhenAsked();
    void probeStrideSpacesProbesOut();
    void decimatedSeriesTakesSampledValues();
    void earlyStoppingRestoresBestWeights();
    void clippingBoundsTheUpdate();
    void outputLayerMustFitTheLoss();
    void configChangesApplyWithoutReset();
    void plateauReducesTheLearningRate();
    void snapshotHistoryIsBounded();
    void builtTrainerSharesTheDataAndPicksItsWeights();
    void trainingArenasFlushDenormals();
};

namespace {

// The four XOR points, repeated: (0,0)->0, (0,1)->1, (1,0)->1, (1,1)->0, centred at 0.
Dataset xorData(int repeats)
{
    Dataset d;
    d.name = "xor";
    d.inputShape = Shape::flat(2);
    d.classCount = 2;
    d.inputs.resize(2, 4 * repeats);
    d.targets.resize(1, 4 * repeats);
    for (int r = 0; r < repeats; ++r)
        for (int i = 0; i < 4; ++i) {
            d.inputs(0, 4 * r + i) = (i & 1) ? 1.0f : -1.0f;
            d.inputs(1, 4 * r + i) = (i & 2) ? 1.0f : -1.0f;
            d.targets(0, 4 * r + i) = ((i & 1) ^ ((i >> 1) & 1)) ? 1.0f : 0.0f;
        }
    return d;
}

Trainer makeTrainer(const Project& p, std::uint64_t seed = 1)
{
    PreparedData data = prepareData(p.data, seed);
    Model model(p.model, data.train.inputShape);
    model.initialize(seed);
    return Trainer(std::move(model), std::make_shared<const Dataset>(std::move(data.train)),
                   std::make_shared<const Dataset>(std::move(data.validation)), p.training, seed);
}

}  // namespace

void TestTrainer::xorReaches100Percent()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)};
    Model model(spec, Shape::flat(2));
    model.initialize(3);
    TrainConfig config;
    config.loss = LossKind::BinaryCrossEntropy;
    config.optimizer.learningRate = 0.05f;
    config.batchSize = 4;
    config.epochs = 200;
    const Dataset data = xorData(4);
    const auto shared = std::make_shared<const Dataset>(data);
    Trainer trainer(std::move(model), shared, shared, config, 3);
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    const Metrics m = trainer.evaluate(data);
    std::printf("  XOR 2-4-1 tanh: accuracy %.3f, loss %.4f after %d epochs\n", m.accuracy, m.loss, trainer.epoch());
    QCOMPARE(m.accuracy, 1.0);
}

void TestTrainer::linearRegressionRecoversWeights()
{
    Project p = *findExample("linear-regression");
    p.data.noise = 0.0f;
    p.data.normalization = "none";
    Trainer trainer = makeTrainer(p);
    QCOMPARE(trainer.config().optimizer.kind, OptimizerKind::GradientDescent);
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    // The single Dense unit's weight (1, 2) and bias are w1, w2 and b.
    const Vector& w = trainer.model().parameters();
    std::printf("  learned w1 = %.5f, w2 = %.5f, b = %.5f (true %.1f, %.1f, %.1f)\n", w(0), w(1), w(2), kLinear2W1,
                kLinear2W2, kLinear2B);
    QVERIFY(std::abs(w(0) - kLinear2W1) < 1e-3f);
    QVERIFY(std::abs(w(1) - kLinear2W2) < 1e-3f);
    QVERIFY(std::abs(w(2) - kLinear2B) < 1e-3f);
}

void TestTrainer::noisyTwoClassBeats95Percent()
{
    Project p = *findExample("circle");
    p.data.noise = 0.1f;
    p.data.samples = 600;
    p.model.layers = {LayerSpec::dense(8, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)};
    p.training.epochs = 100;
    Trainer trainer = makeTrainer(p);
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    const double accuracy = trainer.history().back().validation.accuracy;
    std::printf("  circle, noise 0.1: validation accuracy %.3f\n", accuracy);
    QVERIFY(accuracy > 0.95);
}

void TestTrainer::sameSeedSameLossesWithOneAndTwoThreads()
{
    Project p = *findExample("blobs");
    p.model.layers.insert(p.model.layers.begin() + 1, LayerSpec::of(LayerKind::BatchNorm));
    p.model.layers.insert(p.model.layers.begin() + 1, LayerSpec::of(LayerKind::Dropout));
    p.training.batchSize = 100;  // several shards per batch
    p.training.shardSize = 16;
    p.training.epochs = 3;
    std::vector<float> losses[2];
    Vector weights[2];
    for (int threads : {1, 2}) {
        p.training.threads = threads;
        Trainer trainer = makeTrainer(p, 77);
        QCOMPARE(trainer.threads(), threads);
        while (trainer.state() == TrainerState::Ready)
            losses[threads - 1].push_back(float(trainer.step().loss));
        weights[threads - 1] = trainer.model().parameters();
    }
    QVERIFY(!losses[0].empty());
    // Bit for bit: the shards' gradients are summed in a fixed order.
    QVERIFY(losses[0] == losses[1]);
    QVERIFY(weights[0] == weights[1]);
}

void TestTrainer::divergenceNamesStepAndLayer()
{
    Project p = *findExample("diverging");
    QCOMPARE(p.training.optimizer.learningRate, 1000.0f);
    QCOMPARE(p.training.loss, LossKind::MSE);
    Trainer trainer = makeTrainer(p);
    int steps = 0;
    while (trainer.state() == TrainerState::Ready && steps++ < 10000)
        trainer.step();
    QCOMPARE(trainer.state(), TrainerState::Diverged);
    QVERIFY(trainer.divergence().has_value());
    const Divergence& d = *trainer.divergence();
    const QString message = QString::fromStdString(englishText(describeDivergence(d)));
    std::printf("  %s\n", qPrintable(message));
    QVERIFY(d.step >= 1);
    QVERIFY(message.contains(QString("step %1").arg(d.step)));
    QVERIFY(d.layer >= 0);
    QVERIFY(message.contains(QString::fromStdString(d.layerLabel)));
    QVERIFY(message.contains("Lower the learning rate"));
    // It stopped before the weights were destroyed by a non-finite update, and stays stopped.
    const auto steps0 = trainer.stepCount();
    trainer.step();
    QCOMPARE(trainer.stepCount(), steps0);
}

void TestTrainer::anOverflowingUpdateOfALargeModelIsCaught()
{
    // A model big enough that the finite checks run in chunks on both threads (30,000
    // parameters), a batch of two shards, finite gradients and a step so large that the
    // update overflows: inputs of 1000 and targets of 1e6 give gradients of about 1e9,
    // times a learning rate of 1e33 is past float's 3.4e38.
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(100, Activation::Linear), LayerSpec::dense(1, Activation::Linear)};
    Dataset d;
    d.name = "huge";
    d.task = Task::Regression;
    d.inputShape = Shape::flat(300);
    d.inputs = Matrix::Constant(300, 256, 1000.0f);
    d.targets = Matrix::Constant(1, 256, 1.0e6f);
    Model model(spec, d.inputShape);
    model.initialize(1);
    QVERIFY(model.parameterCount() > 30000);
    TrainConfig config;
    config.loss = LossKind::MSE;
    config.optimizer.kind = OptimizerKind::SGD;
    config.optimizer.learningRate = 1.0e33f;
    config.batchSize = 128;
    config.shardSize = 64;
    config.threads = 2;
    Trainer trainer(std::move(model), std::make_shared<const Dataset>(std::move(d)), nullptr, config, 1);
    trainer.step();
    QCOMPARE(trainer.state(), TrainerState::Diverged);
    QVERIFY(trainer.divergence().has_value());
    const Divergence& div = *trainer.divergence();
    std::printf("  %s\n", englishText(describeDivergence(div)).c_str());
    QCOMPARE(int(div.where), int(Divergence::Where::Update));
    QCOMPARE(div.step, std::int64_t(1));
    QVERIFY(div.layer >= 0);
}

void TestTrainer::divergenceShowsInTheProbes()
{
    Project p = *findExample("diverging");
    p.training.probeEvery = 1;
    Trainer trainer = makeTrainer(p);
    int steps = 0;
    while (trainer.state() == TrainerState::Ready && steps++ < 10000)
        trainer.step();
    QCOMPARE(trainer.state(), TrainerState::Diverged);
    // The histograms show the step that diverged (here: outputs so large that the loss
    // overflowed); the norms stay those of the last step that finished.
    const ProbeReport& r = trainer.probes();
    const Divergence& d = *trainer.divergence();
    std::printf("  %s\n", englishText(describeDivergence(d)).c_str());
    QCOMPARE(r.distributionStep, d.step);
    QCOMPARE(r.step, d.step - 1);
    const Histogram& outputs = r.layers[size_t(d.layer)].activations;
    QVERIFY(outputs.nonFinite > 0 || std::max(std::abs(outputs.lo), std::abs(outputs.hi)) > 1e15f);
}

void TestTrainer::probeDistributionsDoNotDependOnWhenAsked()
{
    // The distributions are measured when asked, from what the last step left behind:
    // asking after every step or only at the end must give the same report.
    for (int every : {1, 3}) {
        Project p = *findExample("spiral");
        p.training.probeEvery = every;
        Trainer eager = makeTrainer(p), lazy = makeTrainer(p);
        for (int i = 0; i < 7; ++i) {
            eager.step();
            lazy.step();
            const ProbeReport& e = eager.probes();
            QCOMPARE(e.step, std::int64_t(every == 1 ? i + 1 : (i / 3) * 3 + 1));
            QCOMPARE(e.distributionStep, std::int64_t(i + 1));
        }
        const ProbeReport& e = eager.probes();
        const ProbeReport& l = lazy.probes();
        QCOMPARE(l.step, e.step);
        QCOMPARE(l.distributionStep, std::int64_t(7));
        QCOMPARE(e.distributionStep, std::int64_t(7));
        QCOMPARE(l.layers.size(), e.layers.size());
        for (size_t k = 0; k < e.layers.size(); ++k) {
            QCOMPARE(l.layers[k].gradientNorm, e.layers[k].gradientNorm);
            QCOMPARE(l.layers[k].updateRatio, e.layers[k].updateRatio);
            QVERIFY(l.layers[k].weights.counts == e.layers[k].weights.counts);
            QVERIFY(l.layers[k].gradients.counts == e.layers[k].gradients.counts);
            QVERIFY(l.layers[k].activations.counts == e.layers[k].activations.counts);
            QCOMPARE(l.layers[k].activationMean, e.layers[k].activationMean);
            QVERIFY(e.layers[k].activations.total() > 0);
        }
    }
}

void TestTrainer::probeStrideSpacesProbesOut()
{
    Project p = *findExample("spiral");
    p.training.probeEvery = 2;
    Trainer trainer = makeTrainer(p);
    trainer.setProbeStride(3);  // every 6th step: steps 0, 6, 12 (reported as 1, 7, 13)
    std::vector<std::int64_t> probed;
    for (int i = 0; i < 14; ++i) {
        trainer.step();
        if (probed.empty() || probed.back() != trainer.probeNorms().step)
            probed.push_back(trainer.probeNorms().step);
    }
    QCOMPARE(probed, (std::vector<std::int64_t>{1, 7, 13}));
    trainer.reset(1);
    QCOMPARE(trainer.probeNorms().step, std::int64_t(-1));
    trainer.step();
    trainer.step();
    trainer.step();
    QCOMPARE(trainer.probeNorms().step, std::int64_t(3));  // the stride is back to 1
}

void TestTrainer::decimatedSeriesTakesSampledValues()
{
    DecimatedSeries s(4);
    for (int i = 1; i <= 4; ++i)
        s.add(i, float(i));
    // full: pairs averaged, two values per point from now on
    QCOMPARE(s.stride(), std::int64_t(2));
    QCOMPARE(std::vector<float>(s.values().begin(), s.values().end()), (std::vector<float>{1.5f, 3.5f}));
    QCOMPARE(std::vector<std::int64_t>(s.steps().begin(), s.steps().end()), (std::vector<std::int64_t>{2, 4}));
    s.add(6, 10.0f, 2);  // one sampled value standing for two: a point of its own
    QCOMPARE(s.values().back(), 10.0f);
    QCOMPARE(s.steps().back(), std::int64_t(6));
    s.add(7, 1.0f);      // one of two: waits for its pair
    QCOMPARE(s.size(), size_t(3));
    s.add(8, 3.0f);      // their mean, 2, is the fourth point: full again, halved again
    QCOMPARE(std::vector<float>(s.values().begin(), s.values().end()), (std::vector<float>{2.5f, 6.0f}));
    QCOMPARE(s.stride(), std::int64_t(4));
}

void TestTrainer::earlyStoppingRestoresBestWeights()
{
    Project p = *findExample("gaussians");
    p.data.samples = 100;
    p.data.noise = 0.6f;  // overlapping clouds: the validation loss soon stops improving
    p.model.layers = {LayerSpec::dense(64, Activation::ReLU), LayerSpec::dense(1, Activation::Sigmoid)};
    p.training.optimizer.learningRate = 0.05f;
    p.training.epochs = 500;
    p.training.earlyStopping = {true, 5, 0.0f, true};
    Trainer trainer = makeTrainer(p);
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    QCOMPARE(trainer.state(), TrainerState::EarlyStopped);
    QVERIFY(trainer.epoch() < 500);
    double best = 1e300;
    for (const auto& e : trainer.history())
        best = std::min(best, e.validation.loss);
    // The restored weights are those of the best epoch.
    QVERIFY(std::abs(trainer.evaluate(trainer.validationData()).loss - best) < 1e-6);
}

void TestTrainer::clippingBoundsTheUpdate()
{
    Project p = *findExample("diverging");
    p.training.optimizer.learningRate = 0.01f;
    p.training.clipping.globalNorm = 0.5f;
    p.training.probeEvery = 1;
    Trainer trainer = makeTrainer(p);
    const Vector before = trainer.model().parameters();
    trainer.step();
    // SGD: ||delta theta|| = lr ||g|| <= lr * 0.5
    const float moved = (trainer.model().parameters() - before).norm();
    QVERIFY(moved <= 0.01f * 0.5f * 1.0001f);
    QVERIFY(moved > 0);
}

void TestTrainer::outputLayerMustFitTheLoss()
{
    Project p = *findExample("blobs");  // 4 classes
    p.model.layers.back().units = 3;
    try {
        makeTrainer(p);
        QFAIL("a 3-unit output for 4 classes was accepted");
    } catch (const SpecError& e) {
        QVERIFY2(QString(e.what()).contains("set Dense #2 to 4 units"), e.what());
    }
}

void TestTrainer::configChangesApplyWithoutReset()
{
    Project p = *findExample("xor");
    Trainer trainer = makeTrainer(p);
    for (int i = 0; i < 5; ++i)
        trainer.step();
    TrainConfig c = trainer.config();
    c.optimizer.learningRate = 0.001f;
    c.regularization = {Penalty::L2, 0.01f};
    trainer.setConfig(c);
    QCOMPARE(trainer.stepCount(), 5LL);
    QCOMPARE(trainer.currentLearningRate(), 0.001f);
    trainer.step();
    QCOMPARE(trainer.stepCount(), 6LL);
    // An impossible loss is refused and the old one kept.
    c.loss = LossKind::MSE;
    c.loss = LossKind::SparseCategoricalCrossEntropy;  // needs 2 output units, the net has 1
    QVERIFY_THROWS_EXCEPTION(SpecError, trainer.setConfig(c));
    QCOMPARE(trainer.config().loss, LossKind::BinaryCrossEntropy);
}

void TestTrainer::plateauReducesTheLearningRate()
{
    Project p = *findExample("gaussians");
    p.data.noise = 0.6f;
    p.training.optimizer.kind = OptimizerKind::SGD;
    p.training.optimizer.learningRate = 0.5f;  // too high to keep improving: the loss stalls
    p.training.plateau = {true, 2, 0.5f, 0.01f};
    p.training.epochs = 60;
    Trainer trainer = makeTrainer(p);
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    const float last = trainer.history().back().learningRate;
    std::printf("  learning rate after %d epochs on a plateau: %g\n", trainer.epoch(), double(last));
    // Halved at least once, never below the floor.
    QVERIFY(last <= 0.25f);
    QVERIFY(last >= 0.01f - 1e-7f);
}

void TestTrainer::snapshotHistoryIsBounded()
{
    std::vector<EpochMetrics> history(10000);
    for (size_t i = 0; i < history.size(); ++i)
        history[i].epoch = int(i) + 1;
    const auto thinned = thinnedHistory(history, 100);
    QCOMPARE(thinned.size(), size_t(100));
    QCOMPARE(thinned.front().epoch, 1);
    QCOMPARE(thinned.back().epoch, 10000);
    for (size_t i = 1; i < thinned.size(); ++i)
        QVERIFY(thinned[i].epoch > thinned[i - 1].epoch);
    QCOMPARE(thinnedHistory(std::vector<EpochMetrics>(5), 100).size(), size_t(5));
}

void TestTrainer::builtTrainerSharesTheDataAndPicksItsWeights()
{
    // The trainer reads the prepared splits in place: rebuilding it after a model edit
    // copies no sample.
    const Project p = *findExample("spiral");
    const auto data = std::make_shared<const PreparedData>(prepareData(p.data, p.seed));
    const auto fresh = buildTrainer(p, data);
    QCOMPARE(&fresh->trainData(), &data->train);
    QCOMPARE(&fresh->validationData(), &data->validation);

    // Saved weights that fit the model are used unless the caller ignores them.
    Project saved = p;
    saved.weights = SavedWeights{Vector::Constant(fresh->model().parameterCount(), 0.25f), fresh->model().state()};
    QVERIFY(buildTrainer(saved, data, SavedWeightsUse::IfTheyFit)->model().parameters() == saved.weights->parameters);
    QVERIFY(buildTrainer(saved, data, SavedWeightsUse::MustFit)->model().parameters() == saved.weights->parameters);
    QVERIFY(buildTrainer(saved, data)->model().parameters() == fresh->model().parameters());
    // Weights of another model: the app starts from the seed, the CLI refuses the file.
    saved.weights->parameters = Vector::Constant(3, 0.25f);
    QVERIFY(buildTrainer(saved, data, SavedWeightsUse::IfTheyFit)->model().parameters() == fresh->model().parameters());
    QVERIFY_THROWS_EXCEPTION(ProjectFileError, buildTrainer(saved, data, SavedWeightsUse::MustFit));
}

void TestTrainer::trainingArenasFlushDenormals()
{
#if defined(__SSE__) || defined(__x86_64__)
    // Tasks in a training arena flush denormals on every thread that runs them (oneTBB runs
    // them in the mode captured when the arena was made), and the calling thread keeps its own.
    QVERIFY(!flushesDenormals());
    auto arena = makeFlushingArena(2);
    QVERIFY(!flushesDenormals());
    std::atomic<int> flushing{0};
    std::atomic<int> tasks{0};
    arena->execute([&] {
        tbb::parallel_for(0, 64, [&](int) {
            ++tasks;
            if (flushesDenormals())
                ++flushing;
            volatile float tiny = 1e-30f;
            volatile float product = tiny * 1e-10f;  // 1e-40: denormal, flushed to 0
            if (product != 0.0f)
                flushing -= 1000;
        });
    });
    QCOMPARE(flushing.load(), tasks.load());
    QVERIFY(!flushesDenormals());
    {
        const ScopedFlushDenormals flush;
        QVERIFY(flushesDenormals());
    }
    QVERIFY(!flushesDenormals());
#else
    QSKIP("denormals are flushed on x86 only");
#endif
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
