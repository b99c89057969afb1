// TimelineSlider: live at its right end; keys, clicks and the Live button pick frames; a
// thinned timeline keeps the replayed step; a new run goes back to live.
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QtTest>

#include "editing_test_support.h"
#include "timeline_slider.h"
#include "pseudo_translator.h"

using namespace layerlab;

namespace {

using Frame = std::shared_ptr<const ProbeReport>;

Frame frameAt(std::int64_t step)
{
    auto report = std::make_shared<ProbeReport>();
    report->step = report->distributionStep = step;
    report->layers.resize(1);
    report->layers[0].hasWeights = true;
    report->layers[0].gradientNorm = 1e-3 * double(step + 1);
    return report;
}

// Frames at steps 0, 10, 20, ... (count of them).
std::shared_ptr<const ProbeFrames> framesEvery10(int count)
{
    auto frames = std::make_shared<ProbeFrames>();
    for (int i = 0; i < count; ++i)
        frames->push_back(frameAt(10 * i));
    return frames;
}

// What the session does when the timeline is full: keep every other frame, add the new one.
std::shared_ptr<const ProbeFrames> decimated(const ProbeFrames& old, Frame added)
{
    auto frames = std::make_shared<ProbeFrames>();
    for (size_t i = 0; i < old.size(); i += 2)
        frames->push_back(old[i]);
    frames->push_back(std::move(added));
    return frames;
}

Frame emitted(const QSignalSpy& spy) { return spy.last().at(0).value<Frame>(); }

}  // namespace

class TestTimelineSlider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isLiveAndFollowsTraining()
    {
        TimelineSlider t;
        QVERIFY(t.isLive());
        QVERIFY(!t.slider()->isEnabled());  // nothing recorded yet
        QSignalSpy selected(&t, &TimelineSlider::frameSelected);
        t.setTimeline(framesEvery10(5), 45);
        QVERIFY(t.isLive());
        QVERIFY(t.slider()->isEnabled());
        QCOMPARE(t.slider()->value(), t.slider()->maximum());
        QVERIFY2(t.statusText().contains(QStringLiteral("Live")), qPrintable(t.statusText()));
        QVERIFY(!t.liveButton()->isEnabled());
        t.setTimeline(framesEvery10(6), 55);
        QCOMPARE(t.slider()->value(), t.slider()->maximum());
        QCOMPARE(t.frameCount(), 6);
        QCOMPARE(selected.count(), 0);
    }

    void keysMoveFrameByFrameAndEndGoesLive()
    {
        TimelineSlider t;
        const auto frames = framesEvery10(5);
        t.setTimeline(frames, 45);
        QSignalSpy selected(&t, &TimelineSlider::frameSelected);
        QTest::keyClick(t.slider(), Qt::Key_Left);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(emitted(selected), (*frames)[4]);
        QVERIFY(!t.isLive());
        QVERIFY2(t.statusText().contains(QStringLiteral("Replay")), qPrintable(t.statusText()));
        QVERIFY2(t.statusText().contains(QStringLiteral("40")) && t.statusText().contains(QStringLiteral("45")),
                 qPrintable(t.statusText()));
        QVERIFY(t.liveButton()->isEnabled());
        QTest::keyClick(t.slider(), Qt::Key_Left);
        QCOMPARE(emitted(selected)->step, 30);
        QTest::keyClick(t.slider(), Qt::Key_PageDown);
        QCOMPARE(emitted(selected)->step, 20);
        QTest::keyClick(t.slider(), Qt::Key_Right);
        QCOMPARE(emitted(selected)->step, 30);
        QTest::keyClick(t.slider(), Qt::Key_PageUp);
        QCOMPARE(emitted(selected)->step, 40);
        QTest::keyClick(t.slider(), Qt::Key_Home);
        QCOMPARE(emitted(selected)->step, 0);
        QCOMPARE(t.selectedFrame(), (*frames)[0]);
        QTest::keyClick(t.slider(), Qt::Key_End);
        QVERIFY(t.isLive());
        QCOMPARE(emitted(selected), Frame());
        QVERIFY(t.statusText().contains(QStringLiteral("Live")));
        // training goes on while live: the slider stays at the end
        t.setTimeline(framesEvery10(6), 55);
        QVERIFY(t.isLive());
        QCOMPARE(t.slider()->value(), t.slider()->maximum());
    }

    void aClickOnTheGroovePicksThatFrame()
    {
        TimelineSlider t;
        t.resize(800, t.sizeHint().height());
        const auto frames = framesEvery10(9);
        t.setTimeline(frames, 85);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QSignalSpy selected(&t, &TimelineSlider::frameSelected);
        QSlider* slider = t.slider();
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = Qt::Horizontal;
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = slider->value();
        const QRect groove = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, slider);
        // a quarter of the way along: frame 2 or so of the 10 positions (9 frames + Live)
        QTest::mouseClick(slider, Qt::LeftButton, Qt::NoModifier,
                          QPoint(groove.left() + groove.width() / 4, groove.center().y()));
        QVERIFY(selected.count() >= 1);
        const Frame frame = emitted(selected);
        QVERIFY(frame);
        QVERIFY2(frame->step >= 10 && frame->step <= 30, qPrintable(QString::number(frame->step)));
        QCOMPARE(t.selectedFrame(), frame);
        // the Live button comes back
        QTest::mouseClick(t.liveButton(), Qt::LeftButton);
        QVERIFY(t.isLive());
        QCOMPARE(emitted(selected), Frame());
        QCOMPARE(slider->value(), slider->maximum());
        QVERIFY(!t.liveButton()->isEnabled());
        test::renderForReview(&t, QStringLiteral("timeline_slider"));
    }

    void thinnedFramesKeepTheReplayedStep()
    {
        TimelineSlider t;
        auto frames = framesEvery10(8);  // steps 0..70
        t.setTimeline(frames, 75);
        t.selectFrame(4);
        QCOMPARE(t.selectedFrame()->step, 40);
        QSignalSpy selected(&t, &TimelineSlider::frameSelected);
        // full: halved to steps 0, 20, 40, 60 and a new 80; the frame of step 40 is now the 3rd
        frames = decimated(*frames, frameAt(80));
        t.setTimeline(frames, 85);
        QVERIFY(!t.isLive());
        QCOMPARE(t.selectedFrame()->step, 40);
        QCOMPARE(t.slider()->value(), 2);
        QCOMPARE(selected.count(), 0);  // the same frame: nothing changes
        // a step that goes: the nearest one that stays
        t.selectFrame(1);  // step 20
        frames = decimated(*frames, frameAt(160));  // 0, 40, 80, 160
        t.setTimeline(frames, 165);
        QVERIFY(!t.isLive());
        const std::int64_t kept = t.selectedFrame()->step;
        QVERIFY2(kept == 0 || kept == 40, qPrintable(QString::number(kept)));
        QCOMPARE(emitted(selected), t.selectedFrame());
        QCOMPARE(t.slider()->value(), kept == 0 ? 0 : 1);
    }

    void aNewRunGoesBackToLive()
    {
        TimelineSlider t;
        t.setTimeline(framesEvery10(8), 75);
        t.selectFrame(3);
        QVERIFY(!t.isLive());
        QSignalSpy selected(&t, &TimelineSlider::frameSelected);
        // reset: new frames from step 0 (the record shrinks)
        t.setTimeline(framesEvery10(2), 12);
        QVERIFY(t.isLive());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(emitted(selected), Frame());
        // and nothing recorded at all
        t.selectFrame(0);
        QVERIFY(!t.isLive());
        t.setTimeline(nullptr, 0);
        QVERIFY(t.isLive());
        QVERIFY(!t.slider()->isEnabled());
        QCOMPARE(emitted(selected), Frame());
    }

    void followsTheLanguage()
    {
        TimelineSlider t;
        t.setTimeline(framesEvery10(5), 45);
        t.selectFrame(2);
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY2(test::isPseudoText(t.statusText()), qPrintable(t.statusText()));
            QVERIFY(t.statusText().contains(QStringLiteral("20")));
            QCOMPARE(t.liveButton()->text(), QStringLiteral("«Live»"));
            QVERIFY(test::isPseudoText(t.slider()->toolTip()));
            test::renderForReview(&t, QStringLiteral("pseudo_timeline_slider"));
        }
        QVERIFY(t.statusText().startsWith(QStringLiteral("Replay")));
        QCOMPARE(t.liveButton()->text(), QStringLiteral("Live"));
    }
};

QTEST_MAIN(TestTimelineSlider)
#include "test_timeline_slider.moc"
