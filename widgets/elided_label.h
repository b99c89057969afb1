// A status text that never widens its container: it wraps to as many lines as its height
// holds (at most maximumLines), the last one elided with "…", and its whole text is in
// the tooltip. Its size hints come from its font, never from its text, so a long message
// ("Finished all 1000 epochs. Raise Epochs to train on, or Reset.") cannot push a toolbar,
// and with it the main window, past the edge of the screen. text() is the whole text;
// displayedText() is what is drawn.
#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>
#include <QWidget>

namespace layerlab {

// `text` broken at word boundaries into lines at most `width` wide, at most maxLines of
// them; the last line takes the rest of the text, elided with "…" when it does not fit.
// *elided says whether anything was left out. For painted views as for ElidedLabel.
QStringList wrapAndElide(const QString& text, const QFont& font, qreal width, int maxLines, bool* elided = nullptr);

class ElidedLabel : public QWidget {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // The tooltip is `toolTip`, or the text itself when that is empty.
    void setText(const QString& text, const QString& toolTip = QString());
    void clear() { setText(QString()); }
    const QString& text() const { return m_text; }
    // The lines drawn, joined by '\n'; ends in "…" when the text did not fit.
    QString displayedText() const { return m_lines.join(QLatin1Char('\n')); }
    bool isElided() const { return m_elided; }

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    // Invalid (the default) draws in the palette's text colour.
    void setTextColor(const QColor& color);

    // How narrow it may get, in characters (10 unless set).
    void setMinimumCharacters(int characters);
    // Draws nothing rather than a cut text: for a heading that something else also names
    // (a view's title under its dock's title), where "Le…" would only be noise.
    void setWholeOrNothing(bool on);

    // About 30 characters wide (minimumCharacters at least) and maximumLines high (1 at
    // least).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layoutLines();

    QString m_text;
    QStringList m_lines;
    bool m_elided = false;
    int m_maximumLines = 2;
    int m_minimumCharacters = 10;
    bool m_wholeOrNothing = false;
    QColor m_color;
};

}  // namespace layerlab
