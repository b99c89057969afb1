// A small plot of an activation function f(x) and its derivative f'(x) on [-4, 4], drawn
// from the engine's own activationValue/activationDerivative, so what the learner sees is
// what the network computes.
#pragma once

#include <QWidget>

#include "activation.h"

namespace layerlab {

class ActivationPlot : public QWidget {
    Q_OBJECT
public:
    explicit ActivationPlot(QWidget* parent = nullptr);
    void setActivation(Activation a);
    Activation activation() const { return m_activation; }

    QSize sizeHint() const override { return {300, 170}; }
    QSize minimumSizeHint() const override { return {200, 130}; }

    static constexpr float kXRange = 4.0f;  // x in [-kXRange, kXRange]

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    Activation m_activation = Activation::Tanh;
};

}  // namespace layerlab
