// Project -> Model -> Trainer: the one way a run is built, for the session, the CLI, the
// benchmarks and the tests.
#pragma once

#include <memory>

#include "data/data_spec.h"
#include "io/project.h"
#include "training/trainer.h"

namespace layerlab {

// What to do with the weights a project file saved (Project::weights).
enum class SavedWeightsUse {
    Ignore,     // start from the seed
    IfTheyFit,  // the app: weights the edited model no longer fits are dropped for the seed's
    MustFit,    // the CLI: weights that do not fit mean the file is inconsistent
};

// Builds project.model for the input shape of `data` (throws SpecError naming the layer that
// does not fit), starts its weights from project.seed or from the saved weights as `saved`
// says (ProjectFileError when they must fit and do not), and makes a Trainer that checks the
// output against the loss (SpecError). The Trainer shares the training and validation splits
// of `data`; nothing is copied.
std::unique_ptr<Trainer> buildTrainer(const Project& project, const std::shared_ptr<const PreparedData>& data,
                                      SavedWeightsUse saved = SavedWeightsUse::Ignore);

}  // namespace layerlab
