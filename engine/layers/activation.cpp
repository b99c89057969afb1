#include "layers/activation.h"

#include <array>
#include <cmath>

#include "core/enum_names.h"
#include "core/message.h"

namespace layerlab {

namespace {

struct ActivationInfo {
    Activation value;
    std::string_view name;
    std::string_view formula;
    std::string_view derivative;
};

// Formulas in the textbook's notation (see activationFormula); the ones with words are
// templates for the translators.
constexpr EnumTable kActivations{std::array{
    ActivationInfo{Activation::Linear, "linear", "f(x) = x", "f′(x) = 1"},
    ActivationInfo{Activation::Sigmoid, "sigmoid", "f(x) = 1 / (1 + e^{−x})", "f′(x) = f(x)(1 − f(x))"},
    ActivationInfo{Activation::Tanh, "tanh", "f(x) = (e^{x} − e^{−x}) / (e^{x} + e^{−x})",
                   "f′(x) = 1 − f(x)^{2}"},
    ActivationInfo{Activation::ReLU, "relu", "f(x) = max(0, x)",
                   //: An activation's derivative; keep the symbols, ^{...} (superscript) and _{...} (subscript)
                   QT_TRANSLATE_NOOP("Engine", "f′(x) = 1 if x > 0, else 0")},
    ActivationInfo{Activation::LeakyReLU, "leaky-relu",
                   //: An activation; keep the symbols, ^{...} (superscript) and _{...} (subscript)
                   QT_TRANSLATE_NOOP("Engine", "f(x) = x if x > 0, else 0.01x"),
                   //: An activation's derivative; keep the symbols, ^{...} (superscript) and _{...} (subscript)
                   QT_TRANSLATE_NOOP("Engine", "f′(x) = 1 if x > 0, else 0.01")},
    ActivationInfo{Activation::ELU, "elu",
                   //: An activation; keep the symbols, ^{...} (superscript) and _{...} (subscript)
                   QT_TRANSLATE_NOOP("Engine", "f(x) = x if x > 0, else e^{x} − 1"),
                   //: An activation's derivative; keep the symbols, ^{...} (superscript) and _{...} (subscript)
                   QT_TRANSLATE_NOOP("Engine", "f′(x) = 1 if x > 0, else e^{x}")},
    ActivationInfo{Activation::GELU, "gelu", "f(x) = x Φ(x) = x/2 (1 + erf(x/√2))", "f′(x) = Φ(x) + x φ(x)"},
    ActivationInfo{Activation::Softplus, "softplus", "f(x) = ln(1 + e^{x})", "f′(x) = 1 / (1 + e^{−x})"},
    ActivationInfo{Activation::SiLU, "swish", "f(x) = x σ(x) = x / (1 + e^{−x})",
                   "f′(x) = σ(x)(1 + x(1 − σ(x))),  σ(x) = 1 / (1 + e^{−x})"},
    ActivationInfo{Activation::Softmax, "softmax", "f(x)_{i} = e^{x_{i}} / Σ_{j} e^{x_{j}}",
                   "∂f_{i}/∂x_{j} = f_{i}(δ_{ij} − f_{j})"},
}, std::array{EnumName<Activation>{Activation::SiLU, "silu"}}};

float sigmoid(float x)
{
    // Two branches so that e^-x never overflows for very negative x.
    if (x >= 0)
        return 1.0f / (1.0f + std::exp(-x));
    float e = std::exp(x);
    return e / (1.0f + e);
}

constexpr float kInvSqrt2 = 0.70710678118654752f;
constexpr float kInvSqrt2Pi = 0.39894228040143268f;

}  // namespace

std::string_view activationName(Activation a) { return kActivations.name(a); }
std::optional<Activation> activationFromName(std::string_view name) { return kActivations.fromName(name); }
std::span<const Activation> allActivations() { return kActivations.values(); }
std::string_view activationFormula(Activation a) { return kActivations.row(a).formula; }
std::string_view activationDerivativeFormula(Activation a) { return kActivations.row(a).derivative; }

float activationValue(Activation a, float x)
{
    switch (a) {
    case Activation::Linear: return x;
    case Activation::Sigmoid:
    case Activation::Softmax: return sigmoid(x);
    case Activation::Tanh: return std::tanh(x);
    case Activation::ReLU: return x > 0 ? x : 0.0f;
    case Activation::LeakyReLU: return x > 0 ? x : kLeakyReLUSlope * x;
    case Activation::ELU: return x > 0 ? x : kELUAlpha * std::expm1(x);
    case Activation::GELU: return 0.5f * x * (1.0f + std::erf(x * kInvSqrt2));
    // softplus(x) = max(x, 0) + log1p(e^-|x|): no overflow for large x.
    case Activation::Softplus: return std::max(x, 0.0f) + std::log1p(std::exp(-std::abs(x)));
    case Activation::SiLU: return x * sigmoid(x);
    }
    return x;
}

float activationDerivative(Activation a, float x)
{
    switch (a) {
    case Activation::Linear: return 1.0f;
    case Activation::Sigmoid:
    case Activation::Softmax: {
        float s = sigmoid(x);
        return s * (1.0f - s);
    }
    case Activation::Tanh: {
        float t = std::tanh(x);
        return 1.0f - t * t;
    }
    case Activation::ReLU: return x > 0 ? 1.0f : 0.0f;
    case Activation::LeakyReLU: return x > 0 ? 1.0f : kLeakyReLUSlope;
    case Activation::ELU: return x > 0 ? 1.0f : kELUAlpha * std::exp(x);
    case Activation::GELU:
        return 0.5f * (1.0f + std::erf(x * kInvSqrt2)) + x * kInvSqrt2Pi * std::exp(-0.5f * x * x);
    case Activation::Softplus: return sigmoid(x);
    case Activation::SiLU: {
        float s = sigmoid(x);
        return s * (1.0f + x * (1.0f - s));
    }
    }
    return 1.0f;
}

void applyActivation(Activation a, const Matrix& z, Matrix& out)
{
    out.resize(z.rows(), z.cols());
    switch (a) {
    case Activation::Linear: out = z; return;
    case Activation::ReLU: out = z.cwiseMax(0.0f); return;
    case Activation::Tanh: out = z.array().tanh(); return;
    case Activation::Sigmoid:
        // 1/(1+e^-x), with x clamped so e^-x stays finite; sigmoid(+-88) is 1 or 0 in float.
        out = (1.0f + (-z.array().max(-88.0f)).exp()).inverse();
        return;
    case Activation::Softmax:
        // Subtract each column's max first: e^(x - max) <= 1, so nothing overflows.
        for (Index j = 0; j < z.cols(); ++j) {
            auto e = (z.col(j).array() - z.col(j).maxCoeff()).exp();
            out.col(j) = e / e.sum();
        }
        return;
    default:
        out = z.unaryExpr([a](float x) { return activationValue(a, x); });
        return;
    }
}

void activationBackward(Activation a, const Matrix& z, const Matrix& out, Matrix& grad)
{
    switch (a) {
    case Activation::Linear: return;
    // select, not a multiplication by a cast mask: Eigen does not vectorise the cast (10x slower)
    case Activation::ReLU: grad = (z.array() > 0.0f).select(grad, 0.0f); return;
    case Activation::Tanh: grad.array() *= 1.0f - out.array().square(); return;
    case Activation::Sigmoid: grad.array() *= out.array() * (1.0f - out.array()); return;
    case Activation::Softmax:
        // dZ_i = A_i (dA_i - sum_j dA_j A_j)
        for (Index j = 0; j < z.cols(); ++j) {
            float dot = grad.col(j).dot(out.col(j));
            grad.col(j).array() = out.col(j).array() * (grad.col(j).array() - dot);
        }
        return;
    default:
        grad.array() *= z.unaryExpr([a](float x) { return activationDerivative(a, x); }).array();
        return;
    }
}

}  // namespace layerlab
