// Learning-rate schedules, as a function of (fractional) epoch.
#pragma once

#include <optional>
#include <string_view>

namespace layerlab {

enum class ScheduleKind { Constant, Step, Exponential, Cosine };

std::string_view scheduleName(ScheduleKind k);
std::optional<ScheduleKind> scheduleFromName(std::string_view name);

struct Schedule {
    ScheduleKind kind = ScheduleKind::Constant;
    float stepEpochs = 10;      // Step: multiply by factor every stepEpochs epochs
    float factor = 0.5f;        // Step
    float decayRate = 0.96f;    // Exponential: lr0 * decayRate^epoch
    float minRate = 0.0f;       // Cosine: the rate reached at the last epoch

    friend bool operator==(const Schedule&, const Schedule&) = default;
};

// Reduce the rate when the monitored loss stops improving (Keras' ReduceLROnPlateau).
struct Plateau {
    bool enabled = false;
    int patience = 5;           // epochs without improvement before reducing
    float factor = 0.5f;
    float minRate = 1e-6f;

    friend bool operator==(const Plateau&, const Plateau&) = default;
};

// The rate at `epoch` (0-based, fractional within an epoch) of `totalEpochs`.
float scheduledRate(const Schedule& s, float baseRate, double epoch, int totalEpochs);

}  // namespace layerlab
