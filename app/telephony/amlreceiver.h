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
// A message that matches no call is still recorded, with an empty subject.
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

} // namespace Sigap
