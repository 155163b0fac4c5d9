#pragma once

// A WAV file as the SIP backend's recorder writes them (mono, 16-bit, 8 kHz), for tests of
// recordings: retention, playback, checksums.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace SigapTest {

inline void writeWav(const QString &path, const QByteArray &pcm)
{
    QDir().mkpath(QFileInfo(path).path());
    auto le32 = [](quint32 v) { return QByteArray(reinterpret_cast<const char *>(&v), 4); };
    auto le16 = [](quint16 v) { return QByteArray(reinterpret_cast<const char *>(&v), 2); };
    const QByteArray wav = "RIFF" + le32(36 + quint32(pcm.size())) + "WAVEfmt " + le32(16) + le16(1) + le16(1)
                           + le32(8000) + le32(16000) + le16(2) + le16(16) + "data" + le32(quint32(pcm.size())) + pcm;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace SigapTest
