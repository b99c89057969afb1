#include "interface_zoom.h"

#include <QApplication>
#include <QSettings>

#include <algorithm>
#include <cmath>

#include "view_style.h"

namespace layerlab {

namespace {
const QString kZoomKey = QStringLiteral("view/zoom");
}  // namespace

const QList<double>& InterfaceZoom::steps()
{
    static const QList<double> s{0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    return s;
}

InterfaceZoom::InterfaceZoom(QObject* parent) : QObject(parent), m_normalFont(QApplication::font())
{
    m_zoom = std::clamp(QSettings().value(kZoomKey, 1.0).toDouble(), steps().front(), steps().back());
    if (m_zoom != 1.0)
        apply();
}

double InterfaceZoom::factor() const { return m_zoom * (m_presentation ? kPresentationFactor : 1.0); }

bool InterfaceZoom::canZoomIn() const { return m_zoom < steps().back() - 1e-9; }
bool InterfaceZoom::canZoomOut() const { return m_zoom > steps().front() + 1e-9; }

void InterfaceZoom::zoomIn()
{
    const auto next = std::find_if(steps().begin(), steps().end(), [this](double s) { return s > m_zoom + 1e-9; });
    if (next != steps().end())
        setZoom(*next);
}

void InterfaceZoom::zoomOut()
{
    const auto previous =
        std::find_if(steps().rbegin(), steps().rend(), [this](double s) { return s < m_zoom - 1e-9; });
    if (previous != steps().rend())
        setZoom(*previous);
}

void InterfaceZoom::resetZoom() { setZoom(1.0); }

void InterfaceZoom::setZoom(double zoom)
{
    zoom = std::clamp(zoom, steps().front(), steps().back());
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    QSettings().setValue(kZoomKey, m_zoom);
    apply();
}

void InterfaceZoom::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    apply();
}

void InterfaceZoom::apply()
{
    // Every widget follows the application's font (the views compute theirs from it), so
    // one setFont re-lays out the whole window at the new size.
    QFont font = m_normalFont;
    if (m_normalFont.pointSizeF() > 0)
        font.setPointSizeF(m_normalFont.pointSizeF() * factor());
    else
        font.setPixelSize(int(std::lround(m_normalFont.pixelSize() * factor())));
    QApplication::setFont(font);
    style::setPresentationScale(m_presentation ? kPresentationFactor : 1.0);
    Q_EMIT changed(factor());
}

}  // namespace layerlab
