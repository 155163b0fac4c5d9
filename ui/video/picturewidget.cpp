#include "picturewidget.h"

#include <QPainter>

namespace Sigap {

PictureWidget::PictureWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPicture"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PictureWidget::setPicture(const QImage &picture)
{
    m_picture = picture;
    update();
}

void PictureWidget::clear()
{
    m_picture = QImage();
    update();
}

QSize PictureWidget::sizeInDevicePixels() const
{
    return size() * devicePixelRatioF();
}

void PictureWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_picture.isNull())
        return;
    QSize fitted = m_picture.size().scaled(size(), Qt::KeepAspectRatio);
    QRect target(QPoint(0, 0), fitted);
    target.moveCenter(rect().center());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_picture);
}

void PictureWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT resized();
}

} // namespace Sigap
