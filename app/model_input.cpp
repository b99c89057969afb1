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
    m_loadedFeatureCount = int(train.inputs.rows());
    m_loadedNames = train.inputShape.isFlat() ? inputNames(train) : QStringList();
}

void ModelInput::clearLoaded()
{
    m_loadedShape.reset();
    m_loadedFeatureCount = 0;
    m_loadedNames.clear();
}

QString ModelInput::loadedDescription() const
{
    if (!m_loadedShape)
        return tr("loading the data…");
    if (m_loadedShape->isFlat())
        return m_loadedNames.isEmpty() ? tr("Features: %1").arg(m_loadedFeatureCount)
                                       : tr("Features: %1").arg(m_loadedNames.join(QStringLiteral(", ")));
    //: height × width pixels × channels
    return tr("Images of %1×%2 pixels × %3 channels")
        .arg(m_loadedShape->height)
        .arg(m_loadedShape->width)
        .arg(m_loadedShape->channels);
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
    return loadedDescription();
}

}  // namespace layerlab
