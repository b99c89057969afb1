// Where the main window opens: inside the screen it will be shown on, whatever that screen's
// size (a 1280x720 projector, a 1366x768 school laptop, a scaled 1920x1080 display), and at
// its last place only where that place still fits.
#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace layerlab {

// The window's frame rectangle for a first start: `preferred` when it fits in `available`
// (the screen less its panels), centred there; else as large as `available` allows. `frame`
// is what the window manager adds around the client area (title bar, borders), in the
// same units.
QRect defaultWindowRect(QSize preferred, const QRect& available, QSize frame = QSize());

// Whether `frame` (a restored frame rectangle) lies wholly inside one of `available`:
// a window restored half off the screen, or larger than it, is not restored.
bool fitsOnAScreen(const QRect& frame, const QList<QRect>& available);

}  // namespace layerlab
