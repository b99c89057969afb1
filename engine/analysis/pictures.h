// What the views on screen show about the current weights, computed in the worker (never
// on the UI thread) and published with the snapshot as ready-to-draw values: the decision
// map, every neuron's picture over the input plane, the feature maps of one image, and the
// predictions for the sample gallery. The app asks only for what its visible views need.
#pragma once

#include <cstdint>

#include "analysis/decision_map.h"
#include "analysis/feature_maps.h"
#include "analysis/input_plane.h"
#include "analysis/predictions.h"

namespace layerlab {

struct PictureRequest {
    int decisionMapGrid = 0;     // > 0: the output over the input plane, grid x grid pixels
    int neuronMapGrid = 0;       // > 0: every layer's neurons over the plane, grid x grid
    // The shown samples are the validation split's (the training split's without one).
    int featureMapSample = -1;   // >= 0: the feature maps of this shown sample
    int predictedSamples = 0;    // > 0: predictions for the first n shown samples

    bool empty() const
    {
        return decisionMapGrid <= 0 && neuronMapGrid <= 0 && featureMapSample < 0 && predictedSamples <= 0;
    }
    bool operator==(const PictureRequest&) const = default;
    // What two views need together: the larger of each.
    PictureRequest& operator|=(const PictureRequest& other);
};

// The finest grid a map over the plane gets, whatever a view asks (a view asks for one
// point per pixel of its plot). A network too large to run over it gets a coarser grid,
// or none (kMaxPlaneWork, analysis/budgets.h).
constexpr int kMaxPictureGrid = 256;
// Neuron pictures keep kept-units x pixels values (a wide layer keeps only the units a
// view draws, kMaxMapUnits): past 16 Mi values (64 MB, a network of hundreds of layers)
// they are skipped and the diagram draws plain boxes.
constexpr Index kMaxNeuronMapValues = Index(16) << 20;

struct Pictures {
    std::uint64_t weightsVersion = 0;  // which weights they show (the session's count)
    std::int64_t step = -1;            // the training step of those weights
    PictureRequest request;            // what they answer
    NeuronMaps decisionMap;            // the output layer only; empty without a plane
    NeuronMaps neuronMaps;             // every layer; empty without a plane or when too large
    // What the budgets (analysis/budgets.h) left out, for the views to say so: a map asked
    // for but not made because the network is too large to run over even the coarsest grid
    // (a map made on a coarser grid than asked has a smaller width; a wide layer's neuron
    // pictures keep some of its units, NeuronMaps::units).
    bool decisionMapTooLarge = false;
    bool neuronMapsTooLarge = false;
    FeatureMaps featureMaps;
    SamplePredictions predictions;
};

// Where the pictures' inputs come from: the plane of two-input data (null for other data)
// and the samples whose feature maps and predictions are asked for (null without data).
struct PictureSources {
    const InputPlane* plane = nullptr;
    const Matrix* samples = nullptr;  // (features, samples): the shown samples' inputs
};

// Computes what `request` asks for that these sources can give; what does not fit the model
// (a plane for another number of inputs, samples of another shape) stays empty.
Pictures computePictures(const Model& model, const PictureSources& sources, const PictureRequest& request);

}  // namespace layerlab
