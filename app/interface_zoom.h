// How large the whole interface is drawn: the user's zoom (Ctrl+= / Ctrl+- / Ctrl+0, kept
// between sessions) times the presentation mode's enlargement for projectors. Applied as
// the application's font, which every widget and view derives its own fonts from, and as
// the views' line width scale.
#pragma once

#include <QFont>
#include <QList>
#include <QObject>

namespace layerlab {

class InterfaceZoom : public QObject {
    Q_OBJECT
public:
    // The zoom steps, as fractions of the normal size.
    static const QList<double>& steps();
    // How much presentation mode enlarges type and lines, on top of the zoom.
    static constexpr double kPresentationFactor = 1.3;

    // Takes the application's current font as the normal size and applies the zoom saved
    // in the settings.
    explicit InterfaceZoom(QObject* parent = nullptr);

    double zoom() const { return m_zoom; }
    bool presentation() const { return m_presentation; }
    // What the interface is drawn at: zoom() times the presentation factor when on.
    double factor() const;
    bool canZoomIn() const;
    bool canZoomOut() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setZoom(double zoom);  // clamped to the steps' range
    void setPresentation(bool on);

Q_SIGNALS:
    void changed(double factor);

private:
    void apply();

    QFont m_normalFont;
    double m_zoom = 1.0;
    bool m_presentation = false;
};

}  // namespace layerlab
