// A Keras-style model summary: layer, output shape, parameters, totals.
#pragma once

#include <string>
#include <vector>

#include "core/message.h"
#include "model/model_spec.h"
#include "core/shape.h"

namespace layerlab {

struct SummaryRow {
    std::string layer;        // "Dense #1 (tanh)"
    std::string outputShape;  // "(None, 8)"
    long long parameters = 0;
};

struct ModelSummary {
    std::vector<SummaryRow> rows;
    long long totalParameters = 0;
    long long trainableParameters = 0;
    long long nonTrainableParameters = 0;
};

// The words of the table, in English unless the caller passes them translated (the CLI
// translates each in the "Engine" context: QCoreApplication::translate("Engine", text)).
// The totals take their number as %1.
struct SummaryWords {
    std::string layer = QT_TRANSLATE_NOOP("Engine", "Layer");
    std::string outputShape = QT_TRANSLATE_NOOP("Engine", "Output shape");
    std::string parameters = QT_TRANSLATE_NOOP("Engine", "Param #");
    std::string total = QT_TRANSLATE_NOOP("Engine", "Total params: %1");
    std::string trainable = QT_TRANSLATE_NOOP("Engine", "Trainable params: %1");
    std::string nonTrainable = QT_TRANSLATE_NOOP("Engine", "Non-trainable params: %1");
};

// Throws SpecError for an impossible model, naming the layer.
ModelSummary summarizeModel(const ModelSpec& spec, const Shape& input);
// The table, its columns as wide as their widest text on a terminal (a CJK character takes
// two columns there).
std::string formatSummary(const ModelSummary& summary, const SummaryWords& words = {});
// How many terminal columns UTF-8 `text` takes: two for a wide (CJK) character, one for others.
size_t displayWidth(const std::string& text);
// "(None, 26, 26, 32)" for images, "(None, 8)" for flat: Keras' notation.
std::string kerasShape(const Shape& shape);

}  // namespace layerlab
