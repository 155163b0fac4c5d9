#pragma once

#include "cctv/cameradirectory.h"
#include "videoprocess.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;

namespace Sigap {

class PictureWidget;

// One camera's live picture with its name and state on the tile. The stream is decoded in a
// video process of its own (VideoProcess); a stream that cannot be opened, ends, stops
// sending pictures, or whose process crashes shows "OFFLINE" and why, and is tried again
// (a new process) after 1 s, 2 s, 4 s … up to 30 s; nothing here waits on the network in
// the UI thread.
class CameraView : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Connecting, Live, Offline };
    Q_ENUM(State)

    explicit CameraView(QWidget *parent = nullptr);

    void showCamera(const Camera &camera);
    void clear();
    State state() const { return m_state; }
    std::optional<Camera> camera() const { return m_camera; }
    int framesReceived() const { return m_frames; }
    int retryDelayMs() const { return m_retryDelayMs; }
    qint64 videoProcessId() const { return m_process.processId(); } // 0 when none runs

    static constexpr int FirstRetryMs = 1000;
    static constexpr int MaxRetryMs = 30000;
    static constexpr int SilenceMs = 5000;         // a live stream without a picture this long is offline
    static constexpr int ConnectTimeoutMs = 10000; // the first picture may take longer (HLS, a busy NVR)

Q_SIGNALS:
    void stateChanged(Sigap::CameraView::State state);
    void firstFrame(); // the first picture since the camera was (re)opened

private:
    void open();
    void setState(State state);
    void goOffline(const QString &reason);
    void updateCaption();

    VideoProcess m_process;
    PictureWidget *m_picture;
    QLabel *m_caption;
    QTimer m_retry;
    QTimer m_silence;
    std::optional<Camera> m_camera;
    State m_state = State::Empty;
    QString m_reason;
    int m_frames = 0;
    int m_retryDelayMs = FirstRetryMs;
};

} // namespace Sigap
