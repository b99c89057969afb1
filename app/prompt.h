// How the app asks and warns: a QMessageBox by default; tests answer the questions
// themselves so that no dialog ever waits for a click.
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace layerlab {

using Prompt = std::function<QMessageBox::StandardButton(QMessageBox::Icon icon, const QString& title,
                                                         const QString& text, QMessageBox::StandardButtons buttons)>;

}  // namespace layerlab
