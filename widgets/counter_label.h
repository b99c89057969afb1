// A counter of the training bar, "Step 12,345": its name, then the value in bold; or,
// stacked where the bar is short of room, the name in smaller type above the value.
// Values change with every snapshot (30 times a second), so it is drawn directly instead
// of as a rich-text QLabel (which lays out a text document per change), and it only ever
// grows wider (so that a changing digit does not lay out the whole bar again).
#pragma once

#include <QWidget>

#include <algorithm>

namespace layerlab {

class CounterLabel : public QWidget {
public:
    CounterLabel(const QString& name, const QString& toolTip, QWidget* parent);

    // The name changes with the language.
    void setName(const QString& name);
    QString name() const { return m_name; }
    void setValue(const QString& value);
    QString value() const { return m_value; }
    QString text() const;  // "Step 12,345", as read aloud

    // Name above value: about half as wide.
    void setStacked(bool stacked);
    bool stacked() const { return m_stacked; }
    // The widths it asks for side by side and stacked (the widest value so far).
    int inlineWidth() const { return m_width + 2; }
    int stackedWidth() const { return std::max(m_stackedNameWidth, m_valueWidth) + 2; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateFonts();

    QString m_name;
    QString m_value;
    bool m_stacked = false;
    // Kept, not made per change: a font and its metrics cost more than drawing the digits.
    QFont m_valueFont;          // the widget's font in bold
    QFont m_stackedNameFont;    // smaller, above the value
    int m_nameWidth = 0;        // of m_name in the widget's font
    int m_stackedNameWidth = 0;
    int m_valueWidth = 0;       // the widest value so far
    int m_width = 0;            // name, gap and widest value, side by side
};

}  // namespace layerlab
