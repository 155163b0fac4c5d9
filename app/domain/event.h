#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Sigap {

// Who does something at a desk: every event carries it.
struct Actor
{
    QString id;   // operator id, or "system"
    QString role; // operator, lead, trainer, system, ...
};

// What a caller asks to record. The store turns it into an Event by giving it the desk's
// origin id, the next sequence number, a timestamp and the hash chain.
struct EventDraft
{
    QString kind;        // e.g. "incident.created" (see eventkinds.h)
    int kindVersion = 1; // payload layout version of that kind
    QString subject;     // incident, call, unit or desk id the event is about
    QCborMap payload;
    QString actor; // operator id, or "system"
    QString role;  // operator, lead, trainer, system, ...
    // Wall time of the event when it happened earlier than it is written (demo history,
    // training replay); 0 means now. The stamp is still kept strictly increasing.
    qint64 atMs = 0;
    // Ids of earlier drafts of the same append that this one carries in its payload: key ->
    // index of that draft in the batch. The store writes each such event's id under the key
    // as it makes the events, so an operation can create an incident and close the call
    // that reported it in one transaction, before the incident's id exists.
    QList<std::pair<QString, int>> idsOfDrafts = {};
};

// An event as the store holds it, read without building an Event: UTF-8 texts and blobs
// as views into the database's row (valid only while the row is being visited), the payload
// already in its canonical CBOR encoding.
struct StoredEventRow
{
    QByteArrayView origin, room, actor, role, kind, subject; // UTF-8
    qint64 seq = 0;
    qint64 hlc = 0;
    int kindVersion = 1;
    QByteArrayView payload; // canonical CBOR
    QByteArrayView prevHash, hash;
    QByteArrayView signature; // empty unless this event's signature is stored
};

// One immutable entry of the log. Its id is (origin, seq); hash covers every other field
// in canonical CBOR (see canonicalcbor.h), and prevHash links it to the previous event of
// the same origin, so each desk's history is a hash chain that makes tampering visible.
struct Event
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Event)

public:
    QString origin; // desk id that wrote the event
    qint64 seq = 0; // 1, 2, 3 ... per origin
    qint64 hlc = 0; // hybrid logical clock timestamp (see hlc.h)
    QString room;
    QString actor;
    QString role;
    QString kind;
    int kindVersion = 1;
    QString subject;
    QCborMap payload;
    QByteArray prevHash; // empty for seq 1
    QByteArray hash;     // SHA-256 of canonicalBytes()
    // Outside the hash: the origin desk's Ed25519 signature of `hash`, and the public key it
    // registered. Only the last event of each append is signed; through the chain, that one
    // signature vouches for every earlier event of the origin (see EventStore).
    QByteArray signature;
    QByteArray signerKey;

    // "origin-seq": the printable id, also the id of an incident created by this event.
    QString id() const;

    // The envelope as a canonical CBOR array of its fields in a fixed order:
    // [1, origin, seq, hlc, room, actor, role, kind, kindVersion, subject, payload, prevHash].
    QByteArray canonicalBytes() const { return canonicalBytes(canonicalPayload()); }
    // The same, reusing the payload's canonical encoding when the caller already has it.
    QByteArray canonicalBytes(const QByteArray &canonicalPayloadBytes) const;
    QByteArray canonicalPayload() const;
    QByteArray computeHash() const { return computeHash(canonicalPayload()); }
    QByteArray computeHash(const QByteArray &canonicalPayloadBytes) const;
    bool hashIsValid() const { return hash == computeHash(); }

    // The portable form used by export/import (and later by sync frames).
    QCborMap toCbor() const;
    // Checking the hash is the default; the sync decoder skips it because the store checks
    // every event's hash (and its chain) before anything is written, and hashing twice was
    // a fifth of a catch-up.
    enum class HashCheck { Check, LeaveToStore };
    static Result<Event> fromCbor(const QCborValue &value, HashCheck check = HashCheck::Check);
    // Appends the same CBOR map as toCbor() would give for this row, written straight from
    // the row's bytes: sending a catch-up spends no time rebuilding events (tst_event checks
    // that both encodings are identical). signerKey goes with a signed row.
    static void appendCbor(QByteArray &out, const StoredEventRow &row, QByteArrayView signerKey);

    static constexpr int EnvelopeVersion = 1;
};

// An event as it arrived from elsewhere, with the canonical CBOR of its payload: the store
// hashes and writes these bytes, so a receiver that has them at hand (a peer's frame checked
// by CborBytes::canonicalItemLength) does not encode the payload again. canonicalPayload is
// always canonicalCbor(event.payload); whoever makes a ReceivedEvent answers for that.
struct ReceivedEvent
{
    Event event;
    QByteArray canonicalPayload;
    // Set only by whoever computed the hash over canonicalPayload and found it equal to
    // event.hash (a decoder thread during a catch-up), so the store need not compute it again.
    bool hashChecked = false;

    static ReceivedEvent of(Event event)
    {
        QByteArray payload = event.canonicalPayload();
        return ReceivedEvent{std::move(event), std::move(payload), false};
    }
};

} // namespace Sigap
