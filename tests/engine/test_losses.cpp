// Losses: hand-worked values, fused softmax/sigmoid cross-entropies that never overflow,
// and gradients against finite differences.
#include <QtTest>

#include <cmath>

#include "training/loss.h"
#include "formula_checks.h"
#include "test_support.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::LossKind)
Q_DECLARE_METATYPE(layerlab::Activation)

class TestLosses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valuesByHand();
    void fusedCrossEntropiesDoNotOverflow();
    void sparseEqualsOneHot();
    void gradientCheck_data();
    void gradientCheck();
    void targetsForLoss();
    void formulasInTheTextbooksNotation();
};

namespace {
double lossOf(LossKind k, Activation a, const Matrix& z, const Matrix& t)
{
    Matrix out;
    applyActivation(a, z, out);
    return computeLoss(k, a, a == Activation::Linear ? Matrix() : z, out, t, 1.0f, nullptr).sum;
}
}  // namespace

void TestLosses::valuesByHand()
{
    Matrix y(1, 2), t(1, 2);
    y << 0.5f, 3.0f;
    t << 1.0f, 1.0f;
    // errors -0.5 and 2:  MSE sum = 0.25 + 4 = 4.25;  MAE sum = 0.5 + 2 = 2.5;
    // Huber (delta 1): 0.5 * 0.25 + (2 - 0.5) = 1.625
    QVERIFY(std::abs(lossOf(LossKind::MSE, Activation::Linear, y, t) - 4.25) < 1e-6);
    QVERIFY(std::abs(lossOf(LossKind::MAE, Activation::Linear, y, t) - 2.5) < 1e-6);
    QVERIFY(std::abs(lossOf(LossKind::Huber, Activation::Linear, y, t) - 1.625) < 1e-6);
    // BCE with sigmoid: z = 0 gives p = 0.5, loss = ln 2 whatever the label.
    Matrix z = Matrix::Zero(1, 1), label = Matrix::Ones(1, 1);
    QVERIFY(std::abs(lossOf(LossKind::BinaryCrossEntropy, Activation::Sigmoid, z, label) - std::log(2.0)) < 1e-6);
    // Sparse CE with softmax: z = (0, ln 3) gives p = (1/4, 3/4); label 1: -ln(3/4).
    Matrix z2(2, 1), cls(1, 1);
    z2 << 0, std::log(3.0f);
    cls << 1;
    QVERIFY(std::abs(lossOf(LossKind::SparseCategoricalCrossEntropy, Activation::Softmax, z2, cls) + std::log(0.75)) <
            1e-6);
}

void TestLosses::fusedCrossEntropiesDoNotOverflow()
{
    Matrix z(2, 1), cls(1, 1), grad;
    z << 500, -500;  // softmax = (1, 0); label 1 costs 1000
    cls << 1;
    Matrix out;
    applyActivation(Activation::Softmax, z, out);
    auto r = computeLoss(LossKind::SparseCategoricalCrossEntropy, Activation::Softmax, z, out, cls, 1.0f, &grad);
    QVERIFY(std::isfinite(r.sum));
    QVERIFY(std::abs(r.sum - 1000.0) < 1e-3);
    QVERIFY(r.gradIsPreActivation);
    QVERIFY(grad.allFinite());

    Matrix zb(1, 2), tb(1, 2);
    zb << 200, -200;
    tb << 0, 1;
    applyActivation(Activation::Sigmoid, zb, out);
    r = computeLoss(LossKind::BinaryCrossEntropy, Activation::Sigmoid, zb, out, tb, 1.0f, &grad);
    QVERIFY(std::isfinite(r.sum));
    QVERIFY(std::abs(r.sum - 400.0) < 1e-3);  // softplus(200) - 0 + softplus(-200) + 200
    QVERIFY(grad.allFinite());
}

void TestLosses::sparseEqualsOneHot()
{
    const Matrix z = test::randomMatrix(4, 6, 9, 3.0f);
    Matrix labels(1, 6);
    labels << 0, 3, 2, 1, 1, 0;
    Dataset data;
    data.targets = labels;
    data.classCount = 4;
    const Matrix oneHot = lossTargets(LossKind::CategoricalCrossEntropy, data, 4);
    QCOMPARE(oneHot.rows(), Index(4));
    QCOMPARE(oneHot(3, 1), 1.0f);
    QVERIFY(std::abs(lossOf(LossKind::CategoricalCrossEntropy, Activation::Softmax, z, oneHot) -
                     lossOf(LossKind::SparseCategoricalCrossEntropy, Activation::Softmax, z, labels)) < 1e-4);
}

void TestLosses::gradientCheck_data()
{
    QTest::addColumn<LossKind>("loss");
    QTest::addColumn<Activation>("activation");
    QTest::newRow("mse linear") << LossKind::MSE << Activation::Linear;
    QTest::newRow("mse tanh") << LossKind::MSE << Activation::Tanh;
    QTest::newRow("mae linear") << LossKind::MAE << Activation::Linear;
    QTest::newRow("huber linear") << LossKind::Huber << Activation::Linear;
    QTest::newRow("bce sigmoid (fused)") << LossKind::BinaryCrossEntropy << Activation::Sigmoid;
    QTest::newRow("bce softmax (not fused)") << LossKind::BinaryCrossEntropy << Activation::Softmax;
    QTest::newRow("cce softmax (fused)") << LossKind::CategoricalCrossEntropy << Activation::Softmax;
    QTest::newRow("cce sigmoid") << LossKind::CategoricalCrossEntropy << Activation::Sigmoid;
    QTest::newRow("sparse cce softmax (fused)") << LossKind::SparseCategoricalCrossEntropy << Activation::Softmax;
}

void TestLosses::gradientCheck()
{
    QFETCH(LossKind, loss);
    QFETCH(Activation, activation);
    const Index outputs = 3, batch = 4;
    const Matrix z = test::randomMatrix(outputs, batch, 21, 2.0f);
    Matrix t;
    if (loss == LossKind::SparseCategoricalCrossEntropy) {
        t.resize(1, batch);
        t << 2, 0, 1, 2;
    } else if (isClassificationLoss(loss)) {
        t = (test::randomMatrix(outputs, batch, 22).array() > 0).cast<float>();
    } else {
        t = test::randomMatrix(outputs, batch, 23, 2.0f);
    }
    // Analytic dL/dz: the loss's gradient, pushed through the activation unless fused.
    Matrix out, grad;
    applyActivation(activation, z, out);
    const auto r = computeLoss(loss, activation, activation == Activation::Linear ? Matrix() : z, out, t, 1.0f, &grad);
    if (!r.gradIsPreActivation)
        activationBackward(activation, z, out, grad);
    test::GradientCheck check;
    Matrix moved = z;
    for (Index i = 0; i < z.size(); ++i) {
        const auto error = test::finiteDifferenceError(grad.data()[i], moved.data()[i],
                                                       [&] { return lossOf(loss, activation, moved, t); });
        check.maxInputError = std::max(check.maxInputError, error.value_or(1e300));
    }
    QVERIFY(test::gradientsMatch(check, QTest::currentDataTag()));
}

void TestLosses::targetsForLoss()
{
    Dataset data;
    data.targets.resize(1, 3);
    data.targets << 0, 1, 1;
    data.classCount = 2;
    // Two classes with a single sigmoid unit: the labels themselves.
    QCOMPARE(lossTargets(LossKind::BinaryCrossEntropy, data, 1), data.targets);
    QCOMPARE(requiredOutputUnits(LossKind::BinaryCrossEntropy, data), 1);
    QCOMPARE(requiredOutputUnits(LossKind::SparseCategoricalCrossEntropy, data), 2);
    QCOMPARE(preferredOutputActivation(LossKind::CategoricalCrossEntropy), Activation::Softmax);
}

void TestLosses::formulasInTheTextbooksNotation()
{
    for (LossKind k : allLossKinds()) {
        const std::string_view f = lossFormula(k);
        const QString problem = test::formulaProblem(f);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // the textbook's J(θ) and ŷ_i
        QVERIFY2(f.starts_with("J(θ) = ") && f.find("ŷ_{i") != std::string_view::npos, f.data());
    }
    // LayerLab averages with 1/n where the textbook writes 1/(2n); the app says so
    QVERIFY(lossFormula(LossKind::MSE).starts_with("J(θ) = 1/n Σ"));
}

QTEST_APPLESS_MAIN(TestLosses)
#include "test_losses.moc"
