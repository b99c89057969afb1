#include "training/optimizer.h"

#include <array>
#include <cmath>

#include <tbb/parallel_for.h>

#include "core/enum_names.h"

namespace layerlab {

namespace {

// Parameters updated together: four float arrays of this length fit in L1.
constexpr Index kChunk = 2048;
// Below this many parameters the update runs on the calling thread (a task costs more).
constexpr Index kParallelFrom = 65536;

struct OptimizerInfo {
    OptimizerKind value;
    std::string_view name;
    std::string_view formula;
};

// In the textbook's notation: θ the parameters, α the learning rate, ∇J(θ) the gradient of
// the loss (over the mini-batch B for all but GD); one statement a line (see
// activationFormula for the marks). The textbook's Adam stops at θ = θ − α m̂_t; the
// bias-corrected m̂_t = m_t / (1 − β1^t) and v̂_t are written out, because Qt's rich text
// misplaces a combining circumflex next to a subscript.
constexpr EnumTable kOptimizers{std::array{
    OptimizerInfo{OptimizerKind::GradientDescent, "gd", "θ = θ − α ∇J(θ)"},
    OptimizerInfo{OptimizerKind::SGD, "sgd", "θ = θ − α ∇J_{B}(θ)"},
    OptimizerInfo{OptimizerKind::Momentum, "momentum", "g = ∇J_{B}(θ),  v = μv + g\nθ = θ − αv"},
    OptimizerInfo{OptimizerKind::Nesterov, "nesterov", "g = ∇J_{B}(θ),  v = μv + g\nθ = θ − α(g + μv)"},
    OptimizerInfo{OptimizerKind::AdaGrad, "adagrad", "g = ∇J_{B}(θ),  s = s + g^{2}\nθ = θ − αg / (√s + ε)"},
    OptimizerInfo{OptimizerKind::RMSprop, "rmsprop",
                  "g = ∇J_{B}(θ),  s = ρs + (1 − ρ)g^{2}\nθ = θ − αg / (√s + ε)"},
    OptimizerInfo{OptimizerKind::Adam, "adam",
                  "g_{t} = ∇J_{B}(θ)\n"
                  "m_{t} = β_{1}m_{t−1} + (1 − β_{1})g_{t}\n"
                  "v_{t} = β_{2}v_{t−1} + (1 − β_{2})g_{t}^{2}\n"
                  "θ = θ − α (m_{t} / (1 − β_{1}^{t})) / (√(v_{t} / (1 − β_{2}^{t})) + ε)"},
    OptimizerInfo{OptimizerKind::AdamW, "adamw",
                  "θ = θ − αλθ\nθ = θ − α (m_{t} / (1 − β_{1}^{t})) / (√(v_{t} / (1 − β_{2}^{t})) + ε)"},
}};

}  // namespace

std::string_view optimizerName(OptimizerKind k) { return kOptimizers.name(k); }
std::optional<OptimizerKind> optimizerFromName(std::string_view name) { return kOptimizers.fromName(name); }
std::span<const OptimizerKind> allOptimizerKinds() { return kOptimizers.values(); }
std::string_view optimizerFormula(OptimizerKind k) { return kOptimizers.row(k).formula; }

Optimizer::Optimizer(const OptimizerConfig& config, const Vector& weightMask)
    : m_config(config), m_weightMask(weightMask)
{
    reset();
}

void Optimizer::setConfig(const OptimizerConfig& config)
{
    const bool kindChanged = config.kind != m_config.kind;
    m_config = config;
    if (kindChanged)
        reset();
}

void Optimizer::reset()
{
    m_first = Vector::Zero(m_weightMask.size());
    m_second = Vector::Zero(m_weightMask.size());
    m_steps = 0;
}

void Optimizer::step(Vector& params, const Vector& g, float lr)
{
    ++m_steps;
    const auto& c = m_config;
    const float correction1 = 1.0f - float(std::pow(double(c.beta1), double(m_steps)));
    const float correction2 = 1.0f - float(std::pow(double(c.beta2), double(m_steps)));
    // One pass over the buffer, a chunk at a time: every formula below runs on a chunk that
    // is still in L1, so the parameters, gradients and moments are read from memory once.
    const auto update = [&](Index begin, Index count) {
        auto p = params.segment(begin, count).array();
        auto gr = g.segment(begin, count).array();
        auto m = m_first.segment(begin, count).array();
        auto v = m_second.segment(begin, count).array();
        switch (c.kind) {
        case OptimizerKind::GradientDescent:
        case OptimizerKind::SGD:
            // theta = theta - lr * g
            p -= lr * gr;
            return;
        case OptimizerKind::Momentum:
            // heavy ball, as PyTorch: v = mu v + g; theta -= lr v
            m = c.momentum * m + gr;
            p -= lr * m;
            return;
        case OptimizerKind::Nesterov:
            // Nesterov (Sutskever et al. 2013, PyTorch's form): v = mu v + g; theta -= lr (g + mu v)
            m = c.momentum * m + gr;
            p -= lr * (gr + c.momentum * m);
            return;
        case OptimizerKind::AdaGrad:
            // AdaGrad (Duchi et al. 2011): s += g^2; theta -= lr g / (sqrt(s) + eps)
            v += gr.square();
            p -= lr * gr / (v.sqrt() + c.epsilon);
            return;
        case OptimizerKind::RMSprop:
            // RMSprop (Hinton 2012): s = rho s + (1 - rho) g^2; theta -= lr g / (sqrt(s) + eps)
            v = c.rho * v + (1 - c.rho) * gr.square();
            p -= lr * gr / (v.sqrt() + c.epsilon);
            return;
        case OptimizerKind::AdamW:
            // decoupled weight decay (Loshchilov & Hutter 2019): theta -= lr wd theta, weights only
            p -= (lr * c.weightDecay) * m_weightMask.segment(begin, count).array() * p;
            [[fallthrough]];
        case OptimizerKind::Adam:
            // Adam (Kingma & Ba 2014): m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
            // m_hat = m / (1 - b1^t); v_hat = v / (1 - b2^t); theta -= lr m_hat / (sqrt(v_hat) + eps)
            m = c.beta1 * m + (1 - c.beta1) * gr;
            v = c.beta2 * v + (1 - c.beta2) * gr.square();
            p -= lr * (m / correction1) / ((v / correction2).sqrt() + c.epsilon);
            return;
        }
    };
    const Index n = params.size();
    const Index chunks = (n + kChunk - 1) / kChunk;
    const auto updateChunk = [&](Index k) { update(k * kChunk, std::min(kChunk, n - k * kChunk)); };
    // Each element's update depends on that element only, so splitting the loop across the
    // current task arena gives the same numbers for any thread count.
    if (n >= kParallelFrom)
        tbb::parallel_for(Index(0), chunks, updateChunk);
    else
        for (Index k = 0; k < chunks; ++k)
            updateChunk(k);
}

}  // namespace layerlab
