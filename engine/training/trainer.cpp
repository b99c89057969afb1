#include "training/trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "core/error.h"
#include "training/loss.h"
#include "core/rng.h"

namespace layerlab {

namespace {

// Parameters summed per task when adding shard gradients in a fixed order.
constexpr Index kSumChunk = 16384;
// Probe every step for small models; space probes out for large ones so that they cost a
// few percent at most.
constexpr Index kCheapProbeParameters = 100'000;
// Stands for "no pre-activation" when the output layer has no activation.
const Matrix kNoPreActivation;

// Update ratios ||delta W|| / ||W|| are measured on a sample of each layer's weights saved
// before the optimizer step: the whole layer up to kUpdateSample weights, else kUpdateRuns
// evenly spaced runs of consecutive weights. Copying and comparing every weight of a large
// model at every step would cost more than all the other probes together.
constexpr Index kUpdateSample = 8192;
constexpr Index kUpdateRuns = 256;

// The number of weights (not biases) of every layer that has any, else 0.
std::vector<Index> weightCounts(const Model& model)
{
    std::vector<Index> counts;
    for (int i = 0; i < model.layerCount(); ++i) {
        Index weights = 0;
        for (const auto& p : model.layer(i).parameters())
            if (p.isWeight)
                weights += p.size();
        // weights come first in a layer's block (as the probes assume)
        const bool first = weights > 0 && model.weightMask()(model.layerParameterOffset(i)) == 1.0f;
        counts.push_back(first ? weights : 0);
    }
    return counts;
}

// Calls f(layer, first parameter, count) for every run of the sample, layer by layer.
template <typename F>
void forEachSampleRun(const Model& model, const std::vector<Index>& weightCounts, F f)
{
    for (int i = 0; i < model.layerCount(); ++i) {
        const Index offset = model.layerParameterOffset(i);
        const Index weights = weightCounts[size_t(i)];
        if (weights == 0)
            continue;
        if (weights <= kUpdateSample) {
            f(i, offset, weights);
            continue;
        }
        constexpr Index run = kUpdateSample / kUpdateRuns;
        for (Index r = 0; r < kUpdateRuns; ++r)
            f(i, offset + r * (weights - run) / (kUpdateRuns - 1), run);
    }
}

// Runs work, which splits a buffer across threads with tbb::parallel_for, in the run's arena
// when the model is large; a small model's buffers take less time than handing out tasks.
template <typename Work>
void runSplitIfLarge(tbb::task_arena& arena, const Model& model, Work&& work)
{
    if (model.parameterCount() > kSumChunk)
        arena.execute(work);
    else
        work();
}

// True when no value is Inf or NaN: v * 0 is 0 for a finite v and NaN otherwise, and the sum
// is a vectorised reduction (Eigen's allFinite() tests one value at a time).
template <typename Values>
bool allFinite(const Values& v)
{
    return !std::isnan((v.array() * 0.0f).sum());
}

// Runs chunk(begin, count) over [0, size) in chunks of kSumChunk: on the run's threads when
// there are several, on this thread when there is one (handing out a task costs more).
template <typename Chunk>
void forEachChunk(tbb::task_arena& arena, Index size, Chunk&& chunk)
{
    const Index chunks = (size + kSumChunk - 1) / kSumChunk;
    const auto run = [&](Index c) { chunk(c * kSumChunk, std::min(kSumChunk, size - c * kSumChunk)); };
    if (chunks <= 1)
        run(0);
    else
        arena.execute([&] { tbb::parallel_for(Index(0), chunks, run); });
}

// allFinite for a whole parameter-sized buffer, in chunks on the run's threads when it is
// large: a pass over a big model's buffer on one thread leaves the other idle.
bool allFiniteInChunks(tbb::task_arena& arena, const Vector& v)
{
    std::atomic<bool> finite = true;
    forEachChunk(arena, v.size(), [&](Index begin, Index count) {
        if (!allFinite(v.segment(begin, count)))
            finite.store(false, std::memory_order_relaxed);
    });
    return finite.load();
}

std::string advice(Divergence::Where where)
{
    switch (where) {
    case Divergence::Where::Forward:
    case Divergence::Where::Loss:
        return "Lower the learning rate, clip gradients, or pick an initialiser that keeps activations small "
               "(Xavier for tanh/sigmoid, He for ReLU).";
    case Divergence::Where::Backward:
    case Divergence::Where::Update:
        return "Lower the learning rate or clip gradients (global norm 1 is a good start); a saturating "
               "activation (sigmoid/tanh) or a deep net may also need a different initialiser.";
    }
    return {};
}

std::string_view whereName(Divergence::Where where)
{
    switch (where) {
    case Divergence::Where::Forward: return "in the forward pass";
    case Divergence::Where::Loss: return "in the loss";
    case Divergence::Where::Backward: return "in the backward pass";
    case Divergence::Where::Update: return "in the weight update";
    }
    return {};
}

}  // namespace

Trainer::Trainer(Model model, Dataset train, Dataset validation, TrainConfig config, std::uint64_t seed)
    : m_model(std::move(model)),
      m_train(std::move(train)),
      m_validation(std::move(validation)),
      m_config(config),
      m_seed(seed)
{
    if (m_train.sampleCount() == 0)
        throw SpecError("The training split has no samples: choose a dataset with data, or a smaller "
                        "validation/test fraction.");
    if (m_train.inputShape != m_model.inputShape())
        throw SpecError("The model was built for inputs of shape " + m_model.inputShape().describe() +
                        " but the data has " + m_train.inputShape.describe() + ".");
    checkOutputFits(m_config);
    const int units = int(m_model.outputShape().size());
    m_trainLossTargets = lossTargets(m_config.loss, m_train, units);
    m_validationLossTargets = lossTargets(m_config.loss, m_validation, units);
    m_optimizer = std::make_unique<Optimizer>(m_config.optimizer, m_model.weightMask());
    const int threads = m_config.threads > 0 ? m_config.threads : tbb::info::default_concurrency();
    m_arena = std::make_unique<tbb::task_arena>(threads);
    m_order.resize(size_t(m_train.sampleCount()));
    std::iota(m_order.begin(), m_order.end(), Index(0));
}

Trainer::~Trainer() = default;

void Trainer::checkOutputFits(const TrainConfig& config) const
{
    const int last = m_model.layerCount();
    const std::string label = layerLabel(m_model.layer(last - 1).spec(), last);
    const Shape out = m_model.outputShape();
    if (!out.isFlat())
        throw SpecError("The output " + label + " gives " + out.describe() +
                        " per sample; the loss needs a flat output: add Flatten and a Dense layer at the end.",
                        last - 1);
    const int units = int(out.size());
    const int required = requiredOutputUnits(config.loss, m_train);
    const bool classificationLoss = isClassificationLoss(config.loss);
    if (classificationLoss && !m_train.isClassification())
        throw SpecError("The loss " + std::string(lossName(config.loss)) +
                        " is for classification but the data is a regression task: choose mse, mae or huber.");
    if (config.loss == LossKind::BinaryCrossEntropy && m_train.classCount > 2 && units == 1)
        throw SpecError("Binary cross-entropy needs two classes but the data has " + std::to_string(m_train.classCount) +
                        ": choose sparse categorical cross-entropy with a softmax output of " +
                        std::to_string(m_train.classCount) + " units.");
    if (units != required)
        throw SpecError("The output " + label + " has " + std::to_string(units) + " unit" + (units == 1 ? "" : "s") +
                        " but " + std::string(lossName(config.loss)) + " on this data needs " +
                        std::to_string(required) + ": set " + label + " to " + std::to_string(required) + " units.",
                        last - 1);
}

std::int64_t Trainer::stepsPerEpoch() const
{
    const Index b = effectiveBatchSize();
    return (m_train.sampleCount() + b - 1) / b;
}

std::int64_t Trainer::stepInEpoch() const { return (m_position + effectiveBatchSize() - 1) / effectiveBatchSize(); }

double Trainer::epochProgress() const { return double(m_position) / double(m_train.sampleCount()); }

int Trainer::effectiveBatchSize() const
{
    if (m_config.optimizer.kind == OptimizerKind::GradientDescent)
        return int(m_train.sampleCount());
    return int(std::min<Index>(m_config.batchSize, m_train.sampleCount()));
}

float Trainer::currentLearningRate() const
{
    return scheduledRate(m_config.schedule, m_config.optimizer.learningRate, double(m_epoch) + epochProgress(),
                         m_config.epochs) *
           m_plateauFactor;
}

double Trainer::samplesPerSecond() const
{
    if (m_epochSeconds > 0.05 && m_position > 0)
        return double(m_position) / m_epochSeconds;
    return m_lastEpochSamplesPerSecond;
}

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
        m_trainLossTargets = lossTargets(config.loss, m_train, units);
        m_validationLossTargets = lossTargets(config.loss, m_validation, units);
    }
    if (config.threads != m_config.threads)
        m_arena = std::make_unique<tbb::task_arena>(config.threads > 0 ? config.threads : tbb::info::default_concurrency());
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
    m_epochSums = {};
    m_epochSeconds = 0;
    m_lastEpochSamplesPerSecond = 0;
    m_plateauFactor = 1.0f;
    m_bestLoss = m_plateauBest = std::numeric_limits<double>::infinity();
    m_epochsWithoutImprovement = m_plateauWait = 0;
    m_history.clear();
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
    m_epochsWithoutImprovement = 0;
}

void Trainer::startEpoch()
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
    const auto started = std::chrono::steady_clock::now();
    if (m_position == 0)
        startEpoch();
    const int interval = probeInterval();
    const bool probing = interval > 0 && m_step % (std::int64_t(interval) * m_probeStride) == 0;
    m_distributionsPending = false;  // this step overwrites the buffers they would come from
    if (interval > 0 && m_probes.layers.size() != size_t(m_model.layerCount()))
        m_probes = probeLayout(m_model);

    // Forward and backward, one shard per task; each shard gathers its own samples and writes
    // only its own workspace. A single shard runs on this thread: a tiny net's step is a few
    // microseconds, less than handing a task to the scheduler costs.
    const Index n = m_train.sampleCount();
    const Index batch = std::min<Index>(effectiveBatchSize(), n - m_position);
    const Index shardSize = std::max(1, m_config.shardSize);
    const int shards = int((batch + shardSize - 1) / shardSize);
    if (int(m_workspaces.size()) < shards) {
        m_workspaces.resize(size_t(shards));
        m_shardData.resize(size_t(shards));
    }
    m_shardSums.assign(size_t(shards), MetricSums{});
    const float gradScale = 1.0f / float(batch);
    if (shards == 1)
        runShard(0, batch, shardSize, gradScale);
    else
        m_arena->execute([&] {
            tbb::parallel_for(0, shards, [&](int s) { runShard(s, batch, shardSize, gradScale); });
        });

    MetricSums batchSums;
    for (const auto& s : m_shardSums)
        batchSums.merge(s);
    const double batchLoss = batchSums.loss / double(batch);
    const bool gradientsFinite = sumShardGradients(shards);
    if (locateDivergence(shards, std::isfinite(batchLoss), gradientsFinite)) {
        if (interval > 0)
            markDistributionsPending(m_step + 1);  // where the Inf/NaN is, for the views
        result.state = m_state;
        return result;
    }

    applyPenaltyAndClipping();
    if (probing)
        saveUpdateSample();
    const float rate = currentLearningRate();
    runSplitIfLarge(*m_arena, m_model, [&] { m_optimizer->step(m_model.parameters(), m_gradients, rate); });
    if (!allFiniteInChunks(*m_arena, m_model.parameters())) {
        // an update that overflows: undo nothing, report the first layer that went bad
        for (int i = 0; i < m_model.layerCount(); ++i) {
            if (!m_model.parameters().segment(m_model.layerParameterOffset(i), m_model.layerParameterCount(i)).allFinite()) {
                Divergence d;
                d.step = m_step + 1;
                d.epoch = m_epoch + 1;
                d.layer = i;
                d.layerLabel = layerLabel(m_model.layer(i).spec(), i + 1);
                d.where = Divergence::Where::Update;
                d.message = "Training stopped at step " + std::to_string(d.step) + ": the weights of " + d.layerLabel +
                            " overflowed to Inf/NaN " + std::string(whereName(d.where)) + ". " + advice(d.where);
                m_divergence = d;
                break;
            }
        }
        if (interval > 0)
            markDistributionsPending(m_step + 1);
        m_state = TrainerState::Diverged;
        result.state = m_state;
        return result;
    }

    // Layers with running statistics fold in what every shard saw, in shard order.
    if (m_model.state().size() > 0) {
        std::vector<const LayerCache*> caches(static_cast<size_t>(shards));
        std::vector<Index> sizes(static_cast<size_t>(shards));
        for (int i = 0; i < m_model.layerCount(); ++i) {
            if (m_model.layer(i).stateBuffers().empty())
                continue;
            for (int s = 0; s < shards; ++s) {
                caches[size_t(s)] = &m_workspaces[size_t(s)].caches[size_t(i)];
                sizes[size_t(s)] = std::min(shardSize, batch - Index(s) * shardSize);
            }
            Index offset = 0;
            for (int k = 0; k < i; ++k)
                for (const auto& b : m_model.layer(k).stateBuffers())
                    offset += b.size();
            m_model.layer(i).updateState(m_model.state().data() + offset, caches, sizes);
        }
    }
    if (probing) {
        // no previous parameters: the update ratios come from the sample saved before the step
        runSplitIfLarge(*m_arena, m_model, [&] { measureNorms(m_probes, m_model, m_gradients); });
        setUpdateRatios();
        m_probes.step = m_step + 1;
    }
    if (interval > 0)
        markDistributionsPending(m_step + 1);

    ++m_step;
    m_position += batch;
    m_epochSums.merge(batchSums);
    m_epochSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.step = m_step;
    result.loss = batchLoss;
    if (m_position >= n) {
        finishEpoch();
        result.epochEnded = true;
    }
    result.state = m_state;
    return result;
}

void Trainer::setProbeStride(int stride) { m_probeStride = std::max(1, stride); }

void Trainer::markDistributionsPending(std::int64_t step)
{
    m_distributionsPending = true;
    m_pendingDistributionStep = step;
}

void Trainer::measurePendingDistributions() const
{
    if (!m_distributionsPending || m_workspaces.empty())
        return;
    m_distributionsPending = false;
    runSplitIfLarge(*m_arena, m_model, [&] { measureDistributions(m_probes, m_model, m_gradients, m_workspaces[0]); });
    m_probes.distributionStep = m_pendingDistributionStep;
}

void Trainer::saveUpdateSample()
{
    if (m_layerWeights.size() != size_t(m_model.layerCount()))
        m_layerWeights = weightCounts(m_model);
    m_updateSample.clear();
    const Vector& params = m_model.parameters();
    forEachSampleRun(m_model, m_layerWeights, [&](int, Index first, Index count) {
        m_updateSample.insert(m_updateSample.end(), params.data() + first, params.data() + first + count);
    });
}

void Trainer::setUpdateRatios()
{
    const Vector& params = m_model.parameters();
    size_t saved = 0;
    int current = -1;
    double squares = 0;
    double deltaSquares = 0;
    // sum ||W||^2 and ||delta W||^2 over a layer's runs; set its ratio when the next layer starts
    const auto finish = [&] {
        if (current >= 0 && size_t(current) < m_probes.layers.size() && m_probes.layers[size_t(current)].hasWeights)
            m_probes.layers[size_t(current)].updateRatio = squares > 0 ? std::sqrt(deltaSquares / squares) : 0.0;
        squares = deltaSquares = 0;
    };
    forEachSampleRun(m_model, m_layerWeights, [&](int layer, Index first, Index count) {
        if (layer != current) {
            finish();
            current = layer;
        }
        const auto now = params.segment(first, count);
        const Eigen::Map<const Vector> before(m_updateSample.data() + saved, count);
        saved += size_t(count);
        squares += double(now.squaredNorm());
        deltaSquares += double((now - before).squaredNorm());
    });
    finish();
}

void Trainer::gatherShard(ShardData& shard, Index first, Index count) const
{
    shard.inputs.resize(m_train.inputs.rows(), count);
    shard.targets.resize(m_train.targets.rows(), count);
    shard.lossTargets.resize(m_trainLossTargets.rows(), count);
    for (Index j = 0; j < count; ++j) {
        const Index s = m_order[size_t(first + j)];
        shard.inputs.col(j) = m_train.inputs.col(s);
        shard.targets.col(j) = m_train.targets.col(s);
        shard.lossTargets.col(j) = m_trainLossTargets.col(s);
    }
}

void Trainer::runShard(int s, Index batch, Index shardSize, float gradScale)
{
    const Index begin = Index(s) * shardSize;
    const Index count = std::min(shardSize, batch - begin);
    ShardData& data = m_shardData[size_t(s)];
    gatherShard(data, m_position + begin, count);
    Workspace& ws = m_workspaces[size_t(s)];
    m_model.forward(data.inputs, ws, PassInfo{true, streamSeed(m_seed, std::uint64_t(m_step), std::uint64_t(s))});
    ws.deltas.resize(size_t(m_model.layerCount()));
    const bool fusedPossible = m_model.outputActivation() != Activation::Linear;
    const Matrix& z = fusedPossible ? ws.caches.back().z : kNoPreActivation;
    const LossOutput loss = computeLoss(m_config.loss, m_model.outputActivation(), z, ws.outputs.back(),
                                        data.lossTargets, gradScale, &ws.deltas.back());
    MetricSums& sums = m_shardSums[size_t(s)];
    accumulateMetrics(sums, m_train.task, ws.outputs.back(), data.targets);
    sums.loss = loss.sum;
    m_model.backward(data.inputs, ws, loss.gradIsPreActivation);
}

bool Trainer::sumShardGradients(int shards)
{
    if (shards == 1) {
        // nothing to add: take the shard's buffer (its old one becomes the shard's next)
        m_gradients.swap(m_workspaces[0].gradients);
        return allFiniteInChunks(*m_arena, m_gradients);
    }
    m_gradients.resize(m_model.parameterCount());
    // Each chunk adds the shards in order 0, 1, 2, ...: the same sum for any thread count.
    // It checks its sum while it is still in the cache: a separate pass over the whole
    // buffer afterwards would run on one thread while the other waits.
    std::atomic<bool> finite = true;
    forEachChunk(*m_arena, m_gradients.size(), [&](Index begin, Index count) {
        auto out = m_gradients.segment(begin, count);
        out = m_workspaces[0].gradients.segment(begin, count);
        for (int s = 1; s < shards; ++s)
            out += m_workspaces[size_t(s)].gradients.segment(begin, count);
        if (!allFinite(out))
            finite.store(false, std::memory_order_relaxed);
    });
    return finite.load();
}

bool Trainer::locateDivergence(int shards, bool lossFinite, bool gradientsFinite)
{
    if (lossFinite && gradientsFinite)
        return false;
    Divergence d;
    d.step = m_step + 1;
    d.epoch = m_epoch + 1;
    // The first layer whose output is not finite, in any shard, went wrong going forward.
    for (int i = 0; i < m_model.layerCount() && d.layer < 0; ++i)
        for (int s = 0; s < shards; ++s)
            if (!m_workspaces[size_t(s)].outputs[size_t(i)].allFinite()) {
                d.layer = i;
                d.where = Divergence::Where::Forward;
                break;
            }
    if (d.layer < 0 && !lossFinite) {
        // Finite outputs so large that the loss overflowed: the output layer is where it shows.
        d.where = Divergence::Where::Loss;
        d.layer = m_model.layerCount() - 1;
    } else if (d.layer < 0) {
        // Outputs and loss finite: the gradients overflowed on the way back. Report the layer
        // nearest the output whose gradient is not finite (where the overflow began).
        d.where = Divergence::Where::Backward;
        for (int i = m_model.layerCount(); i-- > 0;)
            if (!m_gradients.segment(m_model.layerParameterOffset(i), m_model.layerParameterCount(i)).allFinite()) {
                d.layer = i;
                break;
            }
    }
    d.layerLabel = d.layer >= 0 ? layerLabel(m_model.layer(d.layer).spec(), d.layer + 1) : "the loss";
    std::string detail;
    if (d.where == Divergence::Where::Loss) {
        float largest = 0;
        for (int s = 0; s < shards; ++s)
            largest = std::max(largest, m_workspaces[size_t(s)].outputs.back().cwiseAbs().maxCoeff());
        char text[160];
        std::snprintf(text, sizeof text, "the outputs of %s reached %.3g, so large that the loss overflowed",
                      d.layerLabel.c_str(), double(largest));
        detail = text;
    } else {
        detail = "values became Inf/NaN " + std::string(whereName(d.where)) +
                 (d.layer >= 0 ? " at " + d.layerLabel : std::string());
    }
    d.message = "Training stopped at step " + std::to_string(d.step) + " (epoch " + std::to_string(d.epoch) + "): " +
                detail + ". " + advice(d.where);
    m_divergence = d;
    m_state = TrainerState::Diverged;
    return true;
}

void Trainer::applyPenaltyAndClipping()
{
    const auto& reg = m_config.regularization;
    const Vector& mask = m_model.weightMask();
    const Vector& w = m_model.parameters();
    if (reg.kind == Penalty::L2)
        // d/dw rate * sum w^2 = 2 rate w
        m_gradients.array() += (2.0f * reg.rate) * mask.array() * w.array();
    else if (reg.kind == Penalty::L1)
        // d/dw rate * sum |w| = rate sign(w)
        m_gradients.array() += reg.rate * mask.array() * w.array().sign();
    const auto& clip = m_config.clipping;
    if (clip.value > 0)
        m_gradients = m_gradients.cwiseMax(-clip.value).cwiseMin(clip.value);
    if (clip.globalNorm > 0) {
        const float norm = m_gradients.norm();
        if (norm > clip.globalNorm)
            m_gradients *= clip.globalNorm / norm;
    }
}

Metrics Trainer::evaluate(const Dataset& data) const
{
    if (data.sampleCount() == 0)
        return {};
    const Matrix targets =
        &data == &m_validation ? m_validationLossTargets
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

void Trainer::finishEpoch()
{
    EpochMetrics m;
    m.epoch = m_epoch + 1;
    m.step = m_step;
    m.train = m_epochSums.finish(m_train.task);
    m.train.confusion.clear();  // shown for validation only; not worth keeping per epoch
    m.validation = evaluate(m_validation);
    m.learningRate = currentLearningRate();
    m.seconds = m_epochSeconds;
    m_lastEpochSamplesPerSecond = m_epochSeconds > 0 ? double(m_train.sampleCount()) / m_epochSeconds : 0;
    m_history.push_back(m);
    if (m_history.size() > kMaxHistoryEpochs) {
        // Keep memory bounded on endless toy runs: drop every other epoch but the last.
        std::vector<EpochMetrics> kept;
        kept.reserve(m_history.size() / 2 + 1);
        for (size_t i = 0; i + 1 < m_history.size(); i += 2)
            kept.push_back(m_history[i]);
        kept.push_back(m_history.back());
        m_history.swap(kept);
    }
    ++m_epoch;
    m_position = 0;
    m_epochSums = {};
    m_epochSeconds = 0;

    const double monitored = m.validation.samples > 0 ? m.validation.loss : m.train.loss;
    if (m_config.plateau.enabled) {
        if (monitored < m_plateauBest) {
            m_plateauBest = monitored;
            m_plateauWait = 0;
        } else if (++m_plateauWait >= m_config.plateau.patience) {
            const float base = m_config.optimizer.learningRate;
            m_plateauFactor = std::max(m_plateauFactor * m_config.plateau.factor,
                                       base > 0 ? m_config.plateau.minRate / base : 0.0f);
            m_plateauWait = 0;
        }
    }
    const auto& early = m_config.earlyStopping;
    if (monitored < m_bestLoss - early.minDelta) {
        m_bestLoss = monitored;
        m_epochsWithoutImprovement = 0;
        if (early.enabled && early.restoreBest) {
            m_bestParameters = m_model.parameters();
            m_bestState = m_model.state();
        }
    } else if (early.enabled && ++m_epochsWithoutImprovement >= early.patience) {
        if (early.restoreBest && m_bestParameters.size() == m_model.parameterCount()) {
            m_model.parameters() = m_bestParameters;
            m_model.state() = m_bestState;
        }
        m_state = TrainerState::EarlyStopped;
        return;
    }
    if (m_epoch >= m_config.epochs)
        m_state = TrainerState::Finished;
}

}  // namespace layerlab
