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
        throw SpecError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The model has no layers: add at least one Dense layer for the output.")));
    if (input.size() <= 0)
        throw SpecError(engineMessage(QT_TRANSLATE_NOOP(
            "Engine", "The data has no input features: choose a dataset with at least one input column.")));
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
                //: what is wrong with a layer, after its name ("Dense #2 would output ...")
                throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "would output %1 values per sample, more than "
                                                                          "LayerLab can hold: use fewer units or filters"),
                                              MessageArg::count(next.size())));
            parameters += totalSize(built->parameters());
            if (parameters > kMaxParameters)
                //: what is wrong with a layer, after its name ("Dense #2 brings ..."); %1 and %2 are parameter counts
                throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "brings the model to %1 parameters, more than "
                                                                          "the %2 LayerLab can train: use fewer units or "
                                                                          "filters"),
                                              MessageArg::count(parameters), MessageArg::count(kMaxParameters)));
            shapes.push_back(next);
            current = next;
        } catch (const SpecError& e) {
            //: %1 is a layer ("Dense #2"), %2 what is wrong with it ("needs at least 1 unit (has 0)")
            throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 %2"), MessageArg::layer(int(i), label),
                                          MessageArg::message(e.message())),
                            int(i));
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
    //: %1 is a layer kind (Conv2D, BatchNorm...)
    throw SpecError(engineMessage(QT_TRANSLATE_NOOP("Engine", "%1 is not available in this version of LayerLab"),
                                  MessageArg::name(std::string(layerKindName(spec.kind)))));
}

}  // namespace layerlab
