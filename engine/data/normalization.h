// Input normalisation, FITTED ON THE TRAINING SPLIT ONLY and then applied unchanged to
// validation, test and any new input (a decision-boundary grid, a drawn digit): statistics of
// held-out data must not shape what the network trains on.
//   min-max: x' = (x - min) / (max - min)    training inputs land in [0, 1]
//   z-score: x' = (x - mean) / std           training inputs get mean 0, std 1
// Missing cells are ignored when fitting. A feature without spread (max = min, std = 0) gets
// scale 1, so it is shifted but never divided by zero.
#pragma once

#include <string>

#include "data/dataset.h"

namespace layerlab {

struct Normalizer {
    std::string method = "none";  // "none", "minmax" or "zscore"
    Vector offset;                // (features) x' = (x - offset) / scale
    Vector scale;                 // (features)
    Index fittedSamples = 0;      // the size of the training split it was fitted on

    static Normalizer fit(const Dataset& train, const std::string& method);  // throws DataError
    bool active() const { return method != "none" && offset.size() > 0; }
    void apply(Dataset& data) const;
    void apply(Matrix& inputs) const;  // (features, N)
};

}  // namespace layerlab
