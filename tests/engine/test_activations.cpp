// Activation functions: values against the textbook formulas, no overflow at extreme
// inputs, and backward passes against finite differences (through a Dense layer).
#include <QtTest>

#include <cmath>

#include "layers/activation.h"
#include "formula_checks.h"
#include "test_support.h"

using namespace layerlab;

class TestActivations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip();
    void valuesMatchFormulas_data();
    void valuesMatchFormulas();
    void batchMatchesScalar();
    void softmaxColumnsSumToOneWithoutOverflow();
    void sigmoidSaturatesWithoutNaN();
    void gradientCheck_data();
    void gradientCheck();
    void scalarDerivativeMatchesFiniteDifference();
};

void TestActivations::namesRoundTrip()
{
    for (Activation a : allActivations()) {
        QCOMPARE(activationFromName(activationName(a)), std::optional<Activation>(a));
        for (const std::string_view f : {activationFormula(a), activationDerivativeFormula(a)}) {
            const QString problem = test::formulaProblem(f, true);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    QCOMPARE(activationFromName("silu"), std::optional<Activation>(Activation::SiLU));
    QVERIFY(!activationFromName("relu6").has_value());
}

void TestActivations::valuesMatchFormulas_data()
{
    QTest::addColumn<int>("activation");
    QTest::addColumn<float>("x");
    QTest::addColumn<float>("expected");
    // Worked by hand from the formulas:
    QTest::newRow("sigmoid(0) = 1/(1+1)") << int(Activation::Sigmoid) << 0.0f << 0.5f;
    QTest::newRow("sigmoid(2) = 1/(1+e^-2)") << int(Activation::Sigmoid) << 2.0f << 0.880797f;
    QTest::newRow("tanh(1)") << int(Activation::Tanh) << 1.0f << 0.761594f;
    QTest::newRow("relu(-3) = max(0,-3)") << int(Activation::ReLU) << -3.0f << 0.0f;
    QTest::newRow("relu(2)") << int(Activation::ReLU) << 2.0f << 2.0f;
    QTest::newRow("leaky(-2) = 0.01*-2") << int(Activation::LeakyReLU) << -2.0f << -0.02f;
    QTest::newRow("elu(-1) = e^-1 - 1") << int(Activation::ELU) << -1.0f << -0.632121f;
    QTest::newRow("gelu(1) = 1*Phi(1)") << int(Activation::GELU) << 1.0f << 0.841345f;
    QTest::newRow("softplus(0) = ln 2") << int(Activation::Softplus) << 0.0f << 0.693147f;
    QTest::newRow("softplus(100) = 100") << int(Activation::Softplus) << 100.0f << 100.0f;
    QTest::newRow("swish(1) = 1/(1+e^-1)") << int(Activation::SiLU) << 1.0f << 0.731059f;
    QTest::newRow("linear(3)") << int(Activation::Linear) << 3.0f << 3.0f;
}

void TestActivations::valuesMatchFormulas()
{
    QFETCH(int, activation);
    QFETCH(float, x);
    QFETCH(float, expected);
    const float got = activationValue(Activation(activation), x);
    if (std::abs(got - expected) > 1e-5f)
        QFAIL(qPrintable(QString("got %1, expected %2").arg(got).arg(expected)));
}

void TestActivations::batchMatchesScalar()
{
    const Matrix z = test::randomMatrix(5, 7, 3, 4.0f);
    for (Activation a : allActivations()) {
        if (a == Activation::Softmax)
            continue;
        Matrix out;
        applyActivation(a, z, out);
        const Matrix expected = z.unaryExpr([a](float v) { return activationValue(a, v); });
        QVERIFY2(test::matricesClose(out, expected, 1e-6f, activationName(a).data()), activationName(a).data());
    }
}

void TestActivations::softmaxColumnsSumToOneWithoutOverflow()
{
    Matrix z(3, 2);
    z << 1000, -1000, 1001, 0, 999, 1000;  // e^1000 overflows float without the max shift
    Matrix out;
    applyActivation(Activation::Softmax, z, out);
    QVERIFY(out.allFinite());
    QVERIFY(std::abs(out.col(0).sum() - 1.0f) < 1e-6f);
    // column 0: softmax(1000, 1001, 999) = softmax(1, 2, 0) = (0.2447, 0.6652, 0.0900)
    QVERIFY(std::abs(out(1, 0) - 0.665241f) < 1e-5f);
    QVERIFY(std::abs(out(2, 1) - 1.0f) < 1e-6f);
}

void TestActivations::sigmoidSaturatesWithoutNaN()
{
    Matrix z(1, 3);
    z << -1e6f, 0.0f, 1e6f;
    Matrix out;
    applyActivation(Activation::Sigmoid, z, out);
    QVERIFY(out.allFinite());
    QCOMPARE(out(0, 0), 0.0f);
    QCOMPARE(out(0, 2), 1.0f);
}

void TestActivations::gradientCheck_data()
{
    QTest::addColumn<int>("activation");
    for (Activation a : allActivations())
        QTest::newRow(activationName(a).data()) << int(a);
}

void TestActivations::gradientCheck()
{
    QFETCH(int, activation);
    const LayerSpec spec = LayerSpec::dense(4, Activation(activation));
    QVERIFY(test::gradientsMatch(test::checkLayerGradients(spec, Shape::flat(3), 5), QTest::currentDataTag()));
}

void TestActivations::scalarDerivativeMatchesFiniteDifference()
{
    // The inspector plots activationDerivative: it must be the derivative of activationValue.
    for (Activation a : allActivations()) {
        for (float x : {-2.5f, -0.7f, 0.3f, 1.9f}) {
            const double analytic = activationDerivative(a, x);
            const auto error = test::finiteDifferenceError(analytic, x, [&] { return double(activationValue(a, x)); });
            QVERIFY2(error && *error < test::kGradientTolerance, activationName(a).data());
        }
    }
}

QTEST_APPLESS_MAIN(TestActivations)
#include "test_activations.moc"
