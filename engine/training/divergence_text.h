// A divergence in words: the one place its sentences are written. describeDivergence gives
// the whole report as a Message (core/message.h) that the CLI and the app put into words
// (i18n/message_text.h). The phrases below are marked for lupdate in the context
// kDivergenceTextContext; the app translates them with QCoreApplication::translate there.
#pragma once

#include "core/message.h"
#include "training/divergence.h"

namespace layerlab {

inline constexpr const char* kDivergenceTextContext = "Divergence";

// Where the values went non-finite, as a phrase: "in the backward pass" (the divergence
// banner's own sentence takes it).
const char* divergencePlace(Divergence::Where where);
// What to try, as one sentence: "Lower the learning rate or clip gradients ...".
const char* divergenceAdvice(Divergence::Where where);
// The whole report, one template per case: "Training stopped at step 12 (epoch 1): values
// became Inf/NaN in the backward pass at Dense #2. Lower the learning rate ...". The
// advice is divergenceAdvice's sentence, embedded whole.
Message describeDivergence(const Divergence& divergence);

}  // namespace layerlab
