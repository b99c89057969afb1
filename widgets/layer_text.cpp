#include "layer_text.h"

#include "formula_text.h"
#include "model/summary.h"

namespace layerlab {

namespace {
QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// A tooltip in rich text: the idea in words (with formula marks), the formula, and how the
// textbook differs.
QString explained(const QString& idea, const QString& formula, const QString& noteHtml)
{
    QString html = QStringLiteral("<p>%1</p><p>%2</p>").arg(typesetFormula(idea), formula);
    if (!noteHtml.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(noteHtml);
    return html;
}
}  // namespace

QString LayerText::kindName(LayerKind kind) { return fromView(layerKindName(kind)); }

QString LayerText::kindExplanation(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Dense:
        return tr("Every unit takes a weighted sum of all its inputs plus a bias, then applies its activation: "
                  "y = f(Wx + b).");
    case LayerKind::Dropout:
        return tr("While training, zeroes a random fraction of its inputs (and scales the rest up) so the network "
                  "cannot lean on any single unit; at test time it passes everything through.");
    case LayerKind::BatchNorm:
        return tr("Rescales each feature to mean 0 and variance 1 over the mini-batch, then shifts and scales it "
                  "with learned γ and β: steadier, faster training.");
    case LayerKind::Conv2D:
        return tr("Slides small learned filters over the image; each filter lights up wherever its local "
                  "pattern (an edge, a texture) appears.");
    case LayerKind::MaxPool2D:
        return tr("Keeps the largest value of each window, shrinking width and height: the pattern was there, "
                  "wherever exactly.");
    case LayerKind::AvgPool2D:
        return tr("Averages each window, shrinking width and height: a smoother way to shrink a feature map.");
    case LayerKind::GlobalAvgPool:
        return tr("Averages each whole feature map to one number: one value per channel, whatever the image "
                  "size.");
    case LayerKind::Flatten:
        return tr("Unrolls an image or feature map into one long vector so that Dense layers can read it.");
    }
    return {};
}

QString LayerText::detail(const LayerSpec& s)
{
    const QString activation = fromView(activationName(s.activation));
    switch (s.kind) {
    case LayerKind::Dense:
        return (s.units == 1 ? tr("1 unit · %1") : tr("%1 units · %2").arg(s.units)).arg(activation);
    case LayerKind::Dropout:
        return tr("drops %1% while training").arg(double(s.rate) * 100.0, 0, 'g', 3);
    case LayerKind::BatchNorm:
        return tr("momentum %1").arg(double(s.momentum), 0, 'g', 3);
    case LayerKind::Conv2D:
        return tr("%1 filters %2×%2, stride %3, %4 · %5")
            .arg(s.filters)
            .arg(s.kernel)
            .arg(s.stride)
            .arg(s.padding == Padding::Same ? tr("same") : tr("valid"))
            .arg(activation);
    case LayerKind::MaxPool2D:
    case LayerKind::AvgPool2D:
        return tr("%1×%1 window").arg(s.kernel);
    case LayerKind::GlobalAvgPool:
        return tr("one value per channel");
    case LayerKind::Flatten:
        return tr("to one vector");
    }
    return {};
}

QColor LayerText::kindColor(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Dense: return QColor(0x1f, 0x6f, 0xb2);
    case LayerKind::Dropout: return QColor(0x75, 0x75, 0x75);
    case LayerKind::BatchNorm: return QColor(0x7b, 0x4f, 0xa6);
    case LayerKind::Conv2D: return QColor(0x2e, 0x8b, 0x57);
    case LayerKind::MaxPool2D: return QColor(0xc7, 0x7c, 0x0e);
    case LayerKind::AvgPool2D: return QColor(0xb0, 0x8a, 0x2e);
    case LayerKind::GlobalAvgPool: return QColor(0x8d, 0x5b, 0x3e);
    case LayerKind::Flatten: return QColor(0x00, 0x83, 0x8f);
    }
    return Qt::gray;
}

QString LayerText::activationExplanation(Activation a)
{
    switch (a) {
    case Activation::Linear: return tr("No bend at all: the layer stays a linear map (use it for regression outputs).");
    case Activation::Sigmoid: return tr("Squashes any number into (0, 1): a probability; saturates, so gradients vanish at both ends.");
    case Activation::Tanh: return tr("Squashes into (-1, 1), centred on 0: a classic hidden-layer choice that saturates at both ends.");
    case Activation::ReLU: return tr("Passes positive values and zeroes negative ones: cheap and fast to train, but a unit can die (always 0).");
    case Activation::LeakyReLU: return tr("Like ReLU but lets a small slope through for negative inputs, so units never die completely.");
    case Activation::ELU: return tr("Like ReLU for positive inputs, a smooth curve down to -1 for negative ones.");
    case Activation::GELU: return tr("A smooth ReLU that weighs each input by how likely it is to be positive (used in transformers).");
    //: keep ^{...} (superscript) as it is
    case Activation::Softplus: return typesetFormula(tr("A smooth version of ReLU: ln(1 + e^{x})."));
    case Activation::SiLU: return tr("x times sigmoid(x) (swish): smooth, slightly negative for small negative inputs.");
    case Activation::Softmax: return tr("Turns a vector of scores into probabilities that sum to 1: the output of a multi-class classifier.");
    }
    return {};
}

QString LayerText::lossTitle(LossKind k)
{
    switch (k) {
    case LossKind::MSE: return tr("Mean squared error");
    case LossKind::MAE: return tr("Mean absolute error");
    case LossKind::Huber: return tr("Huber");
    case LossKind::BinaryCrossEntropy: return tr("Binary cross-entropy");
    case LossKind::CategoricalCrossEntropy: return tr("Categorical cross-entropy");
    case LossKind::SparseCategoricalCrossEntropy: return tr("Sparse categorical cross-entropy");
    }
    return {};
}

QString LayerText::lossExplanation(LossKind k)
{
    QString idea;
    switch (k) {
    case LossKind::MSE: idea = tr("Regression: the average squared error, so big mistakes count a lot."); break;
    case LossKind::MAE: idea = tr("Regression: the average absolute error, calmer about outliers."); break;
    case LossKind::Huber: idea = tr("Regression: squared for small errors, absolute for large ones."); break;
    case LossKind::BinaryCrossEntropy:
        idea = tr("Two classes: punishes confident wrong probabilities from one sigmoid output.");
        break;
    case LossKind::CategoricalCrossEntropy:
        idea = tr("Several classes, one-hot targets: −log of the probability the softmax gave the right class.");
        break;
    case LossKind::SparseCategoricalCrossEntropy:
        //: y_{i} is typeset as y with subscript i: keep it
        idea = tr("Several classes, targets as class numbers y_{i}: −log of the probability of the right class.");
        break;
    }
    return explained(idea, formulaHtml(lossFormula(k)), lossTextbookNote(k));
}

QString LayerText::lossTextbookNote(LossKind k)
{
    switch (k) {
    case LossKind::MSE:
        return typesetFormula(tr("The textbook writes MSE with 1/(2n), which halves the loss and its gradient; "
                                 "LayerLab averages with 1/n, as Keras does."));
    case LossKind::BinaryCrossEntropy:
    case LossKind::CategoricalCrossEntropy:
    case LossKind::SparseCategoricalCrossEntropy:
        return typesetFormula(tr("The textbook sums cross-entropy over the samples; LayerLab averages it (1/n), "
                                 "as Keras does, so the loss does not grow with the batch size."));
    case LossKind::MAE:
    case LossKind::Huber: return {};
    }
    return {};
}

QString LayerText::optimizerTitle(OptimizerKind k)
{
    switch (k) {
    case OptimizerKind::GradientDescent: return tr("Gradient descent (full batch)");
    case OptimizerKind::SGD: return tr("SGD (mini-batch)");
    case OptimizerKind::Momentum: return tr("Momentum");
    case OptimizerKind::Nesterov: return tr("Nesterov momentum");
    case OptimizerKind::AdaGrad: return tr("AdaGrad");
    case OptimizerKind::RMSprop: return tr("RMSprop");
    case OptimizerKind::Adam: return tr("Adam");
    case OptimizerKind::AdamW: return tr("AdamW");
    }
    return {};
}

QString LayerText::optimizerExplanation(OptimizerKind k)
{
    QString idea;
    switch (k) {
    case OptimizerKind::GradientDescent:
        idea = tr("One step per epoch down the gradient of the whole training set.");
        break;
    case OptimizerKind::SGD: idea = tr("A step down the gradient of each mini-batch B: noisy but cheap."); break;
    case OptimizerKind::Momentum:
        idea = tr("Keeps rolling in the direction of past gradients, like a heavy ball (μ: how much of the "
                  "velocity v it keeps).");
        break;
    case OptimizerKind::Nesterov: idea = tr("Momentum that looks one step ahead before correcting."); break;
    case OptimizerKind::AdaGrad: idea = tr("Smaller steps for parameters that have already moved a lot."); break;
    case OptimizerKind::RMSprop: idea = tr("Divides each step by a running size of recent gradients."); break;
    case OptimizerKind::Adam: idea = tr("Momentum plus per-parameter step sizes; a robust default."); break;
    case OptimizerKind::AdamW:
        idea = tr("Adam with weight decay λ applied directly to the weights (not through the gradient).");
        break;
    }
    return explained(idea, formulaHtml(optimizerFormula(k)), optimizerTextbookNote(k));
}

QString LayerText::optimizerTextbookNote(OptimizerKind k)
{
    switch (k) {
    case OptimizerKind::SGD:
        //: keep _{...} (subscript) as it is
        return typesetFormula(tr("The textbook's SGD steps on one sample at a time, ∇J(θ_{i}); LayerLab's steps "
                                 "on a mini-batch B of the batch size you set (1 gives the textbook's)."));
    case OptimizerKind::Adam:
    case OptimizerKind::AdamW:
        //: keep ^{...} (superscript) and _{...} (subscript) as they are
        return typesetFormula(tr("The textbook shortens Adam to θ = θ − α m_{t} / (1 − β_{1}^{t}); "
                                 "LayerLab also divides by the square root of the bias-corrected v_{t}, plus ε, as "
                                 "Kingma and Ba's Adam does."));
    default: return {};
    }
}

QString LayerText::formulasTable(LossKind loss, OptimizerKind optimizer)
{
    // the formula with the textbook's note under it, in a smaller type
    const auto cell = [](const QString& formula, const QString& note) {
        return note.isEmpty() ? formula : QStringLiteral("%1<br><small><i>%2</i></small>").arg(formula, note);
    };
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td>%1</td><td>%2</td></tr>"
                          "<tr><td>%3</td><td>%4</td></tr></table>")
        //: In front of the loss's formula
        .arg(tr("Loss:"), cell(formulaHtml(lossFormula(loss)), lossTextbookNote(loss)),
             //: In front of the optimizer's update rule
             tr("Update:"), cell(formulaHtml(optimizerFormula(optimizer)), optimizerTextbookNote(optimizer)));
}

QString LayerText::initExplanation(InitKind k) { return formulaHtml(initDescription(k)); }

QString LayerText::initTitle(InitKind k) { return fromView(initName(k)); }

QString LayerText::shapeText(const Shape& shape) { return QString::fromStdString(kerasShape(shape)); }

}  // namespace layerlab
