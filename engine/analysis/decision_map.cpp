#include "analysis/decision_map.h"

#include "analysis/budgets.h"

#include <stdexcept>
#include <string>

#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

namespace layerlab {

namespace {

// About this many pixels go through the network at once: big enough for Eigen's GEMM to
// run at speed, small enough to give both cores several bands of a 200 x 200 grid. A wide
// network takes fewer (samplesPerPass, analysis/budgets.h).
constexpr Index kPixelsPerBand = 2048;

// The raw (x1, x2) of pixels [begin, end), row after row: (2, end - begin).
Matrix planePoints(const NeuronMaps& maps, Index begin, Index end)
{
    Matrix points(2, end - begin);
    for (Index p = begin; p < end; ++p) {
        points(0, p - begin) = maps.pixelX(int(p % maps.width));
        points(1, p - begin) = maps.pixelY(int(p / maps.width));
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
    maps.units.resize(size_t(model.layerCount()));
    for (int l = first; l < model.layerCount(); ++l) {
        const Index units = model.layer(l).outputShape().size();
        // every unit of the output (the decision map reads them all); a hidden layer's
        // pictures only for the units a view can draw
        if (all && l + 1 < model.layerCount() && units > kMaxMapUnits)
            maps.units[size_t(l)] = mapUnits(int(units));
        const auto& kept = maps.units[size_t(l)];
        maps.layers[size_t(l)].resize(kept.empty() ? units : Index(kept.size()), pixels);
    }

    const Index perBand = samplesPerPass(model, kPixelsPerBand);
    // one workspace per thread, reused by every band that thread runs
    tbb::enumerable_thread_specific<Workspace> workspaces;
    tbb::parallel_for(tbb::blocked_range<Index>(0, pixels, perBand), [&](const tbb::blocked_range<Index>& band) {
        const Matrix inputs = toInputs(planePoints(maps, band.begin(), band.end()));
        Workspace& ws = workspaces.local();
        model.forward(inputs, ws, PassInfo{});  // inference: dropout off, BatchNorm running stats
        const Index begin = band.begin();
        const Index count = inputs.cols();
        if (all)
            maps.inputs.middleCols(begin, count) = inputs;
        for (int l = first; l < model.layerCount(); ++l) {
            const Matrix& out = ws.outputs[size_t(l)];
            const auto& kept = maps.units[size_t(l)];
            if (kept.empty()) {
                maps.layers[size_t(l)].middleCols(begin, count) = out;
                continue;
            }
            for (size_t k = 0; k < kept.size(); ++k)
                maps.layers[size_t(l)].row(Index(k)).segment(begin, count) = out.row(kept[k]);
        }
    });
    return maps;
}

}  // namespace layerlab
