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
    if (!kind && type.empty())
        //: a part of "The project's model section is not valid: ..."; 'type' is a JSON key
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "a layer has no 'type'")));
    if (!kind)
        //: a part of "The project's model section is not valid: ..."; %1 is what the file says
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "unknown layer type '%1'"),
                                             MessageArg::name(type)));
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
        //: a part of "The project's model section is not valid: ..."; 'padding', 'valid' and 'same' are JSON names
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "field 'padding' must be 'valid' or 'same', "
                                                                         "not '%1'"),
                                             MessageArg::name(padding)));
}

void to_json(nlohmann::json& j, const ModelSpec& s) { j = nlohmann::json{{"layers", s.layers}}; }

void from_json(const nlohmann::json& j, ModelSpec& s)
{
    if (!j.is_object() || !j.contains("layers") || !j["layers"].is_array())
        //: a part of "The project's model section is not valid: ..."; 'layers' is a JSON key
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "the model needs a 'layers' list")));
    s.layers.clear();
    const auto& layers = j["layers"];
    if (layers.size() > 1000)
        //: a part of "The project's model section is not valid: ..."
        throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "the model lists %1 layers; at most %2 are "
                                                                         "allowed"),
                                             MessageArg::count(static_cast<long long>(layers.size())),
                                             MessageArg::count(1000)));
    for (size_t i = 0; i < layers.size(); ++i) {
        try {
            s.layers.push_back(layers[i].get<LayerSpec>());
        } catch (const ProjectFileError& e) {
            //: a part of "The project's model section is not valid: ..."; %1 is the layer's number (1 is the
            //: first), %2 what is wrong with it
            throw ProjectFileError(engineMessage(QT_TRANSLATE_NOOP("Engine", "layer %1: %2"),
                                                 MessageArg::count(static_cast<long long>(i + 1)),
                                                 MessageArg::message(e.message())));
        }
    }
}

}  // namespace layerlab
