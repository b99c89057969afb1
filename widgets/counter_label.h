// A counter of the training bar, "Step 12,345": its name, then the value in bold.
// Values change with every snapshot (30 times a second), so it is drawn directly instead
// of as a rich-text QLabel (which lays out a text document per change), and it only ever
// grows wider (so that a changing digit does not lay out the whole bar again).
#pragma once

#include <QWidget>

namespace layerlab {

class CounterLabel : public QWidget {
public:
    CounterLabel(const QString& name, const QString& toolTip, QWidget* parent);

    void setValue(const QString& value);
    QString value() const { return m_value; }
    QString text() const;  // "Step 12,345", as read aloud

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateFonts();
    int textWidth() const;

    QString m_name;
    QString m_value;
    // Kept, not made per change: a font and its metrics cost more than drawing the digits.
    QFont m_valueFont;    // the widget's font in bold
    int m_nameWidth = 0;  // of m_name in the widget's font
    int m_width = 0;      // the widest text so far
};

}  // namespace layerlab
