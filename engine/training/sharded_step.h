// One mini-batch's gradient, computed in shards on the run's threads, and the update that
// applies it. Each shard gathers its own samples and runs forward and backward into its own
// workspace; the shards' gradients are then summed in shard order, so that a seed gives the
// same run, bit for bit, on any number of threads.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include <tbb/task_arena.h>

#include "data/dataset.h"
#include "model/model.h"
#include "training/loss.h"
#include "training/metrics.h"
#include "training/optimizer.h"
#include "training/train_config.h"

namespace layerlab {

// The samples of one mini-batch, and what its random draws (dropout) come from.
struct MiniBatch {
    const Dataset& data;
    const Matrix& lossTargets;        // data's targets in the loss's form, one column a sample
    std::span<const Index> samples;   // the batch's columns of data, in order
    std::uint64_t seed = 0;           // shard s draws from streamSeed(seed, step, s)
    std::int64_t step = 0;
};

class ShardedStep {
public:
    struct Outcome {
        MetricSums sums;       // the batch's metrics; sums.loss is its summed loss
        bool finite = true;    // every value of the summed gradient is finite
    };
    // Forward, loss and backward of the batch in shards of shardSize samples, one task each;
    // leaves the gradient of the batch's mean loss in gradients().
    Outcome computeGradients(const Model& model, LossKind loss, const MiniBatch& batch, int shardSize,
                             tbb::task_arena& arena);
    // Adds the L1/L2 penalty's gradient, then clips by value and by global norm.
    void applyPenaltyAndClipping(const Model& model, const TrainConfig& config);
    // The optimizer's step along gradients(); whether every parameter stayed finite.
    bool update(Optimizer& optimizer, Model& model, float learningRate, tbb::task_arena& arena);
    // Layers with running statistics (BatchNorm) fold in what every shard saw, in shard order.
    void foldRunningStatistics(Model& model) const;

    const Vector& gradients() const { return m_gradients; }
    // The last batch's shards: their layer outputs and caches, for diagnosis and probes.
    std::span<const Workspace> shardWorkspaces() const { return {m_workspaces.data(), size_t(m_shards)}; }

private:
    // A shard's samples, gathered straight from the training set (no batch-sized copy).
    struct ShardData {
        Matrix inputs;        // (features, count)
        Matrix targets;       // dataset targets, for the metrics
        Matrix lossTargets;   // the loss's form of the targets
    };
    Index shardSamples(int shard) const;
    void runShard(int shard, const Model& model, LossKind loss, const MiniBatch& batch, float gradScale);
    // Sums the shards' gradients into m_gradients; whether every sum is finite.
    bool sumShardGradients(const Model& model, tbb::task_arena& arena);

    std::vector<Workspace> m_workspaces;   // one per shard, reused between steps
    std::vector<ShardData> m_shardData;    // one per shard, reused between steps
    std::vector<MetricSums> m_shardSums;
    Vector m_gradients;
    int m_shards = 0;                      // of the last batch
    Index m_shardSize = 0;
    Index m_batchSize = 0;
};

}  // namespace layerlab
