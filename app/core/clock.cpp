#include "clock.h"

#include <QDateTime>

namespace Sigap {

qint64 SystemClock::nowMs() const
{
    // The single place in the program that reads the wall clock.
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Sigap
