#include "videowall.h"

#include "cameraview.h"

#include <QGridLayout>

#include <cmath>

namespace Sigap {

VideoWall::VideoWall(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("videoWall"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    for (int i = 0; i < 9; ++i)
        m_views.append(new CameraView(this));
    arrange();
}

void VideoWall::showCameras(const QList<Camera> &cameras)
{
    const qsizetype wanted = std::min<qsizetype>(cameras.size(), 9);
    setSize(wanted <= 1 ? 1 : wanted <= 4 ? 4 : 9);
    for (int i = 0; i < m_size; ++i) {
        if (i < cameras.size())
            m_views.at(i)->showCamera(cameras.at(i));
        else
            m_views.at(i)->clear();
    }
}

void VideoWall::setSize(int tiles)
{
    m_size = tiles >= 9 ? 9 : tiles >= 4 ? 4 : 1;
    for (int i = m_size; i < m_views.size(); ++i)
        m_views.at(i)->clear(); // a hidden tile must not keep a stream open
    arrange();
}

void VideoWall::cycleSize()
{
    setSize(m_size == 1 ? 4 : m_size == 4 ? 9 : 1);
}

QList<CameraView *> VideoWall::tiles() const
{
    return m_views.mid(0, m_size);
}

void VideoWall::arrange()
{
    for (CameraView *view : std::as_const(m_views)) {
        m_grid->removeWidget(view);
        view->hide();
    }
    const int side = int(std::lround(std::sqrt(m_size)));
    for (int i = 0; i < m_size; ++i) {
        m_grid->addWidget(m_views.at(i), i / side, i % side);
        m_views.at(i)->show();
    }
}

} // namespace Sigap
