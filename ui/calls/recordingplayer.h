#pragma once

#include "core/result.h"

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;

namespace Sigap {

struct CallRecordingRef;

// Plays a call's recording at the desk that keeps its file, under the incident's timeline.
// The checksum the log holds is checked first: a file changed since the call ended is not
// played, and the operator is told so. A recording kept on another desk, or removed under
// the room's retention, is explained instead of played.
class RecordingPlayer : public QWidget
{
    Q_OBJECT

public:
    RecordingPlayer(const QString &thisDesk, QWidget *parent = nullptr);

    Result<void> play(const CallRecordingRef &recording, const QString &title);
    void togglePause(); // nothing playing: nothing happens
    void stop();
    bool isActive() const; // playing or paused
    QString playingPath() const { return m_path; }
    const QMediaPlayer &player() const { return *m_player; }

Q_SIGNALS:
    void problem(const QString &message);

private:
    void showPosition();

    QString m_thisDesk;
    QString m_path;
    QString m_title;
    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QLabel *m_status;
};

} // namespace Sigap
