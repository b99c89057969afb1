// ModelCanvas: cards from input to output with shapes; a drop inserts at the drop position;
// Delete asks to remove the selected card (not the locked output); the engine's message
// marks the impossible layer.
#include <QSignalSpy>
#include <QtTest>

#include "editing_test_support.h"
#include "layer_mime.h"
#include "model_canvas.h"

using namespace layerlab;

namespace {
QPoint gapAbove(const ModelCanvas& c, int layer)
{
    const QRect above = c.cardRect(layer - 1), below = c.cardRect(layer);
    return {below.center().x(), (above.bottom() + below.top()) / 2};
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
};

QTEST_MAIN(TestModelCanvas)
#include "test_model_canvas.moc"
