// A finding's fix applied to a project: what the app's Doctor panel pushes as one undoable
// edit, and what the scenario tests apply to see the finding go away.
#pragma once

#include "diagnosis/finding.h"
#include "io/project.h"

namespace layerlab {

// The project with `fix` applied. Layer indices out of range are ignored; the output
// layer is never changed by a fix meant for hidden layers. The saved weights are kept
// (the session keeps the weights of layers whose shapes did not change).
Project applyFix(const Project& project, const Fix& fix);

}  // namespace layerlab
