#include "model/model_spec.h"

#include <array>

#include "core/enum_names.h"
#include "core/json_fields.h"

namespace layerlab {

namespace {

using KindName = EnumName<LayerKind>;
constexpr EnumTable kKinds{std::array{
    KindName{LayerKind::Dense, "Dense"},         KindName{LayerKind::Dropout, "Dropout"},
    KindName{LayerKind::BatchNorm, "BatchNorm"}, KindName{LayerKind::Conv2D, "Conv2D"},
    KindName{LayerKind::MaxPool2D, "MaxPool2D"}, KindName{LayerKind::AvgPool2D, "AvgPool2D"},
    KindName{LayerKind::GlobalAvgPool, "GlobalAveragePool"}, KindName{LayerKind::Flatten, "Flatten"},
}};

}  // namespace

std::string_view layerKindName(LayerKind k) { return kKinds.name(k); }
std::optional<LayerKind> layerKindFromName(std::string_view name) { return kKinds.fromName(name); }
std::span<const LayerKind> allLayerKinds() { return kKinds.values(); }

std::string layerLabel(const LayerSpec& spec, int index)
{
    return std::string(layerKindName(spec.kind)) + " #" + std::to_string(index);
}

void to_json(nlohmann::json& j, const LayerSpec& s)
{
    j = nlohmann::json::object();
    j["type"] = layerKindName(s.kind);
    switch (s.kind) {
    case LayerKind::Dense:
        j["units"] = s.units;
        j["activation"] = activationName(s.activation);
        j["init"] = initName(s.init.kind);
        j["init_value"] = jsonFloat(s.init.value);
        break;
    case LayerKind::Conv2D:
        j["filters"] = s.filters;
        j["kernel"] = s.kernel;
        j["stride"] = s.stride;
        j["padding"] = s.padding == Padding::Same ? "same" : "valid";
        j["activation"] = activationName(s.activation);
        j["init"] = initName(s.init.kind);
        j["init_value"] = jsonFloat(s.init.value);
        break;
    case LayerKind::Dropout: j["rate"] = jsonFloat(s.rate); break;
    case LayerKind::BatchNorm:
        j["momentum"] = jsonFloat(s.momentum);
        j["epsilon"] = jsonFloat(s.epsilon);
        break;
    case LayerKind::MaxPool2D:
    case LayerKind::AvgPool2D: j["pool"] = s.kernel; break;
    case LayerKind::GlobalAvgPool:
    case LayerKind::Flatten: break;
    }
}

void from_json(const nlohmann::json& j, LayerSpec& s)
{
    std::string type;
    readField(j, "type", type);
    auto kind = layerKindFromName(type);
    if (!kind)
        throw ProjectFileError(type.empty() ? std::string("a layer has no 'type'")
                                            : "unknown layer type '" + type + "'");
    s = LayerSpec::of(*kind);
    // Absurd sizes are refused here, before anything is allocated.
    readField(j, "units", s.units, 1, 1'000'000);
    readEnumField(j, "activation", s.activation, activationFromName);
    readEnumField(j, "init", s.init.kind, initFromName);
    readField(j, "init_value", s.init.value);
    readField(j, "rate", s.rate, 0.0f, 0.99f);
    readField(j, "momentum", s.momentum, 0.0f, 0.9999f);
    readField(j, "epsilon", s.epsilon, 1e-12f, 1.0f);
    readField(j, "filters", s.filters, 1, 4096);
    readField(j, "kernel", s.kernel, 1, 64);
    readField(j, "pool", s.kernel, 1, 64);
    readField(j, "stride", s.stride, 1, 64);
    std::string padding;
    readField(j, "padding", padding);
    if (padding == "same")
        s.padding = Padding::Same;
    else if (padding.empty() || padding == "valid")
        s.padding = Padding::Valid;
    else
        throw ProjectFileError("field 'padding' must be 'valid' or 'same', not '" + padding + "'");
}

void to_json(nlohmann::json& j, const ModelSpec& s) { j = nlohmann::json{{"layers", s.layers}}; }

void from_json(const nlohmann::json& j, ModelSpec& s)
{
    if (!j.is_object() || !j.contains("layers") || !j["layers"].is_array())
        throw ProjectFileError("the model needs a 'layers' list");
    s.layers.clear();
    const auto& layers = j["layers"];
    if (layers.size() > 1000)
        throw ProjectFileError("the model lists " + std::to_string(layers.size()) + " layers; at most 1000 are allowed");
    for (size_t i = 0; i < layers.size(); ++i) {
        try {
            s.layers.push_back(layers[i].get<LayerSpec>());
        } catch (const ProjectFileError& e) {
            throw ProjectFileError("layer " + std::to_string(i + 1) + ": " + e.what());
        }
    }
}

}  // namespace layerlab
