// The case the gradient doctor was made for (issue 14): a spiral net of 8 sigmoid layers of
// 16 units, "normal" initialiser (std 0.1), SGD at 0.1, binary cross-entropy. Its gradients
// shrink about tenfold per layer on the way back, and the loss sits at ln 2.
#pragma once

#include "io/project.h"

namespace layerlab::test {

inline Project deepSigmoidProject()
{
    Project p;
    p.name = "Deep sigmoid";
    p.description = "Eight sigmoid layers of 16 units with small normal weights: the gradients vanish.";
    p.data.source = "spiral";
    p.data.samples = 500;
    p.data.noise = 0.05f;
    Initializer small;
    small.kind = InitKind::Normal;
    small.value = 0.1f;
    for (int i = 0; i < 8; ++i)
        p.model.layers.push_back(LayerSpec::dense(16, Activation::Sigmoid, small));
    p.model.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid, small));
    p.training.loss = LossKind::BinaryCrossEntropy;
    p.training.optimizer.kind = OptimizerKind::SGD;
    p.training.optimizer.learningRate = 0.1f;
    p.training.batchSize = 10;
    p.training.epochs = 100000;  // trains until paused
    return p;
}

}  // namespace layerlab::test
