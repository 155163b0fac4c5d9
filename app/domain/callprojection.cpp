#include "callprojection.h"

#include "cborinteger.h"
#include "eventkinds.h"
#include "hlc.h"
#include "snapshotcodec.h"

#include "core/logging.h"

#include <algorithm>
#include <limits>

namespace Sigap {

namespace {

// Keeps the earliest stamp: "first to answer" and "first end" must not depend on which
// desk's event arrived first.
bool keepEarliest(std::optional<Stamp> &slot, const Stamp &stamp)
{
    if (slot && !(stamp < *slot))
        return false;
    slot = stamp;
    return true;
}

} // namespace

CallState Call::state() const
{
    if (answeredStamp && (!abandonedStamp || *answeredStamp < *abandonedStamp))
        return endedStamp ? CallState::Ended : CallState::Answered;
    if (abandonedStamp)
        return CallState::Abandoned;
    return endedStamp ? CallState::Ended : CallState::Ringing;
}

qint64 Call::offeredMs() const
{
    return Hlc::wallMs(offeredStamp.hlc);
}

qint64 Call::lastChangeMs() const
{
    qint64 newest = offeredStamp.hlc;
    for (const std::optional<Stamp> &s : {answeredStamp, endedStamp, abandonedStamp, transferredStamp})
        newest = std::max(newest, s ? s->hlc : 0);
    newest = std::max({newest, outcomeStamp.hlc, heldStamp.hlc});
    if (deviceLocation)
        newest = std::max(newest, deviceLocation->stamp.hlc);
    for (const Link &link : incidentLinks)
        newest = std::max(newest, link.stamp.hlc);
    for (const CallRecordingRef &r : recordings)
        newest = std::max({newest, r.stamp.hlc, r.removedStamp ? r.removedStamp->hlc : 0});
    for (const CallBackRef &b : callBacks)
        newest = std::max({newest, b.placedStamp.hlc, b.endedStamp ? b.endedStamp->hlc : 0});
    return Hlc::wallMs(newest);
}

qint64 Call::waitedMs() const
{
    switch (state()) {
    case CallState::Answered:
    case CallState::Ended: return answeredStamp ? Hlc::wallMs(answeredStamp->hlc) - offeredMs() : -1;
    case CallState::Abandoned: return Hlc::wallMs(abandonedStamp->hlc) - offeredMs();
    case CallState::Ringing: return -1;
    }
    return -1;
}

bool Call::setIncidentLink(const Link &link)
{
    if (!setLink(incidentLinks, link))
        return false;
    const Link *latest = nullptr;
    for (const Link &l : incidentLinks) {
        if (l.linked && (!latest || latest->stamp < l.stamp))
            latest = &l;
    }
    incident = latest ? latest->id : QString();
    return true;
}

namespace {
template<typename T>
T &sortedEntry(std::vector<T> &list, const QString &key, QString T::*field)
{
    auto it = std::lower_bound(list.begin(), list.end(), key,
                               [field](const T &e, const QString &k) { return e.*field < k; });
    if (it == list.end() || (*it).*field != key) {
        T entry;
        entry.*field = key;
        it = list.insert(it, entry);
    }
    return *it;
}
} // namespace

CallRecordingRef &Call::recording(const QString &path)
{
    return sortedEntry(recordings, path, &CallRecordingRef::path);
}

CallBackRef &Call::callBackNamed(const QString &callBackId)
{
    return sortedEntry(callBacks, callBackId, &CallBackRef::id);
}

CallProjection::CallProjection(QObject *parent)
    : QObject(parent)
{
}

namespace {
// Recalled archived calls kept for call()'s and history()'s pointers; above this many they
// are let go when the next batch comes (a reader that walks history uses forEachCall).
constexpr size_t MaxRecalled = 4096;
const QString Section = QStringLiteral("calls");

bool offeredBefore(const Call *a, const Call *b)
{
    return a->offeredStamp < b->offeredStamp;
}
} // namespace

Call &CallProjection::touch(const QString &id)
{
    if (auto it = m_calls.find(id); it != m_calls.end())
        return it->second;
    // An event about an archived call brings it back into memory: the copy call() recalled
    // (moved as a node, so a pointer to it stays good), or read again.
    Call *back = nullptr;
    if (auto recalled = m_recalled.extract(id))
        back = &m_calls.insert(std::move(recalled)).position->second;
    else if (std::optional<Call> archived = readArchived(id))
        back = &m_calls.try_emplace(id, std::move(*archived)).first->second;
    if (back) {
        fileUnderNumber(*back);
        return *back;
    }
    Call &made = m_calls.try_emplace(id).first->second;
    made.id = id;
    return made;
}

// The number's calls in memory stay ordered by when each was offered.
void CallProjection::fileUnderNumber(const Call &call)
{
    if (!call.offered)
        return;
    QStringList &calls = m_callsOfNumber[call.number];
    const auto at = std::lower_bound(calls.begin(), calls.end(), call.id, [this](const QString &a, const QString &b) {
        return m_calls.at(a).offeredStamp < m_calls.at(b).offeredStamp;
    });
    calls.insert(at, call.id);
}

std::optional<Call> CallProjection::readArchived(const QString &id) const
{
    if (!m_archive || m_archivedRows == 0)
        return std::nullopt;
    const std::optional<QByteArray> data = m_archive->archivedItem(Section, id);
    return data ? decodeArchived(*data, id) : std::nullopt;
}

std::optional<Call> CallProjection::decodeArchived(const QByteArray &data, const QString &id)
{
    SnapshotReader reader(data);
    qint64 unused = 0;
    qint32 count = 0;
    Call call;
    if (!reader.header(unused, count) || count != 1 || !reader.call(call) || !reader.atEnd() || call.id != id) {
        qCWarning(lcDomain) << "an archived call is unreadable: the store's archive is damaged (it is rebuilt "
                               "when the desk starts without a snapshot)";
        return std::nullopt;
    }
    return call;
}

void CallProjection::forgetRecalled()
{
    m_recalled.clear();
    m_archivedIdsOfNumber.clear();
}

void CallProjection::apply(const QList<Event> &events)
{
    if (m_recalled.size() > MaxRecalled || size_t(m_archivedIdsOfNumber.size()) > MaxRecalled)
        forgetRecalled();
    for (const Event &e : events)
        apply(e);
}

void CallProjection::apply(const Event &e)
{
    m_newestMs = std::max(m_newestMs, Hlc::wallMs(e.hlc));
    if (e.kindVersion != 1)
        return;
    const Stamp stamp = stampOf(e);

    // Incidents name the call they came from or were linked to; keep the link on the call.
    if (e.kind == EventKind::IncidentCreated || e.kind == EventKind::IncidentCallLinked
        || e.kind == EventKind::IncidentCallUnlinked) {
        const QString callId = e.payload.value(QStringLiteral("call")).toString();
        if (callId.isEmpty())
            return;
        Call &call = touch(callId);
        const QString incident = e.kind == EventKind::IncidentCreated ? e.id() : e.subject;
        if (call.setIncidentLink(Link{incident, stamp, e.kind != EventKind::IncidentCallUnlinked}))
            Q_EMIT callChanged(callId);
        return;
    }
    if (!e.kind.startsWith(QLatin1String("call.")) || e.subject.isEmpty())
        return;

    Call &call = touch(e.subject);
    bool changed = false;
    if (e.kind == EventKind::CallOffered) {
        if (!call.offered || stamp < call.offeredStamp) {
            if (call.offered)
                m_callsOfNumber[call.number].removeAll(call.id);
            call.offered = true;
            call.offeredStamp = stamp;
            call.number = e.payload.value(QStringLiteral("number")).toString();
            call.trunk = e.payload.value(QStringLiteral("trunk")).toString();
            const QCborValue lat = e.payload.value(QStringLiteral("lat"));
            const QCborValue lon = e.payload.value(QStringLiteral("lon"));
            if ((lat.isDouble() || lat.isInteger()) && (lon.isDouble() || lon.isInteger())) {
                call.callerPosition = std::make_pair(lat.toDouble(), lon.toDouble());
                call.callerRadiusM = e.payload.value(QStringLiteral("radius_m")).toDouble();
            }
            fileUnderNumber(call);
            changed = true;
        }
    } else if (e.kind == EventKind::CallAnswered) {
        if (keepEarliest(call.answeredStamp, stamp)) {
            call.answeredBy = e.actor;
            changed = true;
        }
    } else if (e.kind == EventKind::CallEnded) {
        changed = keepEarliest(call.endedStamp, stamp);
    } else if (e.kind == EventKind::CallAbandoned) {
        changed = keepEarliest(call.abandonedStamp, stamp);
    } else if (e.kind == EventKind::CallLocationReceived) {
        const QCborValue lat = e.payload.value(QStringLiteral("lat"));
        const QCborValue lon = e.payload.value(QStringLiteral("lon"));
        const bool numeric = (lat.isDouble() || lat.isInteger()) && (lon.isDouble() || lon.isInteger());
        if (numeric && qAbs(lat.toDouble()) <= 90 && qAbs(lon.toDouble()) <= 180) {
            DeviceLocation location;
            location.lat = lat.toDouble();
            location.lon = lon.toDouble();
            location.radiusM = qMax(0.0, e.payload.value(QStringLiteral("radius_m")).toDouble());
            location.atMs = cborInteger(e.payload.value(QStringLiteral("at_ms")));
            location.receivedMs = cborInteger(e.payload.value(QStringLiteral("received_ms")));
            location.method = e.payload.value(QStringLiteral("method")).toString();
            location.confidence = int(cborInteger(e.payload.value(QStringLiteral("confidence")), -1));
            location.stamp = stamp;
            if (!call.deviceLocation || location.supersedes(*call.deviceLocation)) {
                call.deviceLocation = location;
                changed = true;
            }
        }
    } else if (e.kind == EventKind::CallHoldChanged) {
        if (call.heldStamp < stamp) {
            call.held = e.payload.value(QStringLiteral("held")).toBool();
            call.heldStamp = stamp;
            changed = true;
        }
    } else if (e.kind == EventKind::CallTransferred || e.kind == EventKind::CallTransferFailed) {
        if (!call.transferredStamp || *call.transferredStamp < stamp) {
            call.transferredStamp = stamp;
            call.transferredTo = e.payload.value(QStringLiteral("agency")).toString();
            if (call.transferredTo.isEmpty())
                call.transferredTo = e.payload.value(QStringLiteral("number")).toString();
            if (e.kind == EventKind::CallTransferFailed)
                call.transferredTo.clear();
            changed = true;
        }
    } else if (e.kind == EventKind::CallRecorded) {
        const QString path = e.payload.value(QStringLiteral("path")).toString();
        if (!path.isEmpty()) {
            CallRecordingRef &r = call.recording(path);
            if (r.stamp.hlc == 0 || stamp < r.stamp) {
                r.sha256Hex = e.payload.value(QStringLiteral("sha256")).toString();
                r.durationMs = cborInteger(e.payload.value(QStringLiteral("duration_ms")));
                r.desk = e.actor;
                r.callBack = e.payload.value(QStringLiteral("callback")).toString();
                r.stamp = stamp;
                changed = true;
            }
        }
    } else if (e.kind == EventKind::CallRecordingRemoved) {
        const QString path = e.payload.value(QStringLiteral("path")).toString();
        if (!path.isEmpty())
            changed = keepEarliest(call.recording(path).removedStamp, stamp);
    } else if (e.kind == EventKind::CallBackPlaced) {
        const QString id = e.payload.value(QStringLiteral("callback")).toString();
        if (!id.isEmpty()) {
            CallBackRef &b = call.callBackNamed(id);
            if (b.placedStamp.hlc == 0 || stamp < b.placedStamp) {
                b.number = e.payload.value(QStringLiteral("number")).toString();
                b.desk = e.actor;
                b.placedStamp = stamp;
                changed = true;
            }
        }
    } else if (e.kind == EventKind::CallBackEnded) {
        const QString id = e.payload.value(QStringLiteral("callback")).toString();
        if (!id.isEmpty()) {
            CallBackRef &b = call.callBackNamed(id);
            if (keepEarliest(b.endedStamp, stamp)) {
                b.connected = e.payload.value(QStringLiteral("connected")).toBool();
                changed = true;
            }
        }
    } else if (e.kind == EventKind::CallClassified) {
        if (call.outcomeStamp < stamp) {
            call.outcome = e.payload.value(QStringLiteral("outcome")).toString();
            call.outcomeStamp = stamp;
            changed = true;
        }
        const QString incident = e.payload.value(QStringLiteral("incident")).toString();
        if (!incident.isEmpty())
            changed = call.setIncidentLink(Link{incident, stamp, true}) || changed;
    }
    if (changed)
        Q_EMIT callChanged(call.id);
}

const Call *CallProjection::call(const QString &id) const
{
    if (auto it = m_calls.find(id); it != m_calls.end())
        return &it->second;
    if (auto it = m_recalled.find(id); it != m_recalled.end())
        return &it->second;
    std::optional<Call> archived = readArchived(id);
    if (!archived)
        return nullptr;
    return &m_recalled.try_emplace(id, std::move(*archived)).first->second;
}

// Read from the store once per number and kept (with the calls, in m_recalled) until the
// cache is let go; a call archived later drops its number's entry (forgetArchived).
const QStringList &CallProjection::archivedIdsOf(const QString &number) const
{
    if (auto it = m_archivedIdsOfNumber.constFind(number); it != m_archivedIdsOfNumber.constEnd())
        return *it;
    QStringList ids;
    if (m_archive && m_archivedRows > 0 && !number.isEmpty()) {
        m_archive->forEachArchivedWithKey(Section, number, [&](const ArchivedItem &item) {
            if (m_recalled.count(item.id) == 0) {
                std::optional<Call> archived = decodeArchived(item.data, item.id);
                if (!archived)
                    return;
                m_recalled.try_emplace(item.id, std::move(*archived));
            }
            ids.append(item.id);
        });
    }
    return *m_archivedIdsOfNumber.insert(number, ids);
}

QList<const Call *> CallProjection::history(const QString &number) const
{
    QList<const Call *> calls;
    for (const QString &id : archivedIdsOf(number)) {
        if (m_calls.count(id))
            continue; // back in memory: listed below
        if (const Call *archived = call(id))
            calls.append(archived);
    }
    for (const QString &id : m_callsOfNumber.value(number))
        calls.append(&m_calls.at(id));
    std::sort(calls.begin(), calls.end(), offeredBefore);
    return calls;
}

int CallProjection::countWithOutcome(const QString &number, const QString &outcome) const
{
    const QList<const Call *> calls = history(number);
    return int(std::count_if(calls.cbegin(), calls.cend(), [&](const Call *c) { return c->outcome == outcome; }));
}

void CallProjection::forEachCall(qint64 fromMs, qint64 toMs, const std::function<void(const Call &)> &visit) const
{
    if (m_archive && m_archivedRows > 0) {
        m_archive->forEachArchived(Section, fromMs, toMs, [&](const ArchivedItem &item) {
            if (m_calls.count(item.id))
                return; // superseded by the call in memory
            if (const std::optional<Call> archived = decodeArchived(item.data, item.id))
                visit(*archived);
        });
    }
    for (const auto &[id, call] : m_calls)
        visit(call);
}

void CallProjection::forEachCall(const std::function<void(const Call &)> &visit) const
{
    forEachCall(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), visit);
}

QByteArray CallProjection::toSnapshot() const
{
    SnapshotWriter writer;
    writer.header(0, qint32(m_calls.size()));
    for (const auto &[id, call] : m_calls)
        writer.call(call);
    return writer.finish();
}

Result<void> CallProjection::restoreSnapshot(const QByteArray &data)
{
    SnapshotReader reader(data);
    qint64 unused = 0;
    qint32 count = 0;
    if (!reader.header(unused, count))
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
    std::unordered_map<QString, Call> calls;
    calls.reserve(size_t(std::max(count, 0)));
    for (qint32 i = 0; i < count; ++i) {
        Call c;
        if (!reader.call(c))
            return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
        QString id = c.id;
        if (!calls.try_emplace(std::move(id), std::move(c)).second)
            return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
    }
    if (!reader.atEnd())
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
    m_calls = std::move(calls);
    m_callsOfNumber.clear();
    forgetRecalled();
    m_newestMs = 0;
    for (const auto &[id, call] : m_calls) {
        m_newestMs = std::max(m_newestMs, call.lastChangeMs());
        if (call.offered)
            m_callsOfNumber[call.number].append(id);
    }
    for (QStringList &ids : m_callsOfNumber)
        std::sort(ids.begin(), ids.end(),
                  [this](const QString &a, const QString &b) { return offeredBefore(&m_calls.at(a), &m_calls.at(b)); });
    Q_EMIT restored();
    return {};
}

void CallProjection::clear()
{
    m_calls.clear();
    m_callsOfNumber.clear();
    forgetRecalled();
    m_newestMs = 0;
    m_archivedRows = m_archive ? m_archive->archivedCount(Section) : 0;
}

void CallProjection::attachArchive(const ProjectionArchive *archive)
{
    m_archive = archive;
    m_archivedRows = archive ? archive->archivedCount(Section) : 0;
}

QList<ArchivedItem> CallProjection::settledItems() const
{
    QList<ArchivedItem> settled;
    if (!m_archive)
        return settled;
    const qint64 cutoff = m_newestMs - HotWindowMs;
    for (const auto &[id, call] : m_calls) {
        if (!call.offered || !call.settled())
            continue;
        const qint64 lastChange = call.lastChangeMs();
        if (lastChange >= cutoff)
            continue;
        SnapshotWriter writer;
        writer.header(0, 1);
        writer.call(call);
        settled.append(ArchivedItem{id, call.offeredMs(), lastChange, call.number, writer.finish()});
    }
    return settled;
}

void CallProjection::forgetArchived(const QList<ArchivedItem> &items)
{
    for (const ArchivedItem &item : items) {
        auto it = m_calls.find(item.id);
        if (it == m_calls.end())
            continue;
        m_callsOfNumber[it->second.number].removeAll(item.id);
        if (m_callsOfNumber.value(it->second.number).isEmpty())
            m_callsOfNumber.remove(it->second.number);
        m_calls.erase(it);
        ++m_archivedRows;
    }
    forgetRecalled();
}

QStringList CallProjection::ringingIds() const
{
    QStringList ids;
    for (const auto &[id, call] : m_calls) {
        if (call.offered && call.state() == CallState::Ringing)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end(),
              [this](const QString &a, const QString &b) { return offeredBefore(&m_calls.at(a), &m_calls.at(b)); });
    return ids;
}

} // namespace Sigap
