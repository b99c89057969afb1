#include "analysis/predictions.h"

#include <algorithm>

#include "analysis/budgets.h"

namespace layerlab {

Index predictedClass(const Matrix& outputs, Index column)
{
    if (outputs.rows() == 1)
        return outputs(0, column) > 0.5f ? 1 : 0;
    Index best = 0;
    outputs.col(column).maxCoeff(&best);
    return best;
}

SamplePredictions predictSamples(const Model& model, const Matrix& inputs)
{
    SamplePredictions p;
    p.classes.assign(size_t(inputs.cols()), -1);
    p.confidences.assign(size_t(inputs.cols()), 0.0f);
    // only a model built for these inputs, with weights (a rebuilt model may lag behind)
    if (model.layerCount() == 0 || model.inputShape().size() != inputs.rows() || !model.parameters().allFinite())
        return p;
    // a few samples at a time through a wide network, whose hidden outputs for all of
    // them at once would not fit the budget (analysis/budgets.h)
    const Index perPass = samplesPerPass(model, inputs.cols());
    for (Index begin = 0; begin < inputs.cols(); begin += perPass) {
        const Matrix outputs = model.predict(inputs.middleCols(begin, std::min(perPass, inputs.cols() - begin)));
        for (Index j = 0; j < outputs.cols(); ++j) {
            const Index k = predictedClass(outputs, j);
            const size_t i = size_t(begin + j);
            p.classes[i] = int(k);
            // one sigmoid unit is the probability of class 1
            p.confidences[i] = outputs.rows() == 1 ? (k == 1 ? outputs(0, j) : 1 - outputs(0, j)) : outputs(k, j);
        }
    }
    return p;
}

}  // namespace layerlab
