#include "model_summary_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "message_text.h"
#include "model/summary.h"
#include "translated_texts.h"

namespace layerlab {

ModelSummaryView::ModelSummaryView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_table = new QTableWidget(0, 3, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    layout->addWidget(m_totals);
    translatedTexts(this, [this] {
        m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Output shape"), tr("Parameters")});
        m_table->horizontalHeaderItem(1)->setToolTip(tr("The shape of one batch leaving the layer; None stands for "
                                                        "the batch size."));
        m_table->horizontalHeaderItem(2)->setToolTip(tr("Numbers the layer learns: weights and biases (and "
                                                        "BatchNorm's running statistics, which are not trained)."));
        m_table->setToolTip(tr("The model summary, as Keras prints it: what each layer outputs and how many numbers "
                               "it learns."));
        showTotals();
    });
}

QString ModelSummaryView::totalsText() const { return m_totals->text(); }

void ModelSummaryView::setModel(const ModelSpec& spec, std::optional<Shape> input)
{
    m_table->setRowCount(0);
    m_summary.reset();
    m_problem.reset();
    m_waiting = !input;
    if (!input) {
        showTotals();
        return;
    }
    try {
        m_summary = summarizeModel(spec, *input);
    } catch (const SpecError& e) {
        m_problem = e;
        showTotals();
        return;
    }
    const ModelSummary& summary = *m_summary;
    const QLocale locale;
    m_table->setRowCount(int(summary.rows.size()));
    for (int i = 0; i < int(summary.rows.size()); ++i) {
        const SummaryRow& row = summary.rows[size_t(i)];
        m_table->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(row.layer)));
        m_table->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(row.outputShape)));
        auto* params = new QTableWidgetItem(locale.toString(qlonglong(row.parameters)));
        params->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, params);
    }
    showTotals();
}

void ModelSummaryView::showTotals()
{
    if (m_waiting) {
        m_totals->setText(tr("Waiting for the data to know the input shape…"));
    } else if (m_problem) {
        //: %1 is why the model cannot be built (a sentence).
        m_totals->setText(tr("No summary: %1").arg(errorText(*m_problem)));
    } else if (m_summary) {
        const QLocale locale;
        m_totals->setText(tr("Total parameters: %1   (trainable %2, non-trainable %3)")
                              .arg(locale.toString(qlonglong(m_summary->totalParameters)),
                                   locale.toString(qlonglong(m_summary->trainableParameters)),
                                   locale.toString(qlonglong(m_summary->nonTrainableParameters))));
    }
}

}  // namespace layerlab
