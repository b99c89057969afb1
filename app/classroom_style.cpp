#include "classroom_style.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

namespace layerlab {

void applyClassroomStyle(QApplication& app)
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QFont font = app.font();
    font.setPointSizeF(std::max(font.pointSizeF(), kClassroomPointSize));
    app.setFont(font);
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x19, 0x76, 0xd2));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    palette.setColor(QPalette::ToolTipText, QColor(0x21, 0x21, 0x21));
    app.setPalette(palette);
}

}  // namespace layerlab
