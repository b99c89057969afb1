// Where data comes from: a DataSpec's source turned into a Dataset, and a command-line
// argument ("spiral", "fashion-mnist", "iris.csv", "train-images-idx3-ubyte.gz") turned
// into a DataSpec. Cleaning, splitting and normalising come after (prepareData).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/message.h"
#include "data/dataset.h"
#include "data/data_spec.h"

namespace layerlab {

// The seed stream of a generator inside prepareData and loadDataSource: streamSeed(seed, this, 1).
constexpr std::uint64_t kDataSeedStream = 0x64617461;  // "data"

// Generates or loads the whole data set the spec names, with derived features applied,
// before any cleaning or splitting. For fashion-mnist this is the training set (capped by
// sampleLimit). Throws DataError.
Dataset loadDataSource(const DataSpec& spec, std::uint64_t seed);

// A DataSpec for `layerlab-cli data ARG` and friends: a generator name, "fashion-mnist",
// a path ending in .csv/.tsv/.txt, or an IDX images (or labels) file, whose partner file
// is found by swapping "images-idx3" and "labels-idx1" in its name. Other existing files
// are recognised by their first bytes; a folder, a device or a pipe is never opened here
// and goes to the CSV loader, which says what it is. Throws DataError naming the choices.
DataSpec dataSpecForArgument(const std::string& argument);

// The list `layerlab-cli examples/data` prints, one message a line (without the line break):
// every source with one sentence each.
std::vector<Message> describeDataSources();

}  // namespace layerlab
