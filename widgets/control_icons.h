// Icons of the training controls, drawn with QPainter so that they stay sharp on any
// screen (high-DPI and projectors) without image files.
#pragma once

#include <QIcon>

namespace layerlab {

enum class ControlIcon { Play, Pause, Step, StepEpoch, Reset };

QIcon controlIcon(ControlIcon which, const QColor& color = QColor(0x21, 0x21, 0x21));

}  // namespace layerlab
