// A built model: immutable layers plus one contiguous parameter buffer (llm.c's
// params_memory): the optimizer is one loop over it and a snapshot is one copy.
// Copying a Model shares the layers and copies the numbers.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "layers/layer.h"
#include "model/model_spec.h"

namespace layerlab {

// A read-only view of numbers in a model's buffer, with their shape.
using ConstMatrixMap = Eigen::Map<const Matrix>;

// Everything one shard of a mini-batch needs while it runs forward and backward; kept
// between steps so that nothing is allocated per step once sizes are stable.
struct Workspace {
    std::vector<Matrix> outputs;     // outputs[i]: layer i's output (O_i, B)
    std::vector<LayerCache> caches;  // caches[i]: what layer i kept for backward
    std::vector<Matrix> deltas;      // scratch for dL/d(output) per layer
    Vector gradients;                // dL/dparams, same layout as Model::parameters()
};

class Model {
public:
    Model() = default;
    // Validates the spec for this input shape (throws SpecError naming the layer) and
    // builds it; parameters start at zero until initialize().
    Model(const ModelSpec& spec, const Shape& input);

    const ModelSpec& spec() const { return m_spec; }
    const Shape& inputShape() const { return m_input; }
    const Shape& outputShape() const { return m_layers.back()->outputShape(); }
    int layerCount() const { return int(m_layers.size()); }
    const Layer& layer(int i) const { return *m_layers[size_t(i)]; }
    Activation outputActivation() const { return m_layers.back()->activation(); }

    // All weights from one seed; each layer draws from its own stream so that editing one
    // layer does not change the initial weights of the others.
    void initialize(std::uint64_t seed);

    Vector& parameters() { return m_params; }
    const Vector& parameters() const { return m_params; }
    Vector& state() { return m_state; }
    const Vector& state() const { return m_state; }
    Index parameterCount() const { return m_params.size(); }
    Index layerParameterOffset(int i) const { return m_paramOffsets[size_t(i)]; }
    Index layerParameterCount(int i) const { return m_paramOffsets[size_t(i) + 1] - m_paramOffsets[size_t(i)]; }
    Index layerStateOffset(int i) const { return m_stateOffsets[size_t(i)]; }
    Index layerStateCount(int i) const { return m_stateOffsets[size_t(i) + 1] - m_stateOffsets[size_t(i)]; }
    // One named parameter array of layer i ("weight", "bias", "gamma", "beta") as the
    // matrix it is, e.g. Dense's weight (outputs, inputs) or Conv2D's (Cin*kh*kw, filters);
    // no reader needs to know where it sits in the buffer. Throws std::out_of_range when the
    // layer has no parameter of that name; hasParameter asks first.
    ConstMatrixMap parameter(int i, std::string_view name) const;
    bool hasParameter(int i, std::string_view name) const;
    // 1 where a parameter is a weight (penalised by L1/L2, decayed), 0 for biases etc.
    const Vector& weightMask() const { return m_weightMask; }

    void forward(const Matrix& x, Workspace& ws, const PassInfo& pass) const;
    // Fills ws.gradients (overwriting) from dL/d(output) held in ws.deltas.back(). It stops
    // at the first layer with parameters: no gradient flows into the input or the layers
    // before it (their ws.deltas are left as they were).
    void backward(const Matrix& x, Workspace& ws, bool deltaIsPreActivation) const;
    // Inference on any number of samples, split in chunks across the current task arena.
    Matrix predict(const Matrix& x) const;

private:
    // Runs layers first..end; layer first reads x, or ws.outputs[first - 1] when first > 0.
    void forwardFrom(size_t first, const Matrix& x, Workspace& ws, const PassInfo& pass) const;

    ModelSpec m_spec;
    Shape m_input;
    std::vector<std::shared_ptr<const Layer>> m_layers;
    std::vector<Index> m_paramOffsets;  // layer i's parameters: [offset[i], offset[i+1])
    std::vector<Index> m_stateOffsets;
    size_t m_firstTrainable = 0;        // the first layer with parameters (backward stops there)
    Vector m_params;
    Vector m_state;
    Vector m_weightMask;
};

}  // namespace layerlab
