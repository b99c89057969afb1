// Train / validation / test splits, reproducible from a seed. Classification splits are
// stratified by default: each class is split on its own, so every split keeps the class
// proportions of the whole (up to rounding, per class: round(n_c * fraction)).
#pragma once

#include <cstdint>
#include <vector>

#include "data/dataset.h"
#include "core/rng.h"

namespace layerlab {

struct SplitIndices {
    std::vector<Index> train, validation, test;  // sample indices, each split shuffled
};

// Fractions in [0, 1) with validation + test < 1. Stratifies only classification data.
// Throws DataError for impossible fractions.
SplitIndices splitSamples(const Dataset& data, float validationFraction, float testFraction, bool stratify,
                          std::uint64_t seed);

// Fisher-Yates with an unbiased bounded draw (std::shuffle's use of the generator is not
// specified bit for bit across standard libraries, this is).
void shuffleIndices(std::vector<Index>& indices, Rng& rng);

}  // namespace layerlab
