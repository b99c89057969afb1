// From specs to layers: shape inference and validation of a whole model, and construction.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layers/layer.h"
#include "model/model_spec.h"

namespace layerlab {

// The output shape of every layer, first to last. Throws SpecError naming the first
// impossible layer, e.g. "Dense #3 expects a flat input but receives 26x26x32: add Flatten
// before it".
std::vector<Shape> inferShapes(const ModelSpec& spec, const Shape& input);

// Builds one layer (its spec must be valid for the input shape).
std::unique_ptr<Layer> createLayer(const LayerSpec& spec, const Shape& input);

// The largest model LayerLab agrees to build (parameters and per-sample activations):
// a spec beyond it is refused with a message instead of exhausting memory.
constexpr long long kMaxParameters = 200'000'000;
constexpr long long kMaxActivationsPerSample = 50'000'000;

}  // namespace layerlab
