#include "training/schedule.h"

#include <array>
#include <cmath>

#include "core/enum_names.h"

namespace layerlab {

namespace {
using ScheduleName = EnumName<ScheduleKind>;
constexpr EnumTable kSchedules{std::array{
    ScheduleName{ScheduleKind::Constant, "constant"}, ScheduleName{ScheduleKind::Step, "step"},
    ScheduleName{ScheduleKind::Exponential, "exponential"}, ScheduleName{ScheduleKind::Cosine, "cosine"},
}};
constexpr double kPi = 3.14159265358979323846;
}  // namespace

std::string_view scheduleName(ScheduleKind k) { return kSchedules.name(k); }
std::optional<ScheduleKind> scheduleFromName(std::string_view name) { return kSchedules.fromName(name); }

float scheduledRate(const Schedule& s, float base, double epoch, int totalEpochs)
{
    switch (s.kind) {
    case ScheduleKind::Constant: return base;
    case ScheduleKind::Step:
        // lr = lr0 * factor^floor(epoch / stepEpochs)
        return base * float(std::pow(double(s.factor), std::floor(epoch / std::max(1e-6, double(s.stepEpochs)))));
    case ScheduleKind::Exponential:
        // lr = lr0 * decay^epoch
        return base * float(std::pow(double(s.decayRate), epoch));
    case ScheduleKind::Cosine: {
        // lr = min + (lr0 - min) (1 + cos(pi t / T)) / 2 (Loshchilov & Hutter 2017, one cycle)
        const double t = std::min(1.0, epoch / std::max(1, totalEpochs));
        return s.minRate + (base - s.minRate) * float(0.5 * (1.0 + std::cos(kPi * t)));
    }
    }
    return base;
}

}  // namespace layerlab
