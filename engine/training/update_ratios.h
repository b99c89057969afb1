// Update ratios ||delta W|| / ||W|| per layer (how far one step moved the weights), measured
// on a sample of each layer's weights saved before the optimizer step: the whole layer up to
// 8192 weights, else 256 evenly spaced runs of 32. Copying and comparing every weight of a
// large model at every probed step would cost more than all the other probes together.
#pragma once

#include <vector>

#include "analysis/probes.h"
#include "model/model.h"

namespace layerlab {

class UpdateRatioSampler {
public:
    // Before the optimizer step: keeps the sampled weights.
    void saveBefore(const Model& model);
    // After it: sets updateRatio of every layer with weights in `report`.
    void setRatios(const Model& model, ProbeReport& report) const;

private:
    std::vector<float> m_before;        // the sampled weights, layer after layer
    std::vector<Index> m_layerWeights;  // weights (not biases) per layer
};

}  // namespace layerlab
