// What the convolutions see in one image: the learned filters of the first Conv2D layer
// (averaged over its input channels, so that each is one k x k picture) and every Conv2D
// layer's output for that image, one H x W plane per channel.
#pragma once

#include <vector>

#include "model/model.h"

namespace layerlab {

struct ConvFilters {
    int layer = -1;                // the model layer; -1 when the model has no Conv2D layer
    int size = 0;                  // k: each filter is k x k
    int inputChannels = 0;         // what each filter was averaged over
    std::vector<Matrix> filters;   // per filter, (k, k): row = kernel row, column = kernel column
    std::vector<float> peaks;      // per filter, its largest |weight| over every input channel
    float peak = 0;                // the largest |weight| of the layer: one scale for all filters
};

struct ConvOutput {
    int layer = -1;                // the model layer
    Shape shape;                   // (channels, height, width)
    Matrix values;                 // (height * width, channels): column c is channel c's plane, row-major
    std::vector<float> peaks;      // per channel, its largest |value|
    bool hasNegative = false;      // some value below 0 (no ReLU after it): draw signed
};

struct FeatureMaps {
    int sample = -1;               // which sample they show; -1 = none
    ConvFilters filters;
    std::vector<ConvOutput> outputs;  // one per Conv2D layer, in order
    bool empty() const { return sample < 0; }
};

// Runs one sample (a column of the model's input size) through the model in inference
// mode and keeps what every Conv2D layer made of it. Returns empty maps (sample -1) when the
// model has no layers or was built for other inputs.
FeatureMaps computeFeatureMaps(const Model& model, const Matrix& sample, int sampleIndex);

}  // namespace layerlab
