#include "layers/layer_factory.h"

#include "layers/batch_norm.h"
#include "layers/conv2d.h"
#include "layers/dense.h"
#include "layers/dropout.h"
#include "core/error.h"
#include "layers/flatten.h"
#include "layers/global_avg_pool.h"
#include "layers/pooling.h"

namespace layerlab {

std::vector<Shape> inferShapes(const ModelSpec& spec, const Shape& input)
{
    if (spec.layers.empty())
        throw SpecError("The model has no layers: add at least one Dense layer for the output.");
    if (input.size() <= 0)
        throw SpecError("The data has no input features: choose a dataset with at least one input column.");
    std::vector<Shape> shapes;
    Shape current = input;
    long long parameters = 0;
    for (size_t i = 0; i < spec.layers.size(); ++i) {
        const LayerSpec& layer = spec.layers[i];
        const std::string label = layerLabel(layer, int(i) + 1);
        try {
            // Built alone, a layer checks its spec against its input and describes its
            // buffers without allocating them: the layers themselves say what they hold.
            const auto built = createLayer(layer, current);
            const Shape next = built->outputShape();
            if (next.size() > kMaxActivationsPerSample)
                throw SpecError("would output " + std::to_string(next.size()) +
                                " values per sample, more than LayerLab can hold: use fewer units or filters");
            parameters += totalSize(built->parameters());
            if (parameters > kMaxParameters)
                throw SpecError("brings the model to " + std::to_string(parameters) +
                                " parameters, more than the " + std::to_string(kMaxParameters) +
                                " LayerLab can train: use fewer units or filters");
            shapes.push_back(next);
            current = next;
        } catch (const SpecError& e) {
            throw SpecError(label + " " + e.what(), int(i));
        }
    }
    return shapes;
}

std::unique_ptr<Layer> createLayer(const LayerSpec& spec, const Shape& input)
{
    switch (spec.kind) {
    case LayerKind::Dense: return std::make_unique<DenseLayer>(spec, input);
    case LayerKind::Dropout: return std::make_unique<DropoutLayer>(spec, input);
    case LayerKind::BatchNorm: return std::make_unique<BatchNormLayer>(spec, input);
    case LayerKind::Flatten: return std::make_unique<FlattenLayer>(spec, input);
    case LayerKind::Conv2D: return std::make_unique<Conv2DLayer>(spec, input);
    case LayerKind::MaxPool2D: return std::make_unique<MaxPool2DLayer>(spec, input);
    case LayerKind::AvgPool2D: return std::make_unique<AvgPool2DLayer>(spec, input);
    case LayerKind::GlobalAvgPool: return std::make_unique<GlobalAvgPoolLayer>(spec, input);
    default: break;
    }
    throw SpecError(std::string(layerKindName(spec.kind)) + " is not available in this version of LayerLab");
}

}  // namespace layerlab
