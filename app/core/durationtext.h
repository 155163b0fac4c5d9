#pragma once

#include <QString>

namespace Sigap {

// A length of time as the room reads it on screen: minutes and seconds, "7:05". Negative
// lengths show as 0:00. The caller rounds to whole seconds as its figure needs.
inline QString minutesAndSeconds(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Sigap
