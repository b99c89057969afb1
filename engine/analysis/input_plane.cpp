#include "analysis/input_plane.h"

#include <algorithm>

#include "data/features.h"
#include "data/generators.h"

namespace layerlab {

namespace {
constexpr float kExtentMargin = 0.1f;  // of the points' span, on each side
}

std::optional<InputPlane> inputPlane(const DataSpec& spec, std::uint64_t seed, const PreparedData& prepared)
{
    const GeneratorInfo* g = findGenerator(spec.source);
    if (!g || g->inputs != 2)
        return std::nullopt;
    // The same data and split again, without derived features or normalisation: the raw
    // points (the generator and the split draw from the seed alone).
    DataSpec rawSpec = spec;
    rawSpec.features.clear();
    rawSpec.normalization = "none";
    PreparedData raw;
    try {
        raw = prepareData(rawSpec, seed);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (raw.train.sampleCount() != prepared.train.sampleCount() ||
        raw.validation.sampleCount() != prepared.validation.sampleCount())
        return std::nullopt;

    InputPlane plane;
    plane.trainPoints = std::move(raw.train.inputs);
    plane.trainTargets = std::move(raw.train.targets);
    plane.validationPoints = std::move(raw.validation.inputs);
    plane.validationTargets = std::move(raw.validation.targets);
    plane.task = raw.train.task;
    plane.classCount = raw.train.classCount;
    plane.classNames = raw.train.classNames;

    const std::vector<std::string> features = spec.features;
    const Normalizer normalizer = prepared.normalizer;
    if (!features.empty() || normalizer.active()) {
        // Called from several threads at once: it only reads its own copies.
        plane.transform = [features, normalizer](const Matrix& points) {
            Dataset grid;
            grid.name = "plane";
            grid.inputShape = Shape::flat(2);
            grid.inputs = points;
            grid.featureNames = {"x1", "x2"};
            applyDerivedFeatures(grid, features);
            normalizer.apply(grid.inputs);
            return grid.inputs;
        };
    }

    // The points' bounding box with a margin, in both splits.
    Matrix all(2, plane.trainPoints.cols() + plane.validationPoints.cols());
    all << plane.trainPoints, plane.validationPoints;
    if (all.cols() > 0) {
        const float xMin = all.row(0).minCoeff(), xMax = all.row(0).maxCoeff();
        const float yMin = all.row(1).minCoeff(), yMax = all.row(1).maxCoeff();
        const float mx = std::max(1e-3f, (xMax - xMin) * kExtentMargin);
        const float my = std::max(1e-3f, (yMax - yMin) * kExtentMargin);
        plane.extent = PlaneExtent{xMin - mx, xMax + mx, yMin - my, yMax + my};
    }
    return plane;
}

}  // namespace layerlab
