#include "training/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <span>

#include <tbb/info.h>
#include <tbb/parallel_for.h>

#include "core/error.h"
#include "core/rng.h"
#include "training/flush_denormals.h"
#include "training/loss.h"
#include "training/parallel_chunks.h"

namespace layerlab {

namespace {

// Probe every step for small models; space probes out for large ones so that they cost a
// few percent at most.
constexpr Index kCheapProbeParameters = 100'000;
// Stands for "no pre-activation" when the output layer has no activation.
const Matrix kNoPreActivation;

}  // namespace

Trainer::Trainer(Model model, std::shared_ptr<const Dataset> train, std::shared_ptr<const Dataset> validation,
                 TrainConfig config, std::uint64_t seed)
    : m_model(std::move(model)),
      m_train(std::move(train)),
      m_validation(validation ? std::move(validation) : std::make_shared<const Dataset>()),
      m_config(config),
      m_seed(seed)
{
    if (!m_train || m_train->sampleCount() == 0)
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The training split has no samples: choose a "
                                                                  "dataset with data, or a smaller validation/test "
                                                                  "fraction.")));
    if (m_train->inputShape != m_model.inputShape())
        //: %1 and %2 are shapes: 784, or 28x28x1 (height x width x channels)
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The model was built for inputs of shape %1 but the "
                                                                  "data has %2."),
                                      MessageArg::name(m_model.inputShape().describe()),
                                      MessageArg::name(m_train->inputShape.describe())));
    checkOutputFits(m_config);
    const int units = int(m_model.outputShape().size());
    m_trainLossTargets = lossTargets(m_config.loss, *m_train, units);
    m_validationLossTargets = lossTargets(m_config.loss, *m_validation, units);
    m_optimizer = std::make_unique<Optimizer>(m_config.optimizer, m_model.weightMask());
    m_arena = makeFlushingArena(m_config.threads);
    m_order.resize(size_t(m_train->sampleCount()));
    std::iota(m_order.begin(), m_order.end(), Index(0));
}

Trainer::~Trainer() = default;

void Trainer::checkOutputFits(const TrainConfig& config) const
{
    const int last = m_model.layerCount();
    const std::string label = layerLabel(m_model.layer(last - 1).spec(), last);
    const Shape out = m_model.outputShape();
    if (!out.isFlat())
        //: %1 is the output layer ("Conv2D #3"), %2 its output shape (26x26x32: height x width x channels)
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The output %1 gives %2 per sample; the loss needs a "
                                                                  "flat output: add Flatten and a Dense layer at the "
                                                                  "end."),
                                      MessageArg::layer(last - 1, label), MessageArg::name(out.describe())),
                        last - 1);
    const int units = int(out.size());
    const int required = requiredOutputUnits(config.loss, *m_train);
    const bool classificationLoss = isClassificationLoss(config.loss);
    if (classificationLoss && !m_train->isClassification())
        //: %1 is a loss's name (sparse_categorical_crossentropy...); mse, mae and huber are names too
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The loss %1 is for classification but the data is "
                                                                  "a regression task: choose mse, mae or huber."),
                                      MessageArg::name(std::string(lossName(config.loss)))));
    if (config.loss == LossKind::BinaryCrossEntropy && m_train->classCount > 2 && units == 1)
        //: %1 is the number of classes
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "Binary cross-entropy needs two classes but the data "
                                                                  "has %1: choose sparse categorical cross-entropy with "
                                                                  "a softmax output of %1 units."),
                                      MessageArg::count(m_train->classCount)));
    if (units != required) {
        const MessageArg layer = MessageArg::layer(last - 1, label);
        const MessageArg loss = MessageArg::name(std::string(lossName(config.loss)));
        if (units == 1)
            //: %1 is the output layer ("Dense #3"), %2 a loss's name (mse...), %3 the units it needs
            throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The output %1 has 1 unit but %2 on this data "
                                                                      "needs %3: set %1 to %3 units."),
                                          layer, loss, MessageArg::count(required)),
                            last - 1);
        //: %1 is the output layer ("Dense #3"), %2 its units, %3 a loss's name (mse...), %4 the units it needs
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The output %1 has %2 units but %3 on this data "
                                                                  "needs %4: set %1 to %4 units."),
                                      layer, MessageArg::count(units), loss, MessageArg::count(required)),
                        last - 1);
    }
}

std::int64_t Trainer::stepsPerEpoch() const
{
    const Index b = effectiveBatchSize();
    return (m_train->sampleCount() + b - 1) / b;
}

std::int64_t Trainer::stepInEpoch() const { return (m_position + effectiveBatchSize() - 1) / effectiveBatchSize(); }

double Trainer::epochProgress() const { return double(m_position) / double(m_train->sampleCount()); }

int Trainer::effectiveBatchSize() const
{
    if (m_config.optimizer.kind == OptimizerKind::GradientDescent)
        return int(m_train->sampleCount());
    return int(std::min<Index>(m_config.batchSize, m_train->sampleCount()));
}

float Trainer::currentLearningRate() const
{
    return scheduledRate(m_config.schedule, m_config.optimizer.learningRate, double(m_epoch) + epochProgress(),
                         m_config.epochs) *
           m_epochs.plateauFactor();
}

double Trainer::samplesPerSecond() const { return m_epochs.samplesPerSecond(m_position); }

int Trainer::threads() const { return m_arena->max_concurrency(); }

int Trainer::probeInterval() const
{
    if (m_config.probeEvery < 0)
        return 0;  // off
    if (m_config.probeEvery > 0)
        return m_config.probeEvery;
    return m_model.parameterCount() <= kCheapProbeParameters ? 1 : 10;
}

void Trainer::setConfig(const TrainConfig& config)
{
    if (config.loss != m_config.loss) {
        checkOutputFits(config);
        const int units = int(m_model.outputShape().size());
        m_trainLossTargets = lossTargets(config.loss, *m_train, units);
        m_validationLossTargets = lossTargets(config.loss, *m_validation, units);
    }
    if (config.threads != m_config.threads)
        m_arena = makeFlushingArena(config.threads);
    // Batch size changes apply from the next mini-batch; keep the position in the epoch.
    m_optimizer->setConfig(config.optimizer);
    m_config = config;
}

void Trainer::reset(std::uint64_t seed)
{
    m_seed = seed;
    m_model.initialize(seed);
    m_optimizer->reset();
    m_state = TrainerState::Ready;
    m_divergence.reset();
    m_step = 0;
    m_epoch = 0;
    m_position = 0;
    m_epochs = {};
    m_probes = {};
    m_distributionsPending = false;
    m_probeStride = 1;
}

void Trainer::resume()
{
    if (m_state == TrainerState::Diverged && !m_model.parameters().allFinite())
        return;  // nothing sensible to continue from: the caller must reset
    m_state = TrainerState::Ready;
    m_divergence.reset();
    m_epochs.restartPatience();
}

void Trainer::shuffleForEpoch()
{
    if (!m_config.shuffle)
        return;
    // Fisher-Yates from this epoch's own stream: epoch k's order depends only on (seed, k).
    Rng rng(streamSeed(m_seed, 0x5eed5, std::uint64_t(m_epoch)));
    std::iota(m_order.begin(), m_order.end(), Index(0));
    for (size_t i = m_order.size(); i > 1; --i)
        std::swap(m_order[i - 1], m_order[size_t(rng() % i)]);
}

StepResult Trainer::runEpoch()
{
    StepResult r;
    do {
        r = step();
    } while (r.state == TrainerState::Ready && !r.epochEnded);
    return r;
}

StepResult Trainer::step()
{
    StepResult result;
    result.step = m_step;
    result.state = m_state;
    if (m_state != TrainerState::Ready)
        return result;
    const ScopedFlushDenormals flush;  // for what runs outside the arena's tasks too
    const auto started = std::chrono::steady_clock::now();
    if (m_position == 0)
        shuffleForEpoch();
    const int interval = probeInterval();
    const bool probing = interval > 0 && m_step % (std::int64_t(interval) * m_probeStride) == 0;
    m_distributionsPending = false;  // this step overwrites the buffers they would come from
    if (interval > 0 && m_probes.layers.size() != size_t(m_model.layerCount()))
        m_probes = probeLayout(m_model);

    const Index n = m_train->sampleCount();
    const Index batch = std::min<Index>(effectiveBatchSize(), n - m_position);
    const MiniBatch miniBatch{*m_train, m_trainLossTargets,
                              std::span<const Index>(m_order).subspan(size_t(m_position), size_t(batch)), m_seed,
                              m_step};
    const ShardedStep::Outcome outcome =
        m_shards.computeGradients(m_model, m_config.loss, miniBatch, m_config.shardSize, *m_arena);
    const double batchLoss = outcome.sums.loss / double(batch);
    if (auto divergence = diagnoseGradients(m_model, m_shards.shardWorkspaces(), m_shards.gradients(),
                                            std::isfinite(batchLoss), outcome.finite, m_step + 1, m_epoch + 1))
        return stopDiverged(std::move(*divergence), interval);

    m_shards.applyPenaltyAndClipping(m_model, m_config);
    if (probing)
        m_updateRatios.saveBefore(m_model);
    if (!m_shards.update(*m_optimizer, m_model, currentLearningRate(), *m_arena))
        // an update that overflows: undo nothing, report the first layer that went bad
        return stopDiverged(diagnoseUpdate(m_model, m_step + 1, m_epoch + 1), interval);
    m_shards.foldRunningStatistics(m_model);
    if (probing) {
        // no previous parameters: the update ratios come from the sample saved before the step
        runSplitIfLarge(*m_arena, m_model, [&] { measureNorms(m_probes, m_model, m_shards.gradients()); });
        m_updateRatios.setRatios(m_model, m_probes);
        m_probes.step = m_step + 1;
    }
    if (interval > 0)
        markDistributionsPending(m_step + 1);

    ++m_step;
    m_position += batch;
    m_epochs.addBatch(outcome.sums, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    result.step = m_step;
    result.loss = batchLoss;
    if (m_position >= n) {
        finishEpoch();
        result.epochEnded = true;
    }
    result.state = m_state;
    return result;
}

StepResult Trainer::stopDiverged(Divergence divergence, int probeInterval)
{
    m_divergence = std::move(divergence);
    m_state = TrainerState::Diverged;
    if (probeInterval > 0)
        markDistributionsPending(m_step + 1);  // where the Inf/NaN is, for the views
    StepResult result;
    result.step = m_step;
    result.state = m_state;
    return result;
}

void Trainer::finishEpoch()
{
    EpochMetrics finished;
    finished.epoch = m_epoch + 1;
    finished.step = m_step;
    finished.validation = evaluate(*m_validation);
    finished.learningRate = currentLearningRate();
    const EpochVerdict verdict =
        m_epochs.finishEpoch(finished, m_train->task, m_train->sampleCount(), m_model, m_config);
    ++m_epoch;
    m_position = 0;
    if (verdict == EpochVerdict::StopEarly)
        m_state = TrainerState::EarlyStopped;
    else if (m_epoch >= m_config.epochs)
        m_state = TrainerState::Finished;
}

void Trainer::setProbeStride(int stride) { m_probeStride = std::max(1, stride); }

void Trainer::markDistributionsPending(std::int64_t step)
{
    m_distributionsPending = true;
    m_pendingDistributionStep = step;
}

void Trainer::measurePendingDistributions() const
{
    if (!m_distributionsPending || m_shards.shardWorkspaces().empty())
        return;
    m_distributionsPending = false;
    runSplitIfLarge(*m_arena, m_model, [&] {
        measureDistributions(m_probes, m_model, m_shards.gradients(), m_shards.shardWorkspaces()[0]);
    });
    m_probes.distributionStep = m_pendingDistributionStep;
}

Metrics Trainer::evaluate(const Dataset& data) const
{
    if (data.sampleCount() == 0)
        return {};
    const Matrix targets = &data == m_validation.get()
                               ? m_validationLossTargets
                               : lossTargets(m_config.loss, data, int(m_model.outputShape().size()));
    const Index chunk = 256;
    const Index chunks = (data.sampleCount() + chunk - 1) / chunk;
    std::vector<MetricSums> sums(static_cast<size_t>(chunks));
    const bool fusedPossible = m_model.outputActivation() != Activation::Linear;
    m_arena->execute([&] {
        tbb::parallel_for(Index(0), chunks, [&](Index c) {
            const Index begin = c * chunk;
            const Index count = std::min(chunk, data.sampleCount() - begin);
            Workspace ws;
            m_model.forward(data.inputs.middleCols(begin, count), ws, PassInfo{});
            const Matrix& z = fusedPossible ? ws.caches.back().z : kNoPreActivation;
            const LossOutput loss = computeLoss(m_config.loss, m_model.outputActivation(), z, ws.outputs.back(),
                                                targets.middleCols(begin, count), 1.0f, nullptr);
            accumulateMetrics(sums[size_t(c)], data.task, ws.outputs.back(), data.targets.middleCols(begin, count));
            sums[size_t(c)].loss = loss.sum;
        });
    });
    MetricSums total;
    for (const auto& s : sums)
        total.merge(s);
    return total.finish(data.task);
}

}  // namespace layerlab
