#include "diagnosis/finding.h"

#include <array>

#include "core/enum_names.h"

namespace layerlab {

namespace {

constexpr EnumTable kFindingKinds{std::array{
    EnumName<FindingKind>{FindingKind::VanishingGradients, "vanishing-gradients"},
    EnumName<FindingKind>{FindingKind::ExplodingGradients, "exploding-gradients"},
    EnumName<FindingKind>{FindingKind::NonFinite, "non-finite"},
    EnumName<FindingKind>{FindingKind::DeadRelu, "dead-relu"},
    EnumName<FindingKind>{FindingKind::Saturation, "saturation"},
    EnumName<FindingKind>{FindingKind::UnscaledInputs, "unscaled-inputs"},
    EnumName<FindingKind>{FindingKind::LearningRateTooHigh, "learning-rate-too-high"},
    EnumName<FindingKind>{FindingKind::LearningRateTooLow, "learning-rate-too-low"},
    EnumName<FindingKind>{FindingKind::Plateau, "plateau"},
    EnumName<FindingKind>{FindingKind::Overfitting, "overfitting"},
    EnumName<FindingKind>{FindingKind::Underfitting, "underfitting"},
    EnumName<FindingKind>{FindingKind::LossOutputMismatch, "loss-output-mismatch"},
}};

constexpr EnumTable kSeverities{std::array{
    EnumName<Severity>{Severity::Info, "info"},
    EnumName<Severity>{Severity::Warning, "warning"},
    EnumName<Severity>{Severity::Error, "error"},
}};

}  // namespace

std::string_view findingKindName(FindingKind kind) { return kFindingKinds.name(kind); }
std::optional<FindingKind> findingKindFromName(std::string_view name) { return kFindingKinds.fromName(name); }
std::span<const FindingKind> allFindingKinds() { return kFindingKinds.values(); }
std::string_view severityName(Severity severity) { return kSeverities.name(severity); }

}  // namespace layerlab
