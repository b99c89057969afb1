// The views' shared style as the main window drives it: type that grows with the
// application's font (the UI zoom, presentation mode), and lines that thicken with the
// presentation line scale, in charts and in the network diagram.
#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QToolButton>

#include "annotated_chart_view.h"
#include "counter_label.h"
#include "gradient_view.h"
#include "live_curve.h"
#include "loss_chart_view.h"
#include "network_diagram_view.h"
#include "training_controls.h"
#include "view_style.h"
#include "view_test_support.h"

using namespace layerlab;
using test::series;

namespace {


// One tanh neuron fed by x1 (weight +3, blue) and x2 (weight -3, orange).
std::shared_ptr<TrainingSnapshot> oneNeuron()
{
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(1, Activation::Tanh)};
    auto s = std::make_shared<TrainingSnapshot>();
    s->model = Model(spec, Shape::flat(2));
    s->model.parameters() << 3.0f, -3.0f, 0.0f;
    return s;
}

// How many pixels of the column through the middle of a line are blue: its thickness.
int blueThickness(NetworkDiagramView& view, const QLineF& line)
{
    const QImage image = test::render(view);
    const int x = int(line.center().x());
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb c = image.pixel(x, y);
        count += qBlue(c) > qRed(c) + 40 ? 1 : 0;
    }
    return count;
}

bool near(double actual, double expected) { return std::abs(actual - expected) <= 0.06 * expected; }

}  // namespace

class TestViewStyle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typeGrowsWithTheApplicationFont()
    {
        LossChartView loss;
        TrainingControls controls;
        NetworkDiagramView diagram;
        diagram.resize(700, 500);
        diagram.setSnapshot(test::trainTinyRun(1).snapshot);
        diagram.refreshNow();
        const auto axisFont = [&] { return loss.lossChart()->axes(Qt::Horizontal).value(0)->labelsFont().pointSizeF(); };
        const auto titleFont = [&] { return loss.lossChart()->titleFont().pointSizeF(); };
        const auto boxFont = [&] { return loss.findChild<QCheckBox*>()->font().pointSizeF(); };
        const auto counterFont = [&] { return controls.stepLabel()->font().pointSizeF(); };
        const auto buttonFont = [&] { return controls.playButton()->font().pointSizeF(); };
        const double axis = axisFont(), title = titleFont(), box = boxFont(), counter = counterFont(),
                     button = buttonFont();
        const double header = diagram.headerRect(1).height();
        const int icon = controls.playButton()->iconSize().width();
        QVERIFY(axis > 0 && title > 0 && box > 0 && counter > 0 && button > 0);

        // what the main window does for Ctrl+= or presentation mode
        const QFont normal = QApplication::font();
        QFont big = normal;
        big.setPointSizeF(normal.pointSizeF() * 1.5);
        QApplication::setFont(big);
        QCoreApplication::processEvents();
        QVERIFY2(near(axisFont(), 1.5 * axis), qPrintable(QString::number(axisFont())));
        QVERIFY2(near(titleFont(), 1.5 * title), qPrintable(QString::number(titleFont())));
        QVERIFY2(near(boxFont(), 1.5 * box), qPrintable(QString::number(boxFont())));
        QVERIFY2(near(counterFont(), 1.5 * counter), qPrintable(QString::number(counterFont())));
        QVERIFY2(near(buttonFont(), 1.5 * button), qPrintable(QString::number(buttonFont())));
        QVERIFY2(diagram.headerRect(1).height() > 1.3 * header, qPrintable(QString::number(diagram.headerRect(1).height())));
        QVERIFY2(controls.playButton()->iconSize().width() > 1.3 * icon,
                 qPrintable(QString::number(controls.playButton()->iconSize().width())));

        QApplication::setFont(normal);
        QCoreApplication::processEvents();
        QVERIFY(near(axisFont(), axis));
        QVERIFY(near(counterFont(), counter));
        QCOMPARE(controls.playButton()->iconSize().width(), icon);
    }

    void presentationScaleThickensLines()
    {
        QSignalSpy changed(style::ViewStyleNotifier::instance(), &style::ViewStyleNotifier::lineScaleChanged);
        LossChartView loss;
        GradientView gradients;
        gradients.setSnapshot(test::trainTinyRun(1).snapshot);
        gradients.refreshNow();
        NetworkDiagramView diagram;
        diagram.resize(600, 420);
        diagram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diagram));
        diagram.setSnapshot(oneNeuron());
        diagram.refreshNow();
        QLineSeries* train = series(loss.lossChart(), "trainLoss");
        const LiveCurve* gradient = LiveCurve::find(gradients.gradientChart(), QStringLiteral("gradient:0"));
        QVERIFY(train && gradient);
        const double trainWidth = train->pen().widthF(), gradientWidth = gradient->series()->pen().widthF();
        const QLineF edge = diagram.edgeLine(1, 0, 0);
        const int thickness = blueThickness(diagram, edge);
        QVERIFY(thickness >= 3);

        style::setPresentationScale(2.0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(style::lineScale(), 2.0);
        QCOMPARE(train->pen().widthF(), 2 * trainWidth);
        QCOMPARE(gradient->series()->pen().widthF(), 2 * gradientWidth);
        const int thicker = blueThickness(diagram, edge);
        QVERIFY2(thicker >= 1.7 * thickness, qPrintable(QStringLiteral("%1 -> %2").arg(thickness).arg(thicker)));
        test::saveScreenshot(diagram, "views-network-presentation");
        style::setPresentationScale(2.0);  // the same again: nothing to redraw
        QCOMPARE(changed.count(), 1);

        style::setPresentationScale(1.0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(train->pen().widthF(), trainWidth);
        QCOMPARE(blueThickness(diagram, edge), thickness);
    }
};

QTEST_MAIN(TestViewStyle)
#include "test_view_style.moc"
