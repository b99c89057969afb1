// Small CNNs learn a small image task: horizontal against vertical bars on noise. A dense
// net on raw pixels must learn every position separately; a convolution learns one
// oriented edge detector and slides it, so a few epochs suffice.
#include <QtTest>

#include "conv_test_support.h"
#include "data/data_spec.h"
#include "data/idx_loader.h"
#include "io/examples.h"
#include "session/build_trainer.h"
#include "training/trainer.h"

using namespace layerlab;
using namespace layerlab::convtest;

namespace {

double validationAccuracyAfter(const ModelSpec& spec, int epochs)
{
    const Dataset train = barsDataset(400, 10, 11);
    const Dataset validation = barsDataset(200, 10, 12);
    Model model(spec, train.inputShape);
    model.initialize(5);
    TrainConfig config;
    config.loss = LossKind::SparseCategoricalCrossEntropy;
    config.optimizer.kind = OptimizerKind::Adam;
    config.optimizer.learningRate = 0.01f;
    config.batchSize = 32;
    config.epochs = epochs;
    Trainer trainer(model, std::make_shared<const Dataset>(train), std::make_shared<const Dataset>(validation), config,
                    5);
    while (trainer.state() == TrainerState::Ready)
        trainer.runEpoch();
    const double accuracy = trainer.history().back().validation.accuracy;
    std::printf("  validation accuracy after %d epochs: %.3f (first epoch %.3f)\n", epochs, accuracy,
                trainer.history().front().validation.accuracy);
    return accuracy;
}

}  // namespace

class TestConvLearning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convPoolDenseLearnsBars();
    void globalAveragePoolingLearnsBars();
    void textbookCnnLearnsFashionMnistSubset();
};

void TestConvLearning::convPoolDenseLearnsBars()
{
    // Chance is 50%; the classes differ only in orientation, never in brightness.
    ModelSpec spec;
    spec.layers = {conv(8, 3), pool(LayerKind::MaxPool2D, 2), LayerSpec::of(LayerKind::Flatten),
                   LayerSpec::dense(2, Activation::Softmax)};
    QVERIFY(validationAccuracyAfter(spec, 5) >= 0.95);
}

void TestConvLearning::globalAveragePoolingLearnsBars()
{
    // No Dense layer sees positions here: global average pooling keeps only "how much of
    // each filter's pattern is in the image", which is enough to tell the orientation.
    ModelSpec spec;
    spec.layers = {conv(8, 3, Activation::ReLU, 1, Padding::Same), pool(LayerKind::AvgPool2D, 2), conv(8, 3),
                   LayerSpec::of(LayerKind::GlobalAvgPool), LayerSpec::dense(2, Activation::Softmax)};
    QVERIFY(validationAccuracyAfter(spec, 8) >= 0.95);
}


void TestConvLearning::textbookCnnLearnsFashionMnistSubset()
{
    // The textbook CNN exactly as the example builds it, on the first 3000 real training
    // images (validated on 500 of the official test images), for 3 epochs: a few seconds.
    // Chance is 10%; the full run (docs/cnn-fashion-mnist.md) reaches 86% after one epoch
    // of all 60000 images. With a twentieth of the data, 70% shows that it learns.
#ifdef LAYERLAB_SANITIZED
    QSKIP("a learning result on 3000 real images: run in the optimised build (the layers it uses are "
          "checked under the sanitizer by the other conv tests)");
#endif
    if (fashionMnistDir().empty())
        QSKIP("dataset-fashion-mnist is not installed (apt-get install dataset-fashion-mnist)");
    Project p = *findExample("fashion-mnist-cnn");
    p.data.sampleLimit = 3000;
    p.training.epochs = 3;
    const auto prepared = std::make_shared<const PreparedData>(prepareData(p.data, p.seed));
    const PreparedData& data = *prepared;
    QCOMPARE(data.train.sampleCount(), Index(3000));
    const std::unique_ptr<Trainer> built = buildTrainer(p, prepared);
    Trainer& trainer = *built;
    while (trainer.state() == TrainerState::Ready)
        trainer.runEpoch();
    const double accuracy = trainer.history().back().validation.accuracy;
    std::printf("  textbook CNN, 3000 Fashion-MNIST images, 3 epochs: validation accuracy %.3f on %lld images\n",
                accuracy, static_cast<long long>(data.validation.sampleCount()));
    QVERIFY(accuracy >= 0.70);
}

QTEST_APPLESS_MAIN(TestConvLearning)
#include "test_conv_learning.moc"
