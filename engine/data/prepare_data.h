// The preparation pipeline of prepareData (data_spec.h), exposed for data already in memory
// and for tests that need to know which samples land in which split.
#pragma once

#include <cstdint>

#include "data/dataset.h"
#include "data/data_spec.h"

namespace layerlab {

// The seed splitSamples receives inside prepareData: the split is reproducible from the
// project seed and independent of the generator's stream.
std::uint64_t dataSplitSeed(std::uint64_t seed);

// Cleans, splits, imputes, handles outliers and normalises `all` as prepareData does (the
// order is at the top of prepare_data.cpp). When `officialValidation` is given it becomes
// the validation split (fashion-mnist's test set) and spec.validationFraction is not used.
// The loading fields of `spec` (source, path, samples, ...) are not read. Throws DataError.
PreparedData prepareLoadedData(Dataset all, const DataSpec& spec, std::uint64_t seed,
                               Dataset* officialValidation = nullptr);

}  // namespace layerlab
