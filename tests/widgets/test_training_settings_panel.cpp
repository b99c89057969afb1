// TrainingSettingsPanel: shows a config, and each field's edit leaves as configEdited with
// only that field changed.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "editing_test_support.h"
#include "log_spin_box.h"
#include "training_settings_panel.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestTrainingSettingsPanel : public QObject {
    Q_OBJECT

private:
    static TrainConfig config()
    {
        TrainConfig c;
        c.loss = LossKind::BinaryCrossEntropy;
        c.optimizer.kind = OptimizerKind::Adam;
        c.optimizer.learningRate = 0.03f;
        c.batchSize = 10;
        return c;
    }

private Q_SLOTS:
    void showsTheConfig()
    {
        TrainingSettingsPanel p;
        p.resize(360, 600);
        p.setConfig(config(), InitKind::XavierUniform);
        QCOMPARE(p.learningRateEditor()->text(), QStringLiteral("0.03"));
        QCOMPARE(p.batchSizeEditor()->value(), 10);
        QCOMPARE(LossKind(p.lossEditor()->currentData().toInt()), LossKind::BinaryCrossEntropy);
        QVERIFY(!p.penaltyRateEditor()->isEnabled());  // no penalty chosen
        QCOMPARE(p.clippingEditor()->text(), QStringLiteral("off"));
        for (QWidget* w : std::initializer_list<QWidget*>{p.lossEditor(), p.optimizerEditor(), p.learningRateEditor(),
                                                         p.batchSizeEditor(), p.epochsEditor(), p.penaltyEditor(),
                                                         p.penaltyRateEditor(), p.clippingEditor(),
                                                         p.initializerEditor()})
            QVERIFY(!w->toolTip().isEmpty());
        test::renderForReview(&p, QStringLiteral("training_settings"));
    }

    void eachFieldIsOneEdit()
    {
        TrainingSettingsPanel p;
        p.setConfig(config(), InitKind::XavierUniform);
        QSignalSpy edited(&p, &TrainingSettingsPanel::configEdited);
        p.learningRateEditor()->stepBy(-1);  // 0.03 -> 0.01
        QCOMPARE(edited.count(), 1);
        TrainConfig expected = config();
        expected.optimizer.learningRate = 0.01f;
        QCOMPARE(edited.last().at(0).value<TrainConfig>().optimizer.learningRate, 0.01f);
        QVERIFY(edited.last().at(0).value<TrainConfig>() == expected);
        QCOMPARE(edited.last().at(1).toString(), QStringLiteral("learning rate"));

        p.penaltyEditor()->setCurrentIndex(p.penaltyEditor()->findData(int(Penalty::L2)));
        QCOMPARE(edited.last().at(0).value<TrainConfig>().regularization.kind, Penalty::L2);
        QVERIFY(p.penaltyRateEditor()->isEnabled());
        p.clippingEditor()->setValue(1.0);
        QCOMPARE(edited.last().at(0).value<TrainConfig>().clipping.globalNorm, 1.0f);
        QCOMPARE(edited.count(), 3);
        // showing a config is not an edit
        p.setConfig(config(), std::nullopt);
        QCOMPARE(edited.count(), 3);
    }

    void theInitialiserAppliesToAllLayers()
    {
        TrainingSettingsPanel p;
        p.setConfig(config(), std::nullopt);  // layers differ
        QSignalSpy init(&p, &TrainingSettingsPanel::initializerEdited);
        p.initializerEditor()->setCurrentIndex(p.initializerEditor()->findData(int(InitKind::HeNormal)));
        QCOMPARE(init.count(), 1);
        QCOMPARE(init.last().at(0).value<InitKind>(), InitKind::HeNormal);
    }

    void followsTheLanguage()
    {
        TrainingSettingsPanel p;
        p.resize(360, 600);
        p.setConfig(config(), InitKind::XavierUniform);
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY(test::hasLabel(p, QStringLiteral("«Learning rate»")));
            QVERIFY(test::hasLabel(p, QStringLiteral("«Initialiser (all layers)»")));
            QVERIFY(test::isPseudoText(p.learningRateEditor()->toolTip()));
            QCOMPARE(p.penaltyEditor()->itemText(0), QStringLiteral("«None»"));
            QVERIFY(test::isPseudoText(p.penaltyEditor()->itemData(1, Qt::ToolTipRole).toString()));
            QCOMPARE(p.clippingEditor()->text(), QStringLiteral("«off»"));
            QCOMPARE(p.initializerEditor()->itemText(0), QStringLiteral("«(differs per layer)»"));
            // explanations with their typeset formulas: rich text around the translated sentence
            QVERIFY(p.lossEditor()->toolTip().contains(QStringLiteral("«")));
            QVERIFY(p.optimizerEditor()->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("«")));
            test::renderForReview(&p, QStringLiteral("pseudo_training_settings"));
        }
        QVERIFY(test::hasLabel(p, QStringLiteral("Learning rate")));
        QCOMPARE(p.clippingEditor()->text(), QStringLiteral("off"));
        QCOMPARE(p.penaltyEditor()->itemText(0), QStringLiteral("None"));
    }

    void theFormulasAreTypesetInTheTextbooksNotation()
    {
        TrainingSettingsPanel p;
        p.resize(360, 720);
        TrainConfig c = config();
        c.loss = LossKind::MSE;  // the textbook writes 1/(2n); the panel says LayerLab averages with 1/n
        p.setConfig(c, InitKind::XavierUniform);
        const QList<QLabel*> labels = p.findChildren<QLabel*>();
        const auto formula = std::find_if(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("J(θ) = 1/n Σ"));
        });
        QVERIFY(formula != labels.end());
        const QString text = (*formula)->text();
        QCOMPARE((*formula)->textFormat(), Qt::RichText);
        QVERIFY2(text.contains(QStringLiteral("1/(2n)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("θ = θ − α (m<sub>t</sub> / (1 − β<sub>1</sub><sup>t</sup>))")),
                 qPrintable(text));
        for (const char* ascii : {"theta", "lr ", "sqrt", "m_hat", "^{", "_{"})
            QVERIFY2(!text.contains(QLatin1String(ascii)), ascii);
        QVERIFY(p.lossEditor()->toolTip().contains(QStringLiteral("1/(2n)")));
        test::renderForReview(&p, QStringLiteral("training_settings_mse_adam"));
    }
};

QTEST_MAIN(TestTrainingSettingsPanel)
#include "test_training_settings_panel.moc"
