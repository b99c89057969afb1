// For the views of convolutional networks: a tiny CNN really trained by the engine's
// Trainer on bars (horizontal or vertical, tests/engine/conv), with the snapshot filled the
// way the training worker fills it.
#pragma once

#include <QStringList>

#include <memory>
#include <vector>

#include "../engine/conv/conv_test_support.h"
#include "session/snapshot.h"
#include "training/trainer.h"

namespace layerlab::test {

struct TinyCnnRun {
    Dataset train;
    Dataset validation;
    std::shared_ptr<TrainingSnapshot> snapshot;
};

// Conv2D(4, 3x3) -> MaxPool(2) -> Conv2D(6, 3x3) -> Flatten -> Dense(2, softmax) on 10x10
// bars: feature maps 8x8x4, pooled 4x4x4, then 2x2x6.
inline TinyCnnRun trainTinyCnn(int epochs = 2)
{
    TinyCnnRun run;
    run.train = convtest::barsDataset(96, 10, 3);
    run.validation = convtest::barsDataset(30, 10, 4);
    ModelSpec spec;
    spec.layers = {convtest::conv(4, 3), convtest::pool(LayerKind::MaxPool2D, 2), convtest::conv(6, 3),
                   LayerSpec::of(LayerKind::Flatten), LayerSpec::dense(2, Activation::Softmax)};
    Model model(spec, run.train.inputShape);
    model.initialize(5);
    TrainConfig config;
    config.loss = LossKind::SparseCategoricalCrossEntropy;
    config.optimizer.learningRate = 0.01f;
    config.batchSize = 16;
    config.epochs = epochs;
    config.threads = 1;
    Trainer trainer(model, std::make_shared<const Dataset>(run.train), std::make_shared<const Dataset>(run.validation),
                    config, 5);
    while (trainer.state() == TrainerState::Ready)
        trainer.step();
    auto s = std::make_shared<TrainingSnapshot>();
    s->step = trainer.stepCount();
    s->epoch = trainer.epoch();
    s->stepsPerEpoch = trainer.stepsPerEpoch();
    s->samplesPerEpoch = run.train.sampleCount();
    s->state = trainer.state();
    s->history = trainer.history();
    s->probes = trainer.probes();
    s->model = trainer.model();
    s->taskDescription = "bars";
    run.snapshot = s;
    return run;
}

inline std::vector<int> labelsOf(const Dataset& d)
{
    std::vector<int> labels;
    for (Index i = 0; i < d.sampleCount(); ++i)
        labels.push_back(int(d.targets(0, i)));
    return labels;
}

inline QStringList classNamesOf(const Dataset& d)
{
    QStringList names;
    for (const std::string& n : d.classNames)
        names << QString::fromStdString(n);
    return names;
}

}  // namespace layerlab::test
