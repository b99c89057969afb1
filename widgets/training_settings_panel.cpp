#include "training_settings_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "compact_combo.h"
#include "form_rows.h"
#include "layer_text.h"
#include "log_spin_box.h"
#include "translated_texts.h"

namespace layerlab {

namespace {
constexpr int kMixedInit = -1;

}  // namespace

TrainingSettingsPanel::TrainingSettingsPanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // in a narrow dock a field goes under its label rather than past the dock's edge
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(form);

    m_loss = compactCombo(new QComboBox(this));
    for (const LossKind k : allLossKinds())
        m_loss->addItem(QString(), int(k));
    form->addRow(rowLabel(m_loss), m_loss);
    connect(m_loss, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto k = LossKind(m_loss->itemData(i).toInt());
        edit(tr("loss"), [k](TrainConfig& c) { c.loss = k; });
    });

    m_optimizer = compactCombo(new QComboBox(this));
    for (const OptimizerKind k : allOptimizerKinds())
        m_optimizer->addItem(QString(), int(k));
    form->addRow(rowLabel(m_optimizer), m_optimizer);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto k = OptimizerKind(m_optimizer->itemData(i).toInt());
        edit(tr("optimizer"), [k](TrainConfig& c) { c.optimizer.kind = k; });
    });

    m_learningRate = new LogSpinBox(this);
    form->addRow(rowLabel(m_learningRate), m_learningRate);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("learning rate"), [v](TrainConfig& c) { c.optimizer.learningRate = float(v); });
    });

    m_batchSize = new QSpinBox(this);
    m_batchSize->setRange(1, 8192);
    form->addRow(rowLabel(m_batchSize), m_batchSize);
    connect(m_batchSize, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("batch size"), [v](TrainConfig& c) { c.batchSize = v; }); });

    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 1000000);
    form->addRow(rowLabel(m_epochs), m_epochs);
    connect(m_epochs, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("epochs"), [v](TrainConfig& c) { c.epochs = v; }); });

    m_penalty = compactCombo(new QComboBox(this));
    for (const Penalty k : {Penalty::None, Penalty::L1, Penalty::L2})
        m_penalty->addItem(QString(), int(k));
    form->addRow(rowLabel(m_penalty), m_penalty);
    connect(m_penalty, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto k = Penalty(m_penalty->itemData(i).toInt());
        edit(tr("regularisation"), [k](TrainConfig& c) { c.regularization.kind = k; });
    });

    m_penaltyRate = new LogSpinBox(this);
    m_penaltyRate->setRange(1e-7, 10);
    form->addRow(rowLabel(m_penaltyRate), m_penaltyRate);
    connect(m_penaltyRate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("regularisation rate"), [v](TrainConfig& c) { c.regularization.rate = float(v); });
    });

    m_clipping = new QDoubleSpinBox(this);
    m_clipping->setRange(0, 1000);
    m_clipping->setDecimals(2);
    m_clipping->setSingleStep(0.5);
    form->addRow(rowLabel(m_clipping), m_clipping);
    connect(m_clipping, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("gradient clipping"), [v](TrainConfig& c) { c.clipping.globalNorm = float(v); });
    });

    m_init = compactCombo(new QComboBox(this));
    m_init->addItem(QString(), kMixedInit);
    for (const InitKind k : allInitKinds())
        m_init->addItem(QString(), int(k));
    form->addRow(rowLabel(m_init), m_init);
    connect(m_init, &QComboBox::currentIndexChanged, this, [this](int i) {
        const int k = m_init->itemData(i).toInt();
        if (!m_updating && k != kMixedInit)
            Q_EMIT initializerEdited(InitKind(k));
    });

    m_formula = new QLabel(this);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    m_formula->setStyleSheet(QStringLiteral("QLabel { color: #555b63; }"));
    outer->addWidget(m_formula);
    outer->addStretch(1);

    setConfig(m_config, InitKind::XavierUniform);
    translatedTexts(this, [this, form] {
        for (int i = 0; i < m_loss->count(); ++i) {
            const auto k = LossKind(m_loss->itemData(i).toInt());
            m_loss->setItemText(i, LayerText::lossTitle(k));
            m_loss->setItemData(i, LayerText::lossExplanation(k), Qt::ToolTipRole);
        }
        setRowLabel(form, m_loss, tr("Loss"));
        for (int i = 0; i < m_optimizer->count(); ++i) {
            const auto k = OptimizerKind(m_optimizer->itemData(i).toInt());
            m_optimizer->setItemText(i, LayerText::optimizerTitle(k));
            m_optimizer->setItemData(i, LayerText::optimizerExplanation(k), Qt::ToolTipRole);
        }
        setRowLabel(form, m_optimizer, tr("Optimizer"));
        m_learningRate->setToolTip(tr("How big a step the weights take down the gradient. Too small: slow. Too big: "
                                      "the loss jumps around or explodes. The arrows walk 0.001, 0.003, 0.01, 0.03…"));
        setRowLabel(form, m_learningRate, tr("Learning rate"));
        m_batchSize->setToolTip(tr("Samples per mini-batch: the gradient of each step is averaged over this many. "
                                   "Small batches give noisy, frequent steps; large ones smooth, rare steps."));
        setRowLabel(form, m_batchSize, tr("Batch size"));
        m_epochs->setToolTip(tr("How many passes over the training data before training stops by itself."));
        setRowLabel(form, m_epochs, tr("Epochs"));
        //: Regularisation: none.
        m_penalty->setItemText(0, tr("None"));
        m_penalty->setItemText(1, tr("L1 (rate · Σ|w|)"));
        m_penalty->setItemText(2, tr("L2 (rate · Σw²)"));
        m_penalty->setItemData(1, tr("Adds rate × the sum of |w| to the loss: pushes useless weights to exactly 0."),
                               Qt::ToolTipRole);
        m_penalty->setItemData(2, tr("Adds rate × the sum of w² to the loss: keeps all weights small (weight decay)."),
                               Qt::ToolTipRole);
        m_penalty->setToolTip(tr("Regularisation: a penalty on large weights that fights overfitting."));
        setRowLabel(form, m_penalty, tr("Regularisation"));
        m_penaltyRate->setToolTip(
            tr("How strongly large weights are penalised: the factor in front of Σ|w| or Σw²."));
        setRowLabel(form, m_penaltyRate, tr("Regularisation rate"));
        //: Gradient clipping at 0: switched off.
        m_clipping->setSpecialValueText(tr("off"));
        m_clipping->setToolTip(tr("Gradient clipping: when the gradient's overall length exceeds this, it is scaled "
                                  "down to it, so one bad batch cannot throw the weights far (0 = off)."));
        setRowLabel(form, m_clipping, tr("Clip gradient norm"));
        m_init->setItemText(0, tr("(differs per layer)"));
        for (int i = 1; i < m_init->count(); ++i) {
            const auto k = InitKind(m_init->itemData(i).toInt());
            m_init->setItemText(i, LayerText::initTitle(k));
            m_init->setItemData(i, LayerText::initExplanation(k), Qt::ToolTipRole);
        }
        m_init->setToolTip(tr("How every layer's weights are drawn before training (Reset draws them again). Each "
                              "layer can also have its own, in the layer inspector."));
        setRowLabel(form, m_init, tr("Initialiser (all layers)"));
        updateExplanations();
    });
}

void TrainingSettingsPanel::setConfig(const TrainConfig& c, std::optional<InitKind> commonInit)
{
    m_updating = true;
    m_config = c;
    const QSignalBlocker blocks[] = {QSignalBlocker(m_loss),        QSignalBlocker(m_optimizer),
                                     QSignalBlocker(m_learningRate), QSignalBlocker(m_batchSize),
                                     QSignalBlocker(m_epochs),      QSignalBlocker(m_penalty),
                                     QSignalBlocker(m_penaltyRate), QSignalBlocker(m_clipping),
                                     QSignalBlocker(m_init)};
    m_loss->setCurrentIndex(m_loss->findData(int(c.loss)));
    m_optimizer->setCurrentIndex(m_optimizer->findData(int(c.optimizer.kind)));
    m_learningRate->setValue(double(c.optimizer.learningRate));
    m_batchSize->setValue(c.batchSize);
    m_batchSize->setEnabled(c.optimizer.kind != OptimizerKind::GradientDescent);
    m_epochs->setValue(c.epochs);
    m_penalty->setCurrentIndex(m_penalty->findData(int(c.regularization.kind)));
    m_penaltyRate->setValue(double(c.regularization.rate));
    m_penaltyRate->setEnabled(c.regularization.kind != Penalty::None);
    m_clipping->setValue(double(c.clipping.globalNorm));
    m_init->setCurrentIndex(m_init->findData(commonInit ? int(*commonInit) : kMixedInit));
    updateExplanations();
    m_updating = false;
}

void TrainingSettingsPanel::updateExplanations()
{
    m_loss->setToolTip(LayerText::lossExplanation(m_config.loss));
    m_optimizer->setToolTip(LayerText::optimizerExplanation(m_config.optimizer.kind));
    m_formula->setText(LayerText::formulasTable(m_config.loss, m_config.optimizer.kind));
}

void TrainingSettingsPanel::edit(const QString& field, const std::function<void(TrainConfig&)>& change)
{
    if (m_updating)
        return;
    change(m_config);
    m_batchSize->setEnabled(m_config.optimizer.kind != OptimizerKind::GradientDescent);
    m_penaltyRate->setEnabled(m_config.regularization.kind != Penalty::None);
    updateExplanations();
    Q_EMIT configEdited(m_config, field);
}

}  // namespace layerlab
