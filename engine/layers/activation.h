// Activation functions f and their derivatives, applied to whole batches.
// Z = pre-activation, A = f(Z); both (units, batch).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/tensor.h"

namespace layerlab {

enum class Activation { Linear, Sigmoid, Tanh, ReLU, LeakyReLU, ELU, GELU, Softplus, SiLU, Softmax };

constexpr float kLeakyReLUSlope = 0.01f;  // Keras' LeakyReLU default is 0.3; PyTorch's 0.01
constexpr float kELUAlpha = 1.0f;

// "relu", "leaky-relu", ... (the names in project files and on the command line); "silu"
// also reads as swish.
std::string_view activationName(Activation a);
std::optional<Activation> activationFromName(std::string_view name);
std::span<const Activation> allActivations();
// The formula as the textbook writes it, in Unicode symbols with two marks for the
// typesetter: x^{2} is a superscript, y_{i} a subscript; "f(x) = 1 / (1 + e^{−x})". A formula
// with words in it ("if x > 0") is a QT_TRANSLATE_NOOP("Engine", ...) template: show it
// through QCoreApplication::translate("Engine", ...). The same holds for lossFormula and
// optimizerFormula.
std::string_view activationFormula(Activation a);
std::string_view activationDerivativeFormula(Activation a);

// A = f(Z), column by column (softmax normalises each column).
void applyActivation(Activation a, const Matrix& z, Matrix& out);
// dZ = dA * f'(Z) in place (for softmax: the Jacobian-vector product per column).
void activationBackward(Activation a, const Matrix& z, const Matrix& out, Matrix& grad);

// Scalar versions, for plots of f and f' (softmax: treated as sigmoid of one logit).
float activationValue(Activation a, float x);
float activationDerivative(Activation a, float x);

}  // namespace layerlab
