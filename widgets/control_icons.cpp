#include "control_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace layerlab {

namespace {

constexpr int kSize = 32;  // logical pixels; drawn at 1x, 2x and 3x

void draw(QPainter& p, ControlIcon which, const QColor& color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    auto triangle = [&](qreal left, qreal width) {
        QPainterPath path;
        path.moveTo(left, 6);
        path.lineTo(left + width, 16);
        path.lineTo(left, 26);
        path.closeSubpath();
        p.drawPath(path);
    };
    switch (which) {
    case ControlIcon::Play:
        triangle(9, 17);
        break;
    case ControlIcon::Pause:
        p.drawRoundedRect(QRectF(8, 6, 6, 20), 1.5, 1.5);
        p.drawRoundedRect(QRectF(18, 6, 6, 20), 1.5, 1.5);
        break;
    case ControlIcon::Step:
        triangle(7, 13);
        p.drawRoundedRect(QRectF(21, 6, 4, 20), 1, 1);
        break;
    case ControlIcon::StepEpoch:
        triangle(3, 10);
        triangle(12, 10);
        p.drawRoundedRect(QRectF(23, 6, 4, 20), 1, 1);
        break;
    case ControlIcon::Reset: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 3.2, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(QRectF(6, 6, 20, 20), 100 * 16, 280 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        QPainterPath head;  // arrowhead at the arc's start, pointing along it
        head.moveTo(9, 2);
        head.lineTo(19, 6.5);
        head.lineTo(10, 12);
        head.closeSubpath();
        p.drawPath(head);
        break;
    }
    }
}

}  // namespace

QIcon controlIcon(ControlIcon which, const QColor& color)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0, 3.0}) {
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
            QPixmap pixmap(QSize(kSize, kSize) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            draw(p, which, mode == QIcon::Disabled ? QColor(0xb0, 0xb0, 0xb0) : color);
            p.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

}  // namespace layerlab
