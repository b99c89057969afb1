// ConfusionMatrixView: the counts of a hand-made Metrics in their cells, per-class accuracy,
// the diagonal blue and mistakes orange, and the matrix of a trained CNN's latest epoch.
#include <QtTest>

#include "cnn_view_test_support.h"
#include "confusion_matrix_view.h"
#include "pseudo_translator.h"
#include "view_test_support.h"

using namespace layerlab;

class TestConfusionMatrixView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheCountsOfHandMadeMetrics()
    {
        // 3 classes; rows true, columns predicted:
        //   cat   [8 1 1]   -> 80% right
        //   dog   [3 6 1]   -> 60%
        //   bird  [0 0 10]  -> 100%
        Metrics m;
        m.classCount = 3;
        m.confusion = {8, 1, 1, 3, 6, 1, 0, 0, 10};
        m.samples = 30;
        m.accuracy = 24.0 / 30.0;
        ConfusionMatrixView view;
        view.resize(900, 650);
        view.show();
        view.setClassNames({QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("bird")});
        view.setMetrics(m, 4);
        QCOMPARE(view.classCount(), 3);
        QCOMPARE(view.count(1, 0), 3);
        QCOMPARE(view.cellText(1, 0), QStringLiteral("3"));
        QCOMPARE(view.cellText(2, 2), QStringLiteral("10"));
        QCOMPARE(view.classAccuracy(0), 0.8);
        QCOMPARE(view.classAccuracy(1), 0.6);
        QCOMPARE(view.classAccuracy(2), 1.0);

        // cells at least 40 px: readable numbers; the diagonal blue, a big mistake orange
        QVERIFY(view.cellRect(0, 0).width() >= 40);
        const QImage image = test::render(view);
        const auto colourNear = [&](int t, int p) {
            return QColor(image.pixel((view.cellRect(t, p).topLeft() + QPointF(6, 6)).toPoint()));
        };
        const QColor right = colourNear(2, 2), mistake = colourNear(1, 0), none = colourNear(2, 0);
        QVERIFY2(right.blue() > right.red() + 60, qPrintable(right.name()));
        QVERIFY2(mistake.red() > mistake.blue() + 60, qPrintable(mistake.name()));
        QVERIFY2(none.lightness() > 240, qPrintable(none.name()));
        test::saveScreenshot(view, "confusion_matrix");

        const CsvTable csv = view.csvData();
        QCOMPARE(csv.rows.size(), qsizetype(3));
        QCOMPARE(csv.rows[1], (QStringList{QStringLiteral("dog"), QStringLiteral("3"), QStringLiteral("6"),
                                           QStringLiteral("1"), QStringLiteral("0.6")}));
    }

    void followsTheLatestEpochOfTraining()
    {
        const test::TinyCnnRun run = test::trainTinyCnn(2);
        ConfusionMatrixView view;
        view.resize(800, 600);
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        const Metrics& v = run.snapshot->history.back().validation;
        QCOMPARE(view.classCount(), 2);
        std::int64_t total = 0, right = 0;
        for (int t = 0; t < 2; ++t)
            for (int p = 0; p < 2; ++p) {
                QCOMPARE(view.count(t, p), v.confusion[size_t(t * 2 + p)]);
                total += view.count(t, p);
                right += t == p ? view.count(t, p) : 0;
            }
        // the matrix agrees with the accuracy the trainer computed
        QCOMPARE(total, std::int64_t(run.validation.sampleCount()));
        QCOMPARE(double(right) / double(total), v.accuracy);
    }

    void saysWhatItWaitsFor()
    {
        ConfusionMatrixView view;
        view.setSnapshot(std::make_shared<TrainingSnapshot>());
        view.refreshNow();
        QCOMPARE(view.classCount(), 0);
        QVERIFY(view.cellRect(0, 0).isNull());
    }

    void followsTheLanguage()
    {
        Metrics m;
        m.classCount = 2;
        m.confusion = {5, 1, 2, 4};
        m.samples = 12;
        m.accuracy = 9.0 / 12.0;
        ConfusionMatrixView view;
        view.resize(700, 500);
        view.show();
        view.setMetrics(m, 2);
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Confusion matrix (validation)»"));
            QVERIFY(test::isPseudo(view.className(1)));  // no names given: "class 1"
            QCOMPARE(view.cellText(0, 0), QStringLiteral("5"));  // the numbers stay
            test::saveScreenshot(view, "pseudo-confusion");
        }
        QCOMPARE(view.className(1), QStringLiteral("class 1"));
    }
};

QTEST_MAIN(TestConfusionMatrixView)
#include "test_confusion_matrix_view.moc"
