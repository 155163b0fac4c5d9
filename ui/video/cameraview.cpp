#include "cameraview.h"

#include "picturewidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Sigap {

CameraView::CameraView(QWidget *parent)
    : QWidget(parent)
    , m_picture(new PictureWidget)
    , m_caption(new QLabel)
{
    setObjectName(QStringLiteral("cameraView"));
    setMinimumSize(160, 120);
    m_caption->setObjectName(QStringLiteral("cameraCaption"));
    m_caption->setMargin(4);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_picture, 1);

    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CameraView::open);
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this,
            [this] { goOffline(tr("no picture for %1 s").arg(m_silence.interval() / 1000)); });

    connect(&m_process, &VideoProcess::picture, this, [this](const QImage &picture) {
        if (!m_camera)
            return;
        m_picture->setPicture(picture);
        ++m_frames;
        m_silence.start(SilenceMs);
        if (m_state != State::Live) {
            m_retryDelayMs = FirstRetryMs;
            setState(State::Live);
            Q_EMIT firstFrame();
        }
    });
    connect(&m_process, &VideoProcess::stopped, this, &CameraView::goOffline);
    connect(m_picture, &PictureWidget::resized, this,
            [this] { m_process.setMaxSize(m_picture->sizeInDevicePixels()); });
    updateCaption();
}

void CameraView::showCamera(const Camera &camera)
{
    m_camera = camera;
    m_retryDelayMs = FirstRetryMs;
    open();
}

void CameraView::clear()
{
    m_retry.stop();
    m_silence.stop();
    m_process.stop();
    m_picture->clear();
    m_camera.reset();
    setState(State::Empty);
}

void CameraView::open()
{
    if (!m_camera)
        return;
    setState(State::Connecting);
    m_silence.start(ConnectTimeoutMs); // a stream that never sends a picture goes offline too
    m_process.start(m_camera->stream, m_picture->sizeInDevicePixels()); // the answer comes as signals
}

void CameraView::goOffline(const QString &reason)
{
    if (!m_camera || m_retry.isActive())
        return;
    m_silence.stop();
    m_process.stop();
    m_picture->clear(); // a still picture must not pass for a live one
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryMs);
    setState(State::Offline);
    m_reason = reason;
    updateCaption();
}

void CameraView::setState(State state)
{
    if (state != State::Offline)
        m_reason.clear();
    const bool changed = state != m_state;
    m_state = state;
    updateCaption();
    if (changed)
        Q_EMIT stateChanged(state);
}

void CameraView::updateCaption()
{
    QString text;
    QString style;
    const QString name = m_camera ? m_camera->name : QString();
    switch (m_state) {
    case State::Empty:
        text = tr("No camera");
        style = QStringLiteral("background:#37474f;color:#eceff1;");
        break;
    case State::Connecting:
        text = tr("%1 — connecting…").arg(name);
        style = QStringLiteral("background:#455a64;color:white;");
        break;
    case State::Live:
        text = tr("%1 — live").arg(name);
        style = QStringLiteral("background:#1b5e20;color:white;");
        break;
    case State::Offline:
        text = tr("%1 — OFFLINE (%2); trying again in %3 s")
                   .arg(name, m_reason)
                   .arg((m_retry.remainingTime() + 999) / 1000);
        style = QStringLiteral("background:#b71c1c;color:white;font-weight:bold;");
        break;
    }
    m_caption->setText(text);
    m_caption->setStyleSheet(style);
}

} // namespace Sigap
