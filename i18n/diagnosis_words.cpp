#include "diagnosis_words.h"

#include <QCoreApplication>

#include "diagnosis/diagnosis_text.h"

namespace layerlab {

QString findingKindText(FindingKind kind)
{
    switch (kind) {
    case FindingKind::VanishingGradients: return QCoreApplication::translate("Diagnosis", "Vanishing gradients");
    case FindingKind::ExplodingGradients: return QCoreApplication::translate("Diagnosis", "Exploding gradients");
    case FindingKind::NonFinite: return QCoreApplication::translate("Diagnosis", "Inf/NaN values");
    case FindingKind::DeadRelu: return QCoreApplication::translate("Diagnosis", "Dead ReLUs");
    case FindingKind::Saturation: return QCoreApplication::translate("Diagnosis", "Saturated units");
    case FindingKind::UnscaledInputs: return QCoreApplication::translate("Diagnosis", "Unscaled inputs");
    case FindingKind::LearningRateTooHigh:
        return QCoreApplication::translate("Diagnosis", "Learning rate too high");
    case FindingKind::LearningRateTooLow:
        return QCoreApplication::translate("Diagnosis", "Learning rate too low");
    case FindingKind::Plateau: return QCoreApplication::translate("Diagnosis", "Plateau");
    case FindingKind::Overfitting: return QCoreApplication::translate("Diagnosis", "Overfitting");
    case FindingKind::Underfitting: return QCoreApplication::translate("Diagnosis", "Underfitting");
    case FindingKind::LossOutputMismatch:
        return QCoreApplication::translate("Diagnosis", "Loss and output do not match");
    }
    return QString::fromUtf8(findingKindName(kind).data(), qsizetype(findingKindName(kind).size()));
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate("Diagnosis", "Note");
    case Severity::Warning: return QCoreApplication::translate("Diagnosis", "Warning");
    case Severity::Error: return QCoreApplication::translate("Diagnosis", "Error");
    }
    return {};
}

}  // namespace layerlab
