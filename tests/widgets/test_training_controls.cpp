// TrainingControls: counters from the snapshot, Play/Pause toggling, and disabled buttons
// with the reason written beside them.
#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include "editing_test_support.h"
#include "pseudo_translator.h"
#include "session/snapshot.h"
#include "refresh_throttle.h"
#include "training_controls.h"

using namespace layerlab;

namespace {
std::shared_ptr<const TrainingSnapshot> snapshot(std::int64_t step, bool playing, TrainerState state = TrainerState::Ready)
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = step;
    s->epoch = 3;
    s->playing = playing;
    s->state = state;
    s->samplesPerSecond = 12345;
    s->stepLoss.add(step, 0.25f);
    return s;
}
}  // namespace

class TestTrainingControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countersFollowTheSnapshot()
    {
        TrainingControls c;
        c.resize(1200, 60);
        c.setSnapshot(snapshot(1234, false));
        QCOMPARE(c.displayedStep(), 1234);
        QVERIFY(c.stepLabel()->text().contains(QLocale().toString(1234)));
        QVERIFY(c.playButton()->isEnabled());
        QCOMPARE(c.playButton()->text(), QStringLiteral("Play"));
        test::renderForReview(&c, QStringLiteral("training_controls"));
    }

    void theSpeedSaysWhenTheViewsRefreshLessOften()
    {
        TrainingControls c;
        c.setSnapshot(snapshot(10, false));
        QVERIFY(!c.speedLabel()->toolTip().contains(QStringLiteral("less often")));
        RefreshThrottle::setStretch(4.0);  // as RefreshBudget sets it while training fills every core
        c.setSnapshot(snapshot(20, false));
        RefreshThrottle::setStretch(1.0);
        QVERIFY2(c.speedLabel()->toolTip().contains(QStringLiteral("about 4 times less often")),
                 qPrintable(c.speedLabel()->toolTip()));
        c.setSnapshot(snapshot(30, false));
        QVERIFY(!c.speedLabel()->toolTip().contains(QStringLiteral("less often")));
    }

    void playTogglesToPause()
    {
        TrainingControls c;
        QSignalSpy play(&c, &TrainingControls::playRequested);
        QSignalSpy pause(&c, &TrainingControls::pauseRequested);
        c.setSnapshot(snapshot(0, false));
        QTest::mouseClick(c.playButton(), Qt::LeftButton);
        QCOMPARE(play.count(), 1);
        c.setSnapshot(snapshot(10, true));
        QCOMPARE(c.playButton()->text(), QStringLiteral("Pause"));
        QTest::mouseClick(c.playButton(), Qt::LeftButton);
        QCOMPARE(pause.count(), 1);
        c.togglePlay();
        QCOMPARE(pause.count(), 2);
    }

    void aBlockedRunSaysWhy()
    {
        TrainingControls c;
        QSignalSpy play(&c, &TrainingControls::playRequested);
        c.setSnapshot(snapshot(0, false));
        c.setBlockedReason(QStringLiteral("Cannot train: Dense #2 needs at least 1 unit"));
        QVERIFY(!c.playButton()->isEnabled());
        QVERIFY(!c.stepButton()->isEnabled());
        QVERIFY(!c.epochButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().contains(QStringLiteral("Dense #2")));
        QVERIFY(c.playButton()->toolTip().contains(QStringLiteral("Dense #2")));
        c.togglePlay();
        QCOMPARE(play.count(), 0);
        test::renderForReview(&c, QStringLiteral("training_controls_blocked"));
        c.setBlockedReason(QString());
        QVERIFY(c.playButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().isEmpty());
    }

    void aFinishedRunOffersReset()
    {
        TrainingControls c;
        c.setSnapshot(snapshot(300, false, TrainerState::Finished));
        QVERIFY(!c.playButton()->isEnabled());
        QVERIFY(!c.stepButton()->isEnabled());
        QVERIFY(c.resetButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().contains(QStringLiteral("Reset")));
    }

    void aLongMessageNeverWidensTheBar()
    {
        // a message, however long, neither widens the bar nor asks for more room: it is
        // wrapped and elided, its whole text in the tooltip
        TrainingControls c;
        c.setSnapshot(snapshot(0, false));
        const QSize minimum = c.minimumSizeHint();
        const QSize hint = c.sizeHint();
        QString message;
        for (int i = 0; i < 20; ++i)
            message += QStringLiteral("Cannot train: Dense #%1 needs at least one unit. ").arg(i + 1);
        c.setBlockedReason(message);
        QCOMPARE(c.reasonLabel()->text(), message);
        QCOMPARE(c.reasonLabel()->toolTip(), message);
        QCOMPARE(c.minimumSizeHint().width(), minimum.width());
        QCOMPARE(c.sizeHint().width(), hint.width());
        QVERIFY(c.minimumSizeHint().height() <= minimum.height());

        // drawn narrow: the text ends in an ellipsis and no line is wider than the label
        c.resize(c.minimumSizeHint().width(), c.minimumSizeHint().height());
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        const ElidedLabel* label = c.reasonLabel();
        QVERIFY(label->width() > 0);
        QVERIFY(label->isElided());
        QVERIFY2(label->displayedText().endsWith(QChar(0x2026)), qPrintable(label->displayedText()));
        const QFontMetrics fm(label->font());
        for (const QString& line : label->displayedText().split(QLatin1Char('\n')))
            QVERIFY2(fm.horizontalAdvance(line) <= label->width(), qPrintable(line));
        test::renderForReview(&c, QStringLiteral("training_controls_long_message"));
    }

    void aFinishedRunKeepsTheWindowOnScreen()
    {
        // the toolbar as the main window holds it: the message of a finished run must not
        // make the window wider than it was (at 1280 px, the narrowest classroom screen)
        QMainWindow window;
        auto* controls = new TrainingControls;
        window.addToolBar(QStringLiteral("Training"))->addWidget(controls);
        window.setCentralWidget(new QWidget);
        controls->setSnapshot(snapshot(30, false));
        window.resize(1280, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int minimum = window.minimumSizeHint().width();
        QVERIFY2(minimum <= 1280, qPrintable(QString::number(minimum)));
        QCOMPARE(controls->squeeze(), 0);  // the buttons' names fit while nothing is said
        test::renderForReview(&window, QStringLiteral("training_controls_1280"));
        auto s = std::make_shared<TrainingSnapshot>(*snapshot(1000 * 30, false, TrainerState::Finished));
        s->epoch = 1000;
        controls->setSnapshot(s);
        QCoreApplication::processEvents();
        QCOMPARE(window.minimumSizeHint().width(), minimum);
        QCOMPARE(window.width(), 1280);
        QVERIFY(controls->geometry().right() < window.width());
        QVERIFY(controls->reasonLabel()->text().contains(QStringLiteral("Finished all 1000 epochs")));
        QVERIFY(controls->reasonLabel()->toolTip().contains(QStringLiteral("Raise Epochs")));
        // the buttons gave up their names so that the whole message shows
        QVERIFY2(!controls->reasonLabel()->isElided(), qPrintable(controls->reasonLabel()->displayedText()));
        test::renderForReview(&window, QStringLiteral("training_controls_finished_1280"));
    }

    void fitsTheNarrowestScreenInPresentationType()
    {
        // large counters (a long run at full speed) in presentation type (1.3 times larger):
        // the bar still fits 1280 px, its buttons showing icons and its counters stacked,
        // and no control is squeezed below what it needs
        const QFont normal = QApplication::font();
        QFont big = normal;
        big.setPointSizeF(normal.pointSizeF() * 1.3);
        QApplication::setFont(big);
        TrainingControls c;
        auto s = std::make_shared<TrainingSnapshot>(*snapshot(12345678, true));
        s->epoch = 99999;
        s->samplesPerSecond = 9876543;
        s->samplesPerEpoch = 60000;
        s->epochProgress = 0.5;
        s->stepLoss.add(12345679, 1.23456e-7f);
        c.setSnapshot(s);
        const int minimum = c.minimumSizeHint().width();
        c.resize(1280 - 20, c.minimumSizeHint().height());
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        QCoreApplication::processEvents();
        test::renderForReview(&c, QStringLiteral("training_controls_presentation_1280"));
        const int squeeze = c.squeeze();
        const bool comboHasRoom = c.speedEditor()->width() >= c.speedEditor()->minimumSizeHint().width();
        QApplication::setFont(normal);
        QVERIFY2(minimum <= 1280 - 20, qPrintable(QString::number(minimum)));
        QCOMPARE(squeeze, 2);
        QVERIFY(comboHasRoom);
    }

    void countersStackWhenRoomIsShort()
    {
        TrainingControls c;
        c.setSnapshot(snapshot(123456, false));
        c.resize(c.minimumSizeHint());
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        QCoreApplication::processEvents();
        QCOMPARE(c.squeeze(), 2);
        QVERIFY(c.stepLabel()->stacked());
        QVERIFY(c.playButton()->toolButtonStyle() == Qt::ToolButtonIconOnly);
        // every control has the room it asks for, side by side
        const QList<QWidget*> controls = {c.playButton(), c.stepButton(), c.epochButton(), c.resetButton(),
                                          c.speedEditor(), c.stepLabel(), c.speedLabel(), c.etaLabel()};
        for (QWidget* w : controls) {
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), w->metaObject()->className());
            QVERIFY(w->geometry().right() < c.width());
        }
        test::renderForReview(&c, QStringLiteral("training_controls_stacked"));
        c.resize(1600, c.height());
        QCoreApplication::processEvents();
        QCOMPARE(c.squeeze(), 0);
        QVERIFY(!c.stepLabel()->stacked());
    }

    void aDivergedRunWithBrokenWeightsNeedsReset()
    {
        TrainingControls c;
        auto s = std::make_shared<TrainingSnapshot>(*snapshot(7, false, TrainerState::Diverged));
        ModelSpec spec;
        spec.layers = {LayerSpec::dense(1, Activation::Linear)};
        s->model = Model(spec, Shape::flat(2));
        s->model.parameters()(0) = std::numeric_limits<float>::quiet_NaN();
        s->weightsFinite = false;  // as the worker finds them
        c.setSnapshot(s);
        QVERIFY(!c.playButton()->isEnabled());
        QVERIFY(c.reasonLabel()->text().contains(QStringLiteral("Reset")));
        // finite weights: Play may continue after a fix
        s->model.parameters().setZero();
        s->weightsFinite = true;
        c.setSnapshot(s);
        QVERIFY(c.playButton()->isEnabled());
        QVERIFY(!c.stepButton()->isEnabled());
    }

    void followsTheLanguage()
    {
        TrainingControls c;
        c.resize(1600, 60);
        c.setSnapshot(snapshot(1234, false, TrainerState::Finished));
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(c.playButton()->text(), QStringLiteral("«Play»"));
            QCOMPARE(c.stepButton()->text(), QStringLiteral("«Step»"));
            QVERIFY(test::isPseudoText(c.resetButton()->toolTip()));
            QCOMPARE(c.speedEditor()->itemText(0), QStringLiteral("«Full speed»"));
            QVERIFY(test::isPseudoText(c.speedEditor()->itemText(1)));
            QVERIFY(c.stepLabel()->text().startsWith(QStringLiteral("«Step» ")));
            QVERIFY(test::isPseudoText(c.speedLabel()->toolTip()));
            // the state's message is drawn again in the new language
            QVERIFY2(test::isPseudoText(c.reasonLabel()->text()), qPrintable(c.reasonLabel()->text()));
            test::renderForReview(&c, QStringLiteral("pseudo_training_controls"));
        }
        QCOMPARE(c.playButton()->text(), QStringLiteral("Play"));
        QVERIFY(c.stepLabel()->text().startsWith(QStringLiteral("Step ")));
        QVERIFY(c.reasonLabel()->text().startsWith(QStringLiteral("Finished")));
    }
};

QTEST_MAIN(TestTrainingControls)
#include "test_training_controls.moc"
