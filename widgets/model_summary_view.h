// The model summary table, as Keras prints it: each layer, its output shape and its
// parameter count, then the totals. Updated on every edit (summarizeModel).
#pragma once

#include <QWidget>

#include <optional>

#include "model/model_spec.h"
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
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
};

}  // namespace layerlab
