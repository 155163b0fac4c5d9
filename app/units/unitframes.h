#pragma once

#include "core/result.h"
#include "sync/frame.h"
#include "unitboard.h"

namespace Sigap::UnitFrames {

// A unit's position travels between the desks of a room as an ephemeral sync frame, not
// an event: only the newest matters, and the unit board drops older ones.
inline const QString PositionType = QStringLiteral("unit.position");

QByteArray encodePosition(const UnitReport &report);
Result<UnitReport> decodePosition(const Frame &frame);

} // namespace Sigap::UnitFrames
