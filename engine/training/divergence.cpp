#include "training/divergence.h"

#include <algorithm>

namespace layerlab {

namespace {

bool layerFinite(const Model& model, const Vector& buffer, int layer)
{
    return buffer.segment(model.layerParameterOffset(layer), model.layerParameterCount(layer)).allFinite();
}

}  // namespace

std::optional<Divergence> diagnoseGradients(const Model& model, std::span<const Workspace> shards,
                                            const Vector& gradients, bool lossFinite, bool gradientsFinite,
                                            std::int64_t step, int epoch)
{
    if (lossFinite && gradientsFinite)
        return std::nullopt;
    Divergence d;
    d.step = step;
    d.epoch = epoch;
    // The first layer whose output is not finite, in any shard, went wrong going forward.
    for (int i = 0; i < model.layerCount() && d.layer < 0; ++i)
        for (const Workspace& shard : shards)
            if (!shard.outputs[size_t(i)].allFinite()) {
                d.layer = i;
                d.where = Divergence::Where::Forward;
                break;
            }
    if (d.layer < 0 && !lossFinite) {
        // Finite outputs so large that the loss overflowed: the output layer is where it shows.
        d.where = Divergence::Where::Loss;
        d.layer = model.layerCount() - 1;
        for (const Workspace& shard : shards)
            d.largestOutput = std::max(d.largestOutput, shard.outputs.back().cwiseAbs().maxCoeff());
    } else if (d.layer < 0) {
        // Outputs and loss finite: the gradients overflowed on the way back. Report the layer
        // nearest the output whose gradient is not finite (where the overflow began).
        d.where = Divergence::Where::Backward;
        for (int i = model.layerCount(); i-- > 0;)
            if (!layerFinite(model, gradients, i)) {
                d.layer = i;
                break;
            }
    }
    d.layerLabel = d.layer >= 0 ? layerLabel(model.layer(d.layer).spec(), d.layer + 1) : "the loss";
    return d;
}

Divergence diagnoseUpdate(const Model& model, std::int64_t step, int epoch)
{
    Divergence d;
    d.step = step;
    d.epoch = epoch;
    d.where = Divergence::Where::Update;
    for (int i = 0; i < model.layerCount(); ++i)
        if (!layerFinite(model, model.parameters(), i)) {
            d.layer = i;
            d.layerLabel = layerLabel(model.layer(i).spec(), i + 1);
            break;
        }
    return d;
}

}  // namespace layerlab
