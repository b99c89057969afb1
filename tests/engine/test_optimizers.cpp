// Every optimizer against a step worked out by hand on a 2-parameter problem, and the
// learning-rate schedules against their formulas.
#include <QtTest>

#include <cmath>

#include "training/optimizer.h"
#include "training/schedule.h"
#include "formula_checks.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::OptimizerKind)

class TestOptimizers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneStepByHand_data();
    void oneStepByHand();
    void momentumSecondStep();
    void changingKindResetsState();
    void schedules();
    void formulasInTheTextbooksNotation();
};

void TestOptimizers::oneStepByHand_data()
{
    // theta = (1, -2), g = (0.5, -1), lr = 0.1
    QTest::addColumn<OptimizerKind>("kind");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("second");
    // theta - lr g
    QTest::newRow("gd") << OptimizerKind::GradientDescent << 0.95 << -1.9;
    QTest::newRow("sgd") << OptimizerKind::SGD << 0.95 << -1.9;
    // v = g on the first step, so theta - lr v = SGD's step
    QTest::newRow("momentum") << OptimizerKind::Momentum << 0.95 << -1.9;
    // v = g; theta - lr (g + 0.9 v) = theta - 0.19 g
    QTest::newRow("nesterov") << OptimizerKind::Nesterov << 0.905 << -1.81;
    // s = g^2; theta - lr g / |g| = theta - 0.1 sign(g)
    QTest::newRow("adagrad") << OptimizerKind::AdaGrad << 0.9 << -1.9;
    // s = 0.1 g^2; theta - lr g / (sqrt(0.1) |g|) = theta - 0.316228 sign(g)
    QTest::newRow("rmsprop") << OptimizerKind::RMSprop << 0.683772 << -1.683772;
    // m_hat = g, v_hat = g^2 after bias correction: theta - lr sign(g)
    QTest::newRow("adam") << OptimizerKind::Adam << 0.9 << -1.9;
    // decay first: theta (1 - lr 0.01) = (0.999, -1.998); then Adam's -0.1 sign(g)
    QTest::newRow("adamw") << OptimizerKind::AdamW << 0.899 << -1.898;
}

void TestOptimizers::oneStepByHand()
{
    QFETCH(OptimizerKind, kind);
    QFETCH(double, first);
    QFETCH(double, second);
    OptimizerConfig config;
    config.kind = kind;
    Optimizer optimizer(config, Vector::Ones(2));
    Vector theta(2), g(2);
    theta << 1, -2;
    g << 0.5f, -1;
    optimizer.step(theta, g, 0.1f);
    std::printf("  %-9s theta = (%.6f, %.6f), expected (%.6f, %.6f)\n", QTest::currentDataTag(), theta(0), theta(1),
                first, second);
    QVERIFY(std::abs(theta(0) - first) < 1e-5);
    QVERIFY(std::abs(theta(1) - second) < 1e-5);
}

void TestOptimizers::momentumSecondStep()
{
    // v1 = g = 0.5; v2 = 0.9 * 0.5 + 0.5 = 0.95; theta = 1 - 0.05 - 0.095 = 0.855
    OptimizerConfig config;
    config.kind = OptimizerKind::Momentum;
    Optimizer optimizer(config, Vector::Ones(1));
    Vector theta = Vector::Ones(1), g = Vector::Constant(1, 0.5f);
    optimizer.step(theta, g, 0.1f);
    optimizer.step(theta, g, 0.1f);
    QVERIFY(std::abs(theta(0) - 0.855f) < 1e-6f);
}

void TestOptimizers::changingKindResetsState()
{
    OptimizerConfig config;
    config.kind = OptimizerKind::Momentum;
    Optimizer optimizer(config, Vector::Ones(1));
    Vector theta = Vector::Ones(1), g = Vector::Constant(1, 0.5f);
    optimizer.step(theta, g, 0.1f);
    config.learningRate = 0.5f;  // same kind: the velocity survives
    optimizer.setConfig(config);
    QCOMPARE(optimizer.stepCount(), 1LL);
    config.kind = OptimizerKind::Adam;
    optimizer.setConfig(config);
    QCOMPARE(optimizer.stepCount(), 0LL);
}

void TestOptimizers::schedules()
{
    Schedule s;
    QCOMPARE(scheduledRate(s, 0.1f, 37.5, 100), 0.1f);
    s.kind = ScheduleKind::Step;  // 1 * 0.5^floor(25 / 10) = 0.25
    s.stepEpochs = 10;
    s.factor = 0.5f;
    QVERIFY(std::abs(scheduledRate(s, 1.0f, 25, 100) - 0.25f) < 1e-7f);
    s.kind = ScheduleKind::Exponential;  // 0.96^2
    QVERIFY(std::abs(scheduledRate(s, 1.0f, 2, 100) - 0.9216f) < 1e-6f);
    s.kind = ScheduleKind::Cosine;  // halfway: (lr0 + min) / 2; the end: min
    s.minRate = 0.1f;
    QVERIFY(std::abs(scheduledRate(s, 1.0f, 50, 100) - 0.55f) < 1e-6f);
    QVERIFY(std::abs(scheduledRate(s, 1.0f, 100, 100) - 0.1f) < 1e-6f);
}

void TestOptimizers::formulasInTheTextbooksNotation()
{
    for (OptimizerKind k : allOptimizerKinds()) {
        const std::string_view f = optimizerFormula(k);
        const QString problem = test::formulaProblem(f);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // the textbook's θ = θ − α ...: parameters θ, learning rate α
        QVERIFY2(f.find("θ = θ − α") != std::string_view::npos, f.data());
    }
    QCOMPARE(optimizerFormula(OptimizerKind::GradientDescent), std::string_view("θ = θ − α ∇J(θ)"));
    // Kingma and Ba's step, not the textbook's short θ = θ − α m̂_t
    QVERIFY(optimizerFormula(OptimizerKind::Adam).ends_with("θ = θ − α (m_{t} / (1 − β_{1}^{t})) / (√(v_{t} / (1 − β_{2}^{t})) + ε)"));
}

QTEST_APPLESS_MAIN(TestOptimizers)
#include "test_optimizers.moc"
