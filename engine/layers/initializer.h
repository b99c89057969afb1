// Weight initialisers. fanIn/fanOut are the numbers of inputs/outputs of one unit
// (for a convolution: kernel area times channels).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/rng.h"

namespace layerlab {

enum class InitKind {
    Zeros, Constant, Uniform, Normal,
    XavierUniform, XavierNormal, HeUniform, HeNormal, LeCunUniform, LeCunNormal
};

struct Initializer {
    InitKind kind = InitKind::XavierUniform;
    float value = 0.1f;  // Constant: the value; Uniform: a in U(-a, a); Normal: the std s

    friend bool operator==(const Initializer&, const Initializer&) = default;
};

// "he-normal", "xavier-uniform", ... (the names in project files); Keras' "glorot-uniform"
// and "glorot-normal" also read as Xavier.
std::string_view initName(InitKind k);
std::optional<InitKind> initFromName(std::string_view name);
std::span<const InitKind> allInitKinds();
// One sentence for tooltips and the inspector, e.g. "He/Kaiming normal: N(0, 2 / fan_{in}); for
// ReLU.": a QT_TRANSLATE_NOOP("Engine", ...) template with activationFormula's marks.
std::string_view initDescription(InitKind k);

void initialize(const Initializer& init, std::span<float> values, int fanIn, int fanOut, Rng& rng);

}  // namespace layerlab
