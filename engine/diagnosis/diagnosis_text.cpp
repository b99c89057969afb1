#include "diagnosis/diagnosis_text.h"

#include <string>


namespace layerlab {

namespace {

struct Template {
    const char* key;
    const char* text;
};

// One sentence per template (translators reorder %1, %2... as their language needs).
constexpr Template kTemplates[] = {
    // vanishing-gradients
    {"vanishing.title", QT_TRANSLATE_NOOP("Diagnosis", "Gradients vanish on the way back to %1")},
    {"vanishing.evidence",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradient norm falls from %1 at %2 to %3 at %4: about %5x smaller per layer.")},
    {"vanishing.evidence.zero",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradient norm falls from %1 at %2 to exactly 0 at %3.")},
    {"vanishing.cause.saturation",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 of the units of %2 are saturated, where the slope is almost 0, so the gradient "
                                    "dies there on its way back.")},
    {"vanishing.cause.dead",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 of the units of %2 are dead ReLUs that pass no gradient back, so the layers "
                                    "below them get almost none.")},
    {"vanishing.cause.small-slope",
     QT_TRANSLATE_NOOP("Diagnosis", "Saturation measured at %1, so not saturation: %2's slope is at most %3 and the "
                                    "weights are small (about %4 each), so each layer shrinks the gradient about %5x.")},
    {"vanishing.cause.small-weights",
     QT_TRANSLATE_NOOP("Diagnosis", "Saturation measured at %1 and dead units at %2, so neither is the cause: the "
                                    "weights are small (about %3 each), so each layer shrinks the gradient about %4x.")},
    // exploding-gradients
    {"exploding.title", QT_TRANSLATE_NOOP("Diagnosis", "Exploding gradients at %1")},
    {"exploding.evidence.depth",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradient norm grows from %1 at %2 to %3 at %4: about %5x larger per layer.")},
    {"exploding.evidence.time",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradient norm of %1 grew from %2 at the start to %3 by step %4.")},
    {"exploding.evidence.size",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradient norm of %1 is %2, where a healthy run stays near 1 or below.")},
    {"exploding.cause.large-weights",
     QT_TRANSLATE_NOOP("Diagnosis", "The weights of %1 are large (each layer multiplies the signal about %2x), so "
                                    "every layer multiplies the gradient on its way back.")},
    {"exploding.cause.unscaled",
     QT_TRANSLATE_NOOP("Diagnosis", "The weights are of ordinary size (a gain of about %1 per layer) but the inputs are "
                                    "not normalised, and large inputs make large gradients in the first layer.")},
    {"exploding.cause.learning-rate",
     QT_TRANSLATE_NOOP("Diagnosis", "The weights are of ordinary size (a gain of about %1 per layer) and the inputs are "
                                    "scaled, so the likely cause is a learning rate of %2 whose steps overshoot and grow.")},
    // non-finite
    {"nonfinite.title", QT_TRANSLATE_NOOP("Diagnosis", "Training stopped: Inf/NaN at step %1")},
    {"nonfinite.evidence.forward",
     QT_TRANSLATE_NOOP("Diagnosis", "At step %1 the outputs of %2 became Inf or NaN in the forward pass.")},
    {"nonfinite.evidence.loss",
     QT_TRANSLATE_NOOP("Diagnosis", "At step %1 the outputs of %2 reached %3, so large that the loss overflowed.")},
    {"nonfinite.evidence.backward",
     QT_TRANSLATE_NOOP("Diagnosis", "At step %1 the gradient of %2 became Inf or NaN in the backward pass.")},
    {"nonfinite.evidence.update",
     QT_TRANSLATE_NOOP("Diagnosis", "At step %1 the weights of %2 overflowed to Inf or NaN in the weight update.")},
    {"nonfinite.cause.above-bound",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss grew about %1x per step before it overflowed, because the learning rate "
                                    "%2 is above %3, the largest at which gradient descent on these inputs is stable.")},
    {"nonfinite.cause.growing",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss grew about %1x per step before it overflowed, so each step overshot "
                                    "further than the last: the learning rate %2 is too high for this model and data.")},
    {"nonfinite.cause.unscaled",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss did not grow steadily before, but the inputs are far from normalised (%1 "
                                    "has values around %2), so the first layer's outputs and gradients are huge.")},
    {"nonfinite.cause.sudden",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss did not grow steadily before (about %1x per step), so a single step jumped "
                                    "too far: at learning rate %2 an occasional large gradient is enough.")},
    // learning-rate-too-high
    {"lr-high.title", QT_TRANSLATE_NOOP("Diagnosis", "The learning rate %1 is too high")},
    {"lr-high.evidence.bound",
     QT_TRANSLATE_NOOP("Diagnosis", "For this linear model with mean squared error the curvature is about %1 (2 x (the "
                                    "inputs' mean squares + 1)), so gradient descent is stable only below a learning "
                                    "rate of %2, and it is %3.")},
    {"lr-high.evidence.diverged",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss grew about %1x per step until it became Inf/NaN at step %2.")},
    {"lr-high.evidence.immediate",
     QT_TRANSLATE_NOOP("Diagnosis", "The run became Inf/NaN at step %1, after only a few steps at learning rate %2.")},
    {"lr-high.evidence.rising",
     QT_TRANSLATE_NOOP("Diagnosis", "The training loss went down to %1 and has climbed back to %2 since.")},
    {"lr-high.evidence.above-chance",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss is %1 and jumps between %2 and %3 over the run, worse than the %4 that "
                                    "guessing gives.")},
    {"lr-high.evidence.update-ratio",
     QT_TRANSLATE_NOOP("Diagnosis", "Each step changes the weights of %1 by %2 of their size (about 0.1% is usual), "
                                    "and the loss is not falling: %3 at the start, %4 now.")},
    {"lr-high.cause.unscaled-inputs",
     QT_TRANSLATE_NOOP("Diagnosis", "The inputs are not normalised (%1 has mean %2 and %3 has mean %4), which makes "
                                    "the curvature large; z-scored inputs would bring it to about %5 and allow a "
                                    "learning rate up to %6.")},
    {"lr-high.cause.unscaled-input",
     QT_TRANSLATE_NOOP("Diagnosis", "The input %1 is not normalised (mean %2), which makes the curvature large; a "
                                    "z-scored input would bring it to about %3 and allow a learning rate up to %4.")},
    {"lr-high.cause.curvature",
     QT_TRANSLATE_NOOP("Diagnosis", "The inputs are scaled, so the step itself is too long: each step overshoots the "
                                    "minimum and lands about %1x as far away on the other side.")},
    {"lr-high.cause.overshoot",
     QT_TRANSLATE_NOOP("Diagnosis", "A loss that grows or jumps instead of falling means the steps overshoot the minimum: the "
                                    "learning rate %1 is too large for %2 on this model.")},
    // learning-rate-too-low
    {"lr-low.title", QT_TRANSLATE_NOOP("Diagnosis", "The learning rate %1 is too low")},
    {"lr-low.evidence",
     QT_TRANSLATE_NOOP("Diagnosis", "Each step changes the weights by at most %1 of their size (about 0.001 is usual), "
                                    "and the loss only went from %2 to %3 in %4 steps.")},
    {"lr-low.cause",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradient is not what is small (%1 at %2): the steps are tiny because the "
                                    "learning rate %3 is, so training would take hundreds of times longer.")},
    // dead-relu
    {"dead.title", QT_TRANSLATE_NOOP("Diagnosis", "Dead ReLU units in %1")},
    {"dead.evidence",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 of the units of %2 output 0 for every sample, in each of the last %3 "
                                    "measurements.")},
    {"dead.cause.huge-init",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 starts from a %2 initialisation that multiplies its inputs about %3x, so many "
                                    "units start so far below 0 that they never output anything.")},
    {"dead.cause.large-steps",
     QT_TRANSLATE_NOOP("Diagnosis", "Early steps changed the weights by %1 of their size (learning rate %2), large "
                                    "enough to push units below 0 for every input, where they get no gradient to "
                                    "recover; the %3 initialisation is ordinary.")},
    {"dead.cause.unscaled",
     QT_TRANSLATE_NOOP("Diagnosis", "The %1 initialisation and the steps (%2 of the weights' size) are ordinary, but the "
                                    "inputs are not normalised, so large inputs pushed units below 0 for good.")},
    {"dead.cause.generic",
     QT_TRANSLATE_NOOP("Diagnosis", "A ReLU that outputs 0 for every input gets no gradient and never recovers; the %1 "
                                    "initialisation and the steps (%2 of the weights' size) look ordinary, so it "
                                    "happened during training.")},
    // saturation
    {"saturation.title", QT_TRANSLATE_NOOP("Diagnosis", "Saturated units in %1")},
    {"saturation.evidence",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 of the units of %2 sit within %3 of the limits of %4, where its slope is almost "
                                    "0, in each of the last %5 measurements.")},
    {"saturation.cause.huge-init",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 starts from a %2 initialisation of scale %3: with %4 inputs per unit it "
                                    "multiplies them about %5x, far past where %6 flattens, so the units start "
                                    "saturated.")},
    {"saturation.cause.unscaled",
     QT_TRANSLATE_NOOP("Diagnosis", "The %1 initialisation is ordinary, but the inputs are not normalised, and large "
                                    "inputs drive %2 into its flat ends.")},
    {"saturation.cause.grown-weights",
     QT_TRANSLATE_NOOP("Diagnosis", "The weights of %1 grew during training until each unit multiplies its inputs "
                                    "about %2x; the %3 initialisation started them small, so steps at learning rate %4 "
                                    "are the likely cause.")},
    {"saturation.cause.generic",
     QT_TRANSLATE_NOOP("Diagnosis", "The %1 initialisation, the inputs and the weights' size (a gain of %2 per layer) "
                                    "look ordinary, so the units drifted into their flat ends during training.")},
    // unscaled-inputs
    {"unscaled.title", QT_TRANSLATE_NOOP("Diagnosis", "The inputs are not normalised")},
    {"unscaled.evidence.spread",
     QT_TRANSLATE_NOOP("Diagnosis", "Feature %1 has a standard deviation of %2 and feature %3 only %4: %5 times "
                                    "apart.")},
    {"unscaled.evidence.offset",
     QT_TRANSLATE_NOOP("Diagnosis", "Feature %1 has mean %2 but a standard deviation of only %3, so its values sit far "
                                    "from zero.")},
    {"unscaled.evidence.offset-many",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 features sit far from zero: %2, for one, has mean %3 but a standard deviation "
                                    "of only %4.")},
    {"unscaled.evidence.large",
     QT_TRANSLATE_NOOP("Diagnosis", "Feature %1 has a standard deviation of %2, so the first layer sees large values.")},
    {"unscaled.evidence.pixels",
     QT_TRANSLATE_NOOP("Diagnosis", "The pixels range from %1 to %2 instead of 0 to 1.")},
    {"unscaled.cause",
     QT_TRANSLATE_NOOP("Diagnosis", "No normalisation is set, so the largest feature decides how large a learning rate "
                                    "can be while the others learn slowly; z-score gives every feature mean 0 and "
                                    "standard deviation 1.")},
    // plateau
    {"plateau.title", QT_TRANSLATE_NOOP("Diagnosis", "The loss is stuck at chance level (%1)")},
    {"plateau.evidence",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss has stayed at %1 for the last %2 steps, the chance level ln(%3) = %4, and "
                                    "the accuracy is %5, what guessing gives.")},
    {"plateau.evidence.no-accuracy",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss has stayed at %1 for the last %2 steps, the chance level ln(%3) = %4.")},
    {"plateau.cause.vanishing",
     QT_TRANSLATE_NOOP("Diagnosis", "The gradients vanish before they reach the first layers (see that finding), so the "
                                    "net cannot learn anything from the inputs and only predicts how common each class "
                                    "is.")},
    {"plateau.cause.dead",
     QT_TRANSLATE_NOOP("Diagnosis", "Most ReLU units are dead (see that finding), so too little of the input reaches "
                                    "the output to tell the classes apart.")},
    {"plateau.cause.saturation",
     QT_TRANSLATE_NOOP("Diagnosis", "The units are saturated (see that finding), so they pass almost no gradient back "
                                    "and the net cannot leave its first guess.")},
    {"plateau.cause.lr-low",
     QT_TRANSLATE_NOOP("Diagnosis", "The steps are too small to leave the starting point (see the learning-rate "
                                    "finding).")},
    {"plateau.cause.mismatch",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss does not fit the output layer (see that finding), so the gradients do "
                                    "not lead towards better predictions.")},
    {"plateau.cause.symmetric",
     QT_TRANSLATE_NOOP("Diagnosis", "Every weight of %1 starts at the same value (%2 initialisation), so all its units "
                                    "compute the same thing and get the same gradient: they can never become "
                                    "different.")},
    {"plateau.cause.unknown",
     QT_TRANSLATE_NOOP("Diagnosis", "No gradient problem was measured (nothing vanishes or explodes, no units are dead "
                                    "or saturated), so the learning rate %1 or the model's size is the likely cause.")},
    // overfitting
    {"overfit.title", QT_TRANSLATE_NOOP("Diagnosis", "Overfitting: the validation loss rises")},
    {"overfit.evidence",
     QT_TRANSLATE_NOOP("Diagnosis", "The validation loss rose from %1 at epoch %2 to %3 at epoch %4, while the training "
                                    "loss fell from %5 to %6.")},
    {"overfit.cause",
     QT_TRANSLATE_NOOP("Diagnosis", "The gap between validation and training loss widened from %1 to %2: the model "
                                    "memorises its training samples instead of the pattern, and since the training "
                                    "loss still falls it is not the learning rate.")},
    // underfitting
    {"underfit.title", QT_TRANSLATE_NOOP("Diagnosis", "Underfitting: the model stopped improving too early")},
    {"underfit.evidence.accuracy",
     QT_TRANSLATE_NOOP("Diagnosis", "After %1 epochs the training accuracy is stuck at %2 (validation %3) and the "
                                    "training loss at %4.")},
    {"underfit.evidence.r2",
     QT_TRANSLATE_NOOP("Diagnosis", "After %1 epochs the model explains only %2 of the targets' variance (R² on the "
                                    "training data) and the training loss is stuck at %3.")},
    {"underfit.cause",
     QT_TRANSLATE_NOOP("Diagnosis", "Training and validation do equally poorly and no gradient problem was measured, "
                                    "so the model (%1 hidden layers, at most %2 units wide) is too simple for this "
                                    "data.")},
    {"underfit.cause.linear",
     QT_TRANSLATE_NOOP("Diagnosis", "Training and validation do equally poorly and no gradient problem was measured, "
                                    "so a model without hidden layers, which can only fit a straight line or plane, is "
                                    "too simple for this data.")},
    // loss-output-mismatch
    {"mismatch.title", QT_TRANSLATE_NOOP("Diagnosis", "The loss %1 does not fit the output %2 (%3)")},
    {"mismatch.evidence.constant-softmax",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 is a softmax of one unit, which outputs 1 whatever the input.")},
    {"mismatch.evidence.softmax-with-loss",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 ends in softmax, whose outputs add up to 1, but the loss %2 treats each output "
                                    "on its own.")},
    {"mismatch.evidence.ce-not-probability",
     QT_TRANSLATE_NOOP("Diagnosis", "The loss %1 reads the outputs of %2 as probabilities that add up to 1, but %3 "
                                    "outputs do not.")},
    {"mismatch.evidence.bce-not-probability",
     QT_TRANSLATE_NOOP("Diagnosis", "Binary cross-entropy reads the output of %1 as a probability between 0 and 1, but "
                                    "a %2 output can leave that range.")},
    {"mismatch.cause.constant",
     QT_TRANSLATE_NOOP("Diagnosis", "The output cannot change, so the loss cannot fall: the trainer accepts this "
                                    "set-up, but nothing can be learned.")},
    {"mismatch.cause.slow",
     QT_TRANSLATE_NOOP("Diagnosis", "It trains, but the gradient of %1 through a softmax is small exactly when the net "
                                    "is wrong, so it learns much slower than cross-entropy would.")},
    {"mismatch.cause.sigmoid-ce",
     QT_TRANSLATE_NOOP("Diagnosis", "Cross-entropy only rewards the true class's output, so with sigmoid outputs the net "
                                    "can push every output to 1 and make the loss 0 without telling the classes "
                                    "apart.")},
    {"mismatch.cause.unbounded-ce",
     QT_TRANSLATE_NOOP("Diagnosis", "Outputs at or below 0 are clipped before the logarithm, so their gradients are "
                                    "meaningless and training stalls or jumps.")},
    // fixes
    {"fix.lower-learning-rate", QT_TRANSLATE_NOOP("Diagnosis", "Lower the learning rate to %1")},
    {"fix.raise-learning-rate", QT_TRANSLATE_NOOP("Diagnosis", "Raise the learning rate to %1")},
    {"fix.use-optimizer", QT_TRANSLATE_NOOP("Diagnosis", "Use the %1 optimizer at learning rate %2")},
    {"fix.normalize", QT_TRANSLATE_NOOP("Diagnosis", "Normalise the inputs (z-score)")},
    {"fix.he-init", QT_TRANSLATE_NOOP("Diagnosis", "Use He initialisation")},
    {"fix.xavier-init", QT_TRANSLATE_NOOP("Diagnosis", "Use Xavier initialisation")},
    {"fix.use-init", QT_TRANSLATE_NOOP("Diagnosis", "Use the %1 initialisation")},
    {"fix.use-relu", QT_TRANSLATE_NOOP("Diagnosis", "Use ReLU in the hidden layers")},
    {"fix.use-activation", QT_TRANSLATE_NOOP("Diagnosis", "Use %1 in the hidden layers")},
    {"fix.batchnorm", QT_TRANSLATE_NOOP("Diagnosis", "Add BatchNorm after the hidden layers")},
    {"fix.clip", QT_TRANSLATE_NOOP("Diagnosis", "Clip gradients to a global norm of %1")},
    {"fix.dropout", QT_TRANSLATE_NOOP("Diagnosis", "Add Dropout of %1 after the hidden layers")},
    {"fix.l2", QT_TRANSLATE_NOOP("Diagnosis", "Add L2 regularisation of %1")},
    {"fix.early-stopping",
     QT_TRANSLATE_NOOP("Diagnosis", "Stop early when the validation loss has not improved for %1 epochs")},
    {"fix.set-loss", QT_TRANSLATE_NOOP("Diagnosis", "Use %1 with a %2 output")},
    {"fix.widen", QT_TRANSLATE_NOOP("Diagnosis", "Widen the hidden layers to %1 units")},
    {"fix.add-layer", QT_TRANSLATE_NOOP("Diagnosis", "Add a hidden layer of %1 %2 units")},
    // breakpoints (breakpoints.h)
    {"breakpoint.gradient-above",
     QT_TRANSLATE_NOOP("Diagnosis", "Paused: the gradient norm of %1 is %2, above %3 (step %4).")},
    {"breakpoint.gradient-below",
     QT_TRANSLATE_NOOP("Diagnosis", "Paused: the gradient norm of %1 is %2, below %3 (step %4).")},
    {"breakpoint.dead", QT_TRANSLATE_NOOP("Diagnosis", "Paused: %2 of the units of %1 are dead, more than %3 (step %4).")},
    {"breakpoint.saturated",
     QT_TRANSLATE_NOOP("Diagnosis", "Paused: %2 of the units of %1 are saturated, more than %3 (step %4).")},
    {"breakpoint.validation-rise",
     QT_TRANSLATE_NOOP("Diagnosis", "Paused: the validation loss rose %1 epochs in a row, from %2 to %3 (epoch %4).")},
    {"breakpoint.finding", QT_TRANSLATE_NOOP("Diagnosis", "Paused: the doctor found %1 (step %2).")},
};

}  // namespace

const char* messageTemplate(std::string_view key)
{
    for (const Template& t : kTemplates)
        if (key == t.key)
            return t.text;
    return nullptr;
}

std::string renderMessage(const Message& message)
{
    if (message.text)
        return englishText(message);
    const char* text = messageTemplate(message.key);
    return text ? fillTemplate(text, message.args) : englishText(message);
}

}  // namespace layerlab
