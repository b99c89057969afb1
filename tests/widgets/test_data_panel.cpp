// DataPanel: shows a data spec with the fields its source uses, and edits leave as
// dataEdited / seedEdited.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "data_panel.h"
#include "editing_test_support.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestDataPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheFieldsOfTheSource()
    {
        DataPanel p;
        p.resize(360, 700);
        DataSpec d;
        d.source = "spiral";
        d.samples = 300;
        p.setData(d, 7);
        QCOMPARE(p.sourceEditor()->currentData().toString(), QStringLiteral("spiral"));
        QCOMPARE(p.samplesEditor()->value(), 300);
        QCOMPARE(p.seedEditor()->value(), 7);
        QVERIFY(p.noiseEditor()->isVisibleTo(&p));
        QVERIFY(p.featureBox(QStringLiteral("x1"))->isChecked());
        QVERIFY(p.featureBox(QStringLiteral("x2"))->isChecked());
        QVERIFY(!p.featureBox(QStringLiteral("x1^2"))->isChecked());
        test::renderForReview(&p, QStringLiteral("data_panel"));
        d.source = "fashion-mnist";
        p.setData(d, 7);
        QVERIFY(!p.noiseEditor()->isVisibleTo(&p));
        QVERIFY(!p.samplesEditor()->isVisibleTo(&p));
    }

    void editsLeaveAsSignals()
    {
        DataPanel p;
        DataSpec d;
        p.setData(d, 42);
        QSignalSpy edited(&p, &DataPanel::dataEdited);
        QSignalSpy seed(&p, &DataPanel::seedEdited);
        p.noiseEditor()->setValue(0.3);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).value<DataSpec>().noise, 0.3f);
        p.featureBox(QStringLiteral("x1^2"))->setChecked(true);
        const auto features = edited.last().at(0).value<DataSpec>().features;
        QCOMPARE(features, (std::vector<std::string>{"x1", "x2", "x1^2"}));
        p.validationEditor()->setValue(30);
        QCOMPARE(edited.last().at(0).value<DataSpec>().validationFraction, 0.3f);
        p.seedEditor()->setValue(5);
        QCOMPARE(seed.count(), 1);
        QCOMPARE(seed.last().at(0).toULongLong(), 5u);
        // the last input cannot be unticked
        p.setData(DataSpec{}, 42);
        const int before = int(edited.count());
        p.featureBox(QStringLiteral("x2"))->setChecked(false);
        p.featureBox(QStringLiteral("x1"))->setChecked(false);
        QVERIFY(p.featureBox(QStringLiteral("x1"))->isChecked());
        QCOMPARE(edited.last().at(0).value<DataSpec>().features, (std::vector<std::string>{"x1"}));
        QCOMPARE(int(edited.count()), before + 1);
    }

    void reportsAreShown()
    {
        DataPanel p;
        p.setReport(QStringLiteral("Split into 400 training and 100 validation samples."), false);
        QVERIFY(p.reportLabel()->text().contains(QStringLiteral("400 training")));
    }

    void followsTheLanguage()
    {
        DataPanel p;
        p.resize(360, 700);
        DataSpec d;
        d.source = "spiral";
        p.setData(d, 7);
        const int fashion = p.sourceEditor()->findData(QStringLiteral("fashion-mnist"));
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY(test::hasLabel(p, QStringLiteral("«Data set»")));
            QVERIFY(test::hasLabel(p, QStringLiteral("«Seed»")));
            QVERIFY(test::isPseudoText(p.sourceEditor()->currentText()));
            QVERIFY(p.sourceEditor()->currentText().contains(QStringLiteral("spiral")));
            QVERIFY(test::isPseudoText(p.sourceEditor()->itemText(fashion)));
            QVERIFY(test::isPseudoText(p.samplesEditor()->toolTip()));
            QVERIFY(test::isPseudoText(p.featureBox(QStringLiteral("x1^2"))->toolTip()));
            QCOMPARE(p.featureBox(QStringLiteral("x1^2"))->text(), QStringLiteral("x1²"));  // a formula
            QVERIFY(test::isPseudoText(p.reportLabel()->toolTip()));
            test::renderForReview(&p, QStringLiteral("pseudo_data_panel"));
        }
        QVERIFY(test::hasLabel(p, QStringLiteral("Data set")));
        QVERIFY(!test::isPseudoText(p.sourceEditor()->currentText()));
    }
};

QTEST_MAIN(TestDataPanel)
#include "test_data_panel.moc"
