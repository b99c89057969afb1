#include "analysis/pictures.h"

#include <algorithm>
#include <stdexcept>

namespace layerlab {

PictureRequest& PictureRequest::operator|=(const PictureRequest& other)
{
    decisionMapGrid = std::max(decisionMapGrid, other.decisionMapGrid);
    neuronMapGrid = std::max(neuronMapGrid, other.neuronMapGrid);
    featureMapSample = std::max(featureMapSample, other.featureMapSample);
    predictedSamples = std::max(predictedSamples, other.predictedSamples);
    return *this;
}

namespace {

// Maps over the plane, or empty maps when the plane does not fit the model's inputs.
NeuronMaps planeMaps(const Model& model, const InputPlane& plane, int grid, KeepLayers keep)
{
    grid = std::min(grid, kMaxPictureGrid);
    if (keep == KeepLayers::All) {
        Index units = 0;
        for (int l = 0; l < model.layerCount(); ++l)
            units += model.layer(l).outputShape().size();
        if (units * grid * grid > kMaxNeuronMapValues)
            return {};
    }
    try {
        return computeNeuronMaps(model, plane.transform, plane.extent, grid, grid, keep);
    } catch (const std::invalid_argument&) {
        return {};  // a model built for other inputs (an edit in between)
    }
}

}  // namespace

Pictures computePictures(const Model& model, const PictureSources& sources, const PictureRequest& request)
{
    Pictures p;
    p.request = request;
    if (model.layerCount() == 0)
        return p;
    if (sources.plane) {
        if (request.decisionMapGrid > 0)
            p.decisionMap = planeMaps(model, *sources.plane, request.decisionMapGrid, KeepLayers::OutputOnly);
        if (request.neuronMapGrid > 0)
            p.neuronMaps = planeMaps(model, *sources.plane, request.neuronMapGrid, KeepLayers::All);
    }
    if (sources.samples && sources.samples->cols() > 0) {
        const Matrix& samples = *sources.samples;
        if (request.featureMapSample >= 0 && request.featureMapSample < samples.cols())
            p.featureMaps = computeFeatureMaps(model, samples.col(request.featureMapSample), request.featureMapSample);
        if (request.predictedSamples > 0)
            p.predictions = predictSamples(model, samples.leftCols(std::min<Index>(request.predictedSamples, samples.cols())));
    }
    return p;
}

}  // namespace layerlab
