// `layerlab-cli train ... --pictures DIR`: what the app's views show of a trained model,
// written as PNG files without a window, from the same engine values (analysis/pictures.h)
// and drawn by the same code as the views (widgets/neuron_image.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "data/data_spec.h"
#include "model/model.h"

namespace layerlab {

// Writes into `directory` (made if missing):
// - two-input data from a generator: decision-map.png, the network's answer over the input
//   plane with the training points (filled) and the validation points (rings);
// - image data with Conv2D layers: filters.png, the first Conv2D layer's filters, and
//   feature-maps-layer-N.png, what Conv2D layer N makes of the first shown image.
// Returns the files written (none when the data has neither). Throws Error when the
// directory or a file cannot be written.
std::vector<std::string> writePictures(const Model& model, const DataSpec& spec, std::uint64_t seed,
                                       const PreparedData& data, const std::string& directory);

}  // namespace layerlab
