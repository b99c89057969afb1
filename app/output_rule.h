// The output layer follows the loss and the data: binary cross-entropy on two classes wants
// one sigmoid unit, sparse categorical cross-entropy on four classes four softmax units, a
// regression one linear unit per target. The app keeps the last Dense layer in step, as
// part of the same undo step as the edit that changed the loss or the data.
#pragma once

#include <QString>

#include <optional>

#include "data/data_spec.h"
#include "model/model_spec.h"
#include "training/train_config.h"

namespace layerlab {

// What the output layer depends on in the data.
struct DataFacts {
    Task task = Task::Classification;
    int classCount = 2;   // classification
    int targets = 1;      // regression: values per sample
    friend bool operator==(const DataFacts&, const DataFacts&) = default;
};

// Known without loading for built-in generators and Fashion-MNIST; nullopt for files.
std::optional<DataFacts> knownDataFacts(const DataSpec& spec);
DataFacts factsOf(const Dataset& data);

// The last layer is an output the app manages: a Dense layer.
bool hasManagedOutput(const ModelSpec& model);
// Sets the managed output layer's units and activation for the loss and the data. Returns
// whether anything changed.
bool fitOutputLayer(ModelSpec& model, LossKind loss, const DataFacts& facts);
// "1 sigmoid unit: binary cross-entropy on 2 classes", for the inspector.
QString outputLayerNote(LossKind loss, const DataFacts& facts);

}  // namespace layerlab
