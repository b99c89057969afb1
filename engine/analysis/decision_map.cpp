#include "analysis/decision_map.h"

#include <stdexcept>
#include <string>

#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

namespace layerlab {

namespace {

// About this many pixels go through the network at once: big enough for Eigen's GEMM to
// run at speed, small enough to give both cores several bands of a 200 x 200 grid.
constexpr Index kPixelsPerBand = 2048;

// The raw (x1, x2) of every pixel of rows [rowBegin, rowEnd), row after row: (2, rows * W).
Matrix planePoints(const NeuronMaps& maps, int rowBegin, int rowEnd)
{
    Matrix points(2, Index(rowEnd - rowBegin) * maps.width);
    Index p = 0;
    for (int row = rowBegin; row < rowEnd; ++row) {
        const float y = maps.pixelY(row);
        for (int col = 0; col < maps.width; ++col, ++p) {
            points(0, p) = maps.pixelX(col);
            points(1, p) = y;
        }
    }
    return points;
}

}  // namespace

NeuronMaps computeNeuronMaps(const Model& model, const InputTransform& transform, const PlaneExtent& extent,
                             int width, int height, KeepLayers keep)
{
    if (width < 1 || height < 1)
        throw std::invalid_argument("a neuron map needs a grid of at least 1 x 1 pixels");
    if (model.layerCount() == 0 || !model.inputShape().isFlat())
        throw std::invalid_argument("neuron maps need a built model that takes flat inputs");

    NeuronMaps maps;
    maps.width = width;
    maps.height = height;
    maps.extent = extent;
    const auto toInputs = [&](Matrix points) { return transform ? transform(points) : points; };

    // One pixel first: the transform must give as many features as the model takes.
    const Index features = toInputs(planePoints(maps, 0, 1).leftCols(1)).rows();
    if (features != model.inputShape().size())
        throw std::invalid_argument("the input transform gives " + std::to_string(features) +
                                    " features but the model takes " + std::to_string(model.inputShape().size()));

    const Index pixels = Index(width) * height;
    const bool all = keep == KeepLayers::All;
    const int first = all ? 0 : model.layerCount() - 1;
    if (all)
        maps.inputs.resize(features, pixels);
    maps.layers.resize(size_t(model.layerCount()));
    for (int l = first; l < model.layerCount(); ++l)
        maps.layers[size_t(l)].resize(model.layer(l).outputShape().size(), pixels);

    const int rowsPerBand = int(std::max<Index>(1, kPixelsPerBand / width));
    // one workspace per thread, reused by every band that thread runs
    tbb::enumerable_thread_specific<Workspace> workspaces;
    tbb::parallel_for(tbb::blocked_range<int>(0, height, rowsPerBand), [&](const tbb::blocked_range<int>& rows) {
        const Matrix inputs = toInputs(planePoints(maps, rows.begin(), rows.end()));
        Workspace& ws = workspaces.local();
        model.forward(inputs, ws, PassInfo{});  // inference: dropout off, BatchNorm running stats
        const Index begin = Index(rows.begin()) * width;
        const Index count = inputs.cols();
        if (all)
            maps.inputs.middleCols(begin, count) = inputs;
        for (int l = first; l < model.layerCount(); ++l)
            maps.layers[size_t(l)].middleCols(begin, count) = ws.outputs[size_t(l)];
    });
    return maps;
}

}  // namespace layerlab
