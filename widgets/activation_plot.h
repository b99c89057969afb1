// A small plot of an activation function f(x) and its derivative f'(x) on [-4, 4], drawn
// from the engine's own activationValue/activationDerivative, so what the learner sees is
// what the network computes.
#pragma once

#include <QWidget>

#include "layers/activation.h"

namespace layerlab {

class ActivationPlot : public QWidget {
    Q_OBJECT
public:
    explicit ActivationPlot(QWidget* parent = nullptr);
    void setActivation(Activation a);
    Activation activation() const { return m_activation; }

    // From the type: at least as wide as the wider legend entry (the entries stack when
    // they do not fit side by side), so that it fits a narrow dock.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr float kXRange = 4.0f;  // x in [-kXRange, kXRange]

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    // Width of the legend's entries: a sample of the line, its gap and its text.
    int entryWidth(const QString& text) const;
    int plotLeft() const;

    Activation m_activation = Activation::Tanh;
};

}  // namespace layerlab
