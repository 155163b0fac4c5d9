#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Sigap {

// What the log keeps of a call's recording: its checksum (the file can be shown to be the one
// recorded) and its length, read from the WAV header the recorder wrote.
struct CallRecording
{
    QByteArray sha256Hex;
    qint64 durationMs = 0;

    // A call recorded for hours at 8 kHz is well under this; anything larger is not one.
    static constexpr qint64 MaxBytes = 1LL << 30;

    static Result<CallRecording> summarize(const QString &wavPath);
};

} // namespace Sigap
