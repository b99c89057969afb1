#include "layer_inspector.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "activation_plot.h"
#include "compact_combo.h"
#include "form_rows.h"
#include "formula_text.h"
#include "layer_text.h"
#include "translated_texts.h"
#include "view_style.h"

namespace layerlab {

namespace {
constexpr int kMaxUnits = 4096;
constexpr int kMaxFilters = 512;

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

}  // namespace

LayerInspector::LayerInspector(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_title = new QLabel(this);
    style::useScaledFont(m_title, 1.3, true);
    layout->addWidget(m_title);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_outputNote = new QLabel(this);
    m_outputNote->setWordWrap(true);
    m_outputNote->setStyleSheet(QStringLiteral("QLabel { background: #e3f2fd; color: #0d47a1; padding: 6px; "
                                               "border-radius: 4px; }"));
    layout->addWidget(m_outputNote);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // in a narrow dock a field goes under its label rather than past the dock's edge
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);

    m_units = new QSpinBox(this);
    m_units->setRange(1, kMaxUnits);
    m_form->addRow(rowLabel(m_units), m_units);
    connect(m_units, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("units"), [v](LayerSpec& s) { s.units = v; }); });

    m_activation = compactCombo(new QComboBox(this));
    for (const Activation a : allActivations())
        m_activation->addItem(fromView(activationName(a)), int(a));  // names, as they are
    m_form->addRow(rowLabel(m_activation), m_activation);
    connect(m_activation, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto a = Activation(m_activation->itemData(i).toInt());
        edit(tr("activation"), [a](LayerSpec& s) { s.activation = a; });
    });

    m_init = compactCombo(new QComboBox(this));
    for (const InitKind k : allInitKinds())
        m_init->addItem(QString(), int(k));
    m_form->addRow(rowLabel(m_init), m_init);
    connect(m_init, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto k = InitKind(m_init->itemData(i).toInt());
        m_init->setToolTip(LayerText::initExplanation(k));
        edit(tr("initialiser"), [k](LayerSpec& s) { s.init.kind = k; });
    });

    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0.0, 0.95);
    m_rate->setSingleStep(0.05);
    m_rate->setDecimals(2);
    m_form->addRow(rowLabel(m_rate), m_rate);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit(tr("rate"), [v](LayerSpec& s) { s.rate = float(v); }); });

    m_momentum = new QDoubleSpinBox(this);
    m_momentum->setRange(0.0, 0.999);
    m_momentum->setSingleStep(0.01);
    m_momentum->setDecimals(3);
    m_form->addRow(rowLabel(m_momentum), m_momentum);
    connect(m_momentum, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit(tr("momentum"), [v](LayerSpec& s) { s.momentum = float(v); }); });

    m_filters = new QSpinBox(this);
    m_filters->setRange(1, kMaxFilters);
    m_form->addRow(rowLabel(m_filters), m_filters);
    connect(m_filters, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("filters"), [v](LayerSpec& s) { s.filters = v; }); });

    m_kernel = new QSpinBox(this);
    m_kernel->setRange(1, 11);
    m_form->addRow(rowLabel(m_kernel), m_kernel);
    connect(m_kernel, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("kernel"), [v](LayerSpec& s) { s.kernel = v; }); });

    m_stride = new QSpinBox(this);
    m_stride->setRange(1, 5);
    m_form->addRow(rowLabel(m_stride), m_stride);
    connect(m_stride, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("stride"), [v](LayerSpec& s) { s.stride = v; }); });

    m_padding = compactCombo(new QComboBox(this));
    m_padding->addItem(QString(), int(Padding::Valid));
    m_padding->addItem(QString(), int(Padding::Same));
    m_form->addRow(rowLabel(m_padding), m_padding);
    connect(m_padding, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto pad = Padding(m_padding->itemData(i).toInt());
        edit(tr("padding"), [pad](LayerSpec& s) { s.padding = pad; });
    });

    m_window = new QSpinBox(this);
    m_window->setRange(1, 8);
    m_form->addRow(rowLabel(m_window), m_window);
    connect(m_window, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("window"), [v](LayerSpec& s) { s.kernel = v; }); });

    m_activationBox = new QGroupBox(this);
    auto* box = new QVBoxLayout(m_activationBox);
    m_formula = new QLabel(m_activationBox);
    m_derivative = new QLabel(m_activationBox);
    for (QLabel* l : {m_formula, m_derivative}) {
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        style::useScaledFont(l, 1.1, false);
        box->addWidget(l);
    }
    m_plot = new ActivationPlot(m_activationBox);
    box->addWidget(m_plot, 1);
    m_activationText = new QLabel(m_activationBox);
    m_activationText->setWordWrap(true);
    box->addWidget(m_activationText);
    layout->addWidget(m_activationBox, 1);
    layout->addStretch(0);

    clearLayer();
    translatedTexts(this, [this] {
        m_units->setToolTip(tr("Units (neurons) in this layer: each learns one weighted sum of the inputs. More "
                               "units can bend the decision boundary more, and overfit more."));
        setRowLabel(m_form, m_units, tr("Units"));
        for (int i = 0; i < m_activation->count(); ++i) {
            const auto a = Activation(m_activation->itemData(i).toInt());
            m_activation->setItemData(i, LayerText::activationExplanation(a), Qt::ToolTipRole);
        }
        m_activation->setToolTip(tr("The non-linearity applied to each unit's weighted sum; without one, stacked "
                                    "layers collapse into a single linear map."));
        setRowLabel(m_form, m_activation, tr("Activation"));
        for (int i = 0; i < m_init->count(); ++i) {
            const auto k = InitKind(m_init->itemData(i).toInt());
            m_init->setItemText(i, LayerText::initTitle(k));
            m_init->setItemData(i, LayerText::initExplanation(k), Qt::ToolTipRole);
        }
        setRowLabel(m_form, m_init, tr("Initialiser"));
        m_rate->setToolTip(tr("The fraction of inputs set to zero at each training step (0.5 drops half)."));
        setRowLabel(m_form, m_rate, tr("Dropout rate"));
        m_momentum->setToolTip(tr("How slowly the running mean and variance used at test time follow the batches "
                                  "(0.99: an average over about 100 batches)."));
        setRowLabel(m_form, m_momentum, tr("Momentum"));
        m_filters->setToolTip(tr("How many different patterns this layer learns to detect: one output channel per "
                                 "filter."));
        setRowLabel(m_form, m_filters, tr("Filters"));
        m_kernel->setToolTip(tr("The size of each filter's window, in pixels (3 means 3×3)."));
        setRowLabel(m_form, m_kernel, tr("Kernel size"));
        m_stride->setToolTip(tr("How many pixels the filter moves between two positions: 2 halves the output size."));
        setRowLabel(m_form, m_stride, tr("Stride"));
        //: Convolution padding "valid" (Keras' name): no padding.
        m_padding->setItemText(0, tr("valid"));
        m_padding->setItemData(0, tr("No padding: the output shrinks by the kernel size minus one."), Qt::ToolTipRole);
        //: Convolution padding "same" (Keras' name): zero padding that keeps the size.
        m_padding->setItemText(1, tr("same"));
        m_padding->setItemData(1, tr("Zero padding around the border: the output keeps the input's size."),
                               Qt::ToolTipRole);
        m_padding->setToolTip(tr("Whether the image border is padded with zeros so that the output keeps the "
                                 "input's width and height."));
        setRowLabel(m_form, m_padding, tr("Padding"));
        m_window->setToolTip(tr("The pooling window, in pixels: 2 turns each 2×2 block into one value, halving "
                                "width and height."));
        setRowLabel(m_form, m_window, tr("Window"));
        showLayerTexts();
    });
}

void LayerInspector::showLayerTexts()
{
    if (m_index < 0) {
        m_title->setText(tr("No layer selected"));
        m_explanation->setText(tr("Click a layer on the model to see and change its settings."));
        return;
    }
    m_title->setText(QString::fromStdString(layerLabel(m_spec, m_index + 1)));
    m_explanation->setText(LayerText::kindExplanation(m_spec.kind));
    m_init->setToolTip(LayerText::initExplanation(m_spec.init.kind));
    showActivation(m_spec.activation);
}

void LayerInspector::clearLayer()
{
    m_index = -1;
    showLayerTexts();
    m_outputNote->hide();
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    m_activationBox->hide();
}

void LayerInspector::setLayer(int index, const LayerSpec& spec, bool lockedOutput, const QString& outputNote)
{
    m_updating = true;
    m_index = index;
    m_spec = spec;
    m_outputNote->setVisible(lockedOutput && !outputNote.isEmpty());
    m_outputNote->setText(outputNote);

    const bool dense = spec.kind == LayerKind::Dense;
    const bool conv = spec.kind == LayerKind::Conv2D;
    const bool pool = spec.kind == LayerKind::MaxPool2D || spec.kind == LayerKind::AvgPool2D;
    m_form->setRowVisible(m_units, dense);
    m_form->setRowVisible(m_activation, dense || conv);
    m_form->setRowVisible(m_init, dense || conv);
    m_form->setRowVisible(m_rate, spec.kind == LayerKind::Dropout);
    m_form->setRowVisible(m_momentum, spec.kind == LayerKind::BatchNorm);
    m_form->setRowVisible(m_filters, conv);
    m_form->setRowVisible(m_kernel, conv);
    m_form->setRowVisible(m_stride, conv);
    m_form->setRowVisible(m_padding, conv);
    m_form->setRowVisible(m_window, pool);
    m_units->setEnabled(!lockedOutput);
    m_activation->setEnabled(!lockedOutput);

    const QSignalBlocker blocks[] = {QSignalBlocker(m_units),  QSignalBlocker(m_activation), QSignalBlocker(m_init),
                                     QSignalBlocker(m_rate),   QSignalBlocker(m_momentum),   QSignalBlocker(m_filters),
                                     QSignalBlocker(m_kernel), QSignalBlocker(m_stride),     QSignalBlocker(m_padding),
                                     QSignalBlocker(m_window)};
    m_units->setValue(spec.units);
    m_activation->setCurrentIndex(m_activation->findData(int(spec.activation)));
    m_init->setCurrentIndex(m_init->findData(int(spec.init.kind)));
    m_rate->setValue(double(spec.rate));
    m_momentum->setValue(double(spec.momentum));
    m_filters->setValue(spec.filters);
    m_kernel->setValue(spec.kernel);
    m_stride->setValue(spec.stride);
    m_padding->setCurrentIndex(m_padding->findData(int(spec.padding)));
    m_window->setValue(spec.kernel);

    m_activationBox->setVisible(dense || conv);
    showLayerTexts();
    m_updating = false;
}

void LayerInspector::showActivation(Activation a)
{
    m_activationBox->setTitle(tr("Activation: %1").arg(fromView(activationName(a))));
    m_formula->setText(formulaHtml(activationFormula(a)));
    m_derivative->setText(formulaHtml(activationDerivativeFormula(a)));
    m_activationText->setText(LayerText::activationExplanation(a));
    m_plot->setActivation(a);
}

void LayerInspector::edit(const QString& field, const std::function<void(LayerSpec&)>& change)
{
    if (m_updating || m_index < 0)
        return;
    change(m_spec);
    if (field == tr("activation"))
        showActivation(m_spec.activation);
    Q_EMIT layerEdited(m_index, m_spec, field);
}

}  // namespace layerlab
