// The training run: epochs of shuffled mini-batches, probes, and the state a run is in. One
// step at a time, so the app can run it on a worker thread and pause or step it between any
// two mini-batches. Its parts have files of their own: the step over shards and its update
// (sharded_step.h), epoch bookkeeping and early stopping (epoch_tracker.h), the NaN/Inf
// watch (divergence.h) and the update ratios (update_ratios.h).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <tbb/task_arena.h>

#include "analysis/probes.h"
#include "data/dataset.h"
#include "model/model.h"
#include "training/divergence.h"
#include "training/epoch_tracker.h"
#include "training/metrics.h"
#include "training/optimizer.h"
#include "training/sharded_step.h"
#include "training/train_config.h"
#include "training/update_ratios.h"

namespace layerlab {

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
    // message that names the output layer). Does not initialise the weights. The splits are
    // shared, never copied: a model edit rebuilds the trainer on the same samples. A null
    // validation split means there is none.
    Trainer(Model model, std::shared_ptr<const Dataset> train, std::shared_ptr<const Dataset> validation,
            TrainConfig config, std::uint64_t seed);
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
    const Dataset& trainData() const { return *m_train; }
    const Dataset& validationData() const { return *m_validation; }
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
    const std::vector<EpochMetrics>& history() const { return m_epochs.history(); }
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
    void shuffleForEpoch();
    void finishEpoch();
    // Stops the run at the step being taken; its distributions show where the Inf/NaN is.
    StepResult stopDiverged(Divergence divergence, int probeInterval);
    int probeInterval() const;
    void markDistributionsPending(std::int64_t step);
    void measurePendingDistributions() const;

    Model m_model;
    std::shared_ptr<const Dataset> m_train;
    std::shared_ptr<const Dataset> m_validation;
    Matrix m_trainLossTargets;                // the splits' targets in the loss's form
    Matrix m_validationLossTargets;
    TrainConfig m_config;
    std::uint64_t m_seed;
    std::unique_ptr<Optimizer> m_optimizer;
    std::unique_ptr<tbb::task_arena> m_arena;
    ShardedStep m_shards;                     // the mini-batch's forward, backward and update
    EpochTracker m_epochs;                    // history, reduce-on-plateau, early stopping
    UpdateRatioSampler m_updateRatios;
    std::vector<Index> m_order;               // this epoch's order of the training samples

    TrainerState m_state = TrainerState::Ready;
    std::optional<Divergence> m_divergence;
    std::int64_t m_step = 0;
    int m_epoch = 0;
    Index m_position = 0;                     // next sample of m_order in this epoch
    // Measured in two parts (probes.h): the norms during a probed step, the distributions
    // when someone asks, from the buffers the last step left in m_shards.
    mutable ProbeReport m_probes;
    mutable bool m_distributionsPending = false;
    std::int64_t m_pendingDistributionStep = -1;
    int m_probeStride = 1;
};

}  // namespace layerlab
