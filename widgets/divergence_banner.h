// The divergence banner: when a run blows up (Inf/NaN), says what happened (the step, the
// layer, forward or backward pass) and what to try, with buttons for the usual fixes.
#pragma once

#include <QFrame>

#include <optional>

#include "training/trainer.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace layerlab {

class DivergenceBanner : public QFrame {
    Q_OBJECT
public:
    explicit DivergenceBanner(QWidget* parent = nullptr);

    // Shown while `divergence` holds a value; learningRate is the current one (for the
    // button that lowers it).
    void setDivergence(const std::optional<Divergence>& divergence, float learningRate);

    QString title() const;
    QString message() const;
    QPushButton* lowerRateButton() const { return m_lowerRate; }
    QPushButton* clipButton() const { return m_clip; }
    QPushButton* resetButton() const { return m_reset; }

    // Why a run diverged at `where`, as a short phrase ("in the backward pass").
    static QString whereText(Divergence::Where where);

Q_SIGNALS:
    void lowerLearningRateRequested();
    void clipGradientsRequested();
    void resetRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_hints = nullptr;
    QPushButton* m_lowerRate = nullptr;
    QPushButton* m_clip = nullptr;
    QPushButton* m_reset = nullptr;
    // What the banner says about m_divergence, in the current language.
    void showTexts();

    std::optional<Divergence> m_divergence;
    float m_learningRate = 0;
};

}  // namespace layerlab
