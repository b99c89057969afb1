// The model summary table, as Keras prints it: each layer, its output shape and its
// parameter count, then the totals. Updated on every edit (summarizeModel).
#pragma once

#include <QWidget>

#include <optional>

#include "core/error.h"
#include "model/model_spec.h"
#include "model/summary.h"
#include "core/shape.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace layerlab {

class ModelSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit ModelSummaryView(QWidget* parent = nullptr);
    // input: nullopt while the data is not known yet.
    void setModel(const ModelSpec& spec, std::optional<Shape> input);

    QTableWidget* table() const { return m_table; }
    QString totalsText() const;

private:
    // The line under the table, in the current language.
    void showTotals();

    // What the line says: waiting for the data, why there is no summary, or the totals.
    bool m_waiting = true;
    std::optional<SpecError> m_problem;
    std::optional<ModelSummary> m_summary;
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
};

}  // namespace layerlab
