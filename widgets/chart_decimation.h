// Fewer points than pixels: a line chart never needs more than a few points per pixel
// column. M4 (Jugel et al., VLDB 2014) keeps, for every column, the first, the lowest,
// the highest and the last point, in their order; the drawn line is then the same
// pixels as with every point, for any number of points.
#pragma once

#include <QList>
#include <QPointF>

#include <span>

namespace layerlab {

// What a column keeps. LowHigh halves the points (and the time a live chart spends laying
// out and stroking them) for curves so dense and noisy that each column is a vertical
// stroke anyway, such as the loss of every mini-batch: the same vertical extent per column,
// only the joins between neighbouring columns may differ by a little.
enum class ColumnPoints { FirstLowHighLast, LowHigh };

// points: sorted by x. Columns split [xMin, xMax] evenly; points outside fall into the
// first or last column. Non-finite points are dropped. Returns at most 4 (or 2) * columns
// points (all points, unchanged, when there are no more than that).
QList<QPointF> decimateForPixels(std::span<const QPointF> points, double xMin, double xMax, int columns,
                                 ColumnPoints keep = ColumnPoints::FirstLowHighLast);
inline QList<QPointF> decimateForPixels(const QList<QPointF>& points, double xMin, double xMax, int columns,
                                        ColumnPoints keep = ColumnPoints::FirstLowHighLast)
{
    return decimateForPixels(std::span<const QPointF>(points.constData(), size_t(points.size())), xMin, xMax, columns,
                             keep);
}

}  // namespace layerlab
