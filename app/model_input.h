// What the model's input is, for the canvas and the summary: its shape, and a line that
// describes it ("Features: x1, x2", "28×28 grey images"). Built-in generators and
// Fashion-MNIST are known from the data spec alone; data from files only once the session
// has loaded them.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/shape.h"
#include "io/project.h"

namespace layerlab {

class ModelInput {
    Q_DECLARE_TR_FUNCTIONS(ModelInput)
public:
    // What the session's prepared data say about the input (for data from files).
    void setLoaded(const Dataset& train);
    // A different project: what was loaded for the last one no longer applies.
    void clearLoaded();

    std::optional<Shape> shape(const DataSpec& data) const;
    QString description(const DataSpec& data) const;

private:
    // (made when asked, so that it is in the language of the moment)
    QString loadedDescription() const;

    std::optional<Shape> m_loadedShape;
    int m_loadedFeatureCount = 0;
    QStringList m_loadedNames;  // the loaded inputs' names, when they have them
};

}  // namespace layerlab
