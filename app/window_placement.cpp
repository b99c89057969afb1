#include "window_placement.h"

#include <algorithm>

namespace layerlab {

QRect defaultWindowRect(QSize preferred, const QRect& available, QSize frame)
{
    const QSize room = available.size() - frame;
    const QSize client(std::max(1, std::min(preferred.width(), room.width())),
                       std::max(1, std::min(preferred.height(), room.height())));
    QRect rect(QPoint(0, 0), client + frame);
    rect.moveCenter(available.center());
    // (a centre rounds down: keep the top-left corner, with the title bar, on the screen)
    rect.moveTopLeft(QPoint(std::max(rect.left(), available.left()), std::max(rect.top(), available.top())));
    return rect;
}

bool fitsOnAScreen(const QRect& frame, const QList<QRect>& available)
{
    return frame.isValid() &&
           std::any_of(available.begin(), available.end(), [&](const QRect& a) { return a.contains(frame); });
}

}  // namespace layerlab
