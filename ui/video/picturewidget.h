#pragma once

#include <QImage>
#include <QWidget>

namespace Sigap {

// Shows the latest picture of a camera, as large as fits, centred on black.
class PictureWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PictureWidget(QWidget *parent = nullptr);

    void setPicture(const QImage &picture);
    void clear();
    QImage picture() const { return m_picture; }
    QSize sizeInDevicePixels() const; // this widget's size in device pixels

Q_SIGNALS:
    void resized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QImage m_picture;
};

} // namespace Sigap
