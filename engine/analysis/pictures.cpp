#include "analysis/pictures.h"

#include "analysis/budgets.h"

#include <algorithm>
#include <cmath>
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

// The grid a map over the plane gets: the one asked for, made coarser until running the
// network over it fits kMaxPlaneWork; 0 when even kMinPictureGrid does not fit.
int affordableGrid(const Model& model, int grid)
{
    grid = std::min(grid, kMaxPictureGrid);
    const Index work = std::max<Index>(1, model.parameterCount());
    const Index fits = Index(std::sqrt(double(kMaxPlaneWork / work)));
    grid = int(std::min<Index>(grid, fits));
    return grid >= kMinPictureGrid ? grid : 0;
}

// The values neuron maps of this grid keep: every kept unit of every layer at every pixel.
Index neuronMapValues(const Model& model, int grid)
{
    Index units = model.inputShape().size();
    for (int l = 0; l < model.layerCount(); ++l) {
        const Index u = model.layer(l).outputShape().size();
        units += l + 1 < model.layerCount() && u > kMaxMapUnits ? kSampledMapUnits : u;
    }
    return units * grid * grid;
}

// Maps over the plane; empty maps when the plane does not fit the model's inputs, and
// `tooLarge` set when the budgets leave no room for them.
NeuronMaps planeMaps(const Model& model, const InputPlane& plane, int grid, KeepLayers keep, bool& tooLarge)
{
    grid = affordableGrid(model, grid);
    if (grid > 0 && keep == KeepLayers::All && neuronMapValues(model, grid) > kMaxNeuronMapValues)
        grid = 0;
    if (grid == 0) {
        tooLarge = true;
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
            p.decisionMap = planeMaps(model, *sources.plane, request.decisionMapGrid, KeepLayers::OutputOnly,
                                      p.decisionMapTooLarge);
        if (request.neuronMapGrid > 0)
            p.neuronMaps = planeMaps(model, *sources.plane, request.neuronMapGrid, KeepLayers::All, p.neuronMapsTooLarge);
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
