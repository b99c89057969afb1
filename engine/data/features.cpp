#include "data/features.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace layerlab {

const std::vector<std::string>& derivedFeatureNames()
{
    static const std::vector<std::string> names = {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"};
    return names;
}

namespace {

bool needsX2(const std::string& feature) { return feature.find("x2") != std::string::npos; }

float derived(const std::string& feature, float x1, float x2)
{
    if (feature == "x1") return x1;
    if (feature == "x2") return x2;
    if (feature == "x1^2") return x1 * x1;
    if (feature == "x2^2") return x2 * x2;
    if (feature == "x1*x2") return x1 * x2;
    if (feature == "sin(x1)") return std::sin(x1);
    return std::sin(x2);  // "sin(x2)", checked by the caller
}

std::string allowedList()
{
    std::string list;
    for (const std::string& n : derivedFeatureNames())
        list += (list.empty() ? "" : ", ") + n;
    return list;
}

}  // namespace

void applyDerivedFeatures(Dataset& data, const std::vector<std::string>& features)
{
    if (features.empty())
        return;
    const Index inputs = data.inputs.rows();
    if (!data.inputShape.isFlat() || inputs < 1 || inputs > 2)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "Derived features (x1^2, sin(x1), ...) are made from the inputs x1 and x2 of a "
                                        "built-in one- or two-input data set, and '%1' has %2 inputs. Clear the feature list."),
            MessageArg::name(data.name), MessageArg::count(inputs)));
    const auto& known = derivedFeatureNames();
    for (size_t i = 0; i < features.size(); ++i) {
        const std::string& f = features[i];
        if (std::find(known.begin(), known.end(), f) == known.end())
            throw DataError(engineMessage(QT_TRANSLATE_NOOP("Engine", "'%1' is not a derived feature. Choose from: %2."),
                                          MessageArg::name(f), MessageArg::name(allowedList())));
        if (std::find(features.begin(), features.begin() + std::ptrdiff_t(i), f) != features.begin() + std::ptrdiff_t(i))
            throw DataError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The feature '%1' is listed twice. List each feature once."),
                                          MessageArg::name(f)));
        if (inputs == 1 && needsX2(f))
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "The feature '%1' needs a second input, but '%2' has only x1. Use x1, x1^2 or sin(x1)."),
                MessageArg::name(f), MessageArg::name(data.name)));
    }

    Matrix out(Index(features.size()), data.inputs.cols());  // (features, N)
    for (Index j = 0; j < data.inputs.cols(); ++j) {
        const float x1 = data.inputs(0, j);
        const float x2 = inputs == 2 ? data.inputs(1, j) : 0.0f;
        for (Index r = 0; r < out.rows(); ++r)
            out(r, j) = derived(features[size_t(r)], x1, x2);
    }
    data.inputs = std::move(out);
    data.inputShape = Shape::flat(int(features.size()));
    data.featureNames = features;
}

}  // namespace layerlab
