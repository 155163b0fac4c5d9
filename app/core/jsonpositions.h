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

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sigap {

// A list file of the room's configuration, {"format": F, "version": 1, KEY: [...]}, read
// entry by entry with each entry's line, for messages that name it.
class ConfigList
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ConfigList)

public:
    struct Entry
    {
        QJsonObject object;
        qsizetype index = 0;
        int line = 0;
    };

    // Refuses, naming the file (and the line for broken JSON), a text that is not such a list;
    // codePrefix makes the error codes ("cameras" gives cameras.json and cameras.format).
    static Result<QList<Entry>> read(const QByteArray &json, const QString &sourceName, const QString &format,
                                     const char *key, const QString &codePrefix, const QString &whatItIs);
};

} // namespace Sigap
