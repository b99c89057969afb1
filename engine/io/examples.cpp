#include "io/examples.h"

#include "core/message.h"

namespace layerlab {

namespace {

Project twoClassProject(std::string name, std::string description, std::string data, std::vector<int> hidden,
                        Activation act, float lr, int epochs)
{
    Project p;
    p.name = std::move(name);
    p.description = std::move(description);
    p.data.source = std::move(data);
    p.data.samples = 500;
    p.data.noise = 0.1f;
    for (int units : hidden)
        p.model.layers.push_back(LayerSpec::dense(units, act));
    p.model.layers.push_back(LayerSpec::dense(1, Activation::Sigmoid));
    p.training.loss = LossKind::BinaryCrossEntropy;
    p.training.optimizer.kind = OptimizerKind::Adam;
    p.training.optimizer.learningRate = lr;
    p.training.batchSize = 10;
    p.training.epochs = epochs;
    return p;
}

std::vector<Example> makeExamples()
{
    std::vector<Example> list;
    {
        Project p = twoClassProject(QT_TRANSLATE_NOOP("Examples", "Spiral"),
                                    QT_TRANSLATE_NOOP("Examples", "Two interleaved spirals: a net must bend its boundary "
                                                                  "twice. Two hidden layers of 8 tanh units."),
                                    "spiral", {8, 8}, Activation::Tanh, 0.01f, 1000);
        p.data.noise = 0.05f;
        // z-scored inputs train the spiral about three times faster than raw ones.
        p.data.normalization = "zscore";
        list.push_back({"spiral", QT_TRANSLATE_NOOP("Examples", "Spiral, two hidden layers of 8 tanh units"), p});
    }
    {
        Project p = twoClassProject(
            QT_TRANSLATE_NOOP("Examples", "XOR"),
            QT_TRANSLATE_NOOP("Examples", "Four quadrants: not linearly separable, one hidden layer suffices."), "xor",
            {4}, Activation::Tanh, 0.03f, 100);
        list.push_back({"xor", QT_TRANSLATE_NOOP("Examples", "XOR with a 2-4-1 tanh net"), p});
    }
    list.push_back({"circle", QT_TRANSLATE_NOOP("Examples", "Circle, one hidden layer of 4 ReLU units"),
                    twoClassProject(QT_TRANSLATE_NOOP("Examples", "Circle"),
                                    QT_TRANSLATE_NOOP("Examples", "A disc inside a ring."), "circle", {4},
                                    Activation::ReLU, 0.03f, 100)});
    list.push_back({"gaussians", QT_TRANSLATE_NOOP("Examples", "Two Gaussian clouds, logistic regression"),
                    twoClassProject(QT_TRANSLATE_NOOP("Examples", "Two Gaussians"),
                                    QT_TRANSLATE_NOOP("Examples", "Two noisy clouds: a single sigmoid unit separates them."),
                                    "gaussians", {}, Activation::Tanh, 0.03f, 50)});
    {
        Project p;
        p.name = QT_TRANSLATE_NOOP("Examples", "Linear regression");
        p.description = QT_TRANSLATE_NOOP("Examples", "The textbook's y = w1*x1 + w2*x2 + b, fitted by full-batch "
                                                      "gradient descent: the learned weights are w1, w2 and b.");
        p.data.source = "linear2";
        p.data.samples = 200;
        p.data.noise = 0.0f;
        p.model.layers.push_back(LayerSpec::dense(1, Activation::Linear));
        p.training.loss = LossKind::MSE;
        p.training.optimizer.kind = OptimizerKind::GradientDescent;
        p.training.optimizer.learningRate = 0.1f;
        p.training.epochs = 500;
        list.push_back({"linear-regression",
                        QT_TRANSLATE_NOOP("Examples", "Linear regression y = w1*x1 + w2*x2 + b by gradient descent"), p});
    }
    {
        Project p;
        p.name = QT_TRANSLATE_NOOP("Examples", "Sine regression");
        p.description = QT_TRANSLATE_NOOP("Examples", "Fit a sine curve with a small tanh net and mean squared error.");
        p.data.source = "sine";
        p.data.samples = 300;
        p.model.layers = {LayerSpec::dense(16, Activation::Tanh), LayerSpec::dense(16, Activation::Tanh),
                          LayerSpec::dense(1, Activation::Linear)};
        p.training.loss = LossKind::MSE;
        p.training.optimizer.learningRate = 0.01f;
        p.training.batchSize = 16;
        p.training.epochs = 200;
        list.push_back({"sine", QT_TRANSLATE_NOOP("Examples", "Sine curve, regression with a 1-16-16-1 tanh net"), p});
    }
    {
        Project p;
        p.name = QT_TRANSLATE_NOOP("Examples", "Gaussian blobs, softmax");
        p.description = QT_TRANSLATE_NOOP("Examples", "Four classes: a softmax output and categorical cross-entropy.");
        p.data.source = "blobs";
        p.data.classes = 4;
        p.model.layers = {LayerSpec::dense(8, Activation::ReLU, {InitKind::HeUniform}),
                          LayerSpec::dense(4, Activation::Softmax)};
        p.training.loss = LossKind::SparseCategoricalCrossEntropy;
        p.training.optimizer.learningRate = 0.01f;
        p.training.batchSize = 16;
        p.training.epochs = 60;
        list.push_back({"blobs", QT_TRANSLATE_NOOP("Examples", "Four Gaussian blobs, softmax classifier"), p});
    }
    {
        Project p;
        p.name = QT_TRANSLATE_NOOP("Examples", "Diverging regression");
        p.description = QT_TRANSLATE_NOOP("Examples", "A learning rate of 1000: the loss explodes within a few steps. "
                                                      "Watch where it breaks, then lower the learning rate.");
        p.data.source = "plane";
        p.data.samples = 200;
        p.model.layers = {LayerSpec::dense(8, Activation::ReLU, {InitKind::HeUniform}),
                          LayerSpec::dense(1, Activation::Linear)};
        p.training.loss = LossKind::MSE;
        p.training.optimizer.kind = OptimizerKind::SGD;
        p.training.optimizer.learningRate = 1000.0f;
        p.training.epochs = 50;
        list.push_back({"diverging", QT_TRANSLATE_NOOP("Examples", "A run that diverges (learning rate 1000)"), p});
    }
    {
        Project p;
        p.name = QT_TRANSLATE_NOOP("Examples", "MLP on Fashion-MNIST");
        p.description = QT_TRANSLATE_NOOP("Examples", "784-256-128-10 ReLU network with softmax, Adam, batch 128.");
        p.data.source = "fashion-mnist";
        p.model.layers = {LayerSpec::of(LayerKind::Flatten), LayerSpec::dense(256, Activation::ReLU, {InitKind::HeUniform}),
                          LayerSpec::dense(128, Activation::ReLU, {InitKind::HeUniform}),
                          LayerSpec::dense(10, Activation::Softmax)};
        p.training.loss = LossKind::SparseCategoricalCrossEntropy;
        p.training.optimizer.learningRate = 0.001f;
        p.training.batchSize = 128;
        p.training.epochs = 10;
        list.push_back({"fashion-mnist-mlp", QT_TRANSLATE_NOOP("Examples", "Fashion-MNIST with a 784-256-128-10 MLP"), p});
    }
    {
        Project p;
        p.name = QT_TRANSLATE_NOOP("Examples", "CNN on Fashion-MNIST");
        p.description = QT_TRANSLATE_NOOP("Examples", "The textbook's Keras model: two 3x3 convolutions (32 and 64 ReLU "
                                                      "filters), each followed by 2x2 max pooling, then Flatten and a "
                                                      "softmax over the 10 classes. Adam, batch 128.");
        p.data.source = "fashion-mnist";
        LayerSpec conv32 = LayerSpec::of(LayerKind::Conv2D);
        conv32.filters = 32;
        conv32.kernel = 3;
        conv32.activation = Activation::ReLU;
        conv32.init = {InitKind::HeUniform};
        LayerSpec conv64 = conv32;
        conv64.filters = 64;
        const LayerSpec pool = LayerSpec::of(LayerKind::MaxPool2D);  // 2x2 window, stride 2
        p.model.layers = {conv32, pool, conv64, pool, LayerSpec::of(LayerKind::Flatten),
                          LayerSpec::dense(10, Activation::Softmax)};
        p.training.loss = LossKind::SparseCategoricalCrossEntropy;
        p.training.optimizer.learningRate = 0.001f;
        p.training.batchSize = 128;
        p.training.epochs = 10;
        list.push_back(
            {"fashion-mnist-cnn", QT_TRANSLATE_NOOP("Examples", "CNN on Fashion-MNIST (the textbook's Keras model)"), p});
    }
    return list;
}

}  // namespace

const std::vector<Example>& builtInExamples()
{
    static const std::vector<Example> examples = makeExamples();
    return examples;
}

std::optional<Project> findExample(const std::string& name)
{
    for (const auto& e : builtInExamples())
        if (e.name == name)
            return e.project;
    return std::nullopt;
}

const char* defaultExampleName() { return "spiral"; }

}  // namespace layerlab
