// Every built-in data set can be learned by a small, known network: what a class sees on
// the first press of Play is a net that gets there, not a generator that is broken.
#include <QtTest>

#include "data/data_spec.h"
#include "data/generators.h"
#include "model/model.h"
#include "training/trainer.h"

using namespace layerlab;

class TestGeneratorLearning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownNetLearnsIt_data();
    void knownNetLearnsIt();
};

void TestGeneratorLearning::knownNetLearnsIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("threshold");  // validation accuracy, or R^2 for regression
    for (const GeneratorInfo& g : dataGenerators()) {
        // Chance is 50% (two classes) or 1/classes; these bars are far above it and below
        // what the net reaches, so a broken generator (wrong labels, shapes) fails.
        double threshold = 0.9;
        if (g.name == "checkerboard" || g.name == "multi-spiral")
            threshold = 0.8;  // many boundary pieces for a small net in a few seconds
        QTest::newRow(g.name.c_str()) << QString::fromStdString(g.name) << threshold;
    }
}

void TestGeneratorLearning::knownNetLearnsIt()
{
    QFETCH(QString, name);
    QFETCH(double, threshold);
    const GeneratorInfo* info = findGenerator(name.toStdString());
    QVERIFY(info);
    DataSpec spec;
    spec.source = name.toStdString();
    spec.samples = 600;
    spec.noise = 0.05f;
    spec.classes = 3;
    spec.normalization = "zscore";
    const PreparedData data = prepareData(spec, 7);

    ModelSpec modelSpec;
    const bool classification = info->task == Task::Classification;
    const int outputs = classification ? (info->multiClass ? spec.classes : 1) : 1;
    modelSpec.layers = {LayerSpec::dense(16, Activation::Tanh), LayerSpec::dense(16, Activation::Tanh),
                      LayerSpec::dense(outputs, classification ? (outputs == 1 ? Activation::Sigmoid : Activation::Softmax)
                                                               : Activation::Linear)};
    TrainConfig config;
    config.loss = !classification ? LossKind::MSE
                  : outputs == 1  ? LossKind::BinaryCrossEntropy
                                  : LossKind::SparseCategoricalCrossEntropy;
    config.optimizer.learningRate = 0.01f;
    config.batchSize = 16;
    config.epochs = 300;
    config.threads = 1;
    Model model(modelSpec, data.train.inputShape);
    model.initialize(7);
    Trainer trainer(std::move(model), std::make_shared<const Dataset>(data.train),
                    std::make_shared<const Dataset>(data.validation), config, 7);
    double score = 0;
    while (trainer.state() == TrainerState::Ready) {
        trainer.runEpoch();
        const Metrics m = trainer.history().back().validation;
        score = classification ? m.accuracy : m.r2;
        if (score > threshold + 0.05)
            break;  // clearly learned: no need to spend the whole budget
    }
    std::printf("  %-17s %s %.3f after %d epochs\n", qPrintable(name), classification ? "accuracy" : "R^2     ", score,
                trainer.epoch());
    QVERIFY2(score >= threshold, qPrintable(QString("%1 reached only %2").arg(name).arg(score)));
}

QTEST_APPLESS_MAIN(TestGeneratorLearning)
#include "test_generator_learning.moc"
