#include "data_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

#include "compact_combo.h"
#include "data/features.h"
#include "data/generators.h"
#include "form_rows.h"
#include "translated_texts.h"

namespace layerlab {

namespace {

const QString kFashion = QStringLiteral("fashion-mnist");
const QString kCsv = QStringLiteral("csv");
constexpr int kMaxSeed = 2'000'000'000;

// "x1^2" -> "x1²", "x1*x2" -> "x1·x2"
QString featureTitle(const std::string& name)
{
    QString t = QString::fromStdString(name);
    t.replace(QStringLiteral("^2"), QStringLiteral("²"));
    t.replace(QLatin1Char('*'), QStringLiteral("·"));
    return t;
}

bool usesX2(const std::string& name) { return name.find("x2") != std::string::npos; }


}  // namespace

DataPanel::DataPanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);

    m_source = compactCombo(new QComboBox(this));
    for (const GeneratorInfo& g : dataGenerators())
        m_source->addItem(QString(), QString::fromStdString(g.name));
    m_source->insertSeparator(m_source->count());
    m_source->addItem(QString(), kFashion);
    m_source->addItem(QString(), kCsv);
    m_form->addRow(rowLabel(m_source), m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int i) {
        const std::string source = m_source->itemData(i).toString().toStdString();
        if (source == "csv" && m_spec.path.empty()) {
            chooseCsv();
            return;
        }
        edit(tr("data set"), [source](DataSpec& s) {
            s.source = source;
            s.features.clear();
        });
    });
    m_sourceText = new QLabel(this);
    m_sourceText->setWordWrap(true);
    m_sourceText->setStyleSheet(QStringLiteral("QLabel { color: #555b63; }"));
    m_form->addRow(m_sourceText);

    m_samples = new QSpinBox(this);
    m_samples->setRange(kMinGeneratorSamples, 100000);
    m_samples->setSingleStep(50);
    m_samples->setKeyboardTracking(false);
    m_form->addRow(rowLabel(m_samples), m_samples);
    connect(m_samples, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("samples"), [v](DataSpec& s) { s.samples = v; }); });

    m_noise = new QDoubleSpinBox(this);
    m_noise->setRange(0, 2);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_noise->setKeyboardTracking(false);
    m_form->addRow(rowLabel(m_noise), m_noise);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit(tr("noise"), [v](DataSpec& s) { s.noise = float(v); }); });

    m_classes = new QSpinBox(this);
    m_classes->setRange(kMinGeneratorClasses, kMaxGeneratorClasses);
    m_form->addRow(rowLabel(m_classes), m_classes);
    connect(m_classes, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("classes"), [v](DataSpec& s) { s.classes = v; }); });

    m_features = new QWidget(this);
    m_featureGrid = new QGridLayout(m_features);
    m_featureGrid->setContentsMargins(0, 0, 0, 0);
    int column = 0, row = 0;
    for (const std::string& name : derivedFeatureNames()) {
        auto* box = new QCheckBox(featureTitle(name), m_features);
        box->setProperty("feature", QString::fromStdString(name));
        m_featureGrid->addWidget(box, row, column);
        if (++column == 4) {
            column = 0;
            ++row;
        }
        m_featureBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &DataPanel::featureToggled);
    }
    m_form->addRow(rowLabel(m_features), m_features);

    m_limit = new QSpinBox(this);
    m_limit->setRange(0, 60000);
    m_limit->setSingleStep(1000);
    m_limit->setKeyboardTracking(false);
    m_form->addRow(rowLabel(m_limit), m_limit);
    connect(m_limit, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("training images"), [v](DataSpec& s) { s.sampleLimit = v; }); });

    m_csvRow = new QWidget(this);
    auto* csvLayout = new QHBoxLayout(m_csvRow);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    m_csvPath = new QLineEdit(m_csvRow);
    m_csvPath->setReadOnly(true);
    auto* browse = new QPushButton(m_csvRow);
    csvLayout->addWidget(m_csvPath, 1);
    csvLayout->addWidget(browse);
    m_form->addRow(rowLabel(m_csvRow), m_csvRow);
    connect(browse, &QPushButton::clicked, this, &DataPanel::chooseCsv);
    m_labelColumn = new QLineEdit(this);
    m_form->addRow(rowLabel(m_labelColumn), m_labelColumn);
    connect(m_labelColumn, &QLineEdit::editingFinished, this, [this] {
        const std::string column = m_labelColumn->text().trimmed().toStdString();
        if (column != m_spec.labelColumn)
            edit(tr("label column"), [column](DataSpec& s) { s.labelColumn = column; });
    });

    m_validation = new QSpinBox(this);
    m_validation->setRange(0, 50);
    m_validation->setSuffix(QStringLiteral(" %"));
    m_validation->setKeyboardTracking(false);
    m_form->addRow(rowLabel(m_validation), m_validation);
    connect(m_validation, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("validation split"), [v](DataSpec& s) { s.validationFraction = float(v) / 100.0f; });
    });

    m_normalization = compactCombo(new QComboBox(this));
    for (const char* method : {"none", "minmax", "zscore"})
        m_normalization->addItem(QString(), QString::fromLatin1(method));
    m_form->addRow(rowLabel(m_normalization), m_normalization);
    connect(m_normalization, &QComboBox::currentIndexChanged, this, [this](int i) {
        const std::string method = m_normalization->itemData(i).toString().toStdString();
        edit(tr("normalisation"), [method](DataSpec& s) { s.normalization = method; });
    });

    auto* seedRow = new QWidget(this);
    auto* seedLayout = new QHBoxLayout(seedRow);
    seedLayout->setContentsMargins(0, 0, 0, 0);
    m_seed = new QSpinBox(seedRow);
    m_seed->setRange(0, kMaxSeed);
    m_seed->setKeyboardTracking(false);
    m_newSeed = new QPushButton(seedRow);
    seedLayout->addWidget(m_seed, 1);
    seedLayout->addWidget(m_newSeed);
    m_form->addRow(rowLabel(seedRow), seedRow);
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_updating)
            Q_EMIT seedEdited(quint64(v));
    });
    connect(m_newSeed, &QPushButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(kMaxSeed))); });

    m_report = new QLabel(this);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_report);
    outer->addStretch(1);

    setData(m_spec, 42);
    translatedTexts(this, [this, browse, seedRow] {
        for (int i = 0; i < m_source->count(); ++i) {
            const QString source = m_source->itemData(i).toString();
            if (const GeneratorInfo* g = findGenerator(source.toStdString())) {
                const QString kind = g->task == Task::Regression ? tr("regression") : tr("classification");
                //: A built-in data set: %1 its name (spiral, xor, ...), %2 "regression" or "classification".
                m_source->setItemText(i, tr("%1 (%2)").arg(QString::fromStdString(g->name), kind));
                m_source->setItemData(i, QCoreApplication::translate("Engine", g->description.c_str()), Qt::ToolTipRole);
            } else if (source == kFashion) {
                m_source->setItemText(i, tr("Fashion-MNIST (28×28 images, 10 classes)"));
                m_source->setItemData(
                    i, tr("70,000 small grey photos of clothes in 10 classes: the classic first image task."),
                    Qt::ToolTipRole);
            } else if (source == kCsv) {
                m_source->setItemText(i, tr("CSV file…"));
                m_source->setItemData(i, tr("Your own table: one sample per row, the label in one column."),
                                      Qt::ToolTipRole);
            }
        }
        m_source->setToolTip(tr("The data the network learns from."));
        setRowLabel(m_form, m_source, tr("Data set"));
        m_samples->setToolTip(tr("How many samples to generate (before the validation share is held out)."));
        setRowLabel(m_form, m_samples, tr("Samples"));
        m_noise->setToolTip(tr("Random jitter added to every sample (inputs span about -1 to 1): more noise, more "
                               "overlap between the classes."));
        setRowLabel(m_form, m_noise, tr("Noise"));
        m_classes->setToolTip(tr("How many classes the data set has; the output layer follows."));
        setRowLabel(m_form, m_classes, tr("Classes"));
        for (QCheckBox* box : m_featureBoxes) {
            const QString title = featureTitle(box->property("feature").toString().toStdString());
            //: %1 is an input feature's formula: x1, x1², sin x1, x1·x2.
            box->setToolTip(
                tr("Feed %1 to the network as an input: a feature that already bends can save layers.").arg(title));
        }
        m_features->setToolTip(tr("The input features the network sees, computed from the raw x1 and x2."));
        setRowLabel(m_form, m_features, tr("Inputs"));
        //: Fashion-MNIST's training images, when the limit is 0: all of them.
        m_limit->setSpecialValueText(tr("all 60,000"));
        m_limit->setToolTip(tr("Train on fewer images to go faster in class (the validation set shrinks with it)."));
        setRowLabel(m_form, m_limit, tr("Training images"));
        m_csvPath->setToolTip(tr("The CSV file: one sample per row, one column per feature and one for the label."));
        browse->setText(tr("Choose…"));
        browse->setToolTip(tr("Choose a CSV file."));
        setRowLabel(m_form, m_csvRow, tr("File"));
        m_labelColumn->setPlaceholderText(tr("last column"));
        m_labelColumn->setToolTip(tr("The column that holds what to predict: its name or its number (1 = first)."));
        setRowLabel(m_form, m_labelColumn, tr("Label column"));
        m_validation->setToolTip(tr("The share of samples held out from training to check the network on data it "
                                    "has never seen: the validation loss tells you about overfitting."));
        setRowLabel(m_form, m_validation, tr("Validation split"));
        //: Normalisation: none.
        m_normalization->setItemText(0, tr("None"));
        m_normalization->setItemText(1, tr("Min-max to [0, 1]"));
        m_normalization->setItemText(2, tr("Z-score (mean 0, std 1)"));
        m_normalization->setToolTip(tr("Rescale every input feature, with statistics of the training split only, so "
                                       "that no feature dominates just by its units."));
        setRowLabel(m_form, m_normalization, tr("Normalisation"));
        m_seed->setToolTip(tr("The seed of every random choice (data, split, initial weights, batch order): the "
                              "same seed replays the same run exactly."));
        //: The button that picks a new random seed.
        m_newSeed->setText(tr("New"));
        m_newSeed->setToolTip(tr("Pick a new random seed: new data, new initial weights."));
        setRowLabel(m_form, seedRow, tr("Seed"));
        m_report->setToolTip(tr("What preparing the data did: loading, cleaning, splitting, normalising."));
        showSourceText(m_spec);
    });
}

QCheckBox* DataPanel::featureBox(const QString& name) const
{
    for (QCheckBox* b : m_featureBoxes)
        if (b->property("feature").toString() == name)
            return b;
    return nullptr;
}

void DataPanel::setData(const DataSpec& spec, std::uint64_t seed)
{
    // every handler checks m_updating: nothing set here is taken for an edit
    m_updating = true;
    m_spec = spec;

    const int sourceIndex = m_source->findData(QString::fromStdString(spec.source));
    m_source->setCurrentIndex(sourceIndex);
    m_samples->setValue(spec.samples);
    m_noise->setValue(double(spec.noise));
    m_classes->setValue(spec.classes);
    m_limit->setValue(spec.sampleLimit);
    m_csvPath->setText(QString::fromStdString(spec.path));
    m_labelColumn->setText(QString::fromStdString(spec.labelColumn));
    m_validation->setValue(int(std::lround(spec.validationFraction * 100.0f)));
    m_normalization->setCurrentIndex(std::max(0, m_normalization->findData(QString::fromStdString(spec.normalization))));
    m_seed->setValue(int(std::min<std::uint64_t>(seed, kMaxSeed)));
    showFieldsFor(spec);
    m_updating = false;
}

void DataPanel::showFieldsFor(const DataSpec& spec)
{
    const GeneratorInfo* g = findGenerator(spec.source);
    const bool csv = spec.source == "csv";
    const bool fashion = spec.source == "fashion-mnist";
    showSourceText(spec);
    m_form->setRowVisible(m_samples, g != nullptr);
    m_form->setRowVisible(m_noise, g != nullptr);
    m_form->setRowVisible(m_classes, g != nullptr && g->multiClass);
    m_form->setRowVisible(m_features, g != nullptr);
    m_form->setRowVisible(m_limit, fashion);
    m_form->setRowVisible(m_csvRow, csv);
    m_form->setRowVisible(m_labelColumn, csv);
    m_form->setRowVisible(m_validation, !fashion);
    if (!g)
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    // Raw inputs when the list is empty; names that need x2 exist only for two-input sets.
    std::vector<std::string> chosen = spec.features;
    if (chosen.empty()) {
        chosen = {"x1"};
        if (g->inputs == 2)
            chosen.push_back("x2");
    }
    for (QCheckBox* b : m_featureBoxes) {
        const std::string name = b->property("feature").toString().toStdString();
        b->setVisible(g->inputs == 2 || !usesX2(name));
        b->setChecked(std::find(chosen.begin(), chosen.end(), name) != chosen.end());
    }
    m_updating = wasUpdating;
}

void DataPanel::showSourceText(const DataSpec& spec)
{
    const GeneratorInfo* g = findGenerator(spec.source);
    const bool fashion = spec.source == "fashion-mnist";
    m_sourceText->setText(g ? QCoreApplication::translate("Engine", g->description.c_str())
                            : fashion ? tr("Photos of clothes: T-shirt, trouser, pullover, dress, coat, sandal, shirt, "
                                           "sneaker, bag, ankle boot. Validation uses the official test images.")
                                      : tr("Your own table of data."));
}

void DataPanel::featureToggled()
{
    if (m_updating)
        return;
    std::vector<std::string> chosen;
    for (QCheckBox* b : m_featureBoxes)
        if (!b->isHidden() && b->isChecked())
            chosen.push_back(b->property("feature").toString().toStdString());
    if (chosen.empty()) {  // the network needs at least one input: undo the last untick
        showFieldsFor(m_spec);
        return;
    }
    edit(tr("input features"), [chosen](DataSpec& s) { s.features = chosen; });
}

void DataPanel::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(),
                                                      tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        setData(m_spec, quint64(m_seed->value()));  // back to the current source
        return;
    }
    const std::string file = path.toStdString();
    edit(tr("data set"), [file](DataSpec& s) {
        s.source = "csv";
        s.path = file;
        s.features.clear();
    });
}

void DataPanel::edit(const QString& field, const std::function<void(DataSpec&)>& change)
{
    if (m_updating)
        return;
    change(m_spec);
    showFieldsFor(m_spec);
    Q_EMIT dataEdited(m_spec, field);
}

void DataPanel::setReport(const QString& report, bool problem)
{
    m_report->setText(report);
    m_report->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }")
                                    : QStringLiteral("QLabel { color: #555b63; }"));
}

}  // namespace layerlab
