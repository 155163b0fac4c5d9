#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sigap::JsonPositions {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

QList<qsizetype> arrayElementOffsets(const QByteArray &text, const char *key)
{
    QList<qsizetype> offsets;
    const qsizetype keyAt = text.indexOf('"' + QByteArray(key) + '"');
    if (keyAt < 0)
        return offsets;
    qsizetype at = text.indexOf('[', keyAt);
    if (at < 0)
        return offsets;
    int depth = 0;
    bool inString = false;
    bool expectElement = true;
    for (++at; at < text.size(); ++at) {
        const char c = text.at(at);
        if (inString) {
            if (c == '\\')
                ++at;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (depth == 0 && expectElement && c != ']') {
            offsets.append(at);
            expectElement = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (depth == 0)
                break; // the end of the array
            --depth;
        } else if (c == ',' && depth == 0)
            expectElement = true;
    }
    return offsets;
}

} // namespace Sigap::JsonPositions

namespace Sigap {

Result<QList<ConfigList::Entry>> ConfigList::read(const QByteArray &json, const QString &sourceName,
                                                  const QString &format, const char *key, const QString &codePrefix,
                                                  const QString &whatItIs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(codePrefix + QStringLiteral(".json"), tr("%1:%2: not valid JSON: %3")
                                                                   .arg(sourceName)
                                                                   .arg(JsonPositions::lineAt(json, parseError.offset))
                                                                   .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    const QString listKey = QLatin1String(key);
    if (root.value(QStringLiteral("format")).toString() != format || root.value(QStringLiteral("version")).toInt() != 1
        || !root.value(listKey).isArray())
        return makeError(
            codePrefix + QStringLiteral(".format"),
            tr("%1: not a Sigap %2 (format %3, version 1, a %4 list)").arg(sourceName, whatItIs, format, listKey));
    const QJsonArray items = root.value(listKey).toArray();
    const QList<qsizetype> offsets = JsonPositions::arrayElementOffsets(json, key);
    QList<Entry> entries;
    for (qsizetype i = 0; i < items.size(); ++i)
        entries.append(
            Entry{items.at(i).toObject(), i, i < offsets.size() ? JsonPositions::lineAt(json, offsets.at(i)) : 0});
    return entries;
}

} // namespace Sigap
