#include "training/metrics.h"

#include <cmath>

namespace layerlab {

void MetricSums::merge(const MetricSums& o)
{
    loss += o.loss;
    samples += o.samples;
    correct += o.correct;
    squaredError += o.squaredError;
    targetSum += o.targetSum;
    targetSquaredSum += o.targetSquaredSum;
    values += o.values;
    if (o.classCount == 0)
        return;
    if (classCount == 0) {
        classCount = o.classCount;
        confusion = o.confusion;
    } else if (o.classCount == classCount) {
        for (size_t i = 0; i < confusion.size(); ++i)
            confusion[i] += o.confusion[i];
    }
}

Metrics MetricSums::finish(Task task) const
{
    Metrics m;
    m.samples = samples;
    if (samples == 0)
        return m;
    m.loss = loss / double(samples);
    if (task == Task::Classification) {
        m.accuracy = double(correct) / double(samples);
        m.classCount = classCount;
        m.confusion = confusion;
    } else if (values > 0) {
        m.rmse = std::sqrt(squaredError / double(values));
        const double mean = targetSum / double(values);
        const double total = targetSquaredSum - double(values) * mean * mean;
        m.r2 = total > 0 ? 1.0 - squaredError / total : kNotApplicable;
    }
    return m;
}

void accumulateMetrics(MetricSums& sums, Task task, const Matrix& outputs, const Matrix& targets)
{
    sums.samples += outputs.cols();
    if (task == Task::Classification) {
        const int classes = outputs.rows() == 1 ? 2 : int(outputs.rows());
        if (sums.classCount != classes) {
            sums.classCount = classes;
            sums.confusion.assign(size_t(classes) * size_t(classes), 0);
        }
        for (Index j = 0; j < outputs.cols(); ++j) {
            const Index predicted = predictedClass(outputs, j);
            const Index truth = Index(targets(0, j));
            sums.correct += predicted == truth ? 1 : 0;
            if (truth >= 0 && truth < classes)  // a label the outputs cannot name is not counted
                sums.confusion[size_t(truth * classes + predicted)] += 1;
        }
        return;
    }
    sums.squaredError += double((outputs - targets).squaredNorm());
    sums.targetSum += double(targets.sum());
    sums.targetSquaredSum += double(targets.squaredNorm());
    sums.values += targets.size();
}

}  // namespace layerlab
