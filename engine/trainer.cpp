#include "trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

#include <tbb/info.h>
#include <tbb/parallel_for.h>

#include "error.h"
#include "loss.h"
#include "rng.h"

namespace layerlab {

namespace {

// Parameters summed per task when adding shard gradients in a fixed order.
constexpr Index kSumChunk = 16384;
// Probe every step for small models; space probes out for large ones so that they cost a
// few percent at most.
constexpr Index kCheapProbeParameters = 100'000;
// Stands for "no pre-activation" when the output layer has no activation.
const Matrix kNoPreActivation;

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
                        " per sample; the loss needs a flat output: add Flatten and a Dense layer at the end.");
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
                        std::to_string(required) + ": set " + label + " to " + std::to_string(required) + " units.");
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
    m_stepLosses.clear();
    m_probes = {};
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

    // Gather the mini-batch.
    const Index n = m_train.sampleCount();
    const Index batch = std::min<Index>(effectiveBatchSize(), n - m_position);
    m_batchInputs.resize(m_train.inputs.rows(), batch);
    m_batchTargets.resize(m_train.targets.rows(), batch);
    m_batchLossTargets.resize(m_trainLossTargets.rows(), batch);
    for (Index j = 0; j < batch; ++j) {
        const Index s = m_order[size_t(m_position + j)];
        m_batchInputs.col(j) = m_train.inputs.col(s);
        m_batchTargets.col(j) = m_train.targets.col(s);
        m_batchLossTargets.col(j) = m_trainLossTargets.col(s);
    }

    // Forward and backward, one shard per task; each shard writes only its own workspace.
    const Index shardSize = std::max(1, m_config.shardSize);
    const int shards = int((batch + shardSize - 1) / shardSize);
    if (int(m_workspaces.size()) < shards)
        m_workspaces.resize(size_t(shards));
    m_shardSums.assign(size_t(shards), MetricSums{});
    const float gradScale = 1.0f / float(batch);
    const bool fusedPossible = m_model.outputActivation() != Activation::Linear;
    m_arena->execute([&] {
        tbb::parallel_for(0, shards, [&](int s) {
            const Index begin = Index(s) * shardSize;
            const Index count = std::min(shardSize, batch - begin);
            Workspace& ws = m_workspaces[size_t(s)];
            const Matrix x = m_batchInputs.middleCols(begin, count);
            m_model.forward(x, ws, PassInfo{true, streamSeed(m_seed, std::uint64_t(m_step), std::uint64_t(s))});
            ws.deltas.resize(size_t(m_model.layerCount()));
            const Matrix& z = fusedPossible ? ws.caches.back().z : kNoPreActivation;
            const LossOutput loss = computeLoss(m_config.loss, m_model.outputActivation(), z, ws.outputs.back(),
                                                m_batchLossTargets.middleCols(begin, count), gradScale,
                                                &ws.deltas.back());
            MetricSums& sums = m_shardSums[size_t(s)];
            accumulateMetrics(sums, m_train.task, ws.outputs.back(), m_batchTargets.middleCols(begin, count));
            sums.loss = loss.sum;
            m_model.backward(x, ws, loss.gradIsPreActivation);
        });
    });

    MetricSums batchSums;
    for (const auto& s : m_shardSums)
        batchSums.merge(s);
    const double batchLoss = batchSums.loss / double(batch);
    sumShardGradients(shards);
    if (locateDivergence(shards, std::isfinite(batchLoss))) {
        result.state = m_state;
        return result;
    }

    applyPenaltyAndClipping();
    const bool probing = (m_step % probeInterval()) == 0;
    if (probing)
        m_previousParameters = m_model.parameters();
    m_optimizer->step(m_model.parameters(), m_gradients, currentLearningRate());
    if (!m_model.parameters().allFinite()) {
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
    if (probing)
        m_probes = computeProbes(m_model, m_gradients, m_previousParameters, m_workspaces[0], m_step + 1);

    ++m_step;
    m_position += batch;
    m_epochSums.merge(batchSums);
    m_stepLosses.push_back(float(batchLoss));
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

void Trainer::sumShardGradients(int shards)
{
    const Index p = m_model.parameterCount();
    m_gradients.resize(p);
    const Index chunks = (p + kSumChunk - 1) / kSumChunk;
    // Each chunk adds the shards in order 0, 1, 2, ...: the same sum for any thread count.
    m_arena->execute([&] {
        tbb::parallel_for(Index(0), chunks, [&](Index c) {
            const Index begin = c * kSumChunk;
            const Index count = std::min(kSumChunk, p - begin);
            auto out = m_gradients.segment(begin, count);
            out = m_workspaces[0].gradients.segment(begin, count);
            for (int s = 1; s < shards; ++s)
                out += m_workspaces[size_t(s)].gradients.segment(begin, count);
        });
    });
}

bool Trainer::locateDivergence(int shards, bool lossFinite)
{
    if (lossFinite && m_gradients.allFinite())
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
    m.validation = evaluate(m_validation);
    m.learningRate = currentLearningRate();
    m.seconds = m_epochSeconds;
    m_lastEpochSamplesPerSecond = m_epochSeconds > 0 ? double(m_train.sampleCount()) / m_epochSeconds : 0;
    m_history.push_back(m);
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
