// The hyper-parameters: loss, optimizer, learning rate, batch size, epochs, regularisation
// (none / L1 / L2 and its rate), gradient clipping, and the weight initialiser of all
// layers. Changes made while training apply at the next step.
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

#include "layers/initializer.h"
#include "training/train_config.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace layerlab {

class LogSpinBox;

class TrainingSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingSettingsPanel(QWidget* parent = nullptr);

    // commonInit: the initialiser every weighted layer shares, nullopt when they differ.
    void setConfig(const TrainConfig& config, std::optional<InitKind> commonInit);
    const TrainConfig& config() const { return m_config; }

    QComboBox* lossEditor() const { return m_loss; }
    QComboBox* optimizerEditor() const { return m_optimizer; }
    LogSpinBox* learningRateEditor() const { return m_learningRate; }
    QSpinBox* batchSizeEditor() const { return m_batchSize; }
    QSpinBox* epochsEditor() const { return m_epochs; }
    QComboBox* penaltyEditor() const { return m_penalty; }
    LogSpinBox* penaltyRateEditor() const { return m_penaltyRate; }
    QDoubleSpinBox* clippingEditor() const { return m_clipping; }
    QComboBox* initializerEditor() const { return m_init; }

Q_SIGNALS:
    // `field` names what changed ("learning rate", ...) so that undo can merge a run of
    // edits to the same field and name it.
    void configEdited(const TrainConfig& config, const QString& field);
    void initializerEdited(InitKind kind);

private:
    void edit(const QString& field, const std::function<void(TrainConfig&)>& change);
    void updateExplanations();

    TrainConfig m_config;
    bool m_updating = false;

    QComboBox* m_loss = nullptr;
    QComboBox* m_optimizer = nullptr;
    LogSpinBox* m_learningRate = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_epochs = nullptr;
    QComboBox* m_penalty = nullptr;
    LogSpinBox* m_penaltyRate = nullptr;
    QDoubleSpinBox* m_clipping = nullptr;
    QComboBox* m_init = nullptr;
    QLabel* m_formula = nullptr;
};

}  // namespace layerlab
