#include "callprojection.h"

#include "cborinteger.h"
#include "eventkinds.h"
#include "hlc.h"
#include "snapshotcodec.h"

#include <algorithm>

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

Call &CallProjection::touch(const QString &id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end()) {
        it = m_calls.insert(id, Call{});
        it->id = id;
    }
    return *it;
}

void CallProjection::apply(const QList<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

void CallProjection::apply(const Event &e)
{
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
    auto offeredBefore = [this](const QString &a, const QString &b) {
        return m_calls.constFind(a)->offeredStamp < m_calls.constFind(b)->offeredStamp;
    };
    bool changed = false;
    if (e.kind == EventKind::CallOffered) {
        if (!call.offered || stamp < call.offeredStamp) {
            const QString previousNumber = call.number;
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
            // The number's history stays ordered by when each call was offered.
            m_callsOfNumber[previousNumber].removeAll(call.id);
            QStringList &calls = m_callsOfNumber[call.number];
            calls.insert(std::lower_bound(calls.begin(), calls.end(), call.id, offeredBefore), call.id);
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
    auto it = m_calls.constFind(id);
    return it == m_calls.constEnd() ? nullptr : &*it;
}

QList<const Call *> CallProjection::history(const QString &number) const
{
    QList<const Call *> calls;
    for (const QString &id : m_callsOfNumber.value(number))
        calls.append(call(id));
    return calls;
}

int CallProjection::countWithOutcome(const QString &number, const QString &outcome) const
{
    int count = 0;
    for (const QString &id : m_callsOfNumber.value(number))
        count += m_calls.constFind(id)->outcome == outcome ? 1 : 0;
    return count;
}

QByteArray CallProjection::toSnapshot() const
{
    SnapshotWriter writer;
    writer.header(0, m_calls.size());
    for (const Call &c : m_calls)
        writer.call(c);
    return writer.finish();
}

Result<void> CallProjection::restoreSnapshot(const QByteArray &data)
{
    SnapshotReader reader(data);
    qint64 unused = 0;
    qint32 count = 0;
    if (!reader.header(unused, count))
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
    QHash<QString, Call> calls;
    QHash<QString, QStringList> callsOfNumber;
    calls.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        Call c;
        if (!reader.call(c) || calls.contains(c.id))
            return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
        if (c.offered)
            callsOfNumber[c.number].append(c.id);
        QString id = c.id;
        calls.emplace(std::move(id), std::move(c));
    }
    if (!reader.atEnd())
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable call snapshot"));
    for (QStringList &ids : callsOfNumber)
        std::sort(ids.begin(), ids.end(), [&calls](const QString &a, const QString &b) {
            return calls.constFind(a)->offeredStamp < calls.constFind(b)->offeredStamp;
        });
    m_calls = std::move(calls);
    m_callsOfNumber = std::move(callsOfNumber);
    Q_EMIT restored();
    return {};
}

void CallProjection::clear()
{
    m_calls.clear();
    m_callsOfNumber.clear();
}

QList<const Call *> CallProjection::all() const
{
    QList<const Call *> out;
    out.reserve(m_calls.size());
    for (const Call &call : m_calls)
        out.append(&call);
    return out;
}

QStringList CallProjection::ringingIds() const
{
    QStringList ids;
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it) {
        if (it->offered && it->state() == CallState::Ringing)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_calls.constFind(a)->offeredStamp < m_calls.constFind(b)->offeredStamp;
    });
    return ids;
}

} // namespace Sigap
