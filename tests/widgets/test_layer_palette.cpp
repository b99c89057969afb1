// LayerPalette: every kind the brief names is there with a tooltip, drags carry the kind,
// double-click asks to add it.
#include <QSignalSpy>
#include <QtTest>

#include "editing_test_support.h"
#include "layer_mime.h"
#include "layer_palette.h"
#include "pseudo_translator.h"

using namespace layerlab;

class TestLayerPalette : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsEveryKindWithAnExplanation()
    {
        LayerPalette p;
        p.resize(340, 360);
        for (const LayerKind kind : allLayerKinds()) {
            QListWidgetItem* item = p.list()->itemFor(kind);
            QVERIFY(item);
            QCOMPARE(item->text(), QString::fromUtf8(layerKindName(kind).data()));
            QVERIFY(item->toolTip().endsWith(QLatin1Char('.')));
        }
        QCOMPARE(p.list()->count(), int(allLayerKinds().size()));
        test::renderForReview(&p, QStringLiteral("layer_palette"));
    }

    void dragsCarryTheKind()
    {
        LayerPalette p;
        std::unique_ptr<QMimeData> mime(p.list()->dragData(LayerKind::MaxPool2D));
        QVERIFY(mime);
        QCOMPARE(layerKindFromMime(mime.get()), std::optional(LayerKind::MaxPool2D));
        QVERIFY(!layerIndexFromMime(mime.get()));
    }

    void everyKindStaysVisible()
    {
        LayerPalette p;
        p.resize(300, 500);
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        const QRect viewport = p.list()->viewport()->rect();
        for (int i = 0; i < p.list()->count(); ++i) {
            const QRect r = p.list()->visualItemRect(p.list()->item(i));
            QVERIFY2(viewport.contains(r), qPrintable(p.list()->item(i)->text()));
        }
    }

    void activatingAKindAsksToAddIt()
    {
        LayerPalette p;
        QSignalSpy add(&p, &LayerPalette::addRequested);
        Q_EMIT p.list()->itemActivated(p.list()->itemFor(LayerKind::BatchNorm));
        QCOMPARE(add.count(), 1);
        QCOMPARE(add.last().at(0).value<LayerKind>(), LayerKind::BatchNorm);
    }

    void followsTheLanguage()
    {
        LayerPalette p;
        p.resize(340, 360);
        QListWidgetItem* dense = p.list()->itemFor(LayerKind::Dense);
        {
            test::ScopedPseudoTranslation pseudo;
            QVERIFY(test::isPseudoText(p.list()->toolTip()));
            QVERIFY(test::isPseudoText(dense->toolTip()));
            QVERIFY(test::isPseudoText(dense->statusTip()));
            QVERIFY(test::hasLabel(p, QStringLiteral("«Drag onto the model, between two layers (or double-click).»")));
            test::renderForReview(&p, QStringLiteral("pseudo_layer_palette"));
        }
        QVERIFY(!test::isPseudoText(dense->toolTip()));
        QVERIFY(test::hasLabel(p, QStringLiteral("Drag onto the model, between two layers (or double-click).")));
    }
};

QTEST_MAIN(TestLayerPalette)
#include "test_layer_palette.moc"
