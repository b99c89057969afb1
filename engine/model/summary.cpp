#include "model/summary.h"

#include <sstream>

#include "model/model.h"

namespace layerlab {

std::string kerasShape(const Shape& s)
{
    if (s.isFlat())
        return "(None, " + std::to_string(s.channels) + ")";
    return "(None, " + std::to_string(s.height) + ", " + std::to_string(s.width) + ", " + std::to_string(s.channels) + ")";
}

ModelSummary summarizeModel(const ModelSpec& spec, const Shape& input)
{
    const Model model(spec, input);
    ModelSummary summary;
    for (int i = 0; i < model.layerCount(); ++i) {
        const Layer& layer = model.layer(i);
        SummaryRow row;
        row.layer = layerLabel(layer.spec(), i + 1);
        if (layer.activation() != Activation::Linear)
            row.layer += " (" + std::string(activationName(layer.activation())) + ")";
        row.outputShape = kerasShape(layer.outputShape());
        row.parameters = model.layerParameterCount(i);
        const long long state = totalSize(layer.stateBuffers());
        row.parameters += state;
        summary.nonTrainableParameters += state;
        summary.trainableParameters += model.layerParameterCount(i);
        summary.rows.push_back(row);
    }
    summary.totalParameters = summary.trainableParameters + summary.nonTrainableParameters;
    return summary;
}

std::string formatSummary(const ModelSummary& s)
{
    size_t w1 = 20, w2 = 20;
    for (const auto& r : s.rows) {
        w1 = std::max(w1, r.layer.size() + 2);
        w2 = std::max(w2, r.outputShape.size() + 2);
    }
    std::ostringstream out;
    const std::string rule(w1 + w2 + 12, '=');
    auto pad = [](const std::string& text, size_t width) { return text + std::string(width - text.size(), ' '); };
    out << rule << "\n" << pad("Layer", w1) << pad("Output shape", w2) << "Param #\n" << rule << "\n";
    for (const auto& r : s.rows)
        out << pad(r.layer, w1) << pad(r.outputShape, w2) << r.parameters << "\n";
    out << rule << "\n";
    out << "Total params: " << s.totalParameters << "\n";
    out << "Trainable params: " << s.trainableParameters << "\n";
    out << "Non-trainable params: " << s.nonTrainableParameters << "\n";
    return out.str();
}

}  // namespace layerlab
