#include "document.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

#include "diagnosis/fixes.h"
#include "diagnosis_words.h"
#include "message_text.h"
#include "project_edit_command.h"

namespace layerlab {

namespace {

// Data that has to be loaded is known by where it comes from.
std::string factsKey(const DataSpec& d)
{
    return d.source + "\n" + d.path + "\n" + d.labelsPath + "\n" + d.labelColumn + "\n" + d.labelTask;
}

QString labelOf(const ModelSpec& model, int index)
{
    return QString::fromStdString(layerLabel(model.layers[size_t(index)], index + 1));
}

bool hasWeights(LayerKind k) { return k == LayerKind::Dense || k == LayerKind::Conv2D; }

// The initialiser all weighted layers share, if they do.
std::optional<Initializer> commonInit(const ModelSpec& model)
{
    std::optional<Initializer> common;
    for (const LayerSpec& s : model.layers) {
        if (!hasWeights(s.kind))
            continue;
        if (common && !(*common == s.init))
            return std::nullopt;
        common = s.init;
    }
    return common;
}

}  // namespace

Document::Document(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &Document::emitModified);
}

Document::~Document()
{
    // The commands call back into the document: they go first.
    m_undo->disconnect(this);
    delete m_undo;
    m_undo = nullptr;
}

QString Document::displayName() const
{
    if (!m_path.isEmpty()) {
        const qsizetype slash = m_path.lastIndexOf(QLatin1Char('/'));
        return m_path.mid(slash + 1);
    }
    // a built-in example's name is marked for translation (io/examples.cpp); any other
    // name comes back as it is
    return QCoreApplication::translate("Examples", m_project.name.c_str());
}

bool Document::isModified() const { return m_forcedModified || !m_undo->isClean(); }

void Document::emitModified()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    Q_EMIT modifiedChanged(modified);
}

void Document::replace(const Project& project, const QString& path, bool modified)
{
    m_undo->clear();
    m_undo->setClean();
    m_project = project;
    ++m_revision;
    m_forcedModified = modified;
    if (path != m_path) {
        m_path = path;
        Q_EMIT filePathChanged(m_path);
    }
    Q_EMIT projectReplaced();
    Q_EMIT projectChanged();
    emitModified();
}

void Document::markSaved(const QString& path, const std::optional<SavedWeights>& weights)
{
    m_project.weights = weights;
    m_forcedModified = false;
    if (path != m_path) {
        m_path = path;
        Q_EMIT filePathChanged(m_path);
    }
    m_undo->setClean();
    emitModified();
}

void Document::markTrained()
{
    if (m_forcedModified)
        return;
    m_forcedModified = true;
    emitModified();
}

void Document::setProject(const Project& project)
{
    m_project = project;
    ++m_revision;
    Q_EMIT projectChanged();
}

void Document::setProjectFromHistory(const Project& project) { setProject(project); }

std::optional<DataFacts> Document::dataFacts() const
{
    if (auto known = knownDataFacts(m_project.data))
        return known;
    const auto it = m_loadedFacts.find(factsKey(m_project.data));
    return it == m_loadedFacts.end() ? std::nullopt : std::optional<DataFacts>(it->second);
}

void Document::setDataFacts(const DataFacts& facts)
{
    if (knownDataFacts(m_project.data))
        return;
    m_loadedFacts[factsKey(m_project.data)] = facts;
    fitOutput();
}

QString Document::outputNote() const
{
    const auto facts = dataFacts();
    if (!facts || !hasManagedOutput(m_project.model))
        return {};
    return outputLayerNote(m_project.training.loss, *facts);
}

void Document::edit(const QString& text, const QString& mergeKey, const std::function<void(Project&)>& change)
{
    Project after = m_project;
    change(after);
    std::optional<DataFacts> facts = knownDataFacts(after.data);
    if (!facts) {
        const auto it = m_loadedFacts.find(factsKey(after.data));
        if (it != m_loadedFacts.end())
            facts = it->second;
    }
    if (facts)
        fitOutputLayer(after.model, after.training.loss, *facts);
    if (after == m_project)
        return;
    m_undo->push(new ProjectEditCommand(this, m_project, after, text, mergeKey));
}

void Document::insertLayer(int index, LayerKind kind)
{
    LayerSpec layer = LayerSpec::of(kind);
    if (hasWeights(kind))
        if (const auto init = commonInit(m_project.model))
            layer.init = *init;
    edit(tr("Add %1 layer").arg(QString::fromUtf8(layerKindName(kind).data())), QString(), [&](Project& p) {
        const int at = std::clamp(index, 0, int(p.model.layers.size()));
        p.model.layers.insert(p.model.layers.begin() + at, layer);
    });
}

void Document::removeLayer(int index)
{
    if (index < 0 || index >= int(m_project.model.layers.size()))
        return;
    edit(tr("Delete %1").arg(labelOf(m_project.model, index)), QString(),
         [&](Project& p) { p.model.layers.erase(p.model.layers.begin() + index); });
}

void Document::moveLayer(int from, int to)
{
    const int n = int(m_project.model.layers.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    edit(tr("Move %1").arg(labelOf(m_project.model, from)), QString(), [&](Project& p) {
        const LayerSpec moved = p.model.layers[size_t(from)];
        p.model.layers.erase(p.model.layers.begin() + from);
        p.model.layers.insert(p.model.layers.begin() + to, moved);
    });
}

void Document::setLayer(int index, const LayerSpec& spec, const QString& field)
{
    if (index < 0 || index >= int(m_project.model.layers.size()))
        return;
    edit(tr("Change %1 of %2").arg(field, labelOf(m_project.model, index)),
         QStringLiteral("layer %1 %2").arg(index).arg(field),
         [&](Project& p) { p.model.layers[size_t(index)] = spec; });
}

void Document::setTraining(const TrainConfig& config, const QString& field)
{
    edit(tr("Change %1").arg(field), QStringLiteral("training ") + field, [&](Project& p) { p.training = config; });
}

void Document::setInitializerForAll(InitKind kind)
{
    edit(tr("Set initialiser of all layers"), QString(), [&](Project& p) {
        for (LayerSpec& s : p.model.layers)
            if (hasWeights(s.kind))
                s.init.kind = kind;
    });
}

void Document::setData(const DataSpec& data, const QString& field)
{
    edit(tr("Change %1").arg(field), QStringLiteral("data ") + field, [&](Project& p) { p.data = data; });
}

void Document::setSeed(std::uint64_t seed)
{
    edit(tr("Change seed"), QStringLiteral("seed"), [&](Project& p) { p.seed = seed; });
}

void Document::fitOutput()
{
    edit(tr("Fit the output layer to the data"), QString(), [](Project&) {});
}

void Document::applyFix(const Fix& fix)
{
    edit(messageText(fix.label), QString(), [&](Project& p) { p = layerlab::applyFix(p, fix); });
}

}  // namespace layerlab
