#include "training/sharded_step.h"

#include <algorithm>
#include <atomic>

#include <tbb/parallel_for.h>

#include "core/rng.h"
#include "training/parallel_chunks.h"

namespace layerlab {

namespace {

// Stands for "no pre-activation" when the output layer has no activation.
const Matrix kNoPreActivation;

}  // namespace

ShardedStep::Outcome ShardedStep::computeGradients(const Model& model, LossKind loss, const MiniBatch& batch,
                                                   int shardSize, tbb::task_arena& arena)
{
    m_batchSize = Index(batch.samples.size());
    m_shardSize = std::max(1, shardSize);
    m_shards = int((m_batchSize + m_shardSize - 1) / m_shardSize);
    if (int(m_workspaces.size()) < m_shards) {
        m_workspaces.resize(size_t(m_shards));
        m_shardData.resize(size_t(m_shards));
    }
    m_shardSums.assign(size_t(m_shards), MetricSums{});
    const float gradScale = 1.0f / float(m_batchSize);
    // A single shard runs on this thread: a tiny net's step is a few microseconds, less than
    // handing a task to the scheduler costs.
    if (m_shards == 1)
        runShard(0, model, loss, batch, gradScale);
    else
        arena.execute([&] {
            tbb::parallel_for(0, m_shards, [&](int s) { runShard(s, model, loss, batch, gradScale); });
        });

    Outcome outcome;
    for (const auto& s : m_shardSums)
        outcome.sums.merge(s);
    outcome.finite = sumShardGradients(model, arena);
    return outcome;
}

Index ShardedStep::shardSamples(int shard) const
{
    return std::min(m_shardSize, m_batchSize - Index(shard) * m_shardSize);
}

void ShardedStep::runShard(int s, const Model& model, LossKind loss, const MiniBatch& batch, float gradScale)
{
    const Index first = Index(s) * m_shardSize;
    const Index count = shardSamples(s);
    ShardData& data = m_shardData[size_t(s)];
    data.inputs.resize(batch.data.inputs.rows(), count);
    data.targets.resize(batch.data.targets.rows(), count);
    data.lossTargets.resize(batch.lossTargets.rows(), count);
    for (Index j = 0; j < count; ++j) {
        const Index sample = batch.samples[size_t(first + j)];
        data.inputs.col(j) = batch.data.inputs.col(sample);
        data.targets.col(j) = batch.data.targets.col(sample);
        data.lossTargets.col(j) = batch.lossTargets.col(sample);
    }
    Workspace& ws = m_workspaces[size_t(s)];
    model.forward(data.inputs, ws, PassInfo{true, streamSeed(batch.seed, std::uint64_t(batch.step), std::uint64_t(s))});
    ws.deltas.resize(size_t(model.layerCount()));
    const bool fusedPossible = model.outputActivation() != Activation::Linear;
    const Matrix& z = fusedPossible ? ws.caches.back().z : kNoPreActivation;
    const LossOutput out = computeLoss(loss, model.outputActivation(), z, ws.outputs.back(), data.lossTargets,
                                       gradScale, &ws.deltas.back());
    MetricSums& sums = m_shardSums[size_t(s)];
    accumulateMetrics(sums, batch.data.task, ws.outputs.back(), data.targets);
    sums.loss = out.sum;
    model.backward(data.inputs, ws, out.gradIsPreActivation);
}

bool ShardedStep::sumShardGradients(const Model& model, tbb::task_arena& arena)
{
    if (m_shards == 1) {
        // nothing to add: take the shard's buffer (its old one becomes the shard's next)
        m_gradients.swap(m_workspaces[0].gradients);
        return allFiniteInChunks(arena, m_gradients);
    }
    m_gradients.resize(model.parameterCount());
    // Each chunk adds the shards in order 0, 1, 2, ...: the same sum for any thread count.
    // It checks its sum while it is still in the cache: a separate pass over the whole
    // buffer afterwards would run on one thread while the other waits.
    std::atomic<bool> finite = true;
    forEachChunk(arena, m_gradients.size(), [&](Index begin, Index count) {
        auto out = m_gradients.segment(begin, count);
        out = m_workspaces[0].gradients.segment(begin, count);
        for (int s = 1; s < m_shards; ++s)
            out += m_workspaces[size_t(s)].gradients.segment(begin, count);
        if (!allFinite(out))
            finite.store(false, std::memory_order_relaxed);
    });
    return finite.load();
}

void ShardedStep::applyPenaltyAndClipping(const Model& model, const TrainConfig& config)
{
    const auto& reg = config.regularization;
    const Vector& mask = model.weightMask();
    const Vector& w = model.parameters();
    if (reg.kind == Penalty::L2)
        // d/dw rate * sum w^2 = 2 rate w
        m_gradients.array() += (2.0f * reg.rate) * mask.array() * w.array();
    else if (reg.kind == Penalty::L1)
        // d/dw rate * sum |w| = rate sign(w)
        m_gradients.array() += reg.rate * mask.array() * w.array().sign();
    const auto& clip = config.clipping;
    if (clip.value > 0)
        m_gradients = m_gradients.cwiseMax(-clip.value).cwiseMin(clip.value);
    if (clip.globalNorm > 0) {
        const float norm = m_gradients.norm();
        if (norm > clip.globalNorm)
            m_gradients *= clip.globalNorm / norm;
    }
}

bool ShardedStep::update(Optimizer& optimizer, Model& model, float learningRate, tbb::task_arena& arena)
{
    runSplitIfLarge(arena, model, [&] { optimizer.step(model.parameters(), m_gradients, learningRate); });
    return allFiniteInChunks(arena, model.parameters());
}

void ShardedStep::foldRunningStatistics(Model& model) const
{
    if (model.state().size() == 0)
        return;
    std::vector<const LayerCache*> caches(static_cast<size_t>(m_shards));
    std::vector<Index> sizes(static_cast<size_t>(m_shards));
    for (int s = 0; s < m_shards; ++s)
        sizes[size_t(s)] = shardSamples(s);
    Index offset = 0;  // of layer i's running statistics in the model's state buffer
    for (int i = 0; i < model.layerCount(); ++i) {
        const auto& buffers = model.layer(i).stateBuffers();
        if (buffers.empty())
            continue;
        for (int s = 0; s < m_shards; ++s)
            caches[size_t(s)] = &m_workspaces[size_t(s)].caches[size_t(i)];
        model.layer(i).updateState(model.state().data() + offset, caches, sizes);
        for (const auto& b : buffers)
            offset += b.size();
    }
}

}  // namespace layerlab
