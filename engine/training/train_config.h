// The hyper-parameters of a training run: part of the project file.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "training/loss.h"
#include "training/optimizer.h"
#include "training/schedule.h"

namespace layerlab {

enum class Penalty { None, L1, L2 };

struct Regularization {
    Penalty kind = Penalty::None;
    // L2 adds rate * sum w^2 to the loss (gradient 2 rate w); L1 adds rate * sum |w|.
    float rate = 1e-4f;
    friend bool operator==(const Regularization&, const Regularization&) = default;
};

struct Clipping {
    float globalNorm = 0;  // scale all gradients down so that ||g|| <= globalNorm (0 = off)
    float value = 0;       // clamp each gradient into [-value, value] (0 = off)
    friend bool operator==(const Clipping&, const Clipping&) = default;
};

struct EarlyStopping {
    bool enabled = false;
    int patience = 10;          // epochs without improvement of the validation loss
    float minDelta = 0.0f;
    bool restoreBest = true;
    friend bool operator==(const EarlyStopping&, const EarlyStopping&) = default;
};

struct TrainConfig {
    LossKind loss = LossKind::SparseCategoricalCrossEntropy;
    OptimizerConfig optimizer;
    Schedule schedule;
    Plateau plateau;
    Regularization regularization;
    Clipping clipping;
    EarlyStopping earlyStopping;
    int epochs = 100;
    int batchSize = 32;         // ignored by full-batch gradient descent
    bool shuffle = true;
    int threads = 0;            // 0 = all cores
    // Samples per shard: a mini-batch is cut into shards of this size whose gradients are
    // summed in a fixed order, so results do not depend on the thread count. 64 rather than
    // 32: each shard zeroes, fills and adds a whole gradient buffer and multiplies thinner
    // matrices, which cost the MLP benchmark 10-20% (docs/performance.md).
    int shardSize = 64;
    int probeEvery = 0;         // compute probes every k steps (0 = chosen from model size, -1 = off)

    friend bool operator==(const TrainConfig&, const TrainConfig&) = default;
};

void to_json(nlohmann::json& j, const TrainConfig& c);
void from_json(const nlohmann::json& j, TrainConfig& c);  // throws ProjectFileError

}  // namespace layerlab
