// A divergence in words: the one place its sentences are written. The CLI prints them as
// they are; the app passes the phrases through QCoreApplication::translate in the context
// kDivergenceTextContext (they are marked for lupdate there), so that a translation covers
// both.
#pragma once

#include <string>

#include "training/divergence.h"

namespace layerlab {

inline constexpr const char* kDivergenceTextContext = "Divergence";

// Where the values went non-finite, as a phrase: "in the backward pass".
const char* divergencePlace(Divergence::Where where);
// What to try, as one sentence: "Lower the learning rate or clip gradients ...".
const char* divergenceAdvice(Divergence::Where where);
// The whole report: "Training stopped at step 12 (epoch 1): values became Inf/NaN in the
// backward pass at Dense #2. Lower the learning rate ...".
std::string describeDivergence(const Divergence& divergence);

}  // namespace layerlab
