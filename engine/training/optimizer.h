// Optimizers: one loop over the model's contiguous parameter buffer.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/tensor.h"

namespace layerlab {

enum class OptimizerKind { GradientDescent, SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam, AdamW };

std::string_view optimizerName(OptimizerKind k);  // "gd", "sgd", "momentum", ...
std::optional<OptimizerKind> optimizerFromName(std::string_view name);
std::span<const OptimizerKind> allOptimizerKinds();
// "θ = θ − α ∇J(θ)", one statement a line: marked as activationFormula says.
std::string_view optimizerFormula(OptimizerKind k);

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::Adam;
    float learningRate = 0.01f;
    float momentum = 0.9f;       // Momentum, Nesterov
    float beta1 = 0.9f;          // Adam, AdamW
    float beta2 = 0.999f;        // Adam, AdamW
    float rho = 0.9f;            // RMSprop
    float epsilon = 1e-7f;       // AdaGrad, RMSprop, Adam, AdamW (Keras' default)
    float weightDecay = 0.01f;   // AdamW (decoupled, Loshchilov & Hutter 2019)

    friend bool operator==(const OptimizerConfig&, const OptimizerConfig&) = default;
};

class Optimizer {
public:
    // weightMask: 1 for parameters that weight decay applies to (AdamW), 0 otherwise.
    Optimizer(const OptimizerConfig& config, const Vector& weightMask);

    const OptimizerConfig& config() const { return m_config; }
    // A new kind restarts the moment estimates; new rates and betas apply from the next step.
    void setConfig(const OptimizerConfig& config);
    void reset();
    long long stepCount() const { return m_steps; }

    // params -= update(grads), with learning rate lr (the schedule's current value).
    void step(Vector& params, const Vector& grads, float lr);

private:
    OptimizerConfig m_config;
    Vector m_weightMask;
    Vector m_first;   // velocity, or Adam's first moment m
    Vector m_second;  // squared-gradient accumulator, or Adam's second moment v
    long long m_steps = 0;
};

}  // namespace layerlab
