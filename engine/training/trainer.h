// The training loop: mini-batches, shards across threads, the optimizer, metrics per
// epoch, probes, early stopping and the NaN/Inf watch. One step at a time, so the app can
// run it on a worker thread and pause or step it between any two mini-batches.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <tbb/task_arena.h>

#include "data/dataset.h"
#include "training/metrics.h"
#include "model/model.h"
#include "training/optimizer.h"
#include "analysis/probes.h"
#include "training/train_config.h"

namespace layerlab {

// Where a run went non-finite, and what to try.
struct Divergence {
    std::int64_t step = 0;
    int epoch = 0;
    int layer = -1;           // 0-based; -1 when it appeared in the loss itself
    std::string layerLabel;   // "Dense #2", or "the loss"
    enum class Where { Forward, Loss, Backward, Update } where = Where::Forward;
    std::string message;      // the whole sentence, with advice
};

struct EpochMetrics {
    int epoch = 0;            // 1-based: the epoch just finished
    std::int64_t step = 0;    // steps done when it finished
    Metrics train;            // averaged over the epoch's mini-batches, as Keras reports
    Metrics validation;       // whole validation split after the epoch (samples 0 if none)
    float learningRate = 0;
    double seconds = 0;       // wall time of the epoch's steps
};

// The per-epoch history keeps every epoch up to this many; beyond, it is thinned to every
// other epoch (a toy net at full speed can finish thousands of epochs a second).
constexpr size_t kMaxHistoryEpochs = 100'000;

enum class TrainerState { Ready, Finished, EarlyStopped, Diverged };

struct StepResult {
    std::int64_t step = 0;    // steps done, after this one
    double loss = 0;          // this mini-batch's mean loss
    bool epochEnded = false;
    TrainerState state = TrainerState::Ready;
};

class Trainer {
public:
    // Checks that the model's output fits the loss and the data (throws SpecError with a
    // message that names the output layer). Does not initialise the weights.
    Trainer(Model model, Dataset train, Dataset validation, TrainConfig config, std::uint64_t seed);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // One mini-batch: forward, loss, backward, penalty, clipping, optimizer, probes.
    // Does nothing unless state() is Ready.
    StepResult step();
    // Steps until the current epoch ends (or the run stops).
    StepResult runEpoch();

    // New hyper-parameters take effect at the next step, without a reset. Changing the
    // loss re-checks the output layer (throws SpecError and keeps the old config).
    void setConfig(const TrainConfig& config);
    // Fresh weights from `seed`, fresh optimizer, counters and history back to zero.
    void reset(std::uint64_t seed);
    // Continue a run that finished (more epochs) or diverged (after a fix such as a lower
    // learning rate): the state returns to Ready; the weights are kept.
    void resume();

    Metrics evaluate(const Dataset& data) const;

    const Model& model() const { return m_model; }
    Model& model() { return m_model; }
    const TrainConfig& config() const { return m_config; }
    const Dataset& trainData() const { return m_train; }
    const Dataset& validationData() const { return m_validation; }
    TrainerState state() const { return m_state; }
    const std::optional<Divergence>& divergence() const { return m_divergence; }
    std::int64_t stepCount() const { return m_step; }
    int epoch() const { return m_epoch; }                  // epochs finished
    std::int64_t stepsPerEpoch() const;
    std::int64_t stepInEpoch() const;
    double epochProgress() const;                          // fraction of the current epoch done
    int effectiveBatchSize() const;
    float currentLearningRate() const;
    double samplesPerSecond() const;                       // over the last completed epoch or so far
    const std::vector<EpochMetrics>& history() const { return m_history; }
    // The latest probes, whole: the norms and update ratios of the last probed step, and the
    // distributions of the last step, measured by the first call after it from the buffers
    // it left (so the call is not safe alongside another thread's).
    const ProbeReport& probes() const
    {
        measurePendingDistributions();
        return m_probes;
    }
    // The same report without measuring anything: its norms and update ratios are the
    // last probed step's, its distributions may be older. Cheap enough after every step.
    const ProbeReport& probeNorms() const { return m_probes; }
    // Probe every stride-th time the probe interval comes round: for a caller that keeps a
    // coarser record than one point per probe (a chart that averages `stride` probes per
    // point could as well have them measured that far apart). 1 after a reset.
    void setProbeStride(int stride);
    int threads() const;

private:
    void checkOutputFits(const TrainConfig& config) const;
    void startEpoch();
    void finishEpoch();
    bool locateDivergence(int shardCount, bool lossFinite, bool gradientsFinite);
    void applyPenaltyAndClipping();
    // Sums the shards' gradients into m_gradients; whether every sum is finite.
    bool sumShardGradients(int shardCount);
    int probeInterval() const;
    void markDistributionsPending(std::int64_t step);
    void measurePendingDistributions() const;
    void saveUpdateSample();
    void setUpdateRatios();

    Model m_model;
    Dataset m_train;
    Dataset m_validation;
    Matrix m_trainLossTargets;
    Matrix m_validationLossTargets;
    TrainConfig m_config;
    std::uint64_t m_seed;
    std::unique_ptr<Optimizer> m_optimizer;
    std::unique_ptr<tbb::task_arena> m_arena;

    // A shard's samples, gathered straight from the training set (no batch-sized copy).
    struct ShardData {
        Matrix inputs;        // (features, count)
        Matrix targets;       // dataset targets, for the metrics
        Matrix lossTargets;   // the loss's form of the targets
    };
    void gatherShard(ShardData& shard, Index first, Index count) const;
    void runShard(int shard, Index batch, Index shardSize, float gradScale);

    std::vector<Workspace> m_workspaces;      // one per shard, reused between steps
    std::vector<ShardData> m_shardData;       // one per shard, reused between steps
    std::vector<MetricSums> m_shardSums;
    Vector m_gradients;
    std::vector<float> m_updateSample;       // sampled weights before the step (update ratios)
    std::vector<Index> m_layerWeights;       // weights (not biases) per layer
    Vector m_bestParameters;
    Vector m_bestState;
    std::vector<Index> m_order;

    TrainerState m_state = TrainerState::Ready;
    std::optional<Divergence> m_divergence;
    std::int64_t m_step = 0;
    int m_epoch = 0;
    Index m_position = 0;                     // next sample of m_order in this epoch
    MetricSums m_epochSums;
    double m_epochSeconds = 0;
    double m_lastEpochSamplesPerSecond = 0;
    float m_plateauFactor = 1.0f;
    double m_bestLoss = std::numeric_limits<double>::infinity();
    int m_epochsWithoutImprovement = 0;
    double m_plateauBest = std::numeric_limits<double>::infinity();
    int m_plateauWait = 0;
    std::vector<EpochMetrics> m_history;
    // Measured in two parts (probes.h): the norms during a probed step, the distributions
    // when someone asks, from the buffers the last step left in m_gradients and m_workspaces[0].
    mutable ProbeReport m_probes;
    mutable bool m_distributionsPending = false;
    std::int64_t m_pendingDistributionStep = -1;
    int m_probeStride = 1;
};

}  // namespace layerlab
