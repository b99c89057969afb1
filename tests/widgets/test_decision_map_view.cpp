// DecisionMapView: the map's colours follow the network's output (as the worker computes
// it through the input transform), points are drawn filled (training) or as rings
// (validation) in their class's colour, the view asks for a grid as fine as its plot and
// draws only what arrives, and the CSV holds the grid.
#include <QCheckBox>
#include <QtTest>

#include "decision_map_view.h"
#include "pseudo_translator.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;

namespace {

// sigmoid(10 x1): class 0 (orange) on the left half of the plane, class 1 (blue) on the right.
std::shared_ptr<TrainingSnapshot> leftRightSnapshot()
{
    ModelSpec spec;
    spec.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
    auto s = std::make_shared<TrainingSnapshot>();
    s->model = Model(spec, Shape::flat(2));
    s->model.parameters() << 10.0f, 0.0f, 0.0f;
    return s;
}

bool isBlue(QRgb c) { return qBlue(c) > qRed(c) + 40; }
bool isOrange(QRgb c) { return qRed(c) > qBlue(c) + 40; }

}  // namespace

// Counts the paint events of the widgets it filters.
class PaintCounter : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

class TestDecisionMapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapFollowsTheOutput()
    {
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        DecisionMapData data;
        data.extent = PlaneExtent{-2, 2, -2, 2};
        view.setData(data);
        auto s = leftRightSnapshot();
        test::addPictures(*s, view, data.extent);
        QCOMPARE(s->pictures->request.decisionMapGrid, DecisionMapView::kMaxGrid);  // one point per pixel, at most
        view.setSnapshot(s);
        view.refreshNow();
        QVERIFY(!view.mapImage().isNull());
        const QImage image = test::render(view);
        QVERIFY(isOrange(image.pixel(view.toWidget(-1.5f, 1.0f).toPoint())));
        QVERIFY(isBlue(image.pixel(view.toWidget(1.5f, -1.0f).toPoint())));
        QVERIFY(view.toolTipAt(view.toWidget(1.5f, 0.0f)).contains("class 1"));
        QVERIFY(view.toolTipAt(view.toWidget(-1.5f, 0.0f)).contains("class 0"));
    }

    void theTransformComesFirst()
    {
        // the network sees -x1: the colours swap sides
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        DecisionMapData data;
        view.setData(data);
        auto s = leftRightSnapshot();
        test::addPictures(*s, view, data.extent, [](const Matrix& raw) {
            Matrix f = raw;
            f.row(0) *= -1.0f;
            return f;
        });
        view.setSnapshot(s);
        view.refreshNow();
        const QImage image = test::render(view);
        QVERIFY(isBlue(image.pixel(view.toWidget(-0.8f, 0.0f).toPoint())));
        QVERIFY(isOrange(image.pixel(view.toWidget(0.8f, 0.0f).toPoint())));
    }

    void pointsAreFilledOrRinged()
    {
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        DecisionMapData data;
        // a class-1 (blue) training point in the orange half, a class-0 validation point in the blue half
        data.trainPoints.resize(2, 1);
        data.trainPoints << -0.6f, 0.5f;
        data.trainTargets = Matrix::Constant(1, 1, 1.0f);
        data.validationPoints.resize(2, 1);
        data.validationPoints << 0.6f, -0.5f;
        data.validationTargets = Matrix::Constant(1, 1, 0.0f);
        view.setData(data);
        auto s = leftRightSnapshot();
        test::addPictures(*s, view, data.extent);
        view.setSnapshot(s);
        view.refreshNow();
        QImage image = test::render(view);
        QVERIFY(isBlue(image.pixel(view.toWidget(-0.6f, 0.5f).toPoint())));  // filled with its class colour
        const QPoint ring = view.toWidget(0.6f, -0.5f).toPoint();
        QCOMPARE(QColor(image.pixel(ring)), QColor(Qt::white));  // a ring: white inside
        QVERIFY(isOrange(image.pixel(ring + QPoint(5, 0))));      // its class colour around
        QVERIFY(view.toolTipAt(view.toWidget(0.6f, -0.5f)).startsWith("Validation point"));

        view.setShowValidation(false);
        image = test::render(view);
        QVERIFY(isBlue(image.pixel(ring)));  // only the map is left there
        test::saveScreenshot(view, "views-decision-map-points");
    }

    void trainedRunWithThreeClasses()
    {
        // softmax output: every pixel in its most likely class's colour
        ModelSpec spec;
        spec.layers.push_back(LayerSpec::dense(3, Activation::Softmax));
        auto s = std::make_shared<TrainingSnapshot>();
        s->model = Model(spec, Shape::flat(2));
        // logits: class 0 = -5 x1, class 1 = 5 x1, class 2 = 5 x2 - 2
        s->model.parameters() << -5, 5, 0, 0, 0, 5, 0, 0, -2;
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        DecisionMapData data;
        data.classCount = 3;
        view.setData(data);
        test::addPictures(*s, view, data.extent);
        view.setSnapshot(s);
        view.refreshNow();
        const QImage image = test::render(view);
        QVERIFY(isOrange(image.pixel(view.toWidget(-0.9f, -0.9f).toPoint())));
        QVERIFY(isBlue(image.pixel(view.toWidget(0.9f, -0.9f).toPoint())));
        const QColor green = image.pixel(view.toWidget(0.0f, 0.95f).toPoint());
        QVERIFY2(green.green() > green.red() && green.green() > green.blue(), qPrintable(green.name()));
    }

    void csvHoldsTheGrid()
    {
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        view.setData(DecisionMapData{});
        auto s = leftRightSnapshot();
        test::addPictures(*s, view);
        view.setSnapshot(s);
        view.refreshNow();
        const CsvTable table = view.csvData();
        QCOMPARE(table.header, (QStringList{"x1", "x2", "output"}));
        const QImage& map = view.mapImage();
        QCOMPARE(table.rows.size(), map.width() * map.height());
        // the first row is the top-left pixel: x1 < 0, so the output is below 0.5
        QVERIFY(table.rows.first()[0].toDouble() < 0 && table.rows.first()[1].toDouble() > 0);
        QVERIFY(table.rows.first()[2].toDouble() < 0.5);
    }

    void aTrainedQuadrantsRun()
    {
        const test::TinyRun run = test::trainTinyRun(60);
        DecisionMapView view;
        view.resize(820, 580);
        view.show();
        DecisionMapData data;
        data.trainPoints = run.train.inputs;
        data.trainTargets = run.train.targets;
        data.validationPoints = run.validation.inputs;
        data.validationTargets = run.validation.targets;
        view.setData(data);
        test::addPictures(*run.snapshot, view, data.extent);
        view.setSnapshot(run.snapshot);
        view.refreshNow();
        // after 60 epochs the network has the quadrants: blue top right, orange top left
        const QImage image = test::render(view);
        QVERIFY(isBlue(image.pixel(view.toWidget(0.7f, 0.75f).toPoint() + QPoint(0, 0))));
        test::saveScreenshot(view, "views-decision-map");
    }

    void wrongDataSaysWhy()
    {
        ModelSpec spec;
        spec.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
        auto s = std::make_shared<TrainingSnapshot>();
        s->model = Model(spec, Shape::flat(5));
        DecisionMapView view;
        view.setSnapshot(s);
        view.refreshNow();
        QVERIFY(view.mapImage().isNull());
        QVERIFY(view.csvData().rows.isEmpty());

        // The message stays while training runs: later snapshots do not repaint it.
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PaintCounter paints;
        view.installEventFilter(&paints);
        for (int i = 0; i < 3; ++i) {
            auto later = std::make_shared<TrainingSnapshot>(*s);
            later->step = i + 1;
            view.setSnapshot(later);
            view.refreshNow();
            QCoreApplication::processEvents();
        }
        QCOMPARE(paints.count, 0);
    }

    // The view draws what the worker sent and computes nothing itself: without pictures it
    // keeps the map it has; it asks for a grid that follows its size, and nothing without a
    // plane.
    void drawsOnlyWhatArrives()
    {
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.pictureRequest().decisionMapGrid, 0);  // no plane yet
        QSignalSpy asked(&view, &SnapshotView::pictureRequestChanged);
        view.setData(DecisionMapData{});
        QCOMPARE(asked.count(), 1);
        const int grid = view.pictureRequest().decisionMapGrid;
        QCOMPARE(grid, std::clamp(int(view.plotRect().width()), 40, DecisionMapView::kMaxGrid));

        view.setSnapshot(leftRightSnapshot());  // no pictures: nothing computed, nothing drawn
        view.refreshNow();
        QVERIFY(view.mapImage().isNull());

        auto s = leftRightSnapshot();
        test::addPictures(*s, view);
        view.setSnapshot(s);
        view.refreshNow();
        QCOMPARE(view.mapImage().width(), grid);
        auto later = std::make_shared<TrainingSnapshot>(*s);
        later->pictures.reset();  // the worker has not answered a new request yet
        view.setSnapshot(later);
        view.refreshNow();
        QCOMPARE(view.mapImage().width(), grid);  // the map stays

        view.resize(500, 400);  // a smaller plot asks for a coarser grid
        QTRY_VERIFY(asked.count() >= 2);
        QVERIFY(view.pictureRequest().decisionMapGrid < grid);
        view.hide();
        QTRY_VERIFY(asked.count() >= 3);
        view.clearData();
        QCOMPARE(view.pictureRequest().decisionMapGrid, 0);
    }

    void followsTheLanguage()
    {
        DecisionMapView view;
        view.resize(800, 560);
        view.show();
        DecisionMapData data;
        data.extent = PlaneExtent{-2, 2, -2, 2};
        view.setData(data);
        auto s = leftRightSnapshot();
        test::addPictures(*s, view, data.extent);
        view.setSnapshot(s);
        view.refreshNow();
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(test::viewTitle(view), QStringLiteral("«Decision map»"));
            const QList<QCheckBox*> boxes = view.findChildren<QCheckBox*>();
            QCOMPARE(boxes.size(), 2);
            for (QCheckBox* box : boxes)
                QVERIFY(test::isPseudo(box->text()) && test::isPseudo(box->toolTip()));
            QVERIFY(test::isPseudo(view.toolTipAt(view.toWidget(1.5f, 0.0f))));
            test::saveScreenshot(view, "pseudo-decision-map");
        }
        QVERIFY(!test::isPseudo(view.toolTipAt(view.toWidget(1.5f, 0.0f))));
    }
};

QTEST_MAIN(TestDecisionMapView)
#include "test_decision_map_view.moc"
