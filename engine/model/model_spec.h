// What a model is made of, as the user builds it: a list of layer specs. Plain values,
// saved in project files and edited (with undo) by the app.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "layers/activation.h"
#include "layers/initializer.h"

namespace layerlab {

enum class LayerKind { Dense, Dropout, BatchNorm, Conv2D, MaxPool2D, AvgPool2D, GlobalAvgPool, Flatten };

std::string_view layerKindName(LayerKind k);  // "Dense", "Conv2D", ... (as Keras names them)
std::optional<LayerKind> layerKindFromName(std::string_view name);
std::span<const LayerKind> allLayerKinds();

enum class Padding { Valid, Same };

struct LayerSpec {
    LayerKind kind = LayerKind::Dense;
    int units = 8;                                // Dense
    Activation activation = Activation::Tanh;     // Dense, Conv2D
    Initializer init;                             // Dense, Conv2D weights; biases start at 0
    float rate = 0.5f;                            // Dropout: fraction of units dropped
    float momentum = 0.99f;                       // BatchNorm running statistics
    float epsilon = 1e-3f;                        // BatchNorm
    int filters = 32;                             // Conv2D
    int kernel = 3;                               // Conv2D kernel size, pooling window
    int stride = 1;                               // Conv2D; pooling uses stride = window
    Padding padding = Padding::Valid;             // Conv2D

    static LayerSpec dense(int units, Activation a, Initializer init = {})
    {
        LayerSpec s;
        s.units = units;
        s.activation = a;
        s.init = init;
        return s;
    }
    static LayerSpec of(LayerKind k)
    {
        LayerSpec s;
        s.kind = k;
        if (k == LayerKind::Conv2D)
            s.activation = Activation::ReLU;
        if (k == LayerKind::MaxPool2D || k == LayerKind::AvgPool2D)
            s.kernel = 2;
        return s;
    }

    friend bool operator==(const LayerSpec&, const LayerSpec&) = default;
};

struct ModelSpec {
    std::vector<LayerSpec> layers;

    friend bool operator==(const ModelSpec&, const ModelSpec&) = default;
};

// "Dense #3": a layer's name for messages, with its 1-based position in the model.
std::string layerLabel(const LayerSpec& spec, int index);

void to_json(nlohmann::json& j, const LayerSpec& spec);
void from_json(const nlohmann::json& j, LayerSpec& spec);
void to_json(nlohmann::json& j, const ModelSpec& spec);
void from_json(const nlohmann::json& j, ModelSpec& spec);

}  // namespace layerlab
