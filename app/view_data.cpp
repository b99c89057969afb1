#include "view_data.h"

namespace layerlab {

DecisionMapData decisionMapData(const InputPlane& plane)
{
    DecisionMapData d;
    d.trainPoints = plane.trainPoints;
    d.trainTargets = plane.trainTargets;
    d.validationPoints = plane.validationPoints;
    d.validationTargets = plane.validationTargets;
    d.task = plane.task;
    d.classCount = plane.classCount;
    for (const std::string& name : plane.classNames)
        d.classNames << QString::fromStdString(name);
    d.extent = plane.extent;
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
