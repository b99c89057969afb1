// Document: every edit is one undo step (runs of edits to one field merge), the modified
// flag follows the undo stack's clean state, and the output layer follows the loss and the
// data in the same step as the edit that changed them.
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "app_test_support.h"
#include "document.h"
#include "io/examples.h"

using namespace layerlab;

class TestDocument : public QObject {
    Q_OBJECT

private:
    static Project spiral() { return *findExample("spiral"); }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void insertRemoveMoveUndoRedo()
    {
        Document doc;
        doc.replace(spiral(), QString());
        const ModelSpec original = doc.project().model;
        QVERIFY(!doc.isModified());

        doc.insertLayer(1, LayerKind::Dropout);
        QCOMPARE(doc.project().model.layers.size(), original.layers.size() + 1);
        QCOMPARE(doc.project().model.layers[1].kind, LayerKind::Dropout);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add Dropout layer"));

        doc.moveLayer(1, 0);
        QCOMPARE(doc.project().model.layers[0].kind, LayerKind::Dropout);
        doc.removeLayer(0);
        QVERIFY(doc.project().model == original);
        QCOMPARE(doc.undoStack()->count(), 3);

        doc.undoStack()->undo();  // the removal
        QCOMPARE(doc.project().model.layers[0].kind, LayerKind::Dropout);
        doc.undoStack()->undo();  // the move
        doc.undoStack()->undo();  // the insertion
        QVERIFY(doc.project().model == original);
        QVERIFY(!doc.isModified());  // back where it was opened
        doc.undoStack()->redo();
        QCOMPARE(doc.project().model.layers[1].kind, LayerKind::Dropout);
    }

    void editsOfOneFieldMerge()
    {
        Document doc;
        doc.replace(spiral(), QString());
        LayerSpec layer = doc.project().model.layers[0];
        for (int units : {9, 10, 11}) {
            layer.units = units;
            doc.setLayer(0, layer, QStringLiteral("units"));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().model.layers[0].units, 11);
        // another field is another step
        layer.activation = Activation::ReLU;
        doc.setLayer(0, layer, QStringLiteral("activation"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.project().model.layers[0].units, 8);
        QCOMPARE(doc.project().model.layers[0].activation, Activation::Tanh);
    }

    void trainingEditsAreUndoable()
    {
        Document doc;
        doc.replace(spiral(), QString());
        const float before = doc.project().training.optimizer.learningRate;
        TrainConfig c = doc.project().training;
        c.optimizer.learningRate = 0.3f;
        doc.setTraining(c, QStringLiteral("learning rate"));
        c.optimizer.learningRate = 1.0f;
        doc.setTraining(c, QStringLiteral("learning rate"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().training.optimizer.learningRate, 1.0f);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().training.optimizer.learningRate, before);
    }

    void outputLayerFollowsTheLoss()
    {
        Document doc;
        doc.replace(spiral(), QString());
        QCOMPARE(doc.project().model.layers.back().units, 1);
        TrainConfig c = doc.project().training;
        c.loss = LossKind::SparseCategoricalCrossEntropy;
        doc.setTraining(c, QStringLiteral("loss"));
        // two classes under a softmax: two units, in the same undo step
        QCOMPARE(doc.project().model.layers.back().units, 2);
        QCOMPARE(doc.project().model.layers.back().activation, Activation::Softmax);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().model.layers.back().units, 1);
        QCOMPARE(doc.project().model.layers.back().activation, Activation::Sigmoid);
    }

    void outputLayerFollowsTheClassCount()
    {
        Document doc;
        Project p = *findExample("blobs");
        doc.replace(p, QString());
        DataSpec d = doc.project().data;
        d.classes = 5;
        doc.setData(d, QStringLiteral("classes"));
        QCOMPARE(doc.project().model.layers.back().units, 5);
        QVERIFY(doc.outputNote().contains(QStringLiteral("5 classes")));
        // regression data under MSE: one linear unit
        TrainConfig t = doc.project().training;
        t.loss = LossKind::MSE;
        doc.setTraining(t, QStringLiteral("loss"));
        d.source = "sine";
        d.features.clear();
        doc.setData(d, QStringLiteral("data set"));
        QCOMPARE(doc.project().model.layers.back().units, 1);
        QCOMPARE(doc.project().model.layers.back().activation, Activation::Linear);
    }

    void replaceClearsHistoryAndSignals()
    {
        Document doc;
        QSignalSpy replaced(&doc, &Document::projectReplaced);
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        doc.replace(spiral(), QString());
        doc.insertLayer(0, LayerKind::Dense);
        QCOMPARE(modified.count(), 1);
        doc.replace(*findExample("xor"), QStringLiteral("/tmp/x.layerlab"));
        QCOMPARE(replaced.count(), 2);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.displayName(), QStringLiteral("x.layerlab"));
        // a recovered autosave is unsaved from the start
        doc.replace(spiral(), QString(), true);
        QVERIFY(doc.isModified());
        doc.markSaved(QStringLiteral("/tmp/y.layerlab"), std::nullopt);
        QVERIFY(!doc.isModified());
    }

    void revisionGrowsWithEveryChange()
    {
        Document doc;
        doc.replace(spiral(), QString());
        const auto r0 = doc.revision();
        doc.insertLayer(0, LayerKind::Dense);
        QVERIFY(doc.revision() > r0);
        const auto r1 = doc.revision();
        doc.undoStack()->undo();
        QVERIFY(doc.revision() > r1);
    }
};

QTEST_MAIN(TestDocument)
#include "test_document.moc"
