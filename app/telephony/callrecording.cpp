#include "callrecording.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Sigap {

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::CallRecording)
};
} // namespace

Result<CallRecording> CallRecording::summarize(const QString &wavPath)
{
    // A path comes from the log, which other desks write too: only a regular file of a
    // plausible size is read, and it is hashed as a stream, never read whole.
    const QFileInfo info(wavPath);
    if (!info.isFile())
        return makeError(QStringLiteral("recording.open"), Texts::tr("%1: not a recording file").arg(wavPath));
    if (info.size() > MaxBytes)
        return makeError(QStringLiteral("recording.size"),
                         Texts::tr("%1: %2 MB, larger than any call's recording").arg(wavPath).arg(info.size() >> 20));
    QFile f(wavPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("recording.open"),
                         Texts::tr("%1: cannot read: %2").arg(wavPath, f.errorString()));
    // The chunks before the sound (format, and the odd list) sit in the first kilobytes.
    const QByteArray bytes = f.read(64 * 1024);
    const qint64 fileSize = f.size();
    auto notWav = [&](const QString &why) {
        return makeError(QStringLiteral("recording.format"),
                         Texts::tr("%1: not a WAV recording: %2").arg(wavPath, why));
    };
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return notWav(Texts::tr("no RIFF/WAVE header"));
    // Walk the chunks: "fmt " gives the byte rate, "data" the length of the sound.
    quint32 byteRate = 0;
    qint64 dataBytes = -1;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        if (id == "fmt " && at + 8 + 12 <= bytes.size())
            byteRate = qFromLittleEndian<quint32>(bytes.constData() + at + 8 + 8);
        if (id == "data") {
            // A recorder that stopped abruptly leaves the size unset: count what is there.
            dataBytes = qMin<qint64>(size, fileSize - (at + 8));
            break;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    if (byteRate == 0)
        return notWav(Texts::tr("no format chunk"));
    if (dataBytes < 0)
        return notWav(Texts::tr("no data chunk"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.seek(0) || !hash.addData(&f))
        return makeError(QStringLiteral("recording.open"),
                         Texts::tr("%1: cannot read: %2").arg(wavPath, f.errorString()));
    return CallRecording{hash.result().toHex(), dataBytes * 1000 / byteRate};
}

} // namespace Sigap
