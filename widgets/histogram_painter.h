// Drawing a probe's Histogram (30 bins over [lo, hi]) as bars with its range written
// under it, and laying out one small histogram per layer (small multiples, as
// TensorBoard's distributions) in a grid.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

#include "analysis/probes.h"

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace layerlab {

// How a bin is coloured, from the values it covers: [low, high).
using BinColor = std::function<QColor(float low, float high)>;

// Bars fill `rect` up to the largest count; lo and hi are written under its corners, and
// a dashed line marks 0 when it lies inside, in the small font of `base` (the drawing
// widget's font).
void paintHistogram(QPainter& p, const QRectF& rect, const Histogram& h, const BinColor& color, const QFont& base);
// Height the labels under a histogram take.
qreal histogramLabelHeight(const QFont& base);

// `count` cells over `area`, as many columns as fit cells at least minWidth wide.
std::vector<QRectF> gridCells(const QRectF& area, int count, qreal minWidth, qreal gap = 10);

}  // namespace layerlab
