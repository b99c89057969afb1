// A spin box for rates that span decades (learning rate, penalty rate): shows 0.03 rather
// than 0.030000, and its arrows walk the 1-3-10 ladder (0.001, 0.003, 0.01, 0.03, ...),
// as TensorFlow Playground's learning-rate menu does.
#pragma once

#include <QDoubleSpinBox>

namespace layerlab {

class LogSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit LogSpinBox(QWidget* parent = nullptr);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;

    // The next value of the 1-3-10 ladder above (direction > 0) or below `value`.
    static double ladder(double value, int direction);
};

}  // namespace layerlab
