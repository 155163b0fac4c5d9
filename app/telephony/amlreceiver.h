#pragma once

#include "core/result.h"
#include "domain/event.h"
#include "telephony/aml.h"

#include <QCoreApplication>

namespace Sigap {

class CallProjection;

// What an AML message received from the SMS or SIP MESSAGE channel becomes: the parsed
// position, matched by number and time to the call it is about, as a call.location_received
// event draft (EventKind). Stateless besides the calls it reads, so a desk and a test ask it
// the same question and get the same answer.
//
// The window: the message is about a call from the same number offered between 30 minutes
// before the message and 1 minute after it. A handset sends AML within seconds of dialling,
// but SMS delivery in a busy network can lag by minutes; the minute after covers an SMS
// that overtook the call's offer and desks whose clocks differ a little. Among the calls in
// the window the most recently offered wins: a caller who rang again is handled on the
// newer call. A number matches in any of its spellings: 0812…, 62812…, +62812….
// A message that matches no call is still recorded, with an empty subject, and waits in
// AmlWaitingList for a call whose offer reaches the desk after it.
class AmlReceiver
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::AmlReceiver)

public:
    static constexpr qint64 BeforeOfferMs = 60'000;
    static constexpr qint64 AfterOfferMs = 30 * 60'000;

    explicit AmlReceiver(const CallProjection &calls);

    struct Received
    {
        AmlMessage message;
        QString callId; // empty: no call matched
        EventDraft draft;
    };

    // Refused: a malformed message (the field named), or one that carries no position.
    Result<Received> receive(const QString &number, const QString &text, qint64 receivedMs) const;
    QString matchCall(const QString &number, qint64 receivedMs) const;
    // The spellings of an Indonesian number a call and an SMS of one caller may carry.
    static QStringList spellings(const QString &number);

private:
    const CallProjection &m_calls;
};

// Messages that matched no call when they came, kept for AmlReceiver::BeforeOfferMs: the
// call's offer may reach this desk after the SMS (from another desk, or a slower trunk).
// When a call from the number is offered in time, the message is recorded again for that
// call (the same fix; the fold keeps one). In memory only: a restart forgets the few
// waiting, which stay in the log unmatched.
class AmlWaitingList
{
public:
    void add(const AmlReceiver::Received &received, qint64 receivedMs);
    // The drafts, now for the call, of the messages a call from `number` offered at
    // offeredMs is about; they leave the list. Messages too old for any new call are dropped.
    QList<EventDraft> takeFor(const QString &callId, const QString &number, qint64 offeredMs, qint64 nowMs);
    qsizetype size() const { return m_waiting.size(); }

private:
    struct Waiting
    {
        QStringList spellings;
        qint64 receivedMs = 0;
        EventDraft draft;
    };
    QList<Waiting> m_waiting;
};

} // namespace Sigap
