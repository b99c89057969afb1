// FeatureMapView: the first Conv2D layer's filters and one map per channel of every Conv2D
// layer, each map the layer's real output for the chosen sample (as the worker computes it:
// the view asks for the chosen sample's maps and draws what arrives).
#include <QLabel>
#include <QSpinBox>
#include <QtTest>

#include "cnn_view_test_support.h"
#include "feature_map_view.h"
#include "pseudo_translator.h"
#include "training_controls.h"
#include "view_test_support.h"

using namespace layerlab;

class TestFeatureMapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneMapPerChannelOfEachConvLayer()
    {
        const test::TinyCnnRun run = test::trainTinyCnn();
        FeatureMapView view;
        view.resize(1000, 700);
        view.show();
        view.setSamples(run.validation.inputs, run.validation.inputShape, test::labelsOf(run.validation),
                        test::classNamesOf(run.validation));
        test::servePictures(view, run.snapshot, &run.validation.inputs);
        view.setSampleIndex(3);
        view.refreshNow();
        QCOMPARE(view.sampleEditor()->value(), 4);

        const auto& sections = view.sections();
        QCOMPARE(sections.size(), size_t(3));  // filters of conv 1, maps of conv 1 and conv 2
        QVERIFY(sections[0].filters);
        QCOMPARE(sections[0].images.size(), size_t(4));
        QCOMPARE(sections[0].images[0].size(), QSize(3, 3));
        QCOMPARE(sections[1].layer, 0);
        QCOMPARE(sections[1].images.size(), size_t(4));
        QCOMPARE(sections[1].images[0].size(), QSize(8, 8));
        QCOMPARE(sections[2].layer, 2);
        QCOMPARE(sections[2].images.size(), size_t(6));
        QCOMPARE(sections[2].images[0].size(), QSize(2, 2));
        for (const auto& s : sections) {
            QCOMPARE(s.rects.size(), s.images.size());
            for (const QRectF& r : s.rects)
                QVERIFY(QRectF(view.rect()).contains(r));  // nothing cut off
        }

        // conv 1's maps are its ReLU output for sample 3: the largest value is white, a zero black
        Workspace ws;
        run.snapshot->model.forward(run.validation.inputs.col(3), ws, PassInfo{});
        const Matrix& y = ws.outputs[0];  // (4*8*8, 1), channel-major
        Index top = 0, zero = -1;
        y.col(0).maxCoeff(&top);
        for (Index i = 0; i < y.size() && zero < 0; ++i)
            if (y(i, 0) == 0)
                zero = i;
        QVERIFY(y(top, 0) > 0);
        const QImage& hot = sections[1].images[size_t(top / 64)];
        QCOMPARE(qGray(hot.pixel(int(top % 8), int(top % 64 / 8))), 255);
        if (zero >= 0) {
            const QImage& cold = sections[1].images[size_t(zero / 64)];
            QCOMPARE(qGray(cold.pixel(int(zero % 8), int(zero % 64 / 8))), 0);
        }
        test::saveScreenshot(view, "feature_maps");
        QCOMPARE(view.csvData().rows.size(), qsizetype(4 + 4 + 6));
    }

    void theSpinBoxChoosesTheSample()
    {
        const test::TinyCnnRun run = test::trainTinyCnn(1);
        FeatureMapView view;
        view.resize(900, 600);
        view.setSamples(run.validation.inputs, run.validation.inputShape, test::labelsOf(run.validation),
                        test::classNamesOf(run.validation));
        test::servePictures(view, run.snapshot, &run.validation.inputs);
        view.refreshNow();
        const QImage before = view.sections()[1].images[0];
        view.sampleEditor()->setValue(8);
        QCOMPARE(view.sampleIndex(), 7);
        QVERIFY(view.sections()[1].images[0] != before);  // a different image, different maps
    }

    void aModelWithoutConvolutionsSaysSo()
    {
        const test::TinyCnnRun run = test::trainTinyCnn(1);
        auto dense = std::make_shared<TrainingSnapshot>();
        ModelSpec spec;
        spec.layers = {LayerSpec::of(LayerKind::Flatten), LayerSpec::dense(2, Activation::Softmax)};
        dense->model = Model(spec, run.train.inputShape);
        FeatureMapView view;
        view.setSamples(run.validation.inputs, run.validation.inputShape, test::labelsOf(run.validation), {});
        test::servePictures(view, dense, &run.validation.inputs);
        view.refreshNow();
        QVERIFY(view.sections().empty());
        QVERIFY(view.pictureRequest().featureMapSample >= 0);
    }

    // The training controls' time left in the epoch: samples left over samples per second.
    void epochTimeLeft()
    {
        TrainingSnapshot s;
        s.samplesPerEpoch = 60000;
        s.epochProgress = 0.25;
        s.samplesPerSecond = 1000;
        QCOMPARE(TrainingControls::secondsLeftInEpoch(s), 45.0);  // 45000 samples at 1000/s
        s.samplesPerSecond = 0;
        QVERIFY(TrainingControls::secondsLeftInEpoch(s) < 0);
        QCOMPARE(TrainingControls::formatDuration(45), QStringLiteral("0:45"));
        QCOMPARE(TrainingControls::formatDuration(3723), QStringLiteral("1:02:03"));
    }

    void followsTheLanguage()
    {
        const test::TinyCnnRun run = test::trainTinyCnn();
        FeatureMapView view;
        view.resize(1000, 700);
        view.show();
        view.setSamples(run.validation.inputs, run.validation.inputShape, test::labelsOf(run.validation),
                        test::classNamesOf(run.validation));
        test::servePictures(view, run.snapshot, &run.validation.inputs);
        view.refreshNow();
        QVERIFY(!view.sections().empty());
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Feature maps»"));
            QCOMPARE(view.findChild<QLabel*>()->text(), QStringLiteral("«Image:»"));
            QVERIFY(test::isPseudo(view.sampleEditor()->toolTip()));
            for (const auto& section : view.sections())  // the sections' titles, made again
                QVERIFY2(test::isPseudo(section.title), qPrintable(section.title));
        }
        QVERIFY(!test::isPseudo(view.sections().front().title));
    }
};

QTEST_MAIN(TestFeatureMapView)
#include "test_feature_map_view.moc"
