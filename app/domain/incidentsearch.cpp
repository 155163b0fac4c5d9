#include "incidentsearch.h"

#include "incidentprojection.h"

#include <algorithm>

namespace Sigap {

namespace {

bool matchesEveryWord(const Incident &incident, const QStringList &words, const IncidentSearch::MoreWords &moreWords)
{
    if (words.isEmpty())
        return true;
    QStringList haystack{incident.id, incident.category(), incident.kelurahan(), incident.caller(), incident.address()};
    for (const auto &[stamp, note] : incident.notes)
        haystack.append(note.text);
    if (moreWords)
        haystack.append(moreWords(incident));
    const QString all = haystack.join(QLatin1Char('\n'));
    return std::all_of(words.cbegin(), words.cend(),
                       [&all](const QString &word) { return all.contains(word, Qt::CaseInsensitive); });
}

} // namespace

IncidentSearch::Result IncidentSearch::find(const IncidentProjection &incidents, qint64 fromMs, qint64 toMs,
                                            const QString &text, const MoreWords &moreWords, int limit)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Found> found;
    incidents.forEachIncident(fromMs, toMs, [&](const Incident &incident) {
        const qint64 created = incident.createdMs();
        if (!incident.created || created < fromMs || created >= toMs || !matchesEveryWord(incident, words, moreWords))
            return;
        found.append(Found{incident.id, created, incident.category(), incident.kelurahan(), incident.status,
                           incident.caller(), incident.address()});
    });
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id < b.id;
    });
    Result result;
    result.more = int(std::max<qsizetype>(0, found.size() - limit));
    found.resize(std::min<qsizetype>(found.size(), limit));
    result.found = std::move(found);
    return result;
}

} // namespace Sigap
