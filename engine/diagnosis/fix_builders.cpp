// The fixes the rules offer, each with its button label (a Message: the words are in
// diagnosis_text.cpp).
#include "diagnosis/diagnosis_rules.h"

namespace layerlab::fixes {

namespace {

Fix make(Fix::Kind kind, Message label)
{
    Fix f;
    f.kind = kind;
    f.label = std::move(label);
    return f;
}

}  // namespace

Fix lowerLearningRate(double to)
{
    Fix f = make(Fix::Kind::SetLearningRate, {"fix.lower-learning-rate", {MessageArg::value(to)}});
    f.value = float(to);
    return f;
}

Fix raiseLearningRate(double to)
{
    Fix f = make(Fix::Kind::SetLearningRate, {"fix.raise-learning-rate", {MessageArg::value(to)}});
    f.value = float(to);
    return f;
}

Fix useOptimizer(OptimizerKind kind, double learningRate)
{
    Fix f = make(Fix::Kind::SetOptimizer, {"fix.use-optimizer", {MessageArg::name(std::string(optimizerName(kind))),
                                                                 MessageArg::value(learningRate)}});
    f.optimizer = kind;
    f.value = float(learningRate);
    return f;
}

Fix normalizeInputs()
{
    Fix f = make(Fix::Kind::NormalizeInputs, {"fix.normalize", {}});
    f.normalization = "zscore";
    return f;
}

Fix useInitializer(InitKind init, std::vector<int> layers)
{
    const char* key = init == InitKind::HeNormal || init == InitKind::HeUniform         ? "fix.he-init"
                      : init == InitKind::XavierNormal || init == InitKind::XavierUniform ? "fix.xavier-init"
                                                                                          : "fix.use-init";
    Fix f = make(Fix::Kind::SetInitializer, {key, {MessageArg::name(std::string(initName(init)))}});
    f.init = init;
    f.layers = std::move(layers);
    return f;
}

Fix useActivation(Activation activation, std::vector<int> layers)
{
    Fix f = make(Fix::Kind::SetActivation,
                 {activation == Activation::ReLU ? "fix.use-relu" : "fix.use-activation",
                  {MessageArg::name(std::string(activationName(activation)))}});
    f.activation = activation;
    f.layers = std::move(layers);
    return f;
}

Fix insertBatchNorm(std::vector<int> after)
{
    Fix f = make(Fix::Kind::InsertBatchNorm, {"fix.batchnorm", {}});
    f.layers = std::move(after);
    return f;
}

Fix clipGradients(double globalNorm)
{
    Fix f = make(Fix::Kind::ClipGradients, {"fix.clip", {MessageArg::value(globalNorm)}});
    f.value = float(globalNorm);
    return f;
}

Fix addDropout(double rate, std::vector<int> after)
{
    Fix f = make(Fix::Kind::AddDropout, {"fix.dropout", {MessageArg::value(rate)}});
    f.value = float(rate);
    f.layers = std::move(after);
    return f;
}

Fix addL2(double rate)
{
    Fix f = make(Fix::Kind::AddL2, {"fix.l2", {MessageArg::value(rate)}});
    f.value = float(rate);
    return f;
}

Fix earlyStopping(int patience)
{
    Fix f = make(Fix::Kind::EnableEarlyStopping, {"fix.early-stopping", {MessageArg::count(patience)}});
    f.count = patience;
    return f;
}

Fix useLoss(LossKind loss, Activation outputActivation)
{
    Fix f = make(Fix::Kind::SetLoss, {"fix.set-loss", {MessageArg::name(std::string(lossName(loss))),
                                                       MessageArg::name(std::string(activationName(outputActivation)))}});
    f.loss = loss;
    f.activation = outputActivation;
    return f;
}

Fix widenLayers(std::vector<int> layers, int units)
{
    Fix f = make(Fix::Kind::WidenLayers, {"fix.widen", {MessageArg::count(units)}});
    f.layers = std::move(layers);
    f.count = units;
    return f;
}

Fix addLayer(int units, Activation activation)
{
    Fix f = make(Fix::Kind::AddLayer, {"fix.add-layer", {MessageArg::count(units),
                                                         MessageArg::name(std::string(activationName(activation)))}});
    f.count = units;
    f.activation = activation;
    return f;
}

}  // namespace layerlab::fixes
