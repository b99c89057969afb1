// What the editing widgets say about layers, activations, losses and optimizers: names,
// one-line details for cards, and one-sentence tooltips that explain the idea. Everything
// goes through tr() so that it can be translated.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include "layers/initializer.h"
#include "training/loss.h"
#include "model/model_spec.h"
#include "training/optimizer.h"
#include "core/shape.h"

namespace layerlab {

class LayerText {
    Q_DECLARE_TR_FUNCTIONS(LayerText)
public:
    // "Dense", "Conv2D", ...: the engine's names, as Keras writes them.
    static QString kindName(LayerKind kind);
    // One sentence: what the layer does and why one would use it.
    static QString kindExplanation(LayerKind kind);
    // "8 units · tanh", "drops 50%", "32 filters 3×3, stride 1": what a card shows.
    static QString detail(const LayerSpec& spec);
    // The stripe colour of a layer card and palette entry.
    static QColor kindColor(LayerKind kind);

    static QString activationExplanation(Activation a);
    static QString lossTitle(LossKind k);
    // Rich text for tooltips: the idea in a sentence, the formula typeset in the textbook's
    // notation, and where LayerLab's formula differs from the textbook's.
    static QString lossExplanation(LossKind k);
    // Rich text, one sentence, empty where LayerLab computes what the textbook writes
    // (MSE: the textbook's 1/(2n)).
    static QString lossTextbookNote(LossKind k);
    static QString optimizerTitle(OptimizerKind k);
    static QString optimizerExplanation(OptimizerKind k);
    static QString optimizerTextbookNote(OptimizerKind k);
    // Rich text: the loss's formula and the optimizer's update rule with their textbook notes,
    // as the training settings show them.
    static QString formulasTable(LossKind loss, OptimizerKind optimizer);
    static QString initTitle(InitKind k);
    // Rich text: the initialiser's description with its formula, translated.
    static QString initExplanation(InitKind k);

    // "(None, 8)" as Keras prints output shapes.
    static QString shapeText(const Shape& shape);
};

}  // namespace layerlab
