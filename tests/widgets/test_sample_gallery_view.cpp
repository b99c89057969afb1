// SampleGalleryView: the answers are the model's own predictions, a wrong answer gets a red
// frame and a right one does not, and a click selects an image.
#include <QSignalSpy>
#include <QtTest>

#include "cnn_view_test_support.h"
#include "pseudo_translator.h"
#include "training/metrics.h"
#include "sample_gallery_view.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {
// Whether the frame around tile i's picture is red: the pixel just outside the picture's
// top-left corner (the frame is 5 px wide around the picture).
bool redFrame(const QImage& image, const QRectF& tile, qreal side)
{
    const QRectF picture(tile.center().x() - side / 2, tile.top(), side, side);
    const QColor c = image.pixel((picture.topLeft() + QPointF(-1.5, side / 2)).toPoint());
    return c.red() > 150 && c.green() < 90 && c.blue() < 90;
}
}  // namespace

class TestSampleGalleryView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongAnswersAreFramedInRed()
    {
        const test::TinyCnnRun run = test::trainTinyCnn();
        const Index n = 12;
        const Matrix inputs = run.validation.inputs.leftCols(n);
        // what the model answers, computed here independently
        const Matrix outputs = run.snapshot->model.predict(inputs);
        std::vector<int> predicted;
        for (Index i = 0; i < n; ++i)
            predicted.push_back(int(predictedClass(outputs, i)));
        // labels: sample 0 gets the other class than the model's answer, the rest its answer
        std::vector<int> labels = predicted;
        labels[0] = 1 - predicted[0];

        SampleGalleryView view;
        view.resize(900, 700);
        view.show();
        view.setSamples(inputs, run.validation.inputShape, labels, test::classNamesOf(run.validation));
        QCOMPARE(view.pictureRequest().predictedSamples, int(n));
        test::servePictures(view, run.snapshot, &inputs);
        view.refreshNow();
        QCOMPARE(view.sampleCount(), int(n));
        for (int i = 0; i < int(n); ++i)
            QCOMPARE(view.prediction(i), predicted[size_t(i)]);
        QVERIFY(view.isMisclassified(0));
        for (int i = 1; i < int(n); ++i)
            QVERIFY(!view.isMisclassified(i));

        const QImage image = test::render(view);
        const QFontMetricsF label(style::labelFont(view.font()));
        const qreal side = view.tileRect(0).height() - (2 * label.height() + 6);
        QVERIFY(side >= 90);  // 10x10 images scaled up at least 9 times
        QVERIFY(redFrame(image, view.tileRect(0), side));
        QVERIFY(!redFrame(image, view.tileRect(1), side));
        test::saveScreenshot(view, "sample_gallery");

        const CsvTable csv = view.csvData();
        QCOMPARE(csv.rows.size(), qsizetype(n));
        QCOMPARE(csv.rows[0][1], view.className(labels[0]));
    }

    void clickSelectsAnImage()
    {
        const test::TinyCnnRun run = test::trainTinyCnn(1);
        SampleGalleryView view;
        view.resize(900, 700);
        view.show();
        view.setSamples(run.validation.inputs, run.validation.inputShape, test::labelsOf(run.validation),
                        test::classNamesOf(run.validation));
        QCOMPARE(view.sampleCount(), SampleGalleryView::kMaxSamples);
        QCOMPARE(view.prediction(0), -1);  // no model yet
        QSignalSpy clicked(&view, &SampleGalleryView::sampleClicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.tileRect(5).center().toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toInt(), 5);
        QCOMPARE(view.selectedSample(), 5);
    }

    void imagesKeepTheirPixels()
    {
        // a 2x3 image with values 0..1: black to white, row-major
        Matrix x(6, 1);
        x << 0, 0.2f, 0.4f, 0.6f, 0.8f, 1;
        const QImage image = sampleImage(x, 0, Shape::image(1, 2, 3), 0, 1);
        QCOMPARE(image.size(), QSize(3, 2));
        QCOMPARE(qGray(image.pixel(0, 0)), 0);
        QCOMPARE(qGray(image.pixel(2, 0)), 102);  // 0.4 * 255
        QCOMPARE(qGray(image.pixel(2, 1)), 255);
    }

    void followsTheLanguage()
    {
        SampleGalleryView view;
        view.resize(600, 400);
        view.show();
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Validation images and the network's answers»"));
            QVERIFY(test::isPseudo(view.className(3)));
        }
        QCOMPARE(test::viewTitle(view), QStringLiteral("Validation images and the network's answers"));
    }
};

QTEST_MAIN(TestSampleGalleryView)
#include "test_sample_gallery_view.moc"
