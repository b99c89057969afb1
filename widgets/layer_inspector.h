// The inspector: the selected layer's settings (units, activation, initialiser, dropout
// rate, convolution filters/kernel/stride/padding, pooling window), and for layers with an
// activation its formula, its derivative and a plot of both.
// Edits leave as layerEdited(); the model comes back through setLayer().
#pragma once

#include <QWidget>

#include <functional>

#include "model/model_spec.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace layerlab {

class ActivationPlot;

class LayerInspector : public QWidget {
    Q_OBJECT
public:
    explicit LayerInspector(QWidget* parent = nullptr);

    // Shows layer `index` (0-based). An output layer that follows the loss has its width
    // and activation fixed; `outputNote` says why.
    void setLayer(int index, const LayerSpec& spec, bool lockedOutput, const QString& outputNote);
    void clearLayer();
    int layerIndex() const { return m_index; }
    const LayerSpec& layer() const { return m_spec; }

    // The editors, for tests.
    QSpinBox* unitsEditor() const { return m_units; }
    QComboBox* activationEditor() const { return m_activation; }
    QComboBox* initializerEditor() const { return m_init; }
    QDoubleSpinBox* rateEditor() const { return m_rate; }
    QSpinBox* filtersEditor() const { return m_filters; }
    ActivationPlot* activationPlot() const { return m_plot; }

Q_SIGNALS:
    // `field` names what changed ("units", "activation", ...) so that undo can merge a
    // run of edits to the same field.
    void layerEdited(int index, const LayerSpec& spec, const QString& field);

private:
    void edit(const QString& field, const std::function<void(LayerSpec&)>& change);
    void showActivation(Activation a);
    // The texts that follow the shown layer (title, explanation, activation), in the
    // current language.
    void showLayerTexts();

    int m_index = -1;
    LayerSpec m_spec;
    bool m_updating = false;

    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_outputNote = nullptr;
    QFormLayout* m_form = nullptr;
    QSpinBox* m_units = nullptr;
    QComboBox* m_activation = nullptr;
    QComboBox* m_init = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QSpinBox* m_filters = nullptr;
    QSpinBox* m_kernel = nullptr;
    QSpinBox* m_stride = nullptr;
    QComboBox* m_padding = nullptr;
    QSpinBox* m_window = nullptr;
    QGroupBox* m_activationBox = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_derivative = nullptr;
    QLabel* m_activationText = nullptr;
    ActivationPlot* m_plot = nullptr;
};

}  // namespace layerlab
