#include "view_data.h"

#include <algorithm>

#include "data/features.h"
#include "data/generators.h"

namespace layerlab {

namespace {
constexpr float kExtentMargin = 0.1f;  // of the points' span, on each side
}

std::optional<DecisionMapData> decisionMapData(const Project& project, const PreparedData& prepared)
{
    const GeneratorInfo* g = findGenerator(project.data.source);
    if (!g || g->inputs != 2)
        return std::nullopt;
    // The same data and split again, without derived features or normalisation: the raw
    // points (the generator and the split draw from the seed alone).
    DataSpec rawSpec = project.data;
    rawSpec.features.clear();
    rawSpec.normalization = "none";
    PreparedData raw;
    try {
        raw = prepareData(rawSpec, project.seed);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (raw.train.sampleCount() != prepared.train.sampleCount() ||
        raw.validation.sampleCount() != prepared.validation.sampleCount())
        return std::nullopt;

    DecisionMapData d;
    d.trainPoints = raw.train.inputs;
    d.trainTargets = raw.train.targets;
    d.validationPoints = raw.validation.inputs;
    d.validationTargets = raw.validation.targets;
    d.task = raw.train.task;
    d.classCount = raw.train.classCount;
    for (const std::string& name : raw.train.classNames)
        d.classNames << QString::fromStdString(name);

    const std::vector<std::string> features = project.data.features;
    const Normalizer normalizer = prepared.normalizer;
    if (!features.empty() || normalizer.active()) {
        // Called from several threads at once: it only reads its own copies.
        d.transform = [features, normalizer](const Matrix& points) {
            Dataset plane;
            plane.name = "plane";
            plane.inputShape = Shape::flat(2);
            plane.inputs = points;
            plane.featureNames = {"x1", "x2"};
            applyDerivedFeatures(plane, features);
            normalizer.apply(plane.inputs);
            return plane.inputs;
        };
    }

    // The points' bounding box with a margin, in both splits.
    Matrix all(2, d.trainPoints.cols() + d.validationPoints.cols());
    all << d.trainPoints, d.validationPoints;
    if (all.cols() > 0) {
        const float xMin = all.row(0).minCoeff(), xMax = all.row(0).maxCoeff();
        const float yMin = all.row(1).minCoeff(), yMax = all.row(1).maxCoeff();
        const float mx = std::max(1e-3f, (xMax - xMin) * kExtentMargin);
        const float my = std::max(1e-3f, (yMax - yMin) * kExtentMargin);
        d.extent = PlaneExtent{xMin - mx, xMax + mx, yMin - my, yMax + my};
    }
    return d;
}

QStringList inputNames(const Dataset& train)
{
    QStringList names;
    for (const std::string& n : train.featureNames)
        names << QString::fromStdString(n);
    return names;
}

}  // namespace layerlab
