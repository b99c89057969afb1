#include "analysis/predictions.h"

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
    const Matrix outputs = model.predict(inputs);
    for (Index i = 0; i < outputs.cols(); ++i) {
        const Index k = predictedClass(outputs, i);
        p.classes[size_t(i)] = int(k);
        // one sigmoid unit is the probability of class 1
        p.confidences[size_t(i)] = outputs.rows() == 1 ? (k == 1 ? outputs(0, i) : 1 - outputs(0, i)) : outputs(k, i);
    }
    return p;
}

}  // namespace layerlab
