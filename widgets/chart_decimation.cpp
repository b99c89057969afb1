#include "chart_decimation.h"

#include <algorithm>
#include <cmath>

namespace layerlab {

QList<QPointF> decimateForPixels(std::span<const QPointF> points, double xMin, double xMax, int columns,
                                 ColumnPoints keepInColumn)
{
    const auto finite = [](const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
    columns = std::max(1, columns);
    const int perColumnKept = keepInColumn == ColumnPoints::LowHigh ? 2 : 4;
    if (points.size() <= size_t(perColumnKept * columns) || !(xMax > xMin)) {
        QList<QPointF> all;
        all.reserve(qsizetype(points.size()));
        for (const QPointF& p : points)
            if (finite(p))
                all.append(p);
        return all;
    }

    QList<QPointF> result;
    result.reserve(perColumnKept * columns);
    const double perColumn = double(columns) / (xMax - xMin);
    const auto columnOf = [&](const QPointF& p) {
        return int(std::clamp((p.x() - xMin) * perColumn, 0.0, double(columns - 1)));
    };
    size_t i = 0;
    while (i < points.size()) {
        if (!finite(points[i])) {
            ++i;
            continue;
        }
        const int column = columnOf(points[i]);
        // one column: indices of its first, lowest, highest and last point
        size_t first = i, low = i, high = i, last = i;
        for (++i; i < points.size(); ++i) {
            const QPointF& p = points[i];
            if (!finite(p))
                continue;
            if (columnOf(p) != column)
                break;
            if (p.y() < points[low].y())
                low = i;
            if (p.y() > points[high].y())
                high = i;
            last = i;
        }
        size_t keep[4] = {first, low, high, last};
        if (keepInColumn == ColumnPoints::LowHigh) {
            keep[0] = std::min(low, high);
            keep[1] = std::max(low, high);
        }
        std::sort(std::begin(keep), std::begin(keep) + perColumnKept);
        for (int k = 0; k < perColumnKept; ++k)
            if (k == 0 || keep[k] != keep[k - 1])
                result.append(points[keep[k]]);
    }
    return result;
}

}  // namespace layerlab
