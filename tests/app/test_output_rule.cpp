// The output rule: what the output layer must be for the loss and the data. The facts it
// knows without loading are checked against the data each generator really makes; the
// width and activation it sets are worked out by hand for every loss on two classes, many
// classes and regression; a model whose last layer is not Dense is left alone.
#include <QtTest>

#include "data/generators.h"
#include "output_rule.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::LossKind)
Q_DECLARE_METATYPE(layerlab::Task)
Q_DECLARE_METATYPE(layerlab::Activation)

namespace {

// One hidden layer and an output that fits nothing yet.
ModelSpec smallModel()
{
    ModelSpec m;
    m.layers = {LayerSpec::dense(8, Activation::ReLU), LayerSpec::dense(7, Activation::Tanh)};
    return m;
}

DataFacts classes(int count) { return DataFacts{Task::Classification, count, 1}; }
DataFacts regression(int targets) { return DataFacts{Task::Regression, 0, targets}; }

}  // namespace

class TestOutputRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownFactsMatchTheDataEachGeneratorMakes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("classes");
        for (const GeneratorInfo& g : dataGenerators()) {
            const QString name = QString::fromStdString(g.name);
            if (!g.multiClass) {
                QTest::newRow(qPrintable(name)) << name << 3;
                continue;
            }
            for (int k = kMinGeneratorClasses; k <= kMaxGeneratorClasses; ++k)
                QTest::newRow(qPrintable(QStringLiteral("%1, %2 classes").arg(name).arg(k))) << name << k;
        }
    }
    void knownFactsMatchTheDataEachGeneratorMakes()
    {
        QFETCH(QString, source);
        QFETCH(int, classes);
        DataSpec spec;
        spec.source = source.toStdString();
        spec.classes = classes;  // (read by multi-class generators only)
        spec.samples = 40;
        const auto known = knownDataFacts(spec);
        QVERIFY(known);
        const DataFacts actual = factsOf(prepareData(spec, 1).train);
        QCOMPARE(known->task, actual.task);
        QCOMPARE(known->classCount, actual.classCount);
        QCOMPARE(known->targets, actual.targets);
    }

    void fashionMnistHasTenClasses()
    {
        DataSpec spec;
        spec.source = "fashion-mnist";
        QVERIFY(knownDataFacts(spec) == classes(10));
    }

    void dataFromFilesIsKnownOnlyOnceLoaded()
    {
        for (const char* source : {"csv", "idx", "no-such-generator", ""}) {
            DataSpec spec;
            spec.source = source;
            QVERIFY2(!knownDataFacts(spec), source);
        }
    }

    void factsOfLoadedData()
    {
        Dataset table;
        table.task = Task::Classification;
        table.classCount = 3;
        table.targets = Matrix::Zero(1, 5);  // class indices
        QVERIFY(factsOf(table) == classes(3));
        Dataset values;
        values.task = Task::Regression;
        values.classCount = 4;  // (meaningless for regression: not taken)
        values.targets = Matrix::Zero(3, 5);  // three values per sample
        QVERIFY(factsOf(values) == regression(3));
    }

    void onlyALastDenseLayerIsManaged()
    {
        QVERIFY(!hasManagedOutput(ModelSpec{}));
        ModelSpec m = smallModel();
        QVERIFY(hasManagedOutput(m));
        for (LayerKind last : {LayerKind::Dropout, LayerKind::BatchNorm, LayerKind::Flatten, LayerKind::Conv2D}) {
            m.layers.back() = LayerSpec::of(last);
            QVERIFY(!hasManagedOutput(m));
        }
    }

    void outputFollowsLossAndData_data()
    {
        QTest::addColumn<LossKind>("loss");
        QTest::addColumn<Task>("task");
        QTest::addColumn<int>("count");  // classes, or targets for regression
        QTest::addColumn<int>("units");
        QTest::addColumn<Activation>("activation");
        using L = LossKind;
        const Task C = Task::Classification;
        const Task R = Task::Regression;
        // two classes: one unit with cross-entropy's sigmoid, two softmax units with the
        // categorical losses (one per class), one linear unit under a regression loss
        QTest::newRow("bce, 2 classes") << L::BinaryCrossEntropy << C << 2 << 1 << Activation::Sigmoid;
        QTest::newRow("cce, 2 classes") << L::CategoricalCrossEntropy << C << 2 << 2 << Activation::Softmax;
        QTest::newRow("sparse cce, 2 classes") << L::SparseCategoricalCrossEntropy << C << 2 << 2 << Activation::Softmax;
        QTest::newRow("mse, 2 classes") << L::MSE << C << 2 << 1 << Activation::Linear;
        QTest::newRow("mae, 2 classes") << L::MAE << C << 2 << 1 << Activation::Linear;
        QTest::newRow("huber, 2 classes") << L::Huber << C << 2 << 1 << Activation::Linear;
        // many classes: one unit per class, whatever the loss
        QTest::newRow("sparse cce, 4 classes") << L::SparseCategoricalCrossEntropy << C << 4 << 4 << Activation::Softmax;
        QTest::newRow("cce, 10 classes") << L::CategoricalCrossEntropy << C << 10 << 10 << Activation::Softmax;
        QTest::newRow("bce, 3 classes") << L::BinaryCrossEntropy << C << 3 << 3 << Activation::Sigmoid;
        QTest::newRow("mse, 5 classes") << L::MSE << C << 5 << 5 << Activation::Linear;
        // one class: still two softmax units (softmax over one unit is always 1)
        QTest::newRow("sparse cce, 1 class") << L::SparseCategoricalCrossEntropy << C << 1 << 2 << Activation::Softmax;
        // regression: one unit per target value
        QTest::newRow("mse, 1 target") << L::MSE << R << 1 << 1 << Activation::Linear;
        QTest::newRow("huber, 3 targets") << L::Huber << R << 3 << 3 << Activation::Linear;
        QTest::newRow("mae, 2 targets") << L::MAE << R << 2 << 2 << Activation::Linear;
    }
    void outputFollowsLossAndData()
    {
        QFETCH(LossKind, loss);
        QFETCH(Task, task);
        QFETCH(int, count);
        QFETCH(int, units);
        QFETCH(Activation, activation);
        const DataFacts facts = task == Task::Classification ? classes(count) : regression(count);
        ModelSpec m = smallModel();
        const LayerSpec hidden = m.layers.front();
        QVERIFY(fitOutputLayer(m, loss, facts));
        QCOMPARE(m.layers.back().units, units);
        QCOMPARE(m.layers.back().activation, activation);
        QVERIFY(m.layers.front() == hidden);  // only the output layer
        QCOMPARE(m.layers.size(), size_t(2));
        // fitted: nothing more to change
        const ModelSpec fitted = m;
        QVERIFY(!fitOutputLayer(m, loss, facts));
        QVERIFY(m == fitted);
    }

    void aLayerThatIsNotDenseIsLeftAlone()
    {
        ModelSpec m = smallModel();
        m.layers.push_back(LayerSpec::of(LayerKind::Dropout));
        const ModelSpec before = m;
        QVERIFY(!fitOutputLayer(m, LossKind::SparseCategoricalCrossEntropy, classes(4)));
        QVERIFY(m == before);
        ModelSpec empty;
        QVERIFY(!fitOutputLayer(empty, LossKind::MSE, regression(1)));
        QVERIFY(empty.layers.empty());
    }

    void changingOnlyTheActivationIsAChange()
    {
        // the width already fits; the activation does not
        ModelSpec m = smallModel();
        m.layers.back() = LayerSpec::dense(1, Activation::Tanh);
        QVERIFY(fitOutputLayer(m, LossKind::BinaryCrossEntropy, classes(2)));
        QCOMPARE(m.layers.back().units, 1);
        QCOMPARE(m.layers.back().activation, Activation::Sigmoid);
    }

    void noteSaysWidthActivationLossAndData_data()
    {
        QTest::addColumn<LossKind>("loss");
        QTest::addColumn<Task>("task");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const Task C = Task::Classification;
        const Task R = Task::Regression;
        QTest::newRow("one unit") << LossKind::BinaryCrossEntropy << C << 2
                                  << QStringLiteral("The output layer: 1 sigmoid unit, set by the loss (binary-crossentropy) and "
                                                    "the data (2 classes). Change the loss or the data to change it.");
        QTest::newRow("units") << LossKind::SparseCategoricalCrossEntropy << C << 4
                               << QStringLiteral("The output layer: 4 softmax units, set by the loss "
                                                 "(sparse-categorical-crossentropy) and the data (4 classes). Change the "
                                                 "loss or the data to change it.");
        QTest::newRow("regression") << LossKind::MSE << R << 1
                                    << QStringLiteral("The output layer: 1 linear unit, set by the loss (mse) and the data "
                                                      "(regression). Change the loss or the data to change it.");
        QTest::newRow("regression, targets") << LossKind::MSE << R << 3
                                             << QStringLiteral("The output layer: 3 linear units, set by the loss (mse) and "
                                                               "the data (regression, 3 targets). Change the loss or the "
                                                               "data to change it.");
    }
    void noteSaysWidthActivationLossAndData()
    {
        QFETCH(LossKind, loss);
        QFETCH(Task, task);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(outputLayerNote(loss, task == Task::Classification ? classes(count) : regression(count)), expected);
    }
};

QTEST_APPLESS_MAIN(TestOutputRule)
#include "test_output_rule.moc"
