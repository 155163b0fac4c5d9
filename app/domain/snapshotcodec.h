#pragma once

#include "callprojection.h"
#include "incident.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <cstring>
#include <functional>

namespace Sigap {

// The binary form of an incident projection snapshot (format 4). A snapshot is a cache of
// the fold, read at every start, so it is laid out for speed: a table of the distinct
// strings first (desk ids, actors, categories and kelurahan codes repeat thousands of times
// and are then shared, not allocated per incident), then the incidents with every string as
// an index into that table.
//
// Integers and doubles are written raw in the machine's byte order (a snapshot never leaves
// the desk that wrote it; a foreign or damaged one is simply refused and the log folded), and
// strings as a length and UTF-8; QDataStream was four times slower to read here.
//
//   quint32 magic "SGSN", qint32 format 4, qint64 events applied, qint32 incident count
//   qint32 string count, string × count
//   records: incidents (id, created, created stamp, created by, field mask + registers,
//            notes, call links, transitions) or calls (id, offer, answer, end, abandon,
//            outcome, incident links, device location); stamps as hlc, origin, seq; links as
//            id, stamp, linked
// Each projection writes its own snapshot of this shape; the node stores them together.
class SnapshotWriter
{
public:
    SnapshotWriter();
    void header(qint64 eventsApplied, qsizetype incidentCount);
    void incident(const Incident &incident);
    void call(const Call &call);
    QByteArray finish();

private:
    template<typename T>
    void put(QByteArray &out, T value)
    {
        out.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void putString(QByteArray &out, const QString &s);
    void links(const std::vector<Link> &list);
    void string(const QString &s);
    void stamp(const Stamp &s);
    void optionalStamp(const std::optional<Stamp> &s);

    qint64 m_eventsApplied = 0;
    qint32 m_count = 0;
    QHash<QString, qint32> m_index;
    QStringList m_strings;
    QByteArray m_body;
};

class SnapshotReader
{
public:
    explicit SnapshotReader(const QByteArray &data);
    bool header(qint64 &eventsApplied, qint32 &incidentCount);
    bool incident(Incident &incident);
    bool call(Call &call);
    bool atEnd() const;

private:
    template<typename T>
    bool get(T &value)
    {
        if (m_end - m_at < qsizetype(sizeof value))
            return false;
        memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return true;
    }
    bool plausibleCount(qint32 n, qsizetype minimumEntryBytes) const;
    bool getString(QString &out);
    bool string(QString &out);
    bool stamp(Stamp &out);
    bool links(std::vector<Link> &list, const std::function<void(const Link &)> &set);
    bool optionalStamp(std::optional<Stamp> &out);

    const char *m_at;
    const char *m_end;
    QStringList m_strings;
};

} // namespace Sigap
