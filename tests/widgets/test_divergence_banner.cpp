// DivergenceBanner: hidden until a run diverges; then says the step, the layer and the
// pass, and its buttons ask for the fixes.
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "divergence_banner.h"
#include "editing_test_support.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestDivergenceBanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saysWhatHappenedAndWhatToTry()
    {
        QWidget parent;
        auto* b = new DivergenceBanner(&parent);
        b->resize(900, 200);
        b->setDivergence(std::nullopt, 0.1f);
        QVERIFY(!b->isVisibleTo(&parent));
        Divergence d;
        d.step = 12;
        d.epoch = 1;
        d.layer = 1;
        d.layerLabel = "Dense #2";
        d.where = Divergence::Where::Backward;
        b->setDivergence(d, 1000.0f);
        QVERIFY(b->isVisibleTo(&parent));
        QVERIFY(b->title().contains(QStringLiteral("step 12")));
        QVERIFY(b->message().contains(QStringLiteral("Dense #2")));
        QVERIFY(b->message().contains(QStringLiteral("backward pass")));
        QVERIFY(b->toolTip().contains(QStringLiteral("Training stopped")));
        QVERIFY(b->lowerRateButton()->text().contains(QStringLiteral("100")));
        test::renderForReview(b, QStringLiteral("divergence_banner"));
    }

    void buttonsAskForFixes()
    {
        DivergenceBanner b;
        Divergence d;
        d.where = Divergence::Where::Loss;
        b.setDivergence(d, 1.0f);
        QSignalSpy lower(&b, &DivergenceBanner::lowerLearningRateRequested);
        QSignalSpy clip(&b, &DivergenceBanner::clipGradientsRequested);
        QSignalSpy reset(&b, &DivergenceBanner::resetRequested);
        QTest::mouseClick(b.lowerRateButton(), Qt::LeftButton);
        QTest::mouseClick(b.clipButton(), Qt::LeftButton);
        QTest::mouseClick(b.resetButton(), Qt::LeftButton);
        QCOMPARE(lower.count(), 1);
        QCOMPARE(clip.count(), 1);
        QCOMPARE(reset.count(), 1);
        QVERIFY(b.message().contains(QStringLiteral("in the loss")));
    }

    void followsTheLanguage()
    {
        QWidget parent;
        auto* b = new DivergenceBanner(&parent);
        b->resize(900, 200);
        Divergence d;
        d.step = 12;
        d.epoch = 1;
        d.layer = 1;
        d.layerLabel = "Dense #2";
        d.where = Divergence::Where::Backward;
        b->setDivergence(d, 1000.0f);
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY(test::isPseudoText(b->title()));
            QVERIFY(test::isPseudoText(b->message()));
            QVERIFY(b->message().contains(QStringLiteral("Dense #2")));
            QVERIFY(test::isPseudoText(b->lowerRateButton()->text()));
            QVERIFY(b->lowerRateButton()->text().contains(QStringLiteral("100")));
            QCOMPARE(b->clipButton()->text(), QStringLiteral("«Clip gradients at norm 1»"));
            QVERIFY(test::isPseudoText(b->resetButton()->toolTip()));
            test::renderForReview(b, QStringLiteral("pseudo_divergence_banner"));
        }
        QVERIFY(b->title().contains(QStringLiteral("step 12")));
        QCOMPARE(b->clipButton()->text(), QStringLiteral("Clip gradients at norm 1"));
    }
};

QTEST_MAIN(TestDivergenceBanner)
#include "test_divergence_banner.moc"
