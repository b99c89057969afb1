#include "training/divergence_text.h"

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

Message describeDivergence(const Divergence& d)
{
    const MessageArg step = MessageArg::count(d.step);
    const MessageArg epoch = MessageArg::count(d.epoch);
    const MessageArg advice =
        MessageArg::message(Message{{}, {}, kDivergenceTextContext, divergenceAdvice(d.where)});
    const bool atLayer = d.layer >= 0;
    const MessageArg layer = MessageArg::layer(d.layer, d.layerLabel);
    switch (d.where) {
    case Divergence::Where::Forward:
        if (atLayer)
            //: %1 step, %2 epoch, %3 a layer ("Dense #2"), %4 what to try (a sentence)
            return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): values became "
                                                             "Inf/NaN in the forward pass at %3. %4"),
                                 step, epoch, layer, advice);
        //: %1 step, %2 epoch, %3 what to try (a sentence)
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): values became Inf/NaN "
                                                         "in the forward pass. %3"),
                             step, epoch, advice);
    case Divergence::Where::Loss:
        if (atLayer)
            //: %1 step, %2 epoch, %3 the output layer ("Dense #2"), %4 its largest output, %5 what to try (a sentence)
            return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): the outputs of %3 "
                                                             "reached %4, so large that the loss overflowed. %5"),
                                 step, epoch, layer, MessageArg::value(d.largestOutput), advice);
        //: %1 step, %2 epoch, %3 what to try (a sentence)
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): values became Inf/NaN "
                                                         "in the loss. %3"),
                             step, epoch, advice);
    case Divergence::Where::Backward:
        if (atLayer)
            //: %1 step, %2 epoch, %3 a layer ("Dense #2"), %4 what to try (a sentence)
            return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): values became "
                                                             "Inf/NaN in the backward pass at %3. %4"),
                                 step, epoch, layer, advice);
        //: %1 step, %2 epoch, %3 what to try (a sentence)
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): values became Inf/NaN "
                                                         "in the backward pass. %3"),
                             step, epoch, advice);
    case Divergence::Where::Update:
        break;
    }
    if (atLayer)
        //: %1 step, %2 epoch, %3 a layer ("Dense #2"), %4 what to try (a sentence)
        return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): the weights of %3 "
                                                         "overflowed to Inf/NaN in the weight update. %4"),
                             step, epoch, layer, advice);
    //: %1 step, %2 epoch, %3 what to try (a sentence)
    return engineMessage(QT_TRANSLATE_NOOP("Engine", "Training stopped at step %1 (epoch %2): values became Inf/NaN in "
                                                     "the weight update. %3"),
                         step, epoch, advice);
}

}  // namespace layerlab
