#pragma once

#include <QList>

#include <algorithm>
#include <functional>
#include <utility>

namespace Sigap {

// Rows to remove from a model, as runs of consecutive rows (first, last), from the bottom up:
// each run is one beginRemoveRows, and removing from the bottom keeps the rows above in
// place, so a view keeps its selection and scroll position.
inline QList<std::pair<int, int>> rowBlocksFromBottom(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> blocks;
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            first = rows.at(i);
        blocks.append({first, last});
    }
    return blocks;
}

} // namespace Sigap
