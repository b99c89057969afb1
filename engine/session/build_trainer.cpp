#include "session/build_trainer.h"

#include <string>

#include "core/error.h"

namespace layerlab {

std::unique_ptr<Trainer> buildTrainer(const Project& project, const std::shared_ptr<const PreparedData>& data,
                                      SavedWeightsUse saved)
{
    Model model(project.model, data->train.inputShape);
    model.initialize(project.seed);
    if (project.weights && saved != SavedWeightsUse::Ignore) {
        const SavedWeights& weights = *project.weights;
        const bool fit =
            weights.parameters.size() == model.parameterCount() && weights.state.size() == model.state().size();
        if (!fit && saved == SavedWeightsUse::MustFit)
            throw ProjectFileError("The saved weights (" + std::to_string(weights.parameters.size()) +
                                   " values) do not fit the model (" + std::to_string(model.parameterCount()) +
                                   " parameters): the file is inconsistent. Remove its weights to start afresh.");
        if (fit) {
            model.parameters() = weights.parameters;
            model.state() = weights.state;
        }
    }
    // The aliasing constructor: each split is owned by the whole prepared data it lives in.
    return std::make_unique<Trainer>(std::move(model), std::shared_ptr<const Dataset>(data, &data->train),
                                     std::shared_ptr<const Dataset>(data, &data->validation), project.training,
                                     project.seed);
}

}  // namespace layerlab
