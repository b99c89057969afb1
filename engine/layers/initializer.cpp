#include "layers/initializer.h"

#include <array>
#include <cmath>

#include "core/enum_names.h"
#include "core/message.h"

namespace layerlab {

namespace {

struct InitInfo {
    InitKind value;
    std::string_view name;
    std::string_view description;
};

// The descriptions are templates for the translators, with the formula marks of
// activationFormula (x^{2}, fan_{in}).
constexpr EnumTable kInits{std::array{
    InitInfo{InitKind::Zeros, "zeros",
             QT_TRANSLATE_NOOP("Engine", "All weights 0: every unit stays identical (symmetry is never broken).")},
    InitInfo{InitKind::Constant, "constant",
             QT_TRANSLATE_NOOP("Engine", "All weights the same value: units stay identical.")},
    InitInfo{InitKind::Uniform, "uniform",
             QT_TRANSLATE_NOOP("Engine", "U(−a, a) with a chosen a.")},
    InitInfo{InitKind::Normal, "normal",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "N(0, s^{2}) with a chosen s.")},
    InitInfo{InitKind::XavierUniform, "xavier-uniform",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "Glorot uniform: U(−a, a), a = √(6 / (fan_{in} + fan_{out})); keeps variance "
                                         "for tanh/sigmoid.")},
    InitInfo{InitKind::XavierNormal, "xavier-normal",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "Glorot normal: N(0, 2 / (fan_{in} + fan_{out})).")},
    InitInfo{InitKind::HeUniform, "he-uniform",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "He/Kaiming uniform: U(−a, a), a = √(6 / fan_{in}); for ReLU.")},
    InitInfo{InitKind::HeNormal, "he-normal",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "He/Kaiming normal: N(0, 2 / fan_{in}); for ReLU.")},
    InitInfo{InitKind::LeCunUniform, "lecun-uniform",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "LeCun uniform: U(−a, a), a = √(3 / fan_{in}).")},
    InitInfo{InitKind::LeCunNormal, "lecun-normal",
             //: A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are
             QT_TRANSLATE_NOOP("Engine", "LeCun normal: N(0, 1 / fan_{in}); for SELU-like units.")},
}, std::array{EnumName<InitKind>{InitKind::XavierUniform, "glorot-uniform"},
              EnumName<InitKind>{InitKind::XavierNormal, "glorot-normal"}}};

void fillUniform(std::span<float> v, float a, Rng& rng)
{
    for (float& x : v)
        x = (2.0f * uniform01(rng) - 1.0f) * a;
}

void fillNormal(std::span<float> v, float s, Rng& rng)
{
    for (float& x : v)
        x = standardNormal(rng) * s;
}

}  // namespace

std::string_view initName(InitKind k) { return kInits.name(k); }
std::optional<InitKind> initFromName(std::string_view name) { return kInits.fromName(name); }
std::span<const InitKind> allInitKinds() { return kInits.values(); }
std::string_view initDescription(InitKind k) { return kInits.row(k).description; }

void initialize(const Initializer& init, std::span<float> values, int fanIn, int fanOut, Rng& rng)
{
    const float in = float(std::max(fanIn, 1));
    const float inOut = float(std::max(fanIn + fanOut, 1));
    switch (init.kind) {
    case InitKind::Zeros: std::fill(values.begin(), values.end(), 0.0f); return;
    case InitKind::Constant: std::fill(values.begin(), values.end(), init.value); return;
    case InitKind::Uniform: fillUniform(values, init.value, rng); return;
    case InitKind::Normal: fillNormal(values, init.value, rng); return;
    case InitKind::XavierUniform: fillUniform(values, std::sqrt(6.0f / inOut), rng); return;
    case InitKind::XavierNormal: fillNormal(values, std::sqrt(2.0f / inOut), rng); return;
    case InitKind::HeUniform: fillUniform(values, std::sqrt(6.0f / in), rng); return;
    case InitKind::HeNormal: fillNormal(values, std::sqrt(2.0f / in), rng); return;
    case InitKind::LeCunUniform: fillUniform(values, std::sqrt(3.0f / in), rng); return;
    case InitKind::LeCunNormal: fillNormal(values, std::sqrt(1.0f / in), rng); return;
    }
}

}  // namespace layerlab
