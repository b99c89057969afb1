// The confusion matrix beside accuracy: counted by hand for a few outputs.
#include <QtTest>

#include "training/metrics.h"

using namespace layerlab;

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void confusionOfSoftmaxOutputs();
    void confusionOfOneSigmoidOutput();
    void shardsMergeInOrder();
    void regressionHasNoConfusion();
};

// Three classes, five samples (columns):
//   sample  true  outputs (argmax)
//   0       0     0.7 0.2 0.1 -> 0
//   1       1     0.1 0.8 0.1 -> 1
//   2       1     0.6 0.3 0.1 -> 0   (wrong)
//   3       2     0.1 0.2 0.7 -> 2
//   4       2     0.2 0.5 0.3 -> 1   (wrong)
// so confusion (rows true, columns predicted) = [1 0 0; 1 1 0; 0 1 1], accuracy 3/5.
void TestMetrics::confusionOfSoftmaxOutputs()
{
    Matrix outputs(3, 5);
    outputs << 0.7f, 0.1f, 0.6f, 0.1f, 0.2f,  //
        0.2f, 0.8f, 0.3f, 0.2f, 0.5f,         //
        0.1f, 0.1f, 0.1f, 0.7f, 0.3f;
    Matrix targets(1, 5);
    targets << 0, 1, 1, 2, 2;
    MetricSums sums;
    accumulateMetrics(sums, Task::Classification, outputs, targets);
    const Metrics m = sums.finish(Task::Classification);
    QCOMPARE(m.classCount, 3);
    const std::vector<std::int64_t> expected{1, 0, 0, 1, 1, 0, 0, 1, 1};
    QCOMPARE(m.confusion, expected);
    QCOMPARE(m.accuracy, 0.6);
}

// One sigmoid unit: class 1 when the output > 0.5, so two classes.
void TestMetrics::confusionOfOneSigmoidOutput()
{
    Matrix outputs(1, 4);
    outputs << 0.9f, 0.2f, 0.4f, 0.6f;
    Matrix targets(1, 4);
    targets << 1, 0, 1, 0;
    MetricSums sums;
    accumulateMetrics(sums, Task::Classification, outputs, targets);
    const Metrics m = sums.finish(Task::Classification);
    QCOMPARE(m.classCount, 2);
    // true 0: predicted 0 once (0.2), 1 once (0.6); true 1: predicted 0 once (0.4), 1 once (0.9)
    const std::vector<std::int64_t> expected{1, 1, 1, 1};
    QCOMPARE(m.confusion, expected);
}

// Two shards merged give the counts of one pass over all samples.
void TestMetrics::shardsMergeInOrder()
{
    Matrix a(2, 2), b(2, 1);
    a << 0.9f, 0.2f, 0.1f, 0.8f;  // predicts 0, 1
    b << 0.3f, 0.7f;              // predicts 1
    Matrix ta(1, 2), tb(1, 1);
    ta << 0, 0;
    tb << 1;
    MetricSums first, second, total;
    accumulateMetrics(first, Task::Classification, a, ta);
    accumulateMetrics(second, Task::Classification, b, tb);
    total.merge(first);
    total.merge(second);
    const Metrics m = total.finish(Task::Classification);
    const std::vector<std::int64_t> expected{1, 1, 0, 1};
    QCOMPARE(m.confusion, expected);
    QCOMPARE(m.samples, Index(3));
}

void TestMetrics::regressionHasNoConfusion()
{
    Matrix outputs(1, 2), targets(1, 2);
    outputs << 1, 2;
    targets << 1, 3;
    MetricSums sums;
    accumulateMetrics(sums, Task::Regression, outputs, targets);
    const Metrics m = sums.finish(Task::Regression);
    QVERIFY(m.confusion.empty());
    QCOMPARE(m.classCount, 0);
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
