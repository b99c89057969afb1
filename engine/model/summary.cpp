#include "model/summary.h"

#include <algorithm>
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

size_t displayWidth(const std::string& text)
{
    size_t width = 0;
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const int length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        char32_t c = length == 1 ? byte : byte & (0x7F >> length);
        for (int k = 1; k < length && i + size_t(k) < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + size_t(k)]) & 0x3F);
        i += size_t(length);
        // East Asian Wide and Fullwidth blocks (Unicode UAX #11): Hangul Jamo, CJK punctuation
        // to Yi, Hangul syllables, compatibility ideographs, fullwidth forms, the supplementary
        // ideographs
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

std::string formatSummary(const ModelSummary& s, const SummaryWords& words)
{
    size_t w1 = std::max<size_t>(20, displayWidth(words.layer) + 2);
    size_t w2 = std::max<size_t>(20, displayWidth(words.outputShape) + 2);
    for (const auto& r : s.rows) {
        w1 = std::max(w1, displayWidth(r.layer) + 2);
        w2 = std::max(w2, displayWidth(r.outputShape) + 2);
    }
    std::ostringstream out;
    const std::string rule(w1 + w2 + std::max<size_t>(12, displayWidth(words.parameters) + 2), '=');
    auto pad = [](const std::string& text, size_t width) {
        return text + std::string(width - displayWidth(text), ' ');
    };
    auto total = [](const std::string& label, long long n) {
        return fillTemplate(label, {MessageArg::name(std::to_string(n))});
    };
    out << rule << "\n" << pad(words.layer, w1) << pad(words.outputShape, w2) << words.parameters << "\n";
    out << rule << "\n";
    for (const auto& r : s.rows)
        out << pad(r.layer, w1) << pad(r.outputShape, w2) << r.parameters << "\n";
    out << rule << "\n";
    out << total(words.total, s.totalParameters) << "\n";
    out << total(words.trainable, s.trainableParameters) << "\n";
    out << total(words.nonTrainable, s.nonTrainableParameters) << "\n";
    return out.str();
}

}  // namespace layerlab
