// Formulas as the app shows them: the engine's marks typeset as rich text, worded formulas
// translated, every loss and optimizer explained in the textbook's symbols with where
// LayerLab differs from the textbook (MSE's 1/(2n)).
#include <QTextDocument>
#include <QtTest>

#include <QLabel>

#include "editing_test_support.h"
#include "formula_text.h"
#include "layer_text.h"
#include "pseudo_translator.h"

using namespace layerlab;

namespace {
// What a typeset text must not show: the engine's marks, or formulas spelled in ASCII.
QString leftovers(const QString& html)
{
    for (const char* s : {"^{", "_{", "theta", "lr ", "sqrt", "m_hat", "v_hat", "+ eps", "grad J", "sum_"})
        if (html.contains(QLatin1String(s)))
            return QStringLiteral("\"%1\" in %2").arg(QLatin1String(s), html);
    return {};
}
}  // namespace

class TestFormulaText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void marksBecomeSuperAndSubscripts()
    {
        QCOMPARE(typesetFormula(QStringLiteral("J(θ) = 1/n Σ_{i=1}^{n} (y_{i} − ŷ_{i})^{2}")),
                 QStringLiteral("J(θ) = 1/n Σ<sub>i=1</sub><sup>n</sup> (y<sub>i</sub> − ŷ<sub>i</sub>)<sup>2</sup>"));
        QCOMPARE(typesetFormula(QStringLiteral("e^{x_{i}}")), QStringLiteral("e<sup>x<sub>i</sub></sup>"));
        // lines, the two spaces between statements, and what HTML would read as markup
        QCOMPARE(typesetFormula(QStringLiteral("a = 1,  b < 2 & c\nθ")),
                 QStringLiteral("a = 1,&nbsp; b &lt; 2 &amp; c<br>θ"));
        // a lone ^ or _ is only a character
        QCOMPARE(typesetFormula(QStringLiteral("fan_in ^ 2")), QStringLiteral("fan_in ^ 2"));
    }

    void everyLossAndOptimizerIsExplainedWithItsFormula()
    {
        for (const LossKind k : allLossKinds()) {
            const QString tip = LayerText::lossExplanation(k);
            QVERIFY2(tip.contains(QStringLiteral("J(θ) = ")) && tip.contains(QStringLiteral("ŷ<sub>")), qPrintable(tip));
            QVERIFY2(leftovers(tip).isEmpty(), qPrintable(leftovers(tip)));
            QVERIFY(Qt::mightBeRichText(tip));
        }
        for (const OptimizerKind k : allOptimizerKinds()) {
            const QString tip = LayerText::optimizerExplanation(k);
            QVERIFY2(tip.contains(QStringLiteral("θ = θ − α")), qPrintable(tip));
            QVERIFY2(leftovers(tip).isEmpty(), qPrintable(leftovers(tip)));
            QVERIFY(Qt::mightBeRichText(tip));
        }
        // the tooltips as a learner sees them
        for (const auto& [name, tip] : {std::pair{"tooltip_mse", LayerText::lossExplanation(LossKind::MSE)},
                                        std::pair{"tooltip_adam", LayerText::optimizerExplanation(OptimizerKind::Adam)}}) {
            QLabel label(tip);
            label.setWordWrap(true);
            label.setFixedWidth(420);
            label.adjustSize();
            test::renderForReview(&label, QLatin1String(name));
        }
        QVERIFY(LayerText::optimizerExplanation(OptimizerKind::Adam)
                    .contains(QStringLiteral("θ = θ − α (m<sub>t</sub> / (1 − β<sub>1</sub><sup>t</sup>)) / "
                                             "(√(v<sub>t</sub> / (1 − β<sub>2</sub><sup>t</sup>)) + ε)")));
    }

    void whereLayerLabDiffersFromTheTextbookItSaysSo()
    {
        // the textbook: J(θ) = 1/(2n) Σ (y_i − ŷ_i)²; LayerLab (and Keras): 1/n
        QVERIFY(LayerText::lossTextbookNote(LossKind::MSE).contains(QStringLiteral("1/(2n)")));
        QVERIFY(LayerText::lossExplanation(LossKind::MSE).contains(QStringLiteral("1/(2n)")));
        QVERIFY(LayerText::lossExplanation(LossKind::MSE).contains(QStringLiteral("J(θ) = 1/n Σ")));
        // the textbook sums cross-entropy, and stops Adam at θ = θ − α m̂_t
        QVERIFY(!LayerText::lossTextbookNote(LossKind::BinaryCrossEntropy).isEmpty());
        QVERIFY(LayerText::optimizerTextbookNote(OptimizerKind::Adam)
                    .contains(QStringLiteral("θ = θ − α m<sub>t</sub> / (1 − β<sub>1</sub><sup>t</sup>)")));
        QVERIFY(LayerText::lossTextbookNote(LossKind::MAE).isEmpty());
        QVERIFY(LayerText::optimizerTextbookNote(OptimizerKind::GradientDescent).isEmpty());
        const QString table = LayerText::formulasTable(LossKind::MSE, OptimizerKind::Adam);
        QVERIFY(table.contains(QStringLiteral("1/(2n)")) && table.contains(QStringLiteral("√(v<sub>t</sub>")));
    }

    void initialisersAreTypesetAndTranslated()
    {
        QVERIFY(LayerText::initExplanation(InitKind::HeNormal).contains(QStringLiteral("N(0, 2 / fan<sub>in</sub>)")));
        for (const InitKind k : allInitKinds())
            QVERIFY2(leftovers(LayerText::initExplanation(k)).isEmpty(), qPrintable(LayerText::initExplanation(k)));
        test::ScopedPseudoTranslation pseudo;
        QVERIFY(LayerText::initExplanation(InitKind::HeNormal).startsWith(QStringLiteral("«")));
    }

    void wordedFormulasAreTranslated()
    {
        // "1 if x > 0, else 0" has words: it goes through the "Engine" translations
        test::ScopedPseudoTranslation pseudo;
        QCOMPARE(formulaHtml(activationDerivativeFormula(Activation::ReLU)),
                 QStringLiteral("«f′(x) = 1 if x &gt; 0, else 0»"));
    }
};

QTEST_MAIN(TestFormulaText)
#include "test_formula_text.moc"
