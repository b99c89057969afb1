#include "training/divergence_text.h"

#include <cstdio>

// lupdate collects the texts wrapped in QT_TRANSLATE_NOOP for the app's translations; the
// engine has no Qt, so here the marker is nothing but the text.
#define QT_TRANSLATE_NOOP(context, text) text

namespace layerlab {

const char* divergencePlace(Divergence::Where where)
{
    switch (where) {
    case Divergence::Where::Forward: return QT_TRANSLATE_NOOP("Divergence", "in the forward pass");
    case Divergence::Where::Loss: return QT_TRANSLATE_NOOP("Divergence", "in the loss");
    case Divergence::Where::Backward: return QT_TRANSLATE_NOOP("Divergence", "in the backward pass");
    case Divergence::Where::Update: return QT_TRANSLATE_NOOP("Divergence", "in the weight update");
    }
    return "";
}

const char* divergenceAdvice(Divergence::Where where)
{
    switch (where) {
    case Divergence::Where::Forward:
    case Divergence::Where::Loss:
        return QT_TRANSLATE_NOOP("Divergence",
                                 "Lower the learning rate, clip gradients, pick an initialiser that keeps activations "
                                 "small (Xavier for tanh/sigmoid, He for ReLU), or normalise the inputs.");
    case Divergence::Where::Backward:
    case Divergence::Where::Update:
        return QT_TRANSLATE_NOOP("Divergence",
                                 "Lower the learning rate or clip gradients (global norm 1 is a good start); a deep "
                                 "net of sigmoid/tanh layers may also need another initialiser or BatchNorm.");
    }
    return "";
}

std::string describeDivergence(const Divergence& d)
{
    std::string what;
    if (d.where == Divergence::Where::Loss) {
        char text[200];
        std::snprintf(text, sizeof text, "the outputs of %s reached %.3g, so large that the loss overflowed",
                      d.layerLabel.c_str(), double(d.largestOutput));
        what = text;
    } else if (d.where == Divergence::Where::Update && d.layer >= 0) {
        what = "the weights of " + d.layerLabel + " overflowed to Inf/NaN " + divergencePlace(d.where);
    } else {
        what = "values became Inf/NaN " + std::string(divergencePlace(d.where)) +
               (d.layer >= 0 ? " at " + d.layerLabel : std::string());
    }
    return "Training stopped at step " + std::to_string(d.step) + " (epoch " + std::to_string(d.epoch) + "): " + what +
           ". " + divergenceAdvice(d.where);
}

}  // namespace layerlab
