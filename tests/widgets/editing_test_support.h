// Helpers of the editing-widget tests: small models, and synthesised drag and drop.
#pragma once

#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QWidget>

#include "model/model_spec.h"

namespace layerlab::test {

// The spiral example's model: 2 -> 8 tanh -> 8 tanh -> 1 sigmoid.
inline ModelSpec threeDense()
{
    ModelSpec m;
    m.layers = {LayerSpec::dense(8, Activation::Tanh), LayerSpec::dense(8, Activation::Tanh),
                LayerSpec::dense(1, Activation::Sigmoid)};
    return m;
}

// Enter, move and drop `mime` at `pos` on `target`. Takes ownership of mime. Returns
// whether the drop was accepted.
inline bool dropOnto(QWidget* target, QMimeData* mime, const QPoint& pos)
{
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    bool accepted = false;
    if (enter.isAccepted()) {
        QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(pos), actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        accepted = drop.isAccepted();
    }
    delete mime;
    return accepted;
}

// Renders a widget as a learner would see it, when LAYERLAB_RENDER_DIR is set: for looking
// at (tests do not compare pixels).
inline void renderForReview(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LAYERLAB_RENDER_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Whether a text came through the pseudo-translation (pseudo_translator.h): «like this».
inline bool isPseudoText(const QString& text) { return text.startsWith(QStringLiteral("«")); }

// Whether one of `w`'s labels reads `text` (a QFormLayout row's label, a hint).
inline bool hasLabel(const QWidget& w, const QString& text)
{
    for (const QLabel* label : w.findChildren<QLabel*>())
        if (label->text() == text)
            return true;
    return false;
}

}  // namespace layerlab::test
