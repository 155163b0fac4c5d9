#include "recordingplayer.h"

#include "core/durationtext.h"
#include "domain/callprojection.h"
#include "telephony/callrecording.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QUrl>

namespace Sigap {

RecordingPlayer::RecordingPlayer(const QString &thisDesk, QWidget *parent)
    : QWidget(parent)
    , m_thisDesk(thisDesk)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("recordingPlayer"));
    m_player->setAudioOutput(m_output);
    m_status->setObjectName(QStringLiteral("recordingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // the title holds the caller's number
    m_status->setStyleSheet(QStringLiteral("background:#ede7f6;color:#311b92;padding:4px;"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    hide();
    connect(m_player, &QMediaPlayer::positionChanged, this, &RecordingPlayer::showPosition);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &RecordingPlayer::showPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &RecordingPlayer::showPosition);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        Q_EMIT problem(tr("The recording cannot be played: %1").arg(message));
    });
}

Result<void> RecordingPlayer::play(const CallRecordingRef &recording, const QString &title)
{
    if (recording.removedStamp)
        return makeError(QStringLiteral("recording.removed"),
                         tr("The recording was removed under the room's retention settings."));
    if (recording.desk != m_thisDesk && !QFileInfo::exists(recording.path))
        return makeError(QStringLiteral("recording.elsewhere"),
                         tr("The recording is kept on desk %1; play it there.").arg(recording.desk));
    auto summary = CallRecording::summarize(recording.path);
    if (!summary)
        return makeError(QStringLiteral("recording.unreadable"),
                         tr("The recording cannot be read: %1").arg(summary.error().message));
    if (QString::fromLatin1(summary.value().sha256Hex) != recording.sha256Hex)
        return makeError(QStringLiteral("recording.altered"),
                         tr("The recording %1 was changed after the call: its checksum no longer matches. "
                            "It is not played; tell the shift lead.")
                             .arg(recording.path));
    m_path = recording.path;
    m_title = title;
    m_player->setSource(QUrl::fromLocalFile(recording.path));
    m_player->play();
    show();
    showPosition();
    return {};
}

void RecordingPlayer::togglePause()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else if (m_player->playbackState() == QMediaPlayer::PausedState)
        m_player->play();
}

void RecordingPlayer::stop()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_path.clear();
    hide();
}

bool RecordingPlayer::isActive() const
{
    return !m_path.isEmpty() && m_player->playbackState() != QMediaPlayer::StoppedState;
}

void RecordingPlayer::showPosition()
{
    if (m_path.isEmpty())
        return;
    const QString where = QStringLiteral("%1 / %2").arg(minutesAndSeconds(m_player->position() / 1000),
                                                        minutesAndSeconds(m_player->duration() / 1000));
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        m_status->setText(tr("▶ %1 · %2 · Ctrl+P pauses, Ctrl+Shift+P stops").arg(m_title, where));
        break;
    case QMediaPlayer::PausedState:
        m_status->setText(tr("❚❚ %1 · %2 · Ctrl+P plays on, Ctrl+Shift+P stops").arg(m_title, where));
        break;
    case QMediaPlayer::StoppedState:
        m_status->setText(tr("■ %1 · played to the end · Ctrl+P plays it again").arg(m_title));
        break;
    }
}

} // namespace Sigap
