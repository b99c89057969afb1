#include "training/train_config.h"

#include <array>

#include "core/enum_names.h"
#include "core/json_fields.h"

namespace layerlab {

namespace {

using PenaltyName = EnumName<Penalty>;
constexpr EnumTable kPenalties{std::array{
    PenaltyName{Penalty::None, "none"}, PenaltyName{Penalty::L1, "l1"}, PenaltyName{Penalty::L2, "l2"}}};

std::optional<Penalty> penaltyFromName(std::string_view name) { return kPenalties.fromName(name); }

const nlohmann::json& section(const nlohmann::json& j, const char* key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    auto it = j.find(key);
    if (it == j.end())
        return empty;
    if (!it->is_object())
        //: a part of "The project's training section is not valid: ..."; %1 is a JSON key
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field '%1' must be an object"),
                                             MessageArg::name(key)));
    return *it;
}

}  // namespace

void to_json(nlohmann::json& j, const TrainConfig& c)
{
    const auto& o = c.optimizer;
    j = nlohmann::json{
        {"loss", lossName(c.loss)},
        {"epochs", c.epochs},
        {"batch_size", c.batchSize},
        {"shuffle", c.shuffle},
        {"threads", c.threads},
        {"shard_size", c.shardSize},
        {"probe_every", c.probeEvery},
        {"optimizer",
         {{"type", optimizerName(o.kind)}, {"learning_rate", jsonFloat(o.learningRate)},
          {"momentum", jsonFloat(o.momentum)}, {"beta1", jsonFloat(o.beta1)}, {"beta2", jsonFloat(o.beta2)},
          {"rho", jsonFloat(o.rho)}, {"epsilon", jsonFloat(o.epsilon)}, {"weight_decay", jsonFloat(o.weightDecay)}}},
        {"schedule",
         {{"type", scheduleName(c.schedule.kind)}, {"step_epochs", jsonFloat(c.schedule.stepEpochs)},
          {"factor", jsonFloat(c.schedule.factor)}, {"decay_rate", jsonFloat(c.schedule.decayRate)},
          {"min_rate", jsonFloat(c.schedule.minRate)}}},
        {"reduce_on_plateau",
         {{"enabled", c.plateau.enabled}, {"patience", c.plateau.patience}, {"factor", jsonFloat(c.plateau.factor)},
          {"min_rate", jsonFloat(c.plateau.minRate)}}},
        {"regularization",
         {{"type", kPenalties.name(c.regularization.kind)}, {"rate", jsonFloat(c.regularization.rate)}}},
        {"clipping", {{"global_norm", jsonFloat(c.clipping.globalNorm)}, {"value", jsonFloat(c.clipping.value)}}},
        {"early_stopping",
         {{"enabled", c.earlyStopping.enabled}, {"patience", c.earlyStopping.patience},
          {"min_delta", jsonFloat(c.earlyStopping.minDelta)}, {"restore_best", c.earlyStopping.restoreBest}}},
    };
}

void from_json(const nlohmann::json& j, TrainConfig& c)
{
    if (!j.is_object())
        //: a part of "The project's training section is not valid: ..."; 'training' is a JSON key
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "'training' must be an object")));
    c = TrainConfig{};
    readEnumField(j, "loss", c.loss, lossFromName);
    readField(j, "epochs", c.epochs, 1, 1'000'000);
    readField(j, "batch_size", c.batchSize, 1, 1'000'000);
    readField(j, "shuffle", c.shuffle);
    readField(j, "threads", c.threads, 0, 1024);
    readField(j, "shard_size", c.shardSize, 1, 1'000'000);
    readField(j, "probe_every", c.probeEvery, -1, 1'000'000);
    const auto& o = section(j, "optimizer");
    readEnumField(o, "type", c.optimizer.kind, optimizerFromName);
    readField(o, "learning_rate", c.optimizer.learningRate, 0.0f, 1e6f);
    readField(o, "momentum", c.optimizer.momentum, 0.0f, 1.0f);
    readField(o, "beta1", c.optimizer.beta1, 0.0f, 1.0f);
    readField(o, "beta2", c.optimizer.beta2, 0.0f, 1.0f);
    readField(o, "rho", c.optimizer.rho, 0.0f, 1.0f);
    readField(o, "epsilon", c.optimizer.epsilon, 0.0f, 1.0f);
    readField(o, "weight_decay", c.optimizer.weightDecay, 0.0f, 1.0f);
    const auto& s = section(j, "schedule");
    readEnumField(s, "type", c.schedule.kind, scheduleFromName);
    readField(s, "step_epochs", c.schedule.stepEpochs, 1e-3f, 1e6f);
    readField(s, "factor", c.schedule.factor, 0.0f, 1.0f);
    readField(s, "decay_rate", c.schedule.decayRate, 0.0f, 1.0f);
    readField(s, "min_rate", c.schedule.minRate, 0.0f, 1e6f);
    const auto& p = section(j, "reduce_on_plateau");
    readField(p, "enabled", c.plateau.enabled);
    readField(p, "patience", c.plateau.patience, 1, 1'000'000);
    readField(p, "factor", c.plateau.factor, 0.0f, 1.0f);
    readField(p, "min_rate", c.plateau.minRate, 0.0f, 1e6f);
    const auto& r = section(j, "regularization");
    readEnumField(r, "type", c.regularization.kind, penaltyFromName);
    readField(r, "rate", c.regularization.rate, 0.0f, 1e3f);
    const auto& cl = section(j, "clipping");
    readField(cl, "global_norm", c.clipping.globalNorm, 0.0f, 1e9f);
    readField(cl, "value", c.clipping.value, 0.0f, 1e9f);
    const auto& e = section(j, "early_stopping");
    readField(e, "enabled", c.earlyStopping.enabled);
    readField(e, "patience", c.earlyStopping.patience, 1, 1'000'000);
    readField(e, "min_delta", c.earlyStopping.minDelta, 0.0f, 1e9f);
    readField(e, "restore_best", c.earlyStopping.restoreBest);
}

}  // namespace layerlab
