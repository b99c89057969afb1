// How the canvas shows the gradient flowing back through the network: a colour on a log
// scale from vanishing (cold blue-grey) through healthy (green) to exploding (red), a link
// width that grows with the log of the norm, and the norm as compact text ("3.1e-3").
// Pure presentation of a value the engine measured.
#pragma once

#include <QColor>
#include <QString>

namespace layerlab::gradient_flow {

// Below this the gradient has vanished: the layer barely learns.
constexpr double kVanishing = 1e-6;
// Healthy: roughly 1e-4 to 1.
constexpr double kHealthyLow = 1e-4;
constexpr double kHealthyHigh = 1.0;
// Above this the gradient explodes: steps overshoot.
constexpr double kExploding = 1e2;

// The badge and link colour for a gradient norm (NaN or infinite: exploding).
QColor color(double norm);
// The link width in pixels, from the thinnest (1e-10 and below) to the thickest (1e2 and above).
qreal linkWidth(double norm);
constexpr qreal kThinnestLink = 1.5;
constexpr qreal kThickestLink = 16;
// "3.1e-3", "2.0e2", "0" (no exponent padding, no plus sign).
QString compactNumber(double value);

}  // namespace layerlab::gradient_flow
