// LayerInspector: the fields of each kind, edits as signals, a locked output, and the
// activation's formula and plot from the engine.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "activation_plot.h"
#include "editing_test_support.h"
#include "layer_inspector.h"
#include "layer_text.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestLayerInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void denseShowsUnitsActivationAndInitialiser()
    {
        LayerInspector i;
        i.resize(360, 700);
        i.setLayer(1, LayerSpec::dense(8, Activation::Tanh), false, QString());
        QVERIFY(i.unitsEditor()->isVisibleTo(&i));
        QVERIFY(i.activationEditor()->isVisibleTo(&i));
        QVERIFY(i.initializerEditor()->isVisibleTo(&i));
        QVERIFY(!i.rateEditor()->isVisibleTo(&i));
        QVERIFY(!i.filtersEditor()->isVisibleTo(&i));
        QCOMPARE(i.unitsEditor()->value(), 8);
        QCOMPARE(i.activationPlot()->activation(), Activation::Tanh);
        QVERIFY(!i.unitsEditor()->toolTip().isEmpty());
        test::renderForReview(&i, QStringLiteral("layer_inspector"));
    }

    void otherKindsShowTheirOwnFields()
    {
        LayerInspector i;
        i.setLayer(0, LayerSpec::of(LayerKind::Dropout), false, QString());
        QVERIFY(i.rateEditor()->isVisibleTo(&i));
        QVERIFY(!i.unitsEditor()->isVisibleTo(&i));
        QVERIFY(!i.activationPlot()->isVisibleTo(&i));
        i.setLayer(0, LayerSpec::of(LayerKind::Conv2D), false, QString());
        QVERIFY(i.filtersEditor()->isVisibleTo(&i));
        QVERIFY(i.activationEditor()->isVisibleTo(&i));
        QVERIFY(!i.rateEditor()->isVisibleTo(&i));
        QCOMPARE(i.filtersEditor()->value(), 32);
    }

    void editsLeaveAsSignals()
    {
        LayerInspector i;
        i.setLayer(2, LayerSpec::dense(8, Activation::Tanh), false, QString());
        QSignalSpy edited(&i, &LayerInspector::layerEdited);
        i.unitsEditor()->setValue(12);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).toInt(), 2);
        QCOMPARE(edited.last().at(1).value<LayerSpec>().units, 12);
        i.activationEditor()->setCurrentIndex(i.activationEditor()->findData(int(Activation::ReLU)));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited.last().at(1).value<LayerSpec>().activation, Activation::ReLU);
        QCOMPARE(edited.last().at(1).value<LayerSpec>().units, 12);
        QCOMPARE(i.activationPlot()->activation(), Activation::ReLU);
        // showing a layer is not an edit
        i.setLayer(0, LayerSpec::dense(4, Activation::Sigmoid), false, QString());
        QCOMPARE(edited.count(), 2);
    }

    void theActivationsFormulaIsShown()
    {
        LayerInspector i;
        i.setLayer(0, LayerSpec::dense(8, Activation::ReLU), false, QString());
        const QList<QLabel*> labels = i.findChildren<QLabel*>();
        const bool shown = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("max(0, x)"));
        });
        QVERIFY(shown);
    }

    void aLockedOutputKeepsItsWidthAndActivation()
    {
        LayerInspector i;
        i.setLayer(2, LayerSpec::dense(1, Activation::Sigmoid), true, QStringLiteral("Set by the loss."));
        QVERIFY(!i.unitsEditor()->isEnabled());
        QVERIFY(!i.activationEditor()->isEnabled());
        QVERIFY(i.initializerEditor()->isEnabled());
        i.setLayer(1, LayerSpec::dense(8, Activation::Tanh), false, QString());
        QVERIFY(i.unitsEditor()->isEnabled());
    }

    void clearingShowsWhatToDo()
    {
        LayerInspector i;
        i.setLayer(0, LayerSpec::dense(8, Activation::Tanh), false, QString());
        i.clearLayer();
        QCOMPARE(i.layerIndex(), -1);
        QVERIFY(!i.unitsEditor()->isVisibleTo(&i));
    }

    void followsTheLanguage()
    {
        LayerInspector i;
        i.resize(360, 700);
        i.setLayer(1, LayerSpec::dense(8, Activation::Tanh), false, QString());
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY(test::hasLabel(i, QStringLiteral("«Units»")));
            QVERIFY(test::hasLabel(i, QStringLiteral("«Initialiser»")));
            QVERIFY(test::isPseudoText(i.unitsEditor()->toolTip()));
            QVERIFY(test::isPseudoText(i.activationEditor()->toolTip()));
            QVERIFY(test::isPseudoText(i.activationEditor()->itemData(0, Qt::ToolTipRole).toString()));
            QCOMPARE(i.initializerEditor()->itemText(0), LayerText::initTitle(allInitKinds()[0]));  // a name
            QVERIFY(test::isPseudoText(i.activationPlot()->toolTip()));
            // the layer's own texts: its explanation and the activation's, drawn again
            QVERIFY(test::hasLabel(i, LayerText::kindExplanation(LayerKind::Dense)));
            QVERIFY(test::isPseudoText(LayerText::kindExplanation(LayerKind::Dense)));
            QVERIFY(test::hasLabel(i, LayerText::activationExplanation(Activation::Tanh)));
            test::renderForReview(&i, QStringLiteral("pseudo_layer_inspector"));
            i.clearLayer();
            QVERIFY(test::hasLabel(i, QStringLiteral("«No layer selected»")));
        }
        QVERIFY(test::hasLabel(i, QStringLiteral("No layer selected")));
        QVERIFY(test::hasLabel(i, QStringLiteral("Units")));
        QVERIFY(!test::isPseudoText(i.unitsEditor()->toolTip()));
    }

    void theActivationsFormulaIsTypeset()
    {
        LayerInspector i;
        i.resize(360, 700);
        i.setLayer(0, LayerSpec::dense(8, Activation::Softmax), false, QString());
        const QList<QLabel*> labels = i.findChildren<QLabel*>();
        const auto shows = [&labels](const QString& html) {
            return std::any_of(labels.begin(), labels.end(), [&html](QLabel* l) { return l->text() == html; });
        };
        QVERIFY(shows(QStringLiteral("f(x)<sub>i</sub> = e<sup>x<sub>i</sub></sup> / Σ<sub>j</sub> e<sup>x<sub>j</sub></sup>")));
        QVERIFY(shows(QStringLiteral("∂f<sub>i</sub>/∂x<sub>j</sub> = f<sub>i</sub>(δ<sub>ij</sub> − f<sub>j</sub>)")));
        test::renderForReview(&i, QStringLiteral("layer_inspector_softmax"));
        i.setLayer(0, LayerSpec::dense(8, Activation::ELU), false, QString());
        QVERIFY(shows(QStringLiteral("f(x) = x if x &gt; 0, else e<sup>x</sup> − 1")));
        // the initialiser's tooltip has its formula typeset too
        QVERIFY(i.initializerEditor()->toolTip().contains(QStringLiteral("fan<sub>in</sub>")));
    }
};

QTEST_MAIN(TestLayerInspector)
#include "test_layer_inspector.moc"
