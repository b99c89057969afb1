// DoctorView: lists the snapshot's findings in their order with their titles, shows the
// selected one's evidence, cause and fixes, announces the selection, and asks for a fix
// when its button is clicked; with no findings, a calm message that depends on the step.
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "diagnosis/diagnosis_text.h"
#include "diagnosis_words.h"
#include "message_text.h"
#include "doctor_view.h"
#include "pseudo_translator.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {

Message msg(std::string key, std::vector<MessageArg> args = {}) { return {std::move(key), std::move(args)}; }

Finding vanishing()
{
    Finding f;
    f.kind = FindingKind::VanishingGradients;
    f.severity = Severity::Warning;
    f.layers = {0, 1, 2};
    f.step = 400;
    f.title = msg("test.vanishing-title", {MessageArg::layer(0, "Dense #1")});
    f.evidence = msg("test.vanishing-evidence", {MessageArg::value(9e-10)});
    f.cause = msg("test.vanishing-cause");
    Fix he;
    he.kind = Fix::Kind::SetInitializer;
    he.init = InitKind::HeNormal;
    he.label = msg("test.use-he");
    Fix relu;
    relu.kind = Fix::Kind::SetActivation;
    relu.activation = Activation::ReLU;
    relu.label = msg("test.use-relu");
    f.fixes = {he, relu};
    return f;
}

Finding mismatch()
{
    Finding f;
    f.kind = FindingKind::LossOutputMismatch;
    f.severity = Severity::Error;
    f.layers = {7};
    f.title = msg("test.mismatch-title");
    f.evidence = msg("test.mismatch-evidence");
    f.cause = msg("test.mismatch-cause");
    Fix loss;
    loss.kind = Fix::Kind::SetLoss;
    loss.loss = LossKind::BinaryCrossEntropy;
    loss.label = msg("test.use-bce");
    f.fixes = {loss};
    return f;
}

Finding note()
{
    Finding f;
    f.kind = FindingKind::Plateau;
    f.severity = Severity::Info;
    f.title = msg("test.plateau-title");
    f.evidence = msg("test.plateau-evidence");
    f.cause = msg("test.plateau-cause");
    return f;
}

std::shared_ptr<const TrainingSnapshot> snapshotWith(std::vector<Finding> findings, std::int64_t step)
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = step;
    s->diagnosisStep = step;
    s->findings = std::make_shared<const std::vector<Finding>>(std::move(findings));
    return s;
}

QStringList rowTexts(const DoctorView& view)
{
    QStringList texts;
    for (int i = 0; i < view.list()->count(); ++i)
        texts << view.list()->item(i)->text();
    return texts;
}

}  // namespace

class TestDoctorView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsFindingsInTheirOrderWithTheirTitles()
    {
        DoctorView view;
        view.resize(360, 600);
        view.show();
        view.setSnapshot(snapshotWith({mismatch(), vanishing(), note()}, 400));
        QCOMPARE(view.list()->count(), 3);
        QCOMPARE(rowTexts(view), (QStringList{messageText(mismatch().title), messageText(vanishing().title),
                                              messageText(note().title)}));
        QVERIFY(view.list()->isVisible());
        QVERIFY(view.summaryText().contains(QStringLiteral("3 findings")));
        QVERIFY(view.summaryText().contains(QStringLiteral("400")));
        // nothing selected: no details, no buttons
        QCOMPARE(view.selectedFinding(), -1);
        QVERIFY(view.fixButtons().isEmpty());
        // a new diagnosis with one finding fewer: the list follows
        view.setSnapshot(snapshotWith({vanishing()}, 500));
        QCOMPARE(rowTexts(view), QStringList{messageText(vanishing().title)});
        QVERIFY(view.summaryText().contains(QStringLiteral("1 finding ")));
    }

    void selectingShowsTheDetailsAndAnnouncesTheLayers()
    {
        DoctorView view;
        view.resize(360, 600);
        view.show();
        QSignalSpy selected(&view, &DoctorView::findingSelected);
        view.setSnapshot(snapshotWith({mismatch(), vanishing()}, 400));
        QCOMPARE(selected.count(), 0);  // nothing is selected by itself
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();  // the list lays its rows out later
        // a click on the second row
        const QRect row = view.list()->visualItemRect(view.list()->item(1));
        QTest::mouseClick(view.list()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(view.selectedFinding(), 1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<std::vector<int>>(), (std::vector<int>{0, 1, 2}));
        QCOMPARE(selected.at(0).at(1).value<FindingKind>(), FindingKind::VanishingGradients);
        QCOMPARE(view.evidenceText(), messageText(vanishing().evidence));
        QCOMPARE(view.causeText(), messageText(vanishing().cause));
        QCOMPARE(view.fixButtons().size(), 2);
        QCOMPARE(view.fixButtons().at(0)->text(), messageText(vanishing().fixes[0].label));
        // the keyboard: up to the first row
        view.list()->setFocus();
        QTest::keyClick(view.list(), Qt::Key_Up);
        QCOMPARE(view.selectedFinding(), 0);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).value<std::vector<int>>(), std::vector<int>{7});
        QCOMPARE(view.fixButtons().size(), 1);
    }

    void selectionFollowsItsFindingAcrossUpdates()
    {
        DoctorView view;
        view.resize(360, 600);
        view.show();
        QSignalSpy selected(&view, &DoctorView::findingSelected);
        QSignalSpy cleared(&view, &DoctorView::selectionCleared);
        view.setSnapshot(snapshotWith({mismatch(), vanishing()}, 400));
        view.selectFinding(1);
        QCOMPARE(selected.count(), 1);
        // the vanishing finding moves to the top, its numbers changed: still selected, not announced again
        Finding later = vanishing();
        later.evidence.args = {MessageArg::value(5e-11)};
        view.setSnapshot(snapshotWith({later, mismatch()}, 600));
        QCOMPARE(view.selectedFinding(), 0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(view.evidenceText(), messageText(later.evidence));
        // its layers change: announced again
        later.layers = {0, 1};
        view.setSnapshot(snapshotWith({later, mismatch()}, 700));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).value<std::vector<int>>(), (std::vector<int>{0, 1}));
        // it goes away: the selection is cleared
        view.setSnapshot(snapshotWith({mismatch()}, 800));
        QCOMPARE(view.selectedFinding(), -1);
        QCOMPARE(cleared.count(), 1);
    }

    void fixButtonAsksForThatFix()
    {
        DoctorView view;
        view.resize(360, 600);
        view.show();
        QSignalSpy fixes(&view, &DoctorView::fixRequested);
        view.setSnapshot(snapshotWith({vanishing()}, 400));
        view.selectFinding(0);
        QCOMPARE(view.fixButtons().size(), 2);
        QPushButton* second = view.fixButtons().at(1);
        QVERIFY(second->isVisible());
        // a live update with the same fixes keeps the buttons (a click is never lost)
        Finding later = vanishing();
        later.evidence.args = {MessageArg::value(1e-11)};
        view.setSnapshot(snapshotWith({later}, 450));
        QCOMPARE(view.fixButtons().at(1), second);
        QTest::mouseClick(second, Qt::LeftButton);
        QCOMPARE(fixes.count(), 1);
        QCOMPARE(fixes.at(0).at(0).value<Fix>(), vanishing().fixes[1]);
        QTest::mouseClick(view.fixButtons().at(0), Qt::LeftButton);
        QCOMPARE(fixes.count(), 2);
        QCOMPARE(fixes.at(1).at(0).value<Fix>(), vanishing().fixes[0]);
    }

    void emptyStateDependsOnTheStep()
    {
        DoctorView view;
        view.resize(360, 400);
        view.show();
        QVERIFY(view.summaryText().contains(QStringLiteral("Train for a moment")));
        view.setSnapshot(snapshotWith({}, 3));
        QVERIFY(view.summaryText().contains(QStringLiteral("Train for a moment")));
        QVERIFY(!view.list()->isVisible());
        view.setSnapshot(snapshotWith({}, 2000));
        QCOMPARE(view.summaryText(), QStringLiteral("Nothing looks wrong so far."));
        // findings, then none again
        view.setSnapshot(snapshotWith({vanishing()}, 2100));
        QVERIFY(view.list()->isVisible());
        view.setSnapshot(snapshotWith({}, 2200));
        QVERIFY(!view.list()->isVisible());
        QCOMPARE(view.summaryText(), QStringLiteral("Nothing looks wrong so far."));
        // a snapshot without a diagnosis yet (a fresh run) waits again
        auto fresh = std::make_shared<TrainingSnapshot>();
        view.setSnapshot(fresh);
        QVERIFY(view.summaryText().contains(QStringLiteral("Train for a moment")));
    }

    void wordsFillTheTemplate()
    {
        // the arguments in the reader's locale
        QCOMPARE(messageArgText(MessageArg::value(0.003)), QStringLiteral("0.003"));
        QCOMPARE(messageArgText(MessageArg::value(9e-10)), QStringLiteral("9e-10"));
        QCOMPARE(messageArgText(MessageArg::value(1e-6)), QStringLiteral("1e-6"));
        QCOMPARE(messageArgText(MessageArg::value(2.5e7)), QStringLiteral("2.5e7"));
        QCOMPARE(messageArgText(MessageArg::value(0.69314)), QStringLiteral("0.693"));
        QCOMPARE(messageArgText(MessageArg::percent(0.42)), QStringLiteral("42%"));
        QCOMPARE(messageArgText(MessageArg::count(1200)), QLocale().toString(1200));
        QCOMPARE(messageArgText(MessageArg::layer(3, "Dense #4")), QStringLiteral("Dense #4"));
        QCOMPARE(messageText(msg("no.such.key")), QStringLiteral("no.such.key"));
        QVERIFY(!findingKindText(FindingKind::DeadRelu).isEmpty());
        QCOMPARE(severityText(Severity::Error), QStringLiteral("Error"));
        // a real template: every placeholder filled, in its place
        const Message hit = msg("breakpoint.gradient-below", {MessageArg::layer(0, "Dense #1"), MessageArg::value(9e-10),
                                                              MessageArg::value(1e-6), MessageArg::count(321)});
        if (!messageTemplate(hit.key))
            QSKIP("the breakpoint templates are not written yet");
        const QString text = messageText(hit);
        QVERIFY2(text.contains(QStringLiteral("Dense #1")) && text.contains(QStringLiteral("9e-10")) &&
                     text.contains(QStringLiteral("321")) && !text.contains(QLatin1Char('%')),
                 qPrintable(text));
        // a kind of finding in words, not by its engine name
        const QString found = messageText(msg("breakpoint.finding", {MessageArg::name("dead-relu"), MessageArg::count(7)}));
        QVERIFY2(found.contains(findingKindText(FindingKind::DeadRelu)) && !found.contains(QStringLiteral("dead-relu")),
                 qPrintable(found));
    }

    void rendersReadablyInADock()
    {
        DoctorView view;
        view.resize(360, 520);
        view.show();
        view.setSnapshot(snapshotWith({mismatch(), vanishing(), note()}, 400));
        view.selectFinding(1);
        QCoreApplication::processEvents();
        test::saveScreenshot(view, "doctor_view");
        // every row fully inside the list (titles wrap, never cut off)
        for (int i = 0; i < view.list()->count(); ++i)
            QVERIFY(view.list()->viewport()->rect().contains(view.list()->visualItemRect(view.list()->item(i))));
    }

    void followsTheLanguage()
    {
        // real templates of the doctor's table (the test.* keys have none to translate)
        Finding f;
        f.kind = FindingKind::VanishingGradients;
        f.severity = Severity::Warning;
        f.layers = {0};
        f.title = msg("vanishing.title", {MessageArg::layer(0, "Dense #1")});
        f.evidence = msg("vanishing.evidence", {MessageArg::value(0.2), MessageArg::layer(3, "Dense #4"),
                                                MessageArg::value(9e-10), MessageArg::layer(0, "Dense #1"),
                                                MessageArg::value(60)});
        f.cause = msg("vanishing.cause.saturation", {MessageArg::percent(0.9), MessageArg::layer(1, "Dense #2")});
        Fix he;
        he.kind = Fix::Kind::SetInitializer;
        he.init = InitKind::HeNormal;
        he.label = msg("fix.he-init");
        f.fixes = {he};
        DoctorView view;
        view.resize(360, 600);
        view.show();
        view.setSnapshot(snapshotWith({f, note()}, 400));
        view.selectFinding(0);
        QCOMPARE(view.fixButtons().size(), 1);
        const QString title = view.list()->item(0)->text();
        {
            test::ScopedPseudoTranslation pseudo;
            // the findings kept, rendered again: titles, details, buttons; and the headings
            QVERIFY2(test::isPseudo(view.list()->item(0)->text()), qPrintable(view.list()->item(0)->text()));
            QVERIFY(test::isPseudo(view.list()->item(0)->toolTip()));
            QVERIFY(test::isPseudo(view.summaryText()));
            QVERIFY(test::isPseudo(view.evidenceText()));
            QVERIFY(test::isPseudo(view.causeText()));
            QCOMPARE(view.fixButtons().size(), 1);
            QVERIFY(test::isPseudo(view.fixButtons().front()->text()));
            QVERIFY(test::isPseudo(view.fixButtons().front()->toolTip()));
            QVERIFY(test::isPseudo(view.list()->toolTip()));
            int headings = 0;
            for (QLabel* label : view.findChildren<QLabel*>())
                if (label->text() == QStringLiteral("«Why»") || label->text() == QStringLiteral("«What to try»"))
                    ++headings;
            QCOMPARE(headings, 2);
            QCOMPARE(view.selectedFinding(), 0);
            test::saveScreenshot(view, "pseudo-doctor");
        }
        QCOMPARE(view.list()->item(0)->text(), title);
        QVERIFY(!test::isPseudo(view.summaryText()));
    }
};

QTEST_MAIN(TestDoctorView)
#include "test_doctor_view.moc"
