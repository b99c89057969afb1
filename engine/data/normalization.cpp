#include "data/normalization.h"

#include <cmath>
#include <limits>

#include "core/error.h"

namespace layerlab {

Normalizer Normalizer::fit(const Dataset& train, const std::string& method)
{
    if (method != "none" && method != "minmax" && method != "zscore")
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "Normalisation must be none, minmax or zscore, not '%1'. Choose one of these."),
            MessageArg::name(method)));
    Normalizer n;
    n.method = method;
    n.fittedSamples = train.sampleCount();
    if (method == "none")
        return n;
    const Index features = train.inputs.rows();
    n.offset = Vector::Zero(features);
    n.scale = Vector::Ones(features);
    for (Index i = 0; i < features; ++i) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo, sum = 0.0;
        Index count = 0;
        for (Index j = 0; j < train.sampleCount(); ++j) {
            const float x = train.inputs(i, j);
            if (std::isnan(x))
                continue;
            lo = std::min(lo, double(x));
            hi = std::max(hi, double(x));
            sum += x;
            ++count;
        }
        if (count == 0)
            continue;
        if (method == "minmax") {
            n.offset(i) = float(lo);
            if (hi > lo)
                n.scale(i) = float(hi - lo);
        } else {
            const double mean = sum / double(count);
            double sq = 0.0;
            for (Index j = 0; j < train.sampleCount(); ++j)
                if (!std::isnan(train.inputs(i, j)))
                    sq += (train.inputs(i, j) - mean) * (train.inputs(i, j) - mean);
            const double sd = std::sqrt(sq / double(count));  // population std, as scikit-learn's StandardScaler
            n.offset(i) = float(mean);
            if (sd > 0.0)
                n.scale(i) = float(sd);
        }
    }
    return n;
}

void Normalizer::apply(Matrix& inputs) const
{
    if (!active())
        return;
    if (inputs.rows() != offset.size())
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The normaliser was fitted on %1 input features but is applied to %2. Prepare the data again."),
            MessageArg::count(offset.size()), MessageArg::count(inputs.rows())));
    inputs = ((inputs.colwise() - offset).array().colwise() / scale.array()).matrix();
}

void Normalizer::apply(Dataset& data) const { apply(data.inputs); }

}  // namespace layerlab
