// Batch normalisation (Ioffe & Szegedy 2015) over features (flat input) or over channels
// (image input: statistics over batch, height and width).
//   xhat = (x - mean) / sqrt(var + eps),  y = gamma * xhat + beta
// C = channels (or features), S = spatial size per channel (1 for flat), B = batch.
// Statistics are those of the shard being computed (each shard of a mini-batch is
// normalised by itself, "ghost" batch norm), which keeps results independent of how many
// threads run the shards. Running mean and variance merge all shards of a step exactly.
#pragma once

#include "layers/layer.h"

namespace layerlab {

class BatchNormLayer final : public Layer {
public:
    BatchNormLayer(const LayerSpec& spec, Shape input);
    static Shape outputShape(const LayerSpec& spec, const Shape& input);

    std::vector<ParamInfo> parameters() const override;
    std::vector<ParamInfo> stateBuffers() const override;
    void initializeParameters(float* params, Rng& rng) const override;
    void initializeState(float* state) const override;
    void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                 LayerCache& cache, const PassInfo& pass) const override;
    void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                  bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const override;
    void updateState(float* state, std::span<const LayerCache* const> caches,
                     std::span<const Index> shardSizes) const override;

private:
    Index m_channels;
    Index m_spatial;
};

}  // namespace layerlab
