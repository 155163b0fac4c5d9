#include "jsonpositions.h"

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
