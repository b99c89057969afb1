#include "output_rule.h"

#include <QCoreApplication>

#include "data/generators.h"

namespace layerlab {

namespace {

constexpr int kFashionClasses = 10;

// requiredOutputUnits reads a Dataset: one with the right task, classes and target rows.
Dataset stand_in(const DataFacts& facts)
{
    Dataset d;
    d.task = facts.task;
    d.classCount = facts.task == Task::Classification ? facts.classCount : 0;
    d.targets = Matrix(facts.task == Task::Classification ? 1 : facts.targets, 0);
    return d;
}

struct OutputRule {
    Q_DECLARE_TR_FUNCTIONS(OutputRule)
};

}  // namespace

std::optional<DataFacts> knownDataFacts(const DataSpec& spec)
{
    if (spec.source == "fashion-mnist")
        return DataFacts{Task::Classification, kFashionClasses, 1};
    const GeneratorInfo* g = findGenerator(spec.source);
    if (!g)
        return std::nullopt;
    if (g->task == Task::Regression)
        return DataFacts{Task::Regression, 0, 1};
    return DataFacts{Task::Classification, g->multiClass ? spec.classes : 2, 1};
}

DataFacts factsOf(const Dataset& data)
{
    return DataFacts{data.task, data.isClassification() ? data.classCount : 0,
                     data.isClassification() ? 1 : int(data.targets.rows())};
}

bool hasManagedOutput(const ModelSpec& model)
{
    return !model.layers.empty() && model.layers.back().kind == LayerKind::Dense;
}

bool fitOutputLayer(ModelSpec& model, LossKind loss, const DataFacts& facts)
{
    if (!hasManagedOutput(model))
        return false;
    LayerSpec& out = model.layers.back();
    const int units = requiredOutputUnits(loss, stand_in(facts));
    // Multi-class data under a loss without its own output activation (MSE on one-hot
    // targets) keeps a linear output; two classes under MSE get a sigmoid-free linear unit.
    const Activation activation = preferredOutputActivation(loss);
    if (out.units == units && out.activation == activation)
        return false;
    out.units = units;
    out.activation = activation;
    return true;
}

QString outputLayerNote(LossKind loss, const DataFacts& facts)
{
    const int units = requiredOutputUnits(loss, stand_in(facts));
    const QString activation = QString::fromUtf8(activationName(preferredOutputActivation(loss)).data());
    QString data = OutputRule::tr("%1 classes").arg(facts.classCount);
    if (facts.task == Task::Regression)
        data = facts.targets == 1 ? OutputRule::tr("regression") : OutputRule::tr("regression, %1 targets").arg(facts.targets);
    const QString width = units == 1 ? OutputRule::tr("1 %1 unit").arg(activation)
                                     : OutputRule::tr("%1 %2 units").arg(units).arg(activation);
    return OutputRule::tr("The output layer: %1, set by the loss (%2) and the data (%3). Change the loss or the data "
                          "to change it.")
        .arg(width, QString::fromUtf8(lossName(loss).data()), data);
}

}  // namespace layerlab
