// Workloads 1, 2, 3, 5, 7 and 8: training (and inference) through the public API, Model and
// Trainer, exactly as the app and layerlab-cli drive them.
#include <atomic>
#include <chrono>
#include <thread>
#include <memory>
#include <string>

#include <tbb/task_arena.h>

#include "data/idx_loader.h"
#include "core/error.h"
#include "io/examples.h"
#include "core/rng.h"
#include "session/build_trainer.h"
#include "session/probe_history.h"
#include "session/run_diagnosis.h"
#include "training/trainer.h"
#include "session/training_session.h"
#include "workloads.h"

namespace layerlab::bench {

namespace {

constexpr int kBatch = 128;
constexpr int kTinyBatch = 10;
constexpr int kNeverEnding = 1'000'000;  // epochs: the run never finishes while timed

// Uniform [0, 1) inputs of the given shape, labels uniform over the classes.
Dataset randomClassification(const Shape& shape, Index samples, int classes, std::uint64_t seed)
{
    Rng rng(seed);
    Dataset d;
    d.name = "random";
    d.task = Task::Classification;
    d.inputShape = shape;
    d.inputs.resize(shape.size(), samples);
    for (Index i = 0; i < d.inputs.size(); ++i)
        d.inputs.data()[i] = uniform01(rng);
    d.targets.resize(1, samples);
    for (Index j = 0; j < samples; ++j)
        d.targets(0, j) = float(rng() % std::uint64_t(classes));
    d.classCount = classes;
    return d;
}

// A training split alone, shared by every trainer made from it, as the app shares its data.
std::shared_ptr<const PreparedData> trainingOnly(Dataset train)
{
    auto data = std::make_shared<PreparedData>();
    data->train = std::move(train);
    return data;
}

std::unique_ptr<Trainer> makeTrainer(const ModelSpec& spec, const std::shared_ptr<const PreparedData>& data,
                                     const TrainConfig& config)
{
    Project project;
    project.model = spec;
    project.training = config;
    project.seed = 1;
    return buildTrainer(project, data);
}

// The built-in example's model and hyper-parameters, made to run for ever on `threads`.
Project example(const char* name, int threads, const Options& options)
{
    auto p = findExample(name);
    if (!p)
        throw SpecError(verbatimMessage(std::string("the built-in example '") + name + "' is missing"));
    p->training.epochs = kNeverEnding;
    p->training.threads = threads;
    if (options.shardSize > 0)
        p->training.shardSize = options.shardSize;
    return *p;
}

Result timeTraining(const Options& options, Trainer& trainer, std::string workload, std::string note)
{
    const int batch = trainer.effectiveBatchSize();
    return measure(options, std::move(workload), trainer.threads(), "samples/s", Kind::Rate, batch,
                   [&] { trainer.step(); }, std::move(note));
}

// One step as the app's session runs it: the gradient series record the probes (and space
// them out once full), and the whole probe report (with its distributions, measured on
// demand) goes into a snapshot at most every kPublishInterval.
std::function<void()> stepAsTheApp(Trainer& trainer)
{
    using Clock = std::chrono::steady_clock;
    auto history = std::make_shared<ProbeHistory>();
    history->reset(&trainer);
    return [&trainer, history, lastPublish = Clock::now(), published = ProbeReport{}]() mutable {
        trainer.step();
        history->record(trainer);
        if (const auto now = Clock::now(); now - lastPublish >= TrainingSession::kPublishInterval) {
            published = trainer.probes();
            lastPublish = now;
        }
    };
}

// One step as the session runs it with the doctor: the observer records the loss, the
// probe series and the timeline after every step (in place of stepAsTheApp's ProbeHistory),
// the probe report goes into a snapshot every kPublishInterval, and the run is diagnosed
// every kDiagnosisInterval of wall time.
std::function<void()> stepWithTheDoctor(Trainer& trainer, const std::shared_ptr<RunObserver>& observer)
{
    using Clock = std::chrono::steady_clock;
    return [&trainer, observer, lastPublish = Clock::now(), lastDiagnosis = Clock::now(),
            published = ProbeReport{}, findings = std::vector<Finding>{}]() mutable {
        observer->afterStep(trainer, trainer.step());
        const auto now = Clock::now();
        if (now - lastPublish >= TrainingSession::kPublishInterval) {
            published = trainer.probes();
            lastPublish = now;
        }
        if (now - lastDiagnosis >= TrainingSession::kDiagnosisInterval) {
            findings = observer->diagnose(trainer);
            lastDiagnosis = now;
        }
    };
}

Index mlpSamples(const Options& o) { return o.smoke ? 32 : 50 * kBatch; }

// Workload 1's training set: random 28x28 images in 10 classes.
std::shared_ptr<const PreparedData> mlpData(const Options& o)
{
    return trainingOnly(randomClassification(Shape::image(1, 28, 28), mlpSamples(o), 10, 7));
}

// A variant's paired cost from measureInterleaved (a fraction), as a row in percent.
void reportPairedCost(const Options& options, std::string workload, double cost, std::string note)
{
    // built in one go: assigning "%" to a default string trips a false -Wrestrict in GCC 12
    const Result r{.workload = std::move(workload),
                   .threads = 2,
                   .unit = "%",
                   .kind = Kind::Time,
                   .min = 100.0 * cost,
                   .median = 100.0 * cost,
                   .max = 100.0 * cost,
                   .repetitions = options.smoke ? 1 : options.repetitions,
                   .note = std::move(note)};
    report(r);
}

}  // namespace

void runMlp(const Options& options)
{
    if (!options.wants("mlp"))
        return;
    const Shape image = Shape::image(1, 28, 28);
    for (int threads : {2, 1}) {
        Project p = example("fashion-mnist-mlp", threads, options);
        if (options.smoke)
            p.training.batchSize = 16;
        auto trainer = makeTrainer(p.model, mlpData(options), p.training);
        report(timeTraining(options, *trainer, "mlp_train", "784-256-128-10 relu, Adam, batch " +
                                                              std::to_string(p.training.batchSize) + ", random data"));

        // Inference: Model::predict on one batch, in an arena of `threads`.
        const Matrix x = randomClassification(image, p.training.batchSize, 10, 8).inputs;
        const Model& model = trainer->model();
        tbb::task_arena arena(threads);
        Matrix y;
        report(measure(options, "mlp_infer", threads, "samples/s", Kind::Rate, double(x.cols()),
                       [&] { arena.execute([&] { y = model.predict(x); }); },
                       "Model::predict on a batch of " + std::to_string(x.cols())));
    }
}

void runProbes(const Options& options)
{
    if (!options.wants("probes"))
        return;
    // The three variants run in turn within every repetition, so that the load of the
    // machine cannot favour one; the cost is the median of the paired ratios.
    const struct {
        const char* workload;
        int every;
        const char* note;
    } kinds[] = {{"mlp_train_probes_off", -1, "workload 1, probeEvery = -1 (off)"},
                 {"mlp_train_probes_every", 1, "workload 1, probeEvery = 1 (every step until the gradient series fill)"},
                 {"mlp_train_probes_default", 0, "workload 1, probeEvery = 0 (chosen by model size)"}};
    std::vector<std::unique_ptr<Trainer>> trainers;
    std::vector<Variant> variants;
    int batch = 0;
    for (const auto& k : kinds) {
        Project p = example("fashion-mnist-mlp", 2, options);
        p.training.probeEvery = k.every;
        if (options.smoke)
            p.training.batchSize = 16;
        trainers.push_back(makeTrainer(p.model, mlpData(options), p.training));
        Trainer* trainer = trainers.back().get();
        batch = trainer->effectiveBatchSize();
        variants.push_back({k.workload, k.note, stepAsTheApp(*trainer)});
    }
    std::vector<double> costs;
    for (const Result& r : measureInterleaved(options, 2, "samples/s", batch, variants, &costs))
        report(r);
    for (size_t v = 1; v < variants.size(); ++v)
        reportPairedCost(options, variants[v].workload + "_cost", costs[v],
                         "median over repetitions of 1 - rate / rate with probes off");
}

void runDoctor(const Options& options)
{
    if (!options.wants("doctor"))
        return;
    // The spiral as the app trains it (its own data, 2-8-8-1 tanh) at batch 10, and
    // workload 1; each three ways, in turn within every repetition.
    struct Workload {
        const char* name;
        const char* example;
        int batch;
        bool ownData;  // the example's own data; else workload 1's random images
        const char* note;
    };
    const Workload workloads[] = {
        {"spiral_train_doctor", "spiral", kTinyBatch, true, "the spiral example (2-8-8-1 tanh, its data), batch 10"},
        {"mlp_train_doctor", "fashion-mnist-mlp", kBatch, false, "workload 1 (784-256-128-10, random data), batch 128"},
    };
    for (const Workload& w : workloads) {
        Project p = example(w.example, 2, options);
        p.training.batchSize = options.smoke ? std::min(w.batch, 16) : w.batch;
        const auto data = w.ownData ? std::make_shared<const PreparedData>(prepareData(p.data, p.seed)) : mlpData(options);
        // three trainers made alike, on the same data
        std::vector<std::unique_ptr<Trainer>> trainers;
        auto trainer = [&](int probeEvery) -> Trainer& {
            Project variant = p;
            variant.training.probeEvery = probeEvery;
            trainers.push_back(buildTrainer(variant, data));
            return *trainers.back();
        };
        const std::string name = w.name, note = w.note;
        auto observer = std::make_shared<RunObserver>();
        const std::vector<Variant> variants = {
            {name + "_off", note + ", probes off", stepAsTheApp(trainer(-1))},
            {name + "_probes", note + ", probes at the default interval", stepAsTheApp(trainer(0))},
            {name + "_full", note + ", probes at the default interval, RunObserver after every step, diagnose() every 250 ms",
             stepWithTheDoctor(trainer(0), observer)},
        };
        Trainer& observed = *trainers.back();
        observer->reset(&observed, p, data);
        const int batch = trainers.front()->effectiveBatchSize();
        std::vector<double> costs;
        for (const Result& r : measureInterleaved(options, 2, "samples/s", batch, variants, &costs))
            report(r);
        reportPairedCost(options, name + "_probes_cost", costs[1],
                         "probes alone: median over repetitions of 1 - rate / rate with probes off");
        reportPairedCost(options, name + "_full_cost", costs[2],
                         "probes and the doctor: median over repetitions of 1 - rate / rate with probes off");
        // One diagnosis of the run just timed (its series full by now), on this thread: its
        // share of the 250 ms between two diagnoses is its cost to a run.
        report(measure(options, name + "_diagnose", 1, "ms", Kind::Time, 1, [&] { observer->diagnose(observed); },
                       "one RunObserver::diagnose() after the timed run"));
    }
}

void runCnn(const Options& options)
{
    if (!options.wants("cnn"))
        return;
    const Index images = options.smoke ? 32 : 40 * kBatch;
    Dataset data;
    std::string source = "real Fashion-MNIST (first " + std::to_string(images) + " training images)";
    try {
        data = loadFashionMnist(true, images);
    } catch (const std::exception& e) {
        if (!options.smoke) {
            reportSkipped("cnn_train", 2, e.what());
            return;
        }
        data = randomClassification(Shape::image(1, 28, 28), images, 10, 9);  // the smoke test needs no dataset
        source = "random images (Fashion-MNIST not installed)";
    }
    const auto training = trainingOnly(std::move(data));
    for (int threads : {2, 1}) {
        try {
            Project p = example("fashion-mnist-cnn", threads, options);
            if (options.smoke)
                p.training.batchSize = 16;
            auto trainer = makeTrainer(p.model, training, p.training);
            report(timeTraining(options, *trainer, "cnn_train",
                                "32c3-pool-64c3-pool-dense10, Adam, batch " + std::to_string(p.training.batchSize) +
                                    ", " + source));
        } catch (const SpecError& e) {
            reportSkipped("cnn_train", threads, e.what());
        }
    }
}

void runTiny(const Options& options)
{
    if (!options.wants("tiny"))
        return;
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(8, Activation::Tanh), LayerSpec::dense(8, Activation::Tanh),
                   LayerSpec::dense(1, Activation::Sigmoid)};
    // 500 points in [-1, 1]^2, labelled by quadrant (XOR), as Playground's data.
    Dataset data = randomClassification(Shape::flat(2), 500, 2, 11);
    data.inputs = data.inputs.array() * 2.0f - 1.0f;
    for (Index j = 0; j < data.sampleCount(); ++j)
        data.targets(0, j) = data.inputs(0, j) * data.inputs(1, j) > 0 ? 1.0f : 0.0f;
    const auto training = trainingOnly(std::move(data));
    TrainConfig config;
    config.loss = LossKind::BinaryCrossEntropy;
    config.optimizer.kind = OptimizerKind::SGD;
    config.optimizer.learningRate = 0.03f;
    config.batchSize = kTinyBatch;
    config.epochs = kNeverEnding;
    config.threads = 2;
    for (int every : {0, -1}) {
        config.probeEvery = every;
        auto trainer = makeTrainer(spec, training, config);
        report(measure(options, every == 0 ? "tiny_train" : "tiny_train_probes_off", trainer->threads(), "steps/s",
                       Kind::Rate, 1.0, stepAsTheApp(*trainer),
                       every == 0 ? "2-8-8-1 tanh, SGD, batch 10, probes as the app runs them (every step until "
                                    "the gradient series fill, distributions at each 30 ms snapshot)"
                                  : "2-8-8-1 tanh, SGD, batch 10, probeEvery = -1 (off)"));
    }
}


void runNeighbour(const Options& options)
{
    if (!options.wants("neighbour"))
        return;
    // The neighbour computes for kBusy every kPeriod (5% of a core, in bursts as long as a
    // chart's repaint) while its flag is up: only during the second variant's steps.
    constexpr auto kBusy = std::chrono::milliseconds(3);
    constexpr auto kPeriod = std::chrono::milliseconds(60);
    std::atomic<bool> busy{false}, stop{false};
    std::thread neighbour([&] {
        using Clock = std::chrono::steady_clock;
        volatile double sink = 0;
        while (!stop.load()) {
            if (busy.load())
                for (const auto end = Clock::now() + kBusy; Clock::now() < end;)
                    sink = sink + 1.0;
            std::this_thread::sleep_for(kPeriod - kBusy);
        }
    });
    std::vector<std::unique_ptr<Trainer>> trainers;
    std::vector<Variant> variants;
    int batch = 0;
    for (const bool withNeighbour : {false, true}) {
        Project p = example("fashion-mnist-mlp", 2, options);
        p.training.probeEvery = -1;
        if (options.smoke)
            p.training.batchSize = 16;
        trainers.push_back(makeTrainer(p.model, mlpData(options), p.training));
        Trainer* trainer = trainers.back().get();
        batch = trainer->effectiveBatchSize();
        variants.push_back({withNeighbour ? "mlp_train_neighbour" : "mlp_train_alone",
                            withNeighbour ? "workload 1 (probes off) next to a thread busy 3 ms in every 60"
                                          : "workload 1 (probes off), alone",
                            [trainer, withNeighbour, &busy] {
                                busy.store(withNeighbour);
                                trainer->step();
                            }});
    }
    std::vector<double> costs;
    const auto results = measureInterleaved(options, 2, "samples/s", batch, variants, &costs);
    busy.store(false);
    stop.store(true);
    neighbour.join();
    for (const Result& r : results)
        report(r);
    reportPairedCost(options, "mlp_train_neighbour_cost", costs[1],
                     "median over repetitions of 1 - rate / rate alone; the neighbour takes 5% of one core");
}

}  // namespace layerlab::bench
