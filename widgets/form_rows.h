// Form rows whose labels follow the language: the row is made with an empty label
// (rowLabel) and its text set in the widget's translatedTexts block (setRowLabel). A row
// added with an empty text would get no label widget at all, so nothing to translate.
#pragma once

#include <QFormLayout>
#include <QLabel>

namespace layerlab {

inline QLabel* rowLabel(QWidget* field)
{
    auto* label = new QLabel;
    label->setBuddy(field);
    return label;
}

inline void setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}

}  // namespace layerlab
