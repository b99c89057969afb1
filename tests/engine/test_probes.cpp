// Probes: histograms, norms, update ratios, dead and saturated fractions on hand-built
// cases whose answers are known.
#include <QtTest>

#include <algorithm>
#include <random>

#include "analysis/probes.h"
#include "test_support.h"

using namespace layerlab;

class TestProbes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void histogramCountsEveryValue();
    void histogramOfAConstantAndOfNaN();
    void histogramOfValuesNearTheFloatLimits();
    void normsAndUpdateRatio();
    void deadReluAndSaturatedSigmoid();
    void quantilesOfAUniformSample();
    void quantilesOfANormalSample();
    void quantilesOfAConstantOfNothingAndOfNaN();
    void distributionsComeWithTheirQuantiles();
};

void TestProbes::histogramCountsEveryValue()
{
    const std::vector<float> values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    const Histogram h = Histogram::of(values);
    QCOMPARE(h.lo, 0.0f);
    QCOMPARE(h.hi, 9.0f);
    QCOMPARE(h.total(), std::uint64_t(10));
    QCOMPARE(h.counts.front(), 1u);  // 0 alone in the first bin (width 0.3)
    QCOMPARE(h.counts.back(), 1u);   // 9, the maximum, in the last bin
}

void TestProbes::histogramOfAConstantAndOfNaN()
{
    const std::vector<float> values = {2, 2, 2, std::numeric_limits<float>::quiet_NaN(),
                                       std::numeric_limits<float>::infinity()};
    const Histogram h = Histogram::of(values);
    QCOMPARE(h.total(), std::uint64_t(3));
    QCOMPARE(h.nonFinite, 2u);
    QVERIFY(h.lo < 2 && h.hi > 2);
}

void TestProbes::histogramOfValuesNearTheFloatLimits()
{
    // A diverging run's values: hi - lo overflows a float, and no bin may be out of range.
    const float big = std::numeric_limits<float>::max();
    const std::vector<float> values = {-big, -big / 2, 0, big / 2, big};
    const Histogram h = Histogram::of(values);
    QCOMPARE(h.total(), std::uint64_t(5));
    QCOMPARE(h.counts.front(), 1u);
    QCOMPARE(h.counts.back(), 1u);
    QCOMPARE(h.counts[size_t(kHistogramBins / 2)], 1u);  // 0, in the middle
}

void TestProbes::normsAndUpdateRatio()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(2, Activation::Linear)};
    Model model(spec, Shape::flat(2));
    // W = [[3, 0], [0, 4]] (||W|| = 5), b = (1, 1) (not counted as a weight)
    model.parameters() << 3, 0, 0, 4, 1, 1;
    Vector previous = model.parameters();
    previous(0) = 3.5f;  // the step moved W by 0.5: update ratio 0.5 / 5 = 0.1
    Vector gradients(6);
    gradients << 0, 0.6f, 0.8f, 0, 9, 9;  // ||dW|| = 1
    Workspace ws;
    model.forward(test::randomMatrix(2, 4, 1), ws, {});
    const ProbeReport report = computeProbes(model, gradients, previous, ws, 7);
    QCOMPARE(report.step, std::int64_t(7));
    QCOMPARE(report.layers.size(), size_t(1));
    const LayerProbe& p = report.layers[0];
    QCOMPARE(p.label, std::string("Dense #1"));
    QVERIFY(std::abs(p.weightNorm - 5.0) < 1e-6);
    QVERIFY(std::abs(p.gradientNorm - 1.0) < 1e-6);
    QVERIFY(std::abs(p.updateRatio - 0.1) < 1e-6);
    QCOMPARE(p.weights.total(), std::uint64_t(4));
}

void TestProbes::deadReluAndSaturatedSigmoid()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(4, Activation::ReLU), LayerSpec::dense(2, Activation::Sigmoid)};
    Model model(spec, Shape::flat(1));
    // ReLU units: weights (1, -1, 0, 2), biases (0, -5, -1, 0): with inputs in [0, 1],
    // unit 2 (w -1, b -5) and unit 3 (w 0, b -1) never fire: half the layer is dead.
    // Sigmoid units: weights 0, biases 10 and 0: unit 1 saturated (s(10) > 0.98), unit 2 at 0.5.
    model.parameters() << 1, -1, 0, 2, 0, -5, -1, 0, /* sigmoid W (2x4) */ 0, 0, 0, 0, 0, 0, 0, 0, 10, 0;
    Matrix x(1, 3);
    x << 0.1f, 0.5f, 1.0f;
    Workspace ws;
    model.forward(x, ws, {});
    const ProbeReport r = computeProbes(model, Vector::Zero(model.parameterCount()), Vector(), ws, 1);
    QCOMPARE(r.layers[0].deadFraction, 0.5);
    QCOMPARE(r.layers[0].saturatedFraction, 0.0);
    QCOMPARE(r.layers[1].saturatedFraction, 0.5);
    QCOMPARE(r.layers[1].deadFraction, 0.0);
    QVERIFY(std::abs(r.layers[1].activationMean - (1.0 / (1.0 + std::exp(-10.0)) + 0.5) / 2) < 1e-5);
}

void TestProbes::quantilesOfAUniformSample()
{
    // 0, 0.001, ..., 0.999: the p-th percentile is p / 100, the extremes exact
    std::vector<float> values(1000);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = float(i) / 1000.0f;
    const Histogram h = Histogram::of(values);
    const Quantiles q = quantilesOf(h);
    const double binWidth = (double(h.hi) - double(h.lo)) / kHistogramBins;
    QCOMPARE(q.front(), 0.0f);
    QCOMPARE(q.back(), 0.999f);
    for (size_t k = 1; k + 1 < q.size(); ++k)
        QVERIFY2(std::abs(double(q[k]) - kDistributionPercentiles[k] / 100.0) < binWidth,
                 qPrintable(QString("percentile %1: %2").arg(kDistributionPercentiles[k]).arg(q[k])));
}

void TestProbes::quantilesOfANormalSample()
{
    // N(3, 2^2), more values than the histogram samples: the bands sit at 3 + 2 * (-1.5 ... 1.5)
    std::mt19937 random(14);
    std::normal_distribution<float> normal(3.0f, 2.0f);
    std::vector<float> values(50000);
    for (float& v : values)
        v = normal(random);
    const Histogram h = Histogram::of(values);
    const Quantiles q = quantilesOf(h);
    const double binWidth = (double(h.hi) - double(h.lo)) / kHistogramBins;
    const std::array<double, kQuantileCount> sigmas = {0, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 0};
    for (size_t k = 1; k + 1 < q.size(); ++k)
        QVERIFY2(std::abs(double(q[k]) - (3.0 + 2.0 * sigmas[k])) < binWidth,
                 qPrintable(QString("percentile %1: %2").arg(kDistributionPercentiles[k]).arg(q[k])));
    QCOMPARE(q.front(), h.lo);  // the sample's minimum and maximum
    QCOMPARE(q.back(), h.hi);
    QVERIFY(std::is_sorted(q.begin(), q.end()));
}

void TestProbes::quantilesOfAConstantOfNothingAndOfNaN()
{
    const std::vector<float> twos = {2, 2, 2, std::numeric_limits<float>::quiet_NaN()};
    for (float v : quantilesOf(Histogram::of(twos)))
        QCOMPARE(v, 2.0f);
    for (float v : quantilesOf(Histogram{}))
        QVERIFY(std::isnan(v));
    const std::vector<float> nans = {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()};
    for (float v : quantilesOf(Histogram::of(nans)))
        QVERIFY(std::isnan(v));
    // the infinities are left out, not taken as the extremes
    const std::vector<float> someInfinite = {-std::numeric_limits<float>::infinity(), 1, 2, 3, 4,
                                             std::numeric_limits<float>::infinity()};
    const Quantiles q = quantilesOf(Histogram::of(someInfinite));
    QCOMPARE(q.front(), 1.0f);
    QCOMPARE(q.back(), 4.0f);
}

void TestProbes::distributionsComeWithTheirQuantiles()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(2, Activation::Linear)};
    Model model(spec, Shape::flat(2));
    model.parameters() << 3, 0, 0, 4, 1, 1;
    Vector gradients(6);
    gradients << -1, 0.6f, 0.8f, 2, 9, 9;
    Workspace ws;
    model.forward(test::randomMatrix(2, 4, 1), ws, {});
    ProbeReport report = probeLayout(model);
    QVERIFY(std::isnan(report.layers[0].weightQuantiles[4]));  // not measured yet
    measureDistributions(report, model, gradients, ws);
    const LayerProbe& p = report.layers[0];
    QCOMPARE(p.weightQuantiles.front(), 0.0f);  // weights 3, 0, 0, 4; biases left out
    QCOMPARE(p.weightQuantiles.back(), 4.0f);
    QCOMPARE(p.gradientQuantiles.front(), -1.0f);
    QCOMPARE(p.gradientQuantiles.back(), 2.0f);
    QCOMPARE(p.activationQuantiles, quantilesOf(p.activations));
    QVERIFY(!std::isnan(p.activationQuantiles[4]));
}

QTEST_APPLESS_MAIN(TestProbes)
#include "test_probes.moc"
