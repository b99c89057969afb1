// The data: which data set (a built-in generator, Fashion-MNIST or a CSV file), its size
// and noise, the input features the network sees (x1, x2, x1², sin x1, ...), the share held
// out for validation, normalisation and the seed. Below, what preparing the data did.
#pragma once

#include <QWidget>

#include <cstdint>
#include <functional>

#include "data/data_spec.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace layerlab {

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);

    void setData(const DataSpec& spec, std::uint64_t seed);
    // What preparing the data did, or why it failed (shown under the settings).
    void setReport(const QString& report, bool problem);

    QComboBox* sourceEditor() const { return m_source; }
    QSpinBox* samplesEditor() const { return m_samples; }
    QDoubleSpinBox* noiseEditor() const { return m_noise; }
    QSpinBox* validationEditor() const { return m_validation; }
    QSpinBox* seedEditor() const { return m_seed; }
    QCheckBox* featureBox(const QString& name) const;
    QLabel* reportLabel() const { return m_report; }

Q_SIGNALS:
    void dataEdited(const DataSpec& spec, const QString& field);
    void seedEdited(quint64 seed);

private:
    void edit(const QString& field, const std::function<void(DataSpec&)>& change);
    void showFieldsFor(const DataSpec& spec);
    // The sentence under the data set choice, in the current language.
    void showSourceText(const DataSpec& spec);
    void featureToggled();
    void chooseCsv();

    DataSpec m_spec;
    bool m_updating = false;

    QFormLayout* m_form = nullptr;
    QComboBox* m_source = nullptr;
    QLabel* m_sourceText = nullptr;
    QSpinBox* m_samples = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QSpinBox* m_classes = nullptr;
    QWidget* m_features = nullptr;
    QGridLayout* m_featureGrid = nullptr;
    QList<QCheckBox*> m_featureBoxes;
    QSpinBox* m_limit = nullptr;
    QWidget* m_csvRow = nullptr;
    QLineEdit* m_csvPath = nullptr;
    QLineEdit* m_labelColumn = nullptr;
    QSpinBox* m_validation = nullptr;
    QComboBox* m_normalization = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_newSeed = nullptr;
    QLabel* m_report = nullptr;
};

}  // namespace layerlab
