// The look of the app on a classroom projector: the Fusion style (the same on every
// platform), type large enough to read from the back row, and clear focus colours.
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QApplication;
QT_END_NAMESPACE

namespace layerlab {

// The smallest base font size, in points.
constexpr double kClassroomPointSize = 11.5;

void applyClassroomStyle(QApplication& app);

}  // namespace layerlab
