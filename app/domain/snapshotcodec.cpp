#include "snapshotcodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QPointF>

namespace Sigap {

namespace {
constexpr quint32 Magic = 0x5347534e; // "SGSN"
constexpr qint32 Format = 4;
constexpr qsizetype StampBytes = sizeof(qint64) * 2 + sizeof(qint32);
enum ValueType : quint8 { StringValue, IntegerValue, DoubleValue, PointValue, OtherValue };
// id, created flag, created stamp, created by, field mask and three counts
constexpr qsizetype MinimumIncidentBytes = 4 + 1 + 20 + 4 + 1 + 3 * 4;

QByteArray variantBytes(const QVariant &value)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << value;
    return bytes;
}
} // namespace

SnapshotWriter::SnapshotWriter() = default;

void SnapshotWriter::header(qint64 eventsApplied, qsizetype incidentCount)
{
    m_eventsApplied = eventsApplied;
    m_count = qint32(incidentCount);
}

void SnapshotWriter::putString(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    put(out, qint32(utf8.size()));
    out.append(utf8);
}

void SnapshotWriter::string(const QString &s)
{
    auto it = m_index.constFind(s);
    if (it == m_index.constEnd()) {
        it = m_index.insert(s, qint32(m_strings.size()));
        m_strings.append(s);
    }
    put(m_body, *it);
}

void SnapshotWriter::stamp(const Stamp &s)
{
    put(m_body, s.hlc);
    string(s.origin);
    put(m_body, s.seq);
}

void SnapshotWriter::optionalStamp(const std::optional<Stamp> &s)
{
    put(m_body, quint8(s.has_value()));
    if (s)
        stamp(*s);
}

void SnapshotWriter::call(const Call &c)
{
    string(c.id);
    put(m_body, quint8(c.offered));
    stamp(c.offeredStamp);
    string(c.number);
    string(c.trunk);
    put(m_body, quint8(c.callerPosition.has_value()));
    if (c.callerPosition) {
        put(m_body, c.callerPosition->first);
        put(m_body, c.callerPosition->second);
        put(m_body, c.callerRadiusM);
    }
    optionalStamp(c.answeredStamp);
    string(c.answeredBy);
    optionalStamp(c.endedStamp);
    optionalStamp(c.abandonedStamp);
    string(c.outcome);
    stamp(c.outcomeStamp);
    links(c.incidentLinks);
    put(m_body, quint8(c.deviceLocation.has_value()));
    if (const auto &d = c.deviceLocation) {
        put(m_body, d->lat);
        put(m_body, d->lon);
        put(m_body, d->radiusM);
        put(m_body, d->atMs);
        put(m_body, d->receivedMs);
        string(d->method);
        put(m_body, qint32(d->confidence));
        stamp(d->stamp);
    }
    put(m_body, quint8(c.held));
    stamp(c.heldStamp);
    optionalStamp(c.transferredStamp);
    string(c.transferredTo);
    put(m_body, qint32(c.recordings.size()));
    for (const CallRecordingRef &r : c.recordings) {
        string(r.path);
        string(r.sha256Hex);
        put(m_body, r.durationMs);
        string(r.desk);
        string(r.callBack);
        stamp(r.stamp);
        optionalStamp(r.removedStamp);
    }
    put(m_body, qint32(c.callBacks.size()));
    for (const CallBackRef &b : c.callBacks) {
        string(b.id);
        string(b.number);
        string(b.desk);
        stamp(b.placedStamp);
        optionalStamp(b.endedStamp);
        put(m_body, quint8(b.connected));
    }
}

void SnapshotWriter::links(const std::vector<Link> &list)
{
    put(m_body, qint32(list.size()));
    for (const Link &link : list) {
        string(link.id);
        stamp(link.stamp);
        put(m_body, quint8(link.linked));
    }
}

static_assert(FieldCount <= 8, "the field mask of a snapshot incident is one byte");

void SnapshotWriter::incident(const Incident &inc)
{
    string(inc.id);
    put(m_body, quint8(inc.created));
    stamp(inc.createdStamp);
    string(inc.createdBy);

    quint8 mask = 0;
    for (int f = 0; f < FieldCount; ++f) {
        if (!(inc.fields[size_t(f)].stamp == Stamp{}))
            mask |= quint8(1u << f);
    }
    put(m_body, mask);
    for (int f = 0; f < FieldCount; ++f) {
        if (!(mask & (1u << f)))
            continue;
        const Incident::Register &reg = inc.fields[size_t(f)];
        stamp(reg.stamp);
        switch (reg.value.typeId()) {
        case QMetaType::QString:
            put(m_body, quint8(StringValue));
            string(reg.value.toString());
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            put(m_body, quint8(IntegerValue));
            put(m_body, reg.value.toLongLong());
            break;
        case QMetaType::Double:
            put(m_body, quint8(DoubleValue));
            put(m_body, reg.value.toDouble());
            break;
        case QMetaType::QPointF:
            put(m_body, quint8(PointValue));
            put(m_body, reg.value.toPointF().x());
            put(m_body, reg.value.toPointF().y());
            break;
        default: {
            const QByteArray bytes = variantBytes(reg.value);
            put(m_body, quint8(OtherValue));
            put(m_body, qint32(bytes.size()));
            m_body.append(bytes);
            break;
        }
        }
    }
    put(m_body, qint32(inc.notes.size()));
    for (const auto &[s, note] : inc.notes) {
        stamp(s);
        string(note.actor);
        string(note.text);
    }
    links(inc.callLinks);
    put(m_body, qint32(inc.transitions.size()));
    for (const auto &[s, t] : inc.transitions) {
        stamp(s);
        put(m_body, quint8(t.to));
        string(t.actor);
    }
}

QByteArray SnapshotWriter::finish()
{
    QByteArray data;
    put(data, Magic);
    put(data, Format);
    put(data, m_eventsApplied);
    put(data, m_count);
    put(data, qint32(m_strings.size()));
    for (const QString &s : std::as_const(m_strings))
        putString(data, s);
    data.append(m_body);
    return data;
}

SnapshotReader::SnapshotReader(const QByteArray &data)
    : m_at(data.constData())
    , m_end(data.constData() + data.size())
{
}

bool SnapshotReader::plausibleCount(qint32 n, qsizetype minimumEntryBytes) const
{
    // A damaged count must not turn into a giant allocation: every entry takes at least
    // minimumEntryBytes of what is left.
    return n >= 0 && qsizetype(n) <= (m_end - m_at) / minimumEntryBytes;
}

bool SnapshotReader::atEnd() const
{
    return m_at == m_end;
}

bool SnapshotReader::header(qint64 &eventsApplied, qint32 &incidentCount)
{
    quint32 magic = 0;
    qint32 format = 0;
    qint32 strings = 0;
    if (!get(magic) || !get(format) || !get(eventsApplied) || !get(incidentCount) || !get(strings))
        return false;
    if (magic != Magic || format != Format || !plausibleCount(strings, sizeof(qint32))
        || !plausibleCount(incidentCount, MinimumIncidentBytes))
        return false;
    m_strings.reserve(strings);
    for (qint32 i = 0; i < strings; ++i) {
        QString s;
        if (!getString(s))
            return false;
        m_strings.append(s);
    }
    return true;
}

bool SnapshotReader::getString(QString &out)
{
    qint32 size = -1;
    if (!get(size) || size < 0 || m_end - m_at < size)
        return false;
    out = QString::fromUtf8(m_at, size);
    m_at += size;
    return true;
}

bool SnapshotReader::string(QString &out)
{
    qint32 index = -1;
    if (!get(index) || index < 0 || index >= m_strings.size())
        return false;
    out = m_strings.at(index);
    return true;
}

bool SnapshotReader::stamp(Stamp &out)
{
    return get(out.hlc) && string(out.origin) && get(out.seq);
}

bool SnapshotReader::optionalStamp(std::optional<Stamp> &out)
{
    quint8 present = 0;
    if (!get(present))
        return false;
    if (!present) {
        out.reset();
        return true;
    }
    Stamp s;
    if (!stamp(s))
        return false;
    out = s;
    return true;
}

bool SnapshotReader::call(Call &c)
{
    quint8 offered = 0;
    quint8 positioned = 0;
    if (!string(c.id) || !get(offered) || !stamp(c.offeredStamp) || !string(c.number) || !string(c.trunk)
        || !get(positioned))
        return false;
    c.offered = offered != 0;
    if (positioned) {
        double lat = 0, lon = 0;
        if (!get(lat) || !get(lon) || !get(c.callerRadiusM))
            return false;
        c.callerPosition = std::make_pair(lat, lon);
    }
    if (!(optionalStamp(c.answeredStamp) && string(c.answeredBy) && optionalStamp(c.endedStamp)
          && optionalStamp(c.abandonedStamp) && string(c.outcome) && stamp(c.outcomeStamp)
          && links(c.incidentLinks, [&c](const Link &link) { c.setIncidentLink(link); })))
        return false;
    quint8 located = 0;
    if (!get(located) || located > 1)
        return false;
    if (located) {
        DeviceLocation d;
        qint32 confidence = 0;
        if (!get(d.lat) || !get(d.lon) || !get(d.radiusM) || !get(d.atMs) || !get(d.receivedMs) || !string(d.method)
            || !get(confidence) || !stamp(d.stamp))
            return false;
        d.confidence = confidence;
        c.deviceLocation = d;
    }
    quint8 held = 0;
    if (!get(held) || held > 1 || !stamp(c.heldStamp) || !optionalStamp(c.transferredStamp) || !string(c.transferredTo))
        return false;
    c.held = held != 0;
    qint32 n = 0;
    if (!get(n) || !plausibleCount(n, 4 * sizeof(qint32) + sizeof(qint64) + StampBytes + 1))
        return false;
    for (qint32 i = 0; i < n; ++i) {
        CallRecordingRef r;
        if (!string(r.path) || !string(r.sha256Hex) || !get(r.durationMs) || !string(r.desk) || !string(r.callBack)
            || !stamp(r.stamp) || !optionalStamp(r.removedStamp)
            || (!c.recordings.empty() && !(c.recordings.back().path < r.path)))
            return false;
        c.recordings.push_back(r);
    }
    if (!get(n) || !plausibleCount(n, 3 * sizeof(qint32) + StampBytes + 2))
        return false;
    for (qint32 i = 0; i < n; ++i) {
        CallBackRef b;
        quint8 connected = 0;
        if (!string(b.id) || !string(b.number) || !string(b.desk) || !stamp(b.placedStamp)
            || !optionalStamp(b.endedStamp) || !get(connected) || connected > 1
            || (!c.callBacks.empty() && !(c.callBacks.back().id < b.id)))
            return false;
        b.connected = connected != 0;
        c.callBacks.push_back(b);
    }
    return true;
}

bool SnapshotReader::links(std::vector<Link> &list, const std::function<void(const Link &)> &set)
{
    qint32 n = 0;
    if (!get(n) || !plausibleCount(n, sizeof(qint32) + StampBytes + 1))
        return false;
    list.reserve(size_t(n));
    for (qint32 i = 0; i < n; ++i) {
        Link link;
        quint8 linked = 0;
        // Written sorted by id with a 0/1 flag: anything else is damage.
        if (!string(link.id) || !stamp(link.stamp) || !get(linked) || linked > 1
            || (!list.empty() && !(list.back().id < link.id)))
            return false;
        link.linked = linked != 0;
        set(link); // through the owner, which derives what is linked now
    }
    return true;
}

bool SnapshotReader::incident(Incident &inc)
{
    quint8 created = 0;
    if (!string(inc.id) || !get(created) || !stamp(inc.createdStamp) || !string(inc.createdBy))
        return false;
    inc.created = created != 0;
    quint8 mask = 0;
    if (!get(mask))
        return false;
    for (int f = 0; f < FieldCount; ++f) {
        if (!(mask & (1u << f)))
            continue;
        Incident::Register &reg = inc.fields[size_t(f)];
        quint8 type = 0;
        if (!stamp(reg.stamp) || !get(type))
            return false;
        switch (type) {
        case StringValue: {
            QString s;
            if (!string(s))
                return false;
            reg.value = s;
            break;
        }
        case IntegerValue: {
            qint64 i = 0;
            if (!get(i))
                return false;
            reg.value = i;
            break;
        }
        case DoubleValue: {
            double d = 0;
            if (!get(d))
                return false;
            reg.value = d;
            break;
        }
        case PointValue: {
            double x = 0, y = 0;
            if (!get(x) || !get(y))
                return false;
            reg.value = QPointF(x, y);
            break;
        }
        case OtherValue: {
            qint32 size = -1;
            if (!get(size) || size < 0 || m_end - m_at < size)
                return false;
            QDataStream in(QByteArray::fromRawData(m_at, size));
            in >> reg.value;
            m_at += size;
            break;
        }
        default: return false;
        }
    }
    qint32 n = 0;
    if (!get(n) || !plausibleCount(n, StampBytes + 2 * sizeof(qint32)))
        return false;
    inc.notes.reserve(size_t(n));
    for (qint32 i = 0; i < n; ++i) {
        Stamp s;
        IncidentNote note;
        if (!stamp(s) || !string(note.actor) || !string(note.text))
            return false;
        inc.notes.emplace_back(s, note);
    }
    if (!links(inc.callLinks, [&inc](const Link &link) { inc.setCallLink(link); }))
        return false;
    if (!get(n) || !plausibleCount(n, StampBytes + 1 + sizeof(qint32)))
        return false;
    inc.transitions.reserve(size_t(n));
    for (qint32 i = 0; i < n; ++i) {
        Stamp s;
        quint8 to = 0;
        QString actor;
        if (!stamp(s) || !get(to) || to > quint8(IncidentStatus::Cancelled) || !string(actor))
            return false;
        inc.transitions.emplace_back(s, StatusTransition{IncidentStatus(to), actor});
    }
    return true;
}

} // namespace Sigap
