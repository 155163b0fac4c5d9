#include "amlreceiver.h"

#include "domain/callprojection.h"
#include "domain/eventkinds.h"

#include <QCborMap>

#include <algorithm>

namespace Sigap {

AmlReceiver::AmlReceiver(const CallProjection &calls)
    : m_calls(calls)
{
}

QStringList AmlReceiver::spellings(const QString &number)
{
    QString n = number.trimmed();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('-'));
    QString national; // 0812…
    if (n.startsWith(QLatin1String("+62")))
        national = QLatin1Char('0') + n.mid(3);
    else if (n.startsWith(QLatin1String("62")) && n.size() > 9)
        national = QLatin1Char('0') + n.mid(2);
    else if (n.startsWith(QLatin1Char('0')))
        national = n;
    QStringList all{n};
    if (!national.isEmpty()) {
        const QString subscriber = national.mid(1);
        for (const QString &s : {national, QStringLiteral("62") + subscriber, QStringLiteral("+62") + subscriber})
            if (!all.contains(s))
                all << s;
    }
    return all;
}

QString AmlReceiver::matchCall(const QString &number, qint64 receivedMs) const
{
    const Call *best = nullptr;
    for (const QString &spelling : spellings(number)) {
        for (const Call *call : m_calls.history(spelling)) {
            const qint64 offered = call->offeredMs();
            if (receivedMs < offered - BeforeOfferMs || receivedMs > offered + AfterOfferMs)
                continue;
            if (!best || best->offeredStamp < call->offeredStamp)
                best = call;
        }
    }
    return best ? best->id : QString();
}

Result<AmlReceiver::Received> AmlReceiver::receive(const QString &number, const QString &text, qint64 receivedMs) const
{
    if (number.trimmed().isEmpty())
        return makeError(QStringLiteral("aml.number"), tr("number: the AML message's sender is missing"));
    auto parsed = Aml::parse(text);
    if (!parsed)
        return parsed.error();
    const AmlMessage &m = parsed.value();
    if (!m.hasPosition())
        return makeError(QStringLiteral("aml.noposition"),
                         tr("lt: the AML message from %1 carries no position (the handset found none)").arg(number));
    Received r{m, matchCall(number, receivedMs), {}};
    QCborMap payload{{QStringLiteral("number"), number.trimmed()},
                     {QStringLiteral("lat"), *m.lat},
                     {QStringLiteral("lon"), *m.lon},
                     {QStringLiteral("radius_m"), m.radiusM.value_or(0)},
                     {QStringLiteral("at_ms"), m.positionedMs.value_or(receivedMs)},
                     {QStringLiteral("received_ms"), receivedMs},
                     // As received, for the audit: a later parser may read more from it.
                     {QStringLiteral("text"), text.trimmed()}};
    if (m.method)
        payload.insert(QStringLiteral("method"), Aml::methodCode(*m.method));
    if (m.confidence)
        payload.insert(QStringLiteral("confidence"), *m.confidence);
    // The network, not the desk, said it; the same actor as the call's offer.
    r.draft = EventDraft{EventKind::CallLocationReceived, 1, r.callId, payload, QStringLiteral("network"),
                         QStringLiteral("system"),        0};
    return r;
}

void AmlWaitingList::add(const AmlReceiver::Received &received, qint64 receivedMs)
{
    const QString number = received.draft.payload.value(QStringLiteral("number")).toString();
    m_waiting.append(Waiting{AmlReceiver::spellings(number), receivedMs, received.draft});
}

QList<EventDraft> AmlWaitingList::takeFor(const QString &callId, const QString &number, qint64 offeredMs, qint64 nowMs)
{
    QList<EventDraft> drafts;
    const QStringList spellings = AmlReceiver::spellings(number);
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const bool sameCaller = std::any_of(spellings.begin(), spellings.end(),
                                            [&](const QString &s) { return it->spellings.contains(s); });
        const bool inWindow = it->receivedMs >= offeredMs - AmlReceiver::BeforeOfferMs
                              && it->receivedMs <= offeredMs + AmlReceiver::AfterOfferMs;
        if (sameCaller && inWindow) {
            EventDraft draft = it->draft;
            draft.subject = callId;
            drafts.append(draft);
            it = m_waiting.erase(it);
        } else if (it->receivedMs < nowMs - AmlReceiver::BeforeOfferMs) {
            it = m_waiting.erase(it); // a call offered from now on is more than a minute after it
        } else {
            ++it;
        }
    }
    return drafts;
}

} // namespace Sigap
