// The interface every layer implements. A layer is immutable once built: its parameters
// live in the model's one contiguous buffer and arrive as a pointer, and everything a
// forward pass must remember for backward goes into a per-shard LayerCache. So shards of a
// mini-batch can run through the same layer on different threads at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "layers/initializer.h"
#include "model/model_spec.h"
#include "core/shape.h"
#include "core/tensor.h"

namespace layerlab {

// One named parameter array of a layer, stored column-major (rows, cols) in the buffer.
struct ParamInfo {
    std::string name;       // "weight", "bias", "gamma", "beta"
    Index rows = 0;
    Index cols = 1;
    bool isWeight = false;  // weights get L1/L2 penalties and weight decay; biases do not
    Index size() const { return rows * cols; }
};

// How many floats a layer's arrays (its parameters(), or its stateBuffers()) take in the
// buffer, laid one after another.
inline Index totalSize(std::span<const ParamInfo> arrays)
{
    Index n = 0;
    for (const ParamInfo& a : arrays)
        n += a.size();
    return n;
}

// What one shard's forward pass keeps for its backward pass (and for probes).
struct LayerCache {
    Matrix z;                    // pre-activation, for layers with an activation
    Matrix mask;                 // dropout mask, pooling argmax, ...
    std::vector<Matrix> extra;   // anything else a layer needs (normalised inputs, columns)
};

struct PassInfo {
    bool training = false;
    std::uint64_t seed = 0;      // for this shard's random choices (dropout)
};

class Layer {
public:
    Layer(LayerSpec spec, Shape input, Shape output) : m_spec(spec), m_input(input), m_output(output) {}
    virtual ~Layer() = default;
    Layer(const Layer&) = delete;
    Layer& operator=(const Layer&) = delete;

    const LayerSpec& spec() const { return m_spec; }
    const Shape& inputShape() const { return m_input; }
    const Shape& outputShape() const { return m_output; }

    // Trainable parameters, laid out one after another in this order.
    virtual std::vector<ParamInfo> parameters() const { return {}; }
    // Non-trainable state (BatchNorm's running mean and variance), same layout rules.
    virtual std::vector<ParamInfo> stateBuffers() const { return {}; }
    virtual void initializeParameters(float* params, Rng& rng) const {}
    virtual void initializeState(float* state) const {}
    // The activation applied at this layer's output (Linear when none).
    virtual Activation activation() const { return Activation::Linear; }

    // x: (inputs, batch) -> y: (outputs, batch).
    virtual void forward(const float* params, const float* state, const Matrix& x, Matrix& y,
                         LayerCache& cache, const PassInfo& pass) const = 0;
    // dy: dL/dy on entry, or dL/dz (before the activation) when dyIsPreActivation; the layer
    // may overwrite it. Adds dL/dparams into grads (same layout as params). Writes dL/dx
    // into dx unless dx is null (the first layer needs no input gradient).
    virtual void backward(const float* params, const Matrix& x, const Matrix& y, Matrix& dy,
                          bool dyIsPreActivation, Matrix* dx, float* grads, LayerCache& cache) const = 0;
    // After a training step: fold the statistics every shard saw (in shard order) into the
    // state. shardSizes[i] is the number of samples of shard i.
    virtual void updateState(float* state, std::span<const LayerCache* const> caches,
                             std::span<const Index> shardSizes) const {}

private:
    LayerSpec m_spec;
    Shape m_input;
    Shape m_output;
};

}  // namespace layerlab
