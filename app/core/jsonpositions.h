#pragma once

#include <QByteArray>
#include <QList>

namespace Sigap::JsonPositions {

// QJsonDocument keeps no positions; these find them again in the text, so a message about a
// broken entry of a room's configuration file can name its line.

// The 1-based line of a byte offset.
int lineAt(const QByteArray &text, qsizetype offset);
// Where each element of the top-level array under "key" starts (a small scan over strings
// and nesting depth); empty when there is no such array.
QList<qsizetype> arrayElementOffsets(const QByteArray &text, const char *key);

} // namespace Sigap::JsonPositions
