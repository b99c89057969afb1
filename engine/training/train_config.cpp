#include "training/train_config.h"

#include "core/json_fields.h"

namespace layerlab {

namespace {

template <typename Enum, typename FromName>
void readEnum(const nlohmann::json& j, const char* key, Enum& out, FromName fromName)
{
    std::string name;
    readField(j, key, name);
    if (name.empty())
        return;
    auto value = fromName(name);
    if (!value)
        throw ProjectFileError(std::string("field '") + key + "' has an unknown value '" + name + "'");
    out = *value;
}

std::string_view penaltyName(Penalty p) { return p == Penalty::L1 ? "l1" : p == Penalty::L2 ? "l2" : "none"; }

std::optional<Penalty> penaltyFromName(std::string_view n)
{
    if (n == "none")
        return Penalty::None;
    if (n == "l1")
        return Penalty::L1;
    if (n == "l2")
        return Penalty::L2;
    return std::nullopt;
}

const nlohmann::json& section(const nlohmann::json& j, const char* key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    auto it = j.find(key);
    if (it == j.end())
        return empty;
    if (!it->is_object())
        throw ProjectFileError(std::string("field '") + key + "' must be an object");
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
         {{"type", optimizerName(o.kind)}, {"learning_rate", o.learningRate}, {"momentum", o.momentum},
          {"beta1", o.beta1}, {"beta2", o.beta2}, {"rho", o.rho}, {"epsilon", o.epsilon},
          {"weight_decay", o.weightDecay}}},
        {"schedule",
         {{"type", scheduleName(c.schedule.kind)}, {"step_epochs", c.schedule.stepEpochs},
          {"factor", c.schedule.factor}, {"decay_rate", c.schedule.decayRate}, {"min_rate", c.schedule.minRate}}},
        {"reduce_on_plateau",
         {{"enabled", c.plateau.enabled}, {"patience", c.plateau.patience}, {"factor", c.plateau.factor},
          {"min_rate", c.plateau.minRate}}},
        {"regularization", {{"type", penaltyName(c.regularization.kind)}, {"rate", c.regularization.rate}}},
        {"clipping", {{"global_norm", c.clipping.globalNorm}, {"value", c.clipping.value}}},
        {"early_stopping",
         {{"enabled", c.earlyStopping.enabled}, {"patience", c.earlyStopping.patience},
          {"min_delta", c.earlyStopping.minDelta}, {"restore_best", c.earlyStopping.restoreBest}}},
    };
}

void from_json(const nlohmann::json& j, TrainConfig& c)
{
    if (!j.is_object())
        throw ProjectFileError("'training' must be an object");
    c = TrainConfig{};
    readEnum(j, "loss", c.loss, lossFromName);
    readField(j, "epochs", c.epochs, 1, 1'000'000);
    readField(j, "batch_size", c.batchSize, 1, 1'000'000);
    readField(j, "shuffle", c.shuffle);
    readField(j, "threads", c.threads, 0, 1024);
    readField(j, "shard_size", c.shardSize, 1, 1'000'000);
    readField(j, "probe_every", c.probeEvery, -1, 1'000'000);
    const auto& o = section(j, "optimizer");
    readEnum(o, "type", c.optimizer.kind, optimizerFromName);
    readField(o, "learning_rate", c.optimizer.learningRate, 0.0f, 1e6f);
    readField(o, "momentum", c.optimizer.momentum, 0.0f, 1.0f);
    readField(o, "beta1", c.optimizer.beta1, 0.0f, 1.0f);
    readField(o, "beta2", c.optimizer.beta2, 0.0f, 1.0f);
    readField(o, "rho", c.optimizer.rho, 0.0f, 1.0f);
    readField(o, "epsilon", c.optimizer.epsilon, 0.0f, 1.0f);
    readField(o, "weight_decay", c.optimizer.weightDecay, 0.0f, 1.0f);
    const auto& s = section(j, "schedule");
    readEnum(s, "type", c.schedule.kind, scheduleFromName);
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
    readEnum(r, "type", c.regularization.kind, penaltyFromName);
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
