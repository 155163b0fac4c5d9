#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Sigap {

void Appearance::apply(bool dark, double textScale)
{
    static const QFont baseFont = QApplication::font();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::style()->standardPalette();
    if (dark) {
        // Dim enough for a dark room at 3 a.m., with text contrast kept well above 7:1.
        const QColor window(0x20, 0x23, 0x27), base(0x16, 0x18, 0x1b), text(0xe8, 0xea, 0xed);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        palette.setColor(QPalette::Highlight, QColor(0x1e, 0x6f, 0xd9));
        palette.setColor(QPalette::HighlightedText, Qt::white);
    }
    QApplication::setPalette(palette);
    QFont font = baseFont;
    font.setPointSizeF(baseFont.pointSizeF() * qBound(MinScale, textScale, MaxScale));
    QApplication::setFont(font);
}

QColor Appearance::priorityColour(int priority)
{
    static const QColor colours[]
        = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00), QColor(0xf9, 0xa8, 0x25), QColor(0x75, 0x75, 0x75)};
    return colours[qBound(1, priority, 4) - 1];
}

} // namespace Sigap
