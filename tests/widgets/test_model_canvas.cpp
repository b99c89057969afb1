// ModelCanvas: cards from input to output with shapes; a drop inserts at the drop position;
// Delete asks to remove the selected card (not the locked output); the engine's message
// marks the impossible layer.
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

#include "editing_test_support.h"
#include "gradient_flow.h"
#include "layer_mime.h"
#include "model_canvas.h"
#include "pseudo_translator.h"

using namespace layerlab;

namespace {
QPoint gapAbove(const ModelCanvas& c, int layer)
{
    const QRect above = c.cardRect(layer - 1), below = c.cardRect(layer);
    return {below.center().x(), (above.bottom() + below.top()) / 2};
}

// A deep sigmoid net, the classic case of vanishing gradients.
ModelSpec deepSigmoid(int layers)
{
    ModelSpec m;
    for (int i = 0; i + 1 < layers; ++i)
        m.layers.push_back(LayerSpec::dense(16, Activation::Sigmoid));
    m.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
    return m;
}

// Gradients vanish towards the input: the first layers (at the top) get the smallest.
std::vector<double> vanishingFlow(int layers)
{
    std::vector<double> norms;
    for (int i = 0; i < layers; ++i)
        norms.push_back(std::pow(10.0, -10.0 + 8.0 * i / (layers - 1)));
    return norms;
}

bool near(const QColor& a, const QColor& b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The colour inside a badge, at its rounded left end (clear of the text).
QColor badgeColor(const QImage& image, const QRect& badge)
{
    return image.pixelColor(badge.left() + 4, badge.center().y());
}

// How many pixels across the link into `layer` are drawn, halfway down the gap above it.
int linkWidthAt(const QImage& image, const ModelCanvas& c, int layer)
{
    const QPoint middle = gapAbove(c, layer) - QPoint(0, 3);
    const QColor background = image.pixelColor(3, middle.y());
    int width = 0;
    for (int x = middle.x() - 30; x <= middle.x() + 30; ++x)
        if (!near(image.pixelColor(x, middle.y()), background, 6))
            ++width;
    return width;
}
}  // namespace

class TestModelCanvas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cardsAreStackedFromInputToOutput()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QStringLiteral("Features: x1, x2"));
        QVERIFY(c.cardRect(-1).bottom() < c.cardRect(0).top());
        QVERIFY(c.cardRect(0).bottom() < c.cardRect(1).top());
        QVERIFY(c.cardRect(1).bottom() < c.cardRect(2).top());
        QCOMPARE(c.problemLayer(), -1);
        QVERIFY(c.problemMessage().isEmpty());
        test::renderForReview(&c, QStringLiteral("model_canvas"));
    }

    void dropInsertsAtTheDropPosition()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        QSignalSpy insert(&c, &ModelCanvas::insertRequested);
        for (int index : {0, 1, 2}) {
            QVERIFY(test::dropOnto(&c, makeLayerKindMime(LayerKind::Dropout), gapAbove(c, index)));
            QCOMPARE(insert.last().at(0).toInt(), index);
            QCOMPARE(insert.last().at(1).value<LayerKind>(), LayerKind::Dropout);
        }
        // below the last card: after it, while the output is not locked
        const QPoint below = c.cardRect(2).bottomLeft() + QPoint(10, 10);
        QVERIFY(test::dropOnto(&c, makeLayerKindMime(LayerKind::Dense), below));
        QCOMPARE(insert.last().at(0).toInt(), 3);
        // a locked output stays last
        c.setOutputLocked(true);
        QVERIFY(test::dropOnto(&c, makeLayerKindMime(LayerKind::Dense), below));
        QCOMPARE(insert.last().at(0).toInt(), 2);
        QCOMPARE(insert.count(), 5);
    }

    void foreignDropsAreRefused()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        QSignalSpy insert(&c, &ModelCanvas::insertRequested);
        QSignalSpy move(&c, &ModelCanvas::moveRequested);
        auto* text = new QMimeData;
        text->setText(QStringLiteral("Dense"));
        QVERIFY(!test::dropOnto(&c, text, gapAbove(c, 1)));
        // a card index from another canvas means nothing here
        QVERIFY(!test::dropOnto(&c, makeLayerIndexMime(0), gapAbove(c, 2)));
        QCOMPARE(insert.count(), 0);
        QCOMPARE(move.count(), 0);
    }

    void deleteRemovesTheSelectedLayerButNotTheLockedOutput()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        c.setOutputLocked(true);
        c.show();
        QSignalSpy remove(&c, &ModelCanvas::removeRequested);
        QSignalSpy selected(&c, &ModelCanvas::selectedLayerChanged);
        QTest::mouseClick(&c, Qt::LeftButton, Qt::NoModifier, c.cardRect(1).center());
        QCOMPARE(c.selectedLayer(), 1);
        QCOMPARE(selected.count(), 1);
        QTest::keyClick(&c, Qt::Key_Delete);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(remove.last().at(0).toInt(), 1);
        QTest::keyClick(&c, Qt::Key_Down);
        QCOMPARE(c.selectedLayer(), 2);
        QTest::keyClick(&c, Qt::Key_Delete);  // the output
        QCOMPARE(remove.count(), 1);
        // a click on empty canvas clears the selection
        QTest::mouseClick(&c, Qt::LeftButton, Qt::NoModifier, QPoint(3, c.height() - 3));
        QCOMPARE(c.selectedLayer(), -1);
    }

    void theImpossibleLayerIsMarkedWithTheEnginesMessage()
    {
        ModelCanvas c;
        c.resize(600, 500);
        // Dense on images needs Flatten first: the engine names Dense #1
        ModelSpec m;
        m.layers = {LayerSpec::dense(10, Activation::Softmax)};
        c.setModel(m, Shape::image(1, 28, 28), QStringLiteral("28×28 images"));
        QCOMPARE(c.problemLayer(), 0);
        QVERIFY2(c.problemMessage().startsWith(QStringLiteral("Dense #1")), qPrintable(c.problemMessage()));
        QVERIFY(c.problemMessage().contains(QStringLiteral("Flatten")));
        test::renderForReview(&c, QStringLiteral("model_canvas_problem"));
        // fixed by a Flatten in front
        m.layers.insert(m.layers.begin(), LayerSpec::of(LayerKind::Flatten));
        c.setModel(m, Shape::image(1, 28, 28), QString());
        QCOMPARE(c.problemLayer(), -1);
    }

    void anExternalProblemIsMarkedUnlessTheModelItselfIsBroken()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        c.setExternalProblem(2, QStringLiteral("The output Dense #3 has 1 unit but ... needs 3"));
        QCOMPARE(c.problemLayer(), 2);
        QVERIFY(c.problemMessage().contains(QStringLiteral("Dense #3")));
        ModelSpec broken = test::threeDense();
        broken.layers[0].units = 0;
        c.setModel(broken, Shape::flat(2), QString());
        QCOMPARE(c.problemLayer(), 0);  // the engine's verdict on the model comes first
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        c.setExternalProblem(-1, QString());
        QCOMPARE(c.problemLayer(), -1);
    }

    void shapesWaitForTheData()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), std::nullopt, QString());
        QCOMPARE(c.problemLayer(), -1);  // nothing to check yet, nothing wrong
        QVERIFY(c.minimumSizeHint().height() > c.cardRect(2).bottom());
    }

    void gradientBadgesAreColouredOnALogScale()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        QVERIFY(c.gradientBadgeRect(0).isNull());  // no flow: no badge
        c.setGradientFlow({1e-8, 1e-2, 1e3}, {true, true, true});
        const QImage image = c.grab().toImage();
        const QColor vanishing = badgeColor(image, c.gradientBadgeRect(0));
        const QColor healthy = badgeColor(image, c.gradientBadgeRect(1));
        const QColor exploding = badgeColor(image, c.gradientBadgeRect(2));
        QVERIFY2(near(vanishing, gradient_flow::color(1e-8)), qPrintable(vanishing.name()));
        QVERIFY2(near(healthy, gradient_flow::color(1e-2)), qPrintable(healthy.name()));
        QVERIFY2(near(exploding, gradient_flow::color(1e3)), qPrintable(exploding.name()));
        // cold and grey, green, red
        QVERIFY(vanishing.blue() > vanishing.red() && vanishing.hsvSaturation() < 100);
        QVERIFY(healthy.green() > healthy.red() + 40 && healthy.green() > healthy.blue() + 40);
        QVERIFY(exploding.red() > exploding.green() + 80 && exploding.red() > exploding.blue() + 80);
        // the cards themselves stay white
        QCOMPARE(image.pixelColor(c.cardRect(1).left() + 40, c.cardRect(1).bottom() - 3), QColor(Qt::white));
        QCOMPARE(image.pixelColor(c.cardRect(2).left() + 40, c.cardRect(2).bottom() - 3), QColor(Qt::white));
        QVERIFY(!c.flowLegendRect().isNull());
        QVERIFY(c.flowLegendRect().top() > c.cardRect(2).bottom());
        QVERIFY(c.minimumSizeHint().height() > c.flowLegendRect().bottom());
    }

    void linksAreAsThickAsTheGradientTheyPassBack()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        const QImage plain = c.grab().toImage();
        const int plainWidth = linkWidthAt(plain, c, 1);
        QCOMPARE(linkWidthAt(plain, c, 2), plainWidth);
        // the link above a layer carries the gradient that layer sends back
        c.setGradientFlow({1e-9, 1e-5, 1e1}, {true, true, true});
        const QImage flow = c.grab().toImage();
        const int thin = linkWidthAt(flow, c, 0), middle = linkWidthAt(flow, c, 1), thick = linkWidthAt(flow, c, 2);
        QVERIFY2(thin < middle && middle + 3 < thick, qPrintable(QStringLiteral("%1 %2 %3").arg(thin).arg(middle).arg(thick)));
        QVERIFY(thick > plainWidth + 5);
    }

    void layersWithoutWeightsPassOnTheNearestWeightedLayersGradient()
    {
        ModelCanvas c;
        ModelSpec m;
        m.layers = {LayerSpec::dense(8, Activation::Linear), LayerSpec::of(LayerKind::Dropout),
                    LayerSpec::dense(1, Activation::Sigmoid)};
        c.setModel(m, Shape::flat(2), QString());
        QVERIFY(!c.linkGradient(1));
        c.setGradientFlow({1e-3, 0, 1e-1}, {true, false, true});
        QCOMPARE(*c.linkGradient(0), 1e-3);
        QCOMPARE(*c.linkGradient(1), 1e-1);  // what reaches the dropout from below
        QCOMPARE(*c.linkGradient(2), 1e-1);
        QVERIFY(c.gradientBadgeRect(1).isNull());  // nothing of its own to show
        QVERIFY(!c.gradientBadgeRect(2).isNull());
    }

    void withoutAFlowTheCanvasLooksAsBefore()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        const QImage before = c.grab().toImage();
        c.setGradientFlow({1e-3, 1e-2, 1e-1}, {true, true, true});
        QVERIFY(c.grab().toImage() != before);
        c.setGradientFlow({}, {});
        QVERIFY(!c.hasGradientFlow());
        QVERIFY(c.flowLegendRect().isNull());
        QCOMPARE(c.grab().toImage(), before);
    }

    void highlightedLayersGlowAndScrollIntoView()
    {
        QScrollArea area;
        auto* c = new ModelCanvas;
        area.setWidget(c);
        area.setWidgetResizable(true);
        area.resize(620, 300);
        c->setModel(deepSigmoid(10), Shape::flat(2), QString());
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const QRect card = c->cardRect(8);
        const QPoint outside(card.left() - 5, card.center().y());
        const QColor before = c->grab().toImage().pixelColor(outside);
        QCOMPARE(area.verticalScrollBar()->value(), 0);
        c->setHighlightedLayers({8, 9});
        QCOMPARE(c->highlightedLayers(), (std::vector<int>{8, 9}));
        const QImage image = c->grab().toImage();
        const QColor glow = image.pixelColor(outside);
        QVERIFY2(!near(glow, before, 30), qPrintable(glow.name()));
        QVERIFY(glow.blue() > glow.green() + 40 && glow.red() > glow.green() + 40);  // violet
        QVERIFY(!near(image.pixelColor(c->cardRect(2).left() - 5, c->cardRect(2).center().y()), glow, 30));
        // scrolled down to the first one
        QVERIFY(area.verticalScrollBar()->value() > 0);
        const QRect visible(QPoint(0, area.verticalScrollBar()->value()), area.viewport()->size());
        QVERIFY(visible.contains(card.center()));
        c->setHighlightedLayers({});
        QCOMPARE(c->grab().toImage().pixelColor(outside), before);
    }

    void editingWorksWithAFlowShown()
    {
        ModelCanvas c;
        c.resize(600, 500);
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        c.setGradientFlow({1e-8, 1e-2, 1e3}, {true, true, true});
        c.setHighlightedLayers({1});
        c.show();
        QSignalSpy insert(&c, &ModelCanvas::insertRequested);
        QSignalSpy remove(&c, &ModelCanvas::removeRequested);
        QVERIFY(test::dropOnto(&c, makeLayerKindMime(LayerKind::Dropout), gapAbove(c, 1)));
        QCOMPARE(insert.last().at(0).toInt(), 1);
        // a click on the badge selects its card
        QTest::mouseClick(&c, Qt::LeftButton, Qt::NoModifier, c.gradientBadgeRect(1).center());
        QCOMPARE(c.selectedLayer(), 1);
        QTest::keyClick(&c, Qt::Key_Delete);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(remove.last().at(0).toInt(), 1);
        QTest::keyClick(&c, Qt::Key_Up);
        QCOMPARE(c.selectedLayer(), 0);
        // the model changes under the flow: it keeps drawing what it has
        c.setModel(test::threeDense(), Shape::flat(2), QString());
        QVERIFY(c.hasGradientFlow());
    }

    void aVanishingFlowThroughADeepSigmoidNet()
    {
        ModelCanvas c;
        c.setModel(deepSigmoid(10), Shape::flat(2), QStringLiteral("2 features: x1, x2"));
        c.setGradientFlow(vanishingFlow(10), std::vector<bool>(10, true));
        c.resize(620, c.minimumSizeHint().height());
        // the top of the stack starves
        QVERIFY(*c.linkGradient(0) < *c.linkGradient(9));
        test::renderForReview(&c, QStringLiteral("model_canvas_gradient_flow"));
    }

    void followsTheLanguage()
    {
        ModelCanvas c;
        c.resize(600, 500);
        ModelSpec m;
        m.layers = {LayerSpec::dense(10, Activation::Softmax)};
        c.setModel(m, Shape::image(1, 28, 28), QStringLiteral("28×28 images"));
        const QString english = c.problemMessage();
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY(test::isPseudoText(c.toolTip()));
            // the engine's message, put into words again
            QVERIFY2(c.problemMessage().contains(QStringLiteral("«")), qPrintable(c.problemMessage()));
            QCOMPARE(c.problemLayer(), 0);
            test::renderForReview(&c, QStringLiteral("pseudo_model_canvas"));
        }
        QCOMPARE(c.problemMessage(), english);
        QVERIFY(!test::isPseudoText(c.toolTip()));
    }
};

QTEST_MAIN(TestModelCanvas)
#include "test_model_canvas.moc"
