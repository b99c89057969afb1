// ModelSummaryView: the rows and totals of summarizeModel, worked out by hand.
#include <QTableWidget>
#include <QtTest>

#include "editing_test_support.h"
#include "model_summary_view.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestModelSummaryView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsAndTotals()
    {
        ModelSummaryView v;
        v.resize(500, 300);
        v.setModel(test::threeDense(), Shape::flat(2));
        QTableWidget* t = v.table();
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Dense #1 (tanh)"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("(None, 8)"));
        // (2 + 1) * 8 = 24, (8 + 1) * 8 = 72, (8 + 1) * 1 = 9: 105 in all
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("24"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("72"));
        QCOMPARE(t->item(2, 2)->text(), QStringLiteral("9"));
        QVERIFY(v.totalsText().contains(QStringLiteral("105")));
        test::renderForReview(&v, QStringLiteral("model_summary"));
    }

    void anImpossibleModelSaysWhy()
    {
        ModelSummaryView v;
        ModelSpec m = test::threeDense();
        m.layers[1].units = 0;
        v.setModel(m, Shape::flat(2));
        QCOMPARE(v.table()->rowCount(), 0);
        QVERIFY(v.totalsText().contains(QStringLiteral("Dense #2")));
        v.setModel(m, std::nullopt);
        QVERIFY(!v.totalsText().isEmpty());
    }

    void followsTheLanguage()
    {
        ModelSummaryView v;
        v.resize(500, 300);
        v.setModel(test::threeDense(), Shape::flat(2));
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(v.table()->horizontalHeaderItem(0)->text(), QStringLiteral("«Layer»"));
            QVERIFY(test::isPseudoText(v.table()->toolTip()));
            QVERIFY(test::isPseudoText(v.totalsText()));
            QVERIFY(v.totalsText().contains(QStringLiteral("105")));
            test::renderForReview(&v, QStringLiteral("pseudo_model_summary"));
            ModelSpec m = test::threeDense();
            m.layers[1].units = 0;
            v.setModel(m, Shape::flat(2));
            QVERIFY2(v.totalsText().startsWith(QStringLiteral("«No summary: ")), qPrintable(v.totalsText()));
        }
        // the reason follows the language back, without a new model
        QVERIFY2(v.totalsText().startsWith(QStringLiteral("No summary: ")), qPrintable(v.totalsText()));
        QVERIFY(!v.totalsText().contains(QStringLiteral("«")));
        QCOMPARE(v.table()->horizontalHeaderItem(0)->text(), QStringLiteral("Layer"));
    }
};

QTEST_MAIN(TestModelSummaryView)
#include "test_model_summary_view.moc"
