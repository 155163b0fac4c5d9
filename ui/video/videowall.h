#pragma once

#include "cctv/cameradirectory.h"

#include <QWidget>

class QGridLayout;

namespace Sigap {

class CameraView;

// The video wall: 1, 4 or 9 camera tiles in a square grid, on whatever monitor its panel
// is put. Showing a list of cameras picks the smallest grid that holds them.
class VideoWall : public QWidget
{
    Q_OBJECT

public:
    explicit VideoWall(QWidget *parent = nullptr);

    void showCameras(const QList<Camera> &cameras);
    void setSize(int tiles); // 1, 4 or 9; cameras beyond it are closed
    int size() const { return m_size; }
    void cycleSize(); // 1 → 4 → 9 → 1
    QList<CameraView *> tiles() const;

private:
    void arrange();

    QGridLayout *m_grid;
    QList<CameraView *> m_views; // all nine, the first size() of them shown
    int m_size = 1;
};

} // namespace Sigap
