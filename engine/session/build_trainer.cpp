#include "session/build_trainer.h"

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
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "The saved weights (%1 values) do not fit "
                                                                             "the model (%2 parameters): the file is "
                                                                             "inconsistent. Remove its weights to start "
                                                                             "afresh."),
                                                 MessageArg::count(weights.parameters.size()),
                                                 MessageArg::count(model.parameterCount())));
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
