#include "callrecording.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
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
    QFile f(wavPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("recording.open"),
                         Texts::tr("%1: cannot read: %2").arg(wavPath, f.errorString()));
    const QByteArray bytes = f.readAll();
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
            dataBytes = qMin<qint64>(size, bytes.size() - (at + 8));
            break;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    if (byteRate == 0)
        return notWav(Texts::tr("no format chunk"));
    if (dataBytes < 0)
        return notWav(Texts::tr("no data chunk"));
    return CallRecording{QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
                         dataBytes * 1000 / byteRate};
}

} // namespace Sigap
