#include "model_input.h"

#include <QStringList>

#include "data/generators.h"
#include "view_data.h"

namespace layerlab {

namespace {
constexpr int kFashionSide = 28;
}

void ModelInput::setLoaded(const Dataset& train)
{
    m_loadedShape = train.inputShape;
    if (train.inputShape.isFlat()) {
        const QStringList names = inputNames(train);
        m_loadedDescription = names.isEmpty() ? tr("Features: %1").arg(train.inputs.rows())
                                              : tr("Features: %1").arg(names.join(QStringLiteral(", ")));
    } else {
        m_loadedDescription = tr("Images of %1×%2 pixels × %3 channels")
                                  .arg(train.inputShape.height)
                                  .arg(train.inputShape.width)
                                  .arg(train.inputShape.channels);
    }
}

void ModelInput::clearLoaded()
{
    m_loadedShape.reset();
    m_loadedDescription.clear();
}

std::optional<Shape> ModelInput::shape(const DataSpec& data) const
{
    if (const GeneratorInfo* g = findGenerator(data.source))
        return Shape::flat(data.features.empty() ? g->inputs : int(data.features.size()));
    if (data.source == "fashion-mnist")
        return Shape::image(1, kFashionSide, kFashionSide);
    return m_loadedShape;
}

QString ModelInput::description(const DataSpec& data) const
{
    if (const GeneratorInfo* g = findGenerator(data.source)) {
        QStringList names;
        if (data.features.empty()) {
            names << QStringLiteral("x1");
            if (g->inputs == 2)
                names << QStringLiteral("x2");
        } else {
            for (const std::string& f : data.features)
                names << QString::fromStdString(f).replace(QStringLiteral("^2"), QStringLiteral("²"));
        }
        return tr("Features: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (data.source == "fashion-mnist")
        return tr("28×28 grey images");
    return m_loadedDescription.isEmpty() ? tr("loading the data…") : m_loadedDescription;
}

}  // namespace layerlab
