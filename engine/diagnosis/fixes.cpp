#include "diagnosis/fixes.h"

#include <algorithm>
#include <functional>

namespace layerlab {

namespace {

bool hasWeights(const LayerSpec& spec) { return spec.kind == LayerKind::Dense || spec.kind == LayerKind::Conv2D; }

// The layers a fix names that exist and are not the output layer (when `hiddenOnly`), or,
// when it names none, every layer with weights (hidden ones only when `hiddenOnly`).
// Ascending, without repeats.
std::vector<int> targetLayers(const ModelSpec& model, const std::vector<int>& named, bool hiddenOnly)
{
    const int count = int(model.layers.size());
    const int output = count - 1;
    std::vector<int> layers;
    if (named.empty()) {
        for (int i = 0; i < count; ++i)
            if (hasWeights(model.layers[size_t(i)]) && !(hiddenOnly && i == output))
                layers.push_back(i);
        return layers;
    }
    for (int i : named)
        if (i >= 0 && i < count && !(hiddenOnly && i == output))
            layers.push_back(i);
    std::sort(layers.begin(), layers.end());
    layers.erase(std::unique(layers.begin(), layers.end()), layers.end());
    return layers;
}

// A layer made by `make` after each of `after`, highest index first so the lower indices
// stay valid; none after a layer already followed by one of that kind.
void insertAfter(ModelSpec& model, const std::vector<int>& after, LayerKind kind, const std::function<LayerSpec()>& make)
{
    for (auto it = after.rbegin(); it != after.rend(); ++it) {
        const size_t next = size_t(*it) + 1;
        if (next < model.layers.size() && model.layers[next].kind == kind)
            continue;
        model.layers.insert(model.layers.begin() + std::ptrdiff_t(next), make());
    }
}

}  // namespace

Project applyFix(const Project& project, const Fix& fix)
{
    Project p = project;
    ModelSpec& model = p.model;
    TrainConfig& training = p.training;
    switch (fix.kind) {
    case Fix::Kind::SetInitializer:
        for (int i : targetLayers(model, fix.layers, false))
            if (hasWeights(model.layers[size_t(i)]))
                model.layers[size_t(i)].init.kind = fix.init;
        break;
    case Fix::Kind::SetActivation:
        for (int i : targetLayers(model, fix.layers, true))
            if (hasWeights(model.layers[size_t(i)]))
                model.layers[size_t(i)].activation = fix.activation;
        break;
    case Fix::Kind::SetLearningRate: training.optimizer.learningRate = fix.value; break;
    case Fix::Kind::SetOptimizer:
        training.optimizer.kind = fix.optimizer;
        if (fix.value > 0)
            training.optimizer.learningRate = fix.value;
        break;
    case Fix::Kind::NormalizeInputs: p.data.normalization = fix.normalization.empty() ? "zscore" : fix.normalization; break;
    case Fix::Kind::InsertBatchNorm:
        insertAfter(model, targetLayers(model, fix.layers, true), LayerKind::BatchNorm,
                    [] { return LayerSpec::of(LayerKind::BatchNorm); });
        break;
    case Fix::Kind::ClipGradients: training.clipping.globalNorm = fix.value; break;
    case Fix::Kind::AddDropout:
        insertAfter(model, targetLayers(model, fix.layers, true), LayerKind::Dropout, [&] {
            LayerSpec dropout = LayerSpec::of(LayerKind::Dropout);
            dropout.rate = fix.value;
            return dropout;
        });
        break;
    case Fix::Kind::AddL2:
        training.regularization.kind = Penalty::L2;
        training.regularization.rate = fix.value;
        break;
    case Fix::Kind::EnableEarlyStopping:
        training.earlyStopping.enabled = true;
        if (fix.count > 0)
            training.earlyStopping.patience = fix.count;
        training.earlyStopping.restoreBest = true;
        break;
    case Fix::Kind::SetLoss: {
        training.loss = fix.loss;
        if (model.layers.empty() || model.layers.back().kind != LayerKind::Dense)
            break;
        // the output layer follows the loss, as the app's output rule does
        LayerSpec& output = model.layers.back();
        output.activation = preferredOutputActivation(fix.loss);
        const bool categorical =
            fix.loss == LossKind::CategoricalCrossEntropy || fix.loss == LossKind::SparseCategoricalCrossEntropy;
        if (categorical && output.units == 1)
            output.units = 2;  // two classes, one unit each
        else if (fix.loss == LossKind::BinaryCrossEntropy && output.units == 2)
            output.units = 1;  // two classes, one probability
        break;
    }
    case Fix::Kind::WidenLayers:
        for (int i : targetLayers(model, fix.layers, true))
            if (model.layers[size_t(i)].kind == LayerKind::Dense && fix.count > 0)
                model.layers[size_t(i)].units = fix.count;
        break;
    case Fix::Kind::AddLayer: {
        if (model.layers.empty() || fix.count <= 0)
            break;
        const bool relu = fix.activation == Activation::ReLU || fix.activation == Activation::LeakyReLU;
        const LayerSpec layer = LayerSpec::dense(fix.count, fix.activation,
                                                 {relu ? InitKind::HeNormal : InitKind::XavierUniform});
        model.layers.insert(model.layers.end() - 1, layer);
        break;
    }
    }
    return p;
}

}  // namespace layerlab
