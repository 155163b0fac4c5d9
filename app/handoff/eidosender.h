#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimeZone>

#include <map>

class QNetworkReply;

namespace Sigap {

class AgencyDirectory;
class CallProjection;
class Categories;
class EventLog;
class Gazetteer;
class HandoffProjection;
class IncidentProjection;
class RoomConfiguration;

// Delivers handoffs on the EIDO channel: the EIDO document (eidodocument.h) POSTed over
// HTTPS to the agency's eido_url.
//
// Who sends: only the desk whose log wrote the handoff.sent event (its origin is this
// desk's id); every other desk sees the send, and later the delivery, through sync.
//
// Exactly once: every POST of one send event carries the same Idempotency-Key header
// ("sigap112-ROOM-ORIGIN-SEQ"; the EIDO schema has no message identifier, and the
// document's $id is the incident's). Once the endpoint answers
// 2xx the desk records handoff.delivered, so neither a restart nor another desk sends it
// again. A desk that crashes after the agency took the document but before the event is
// durable resends it after the restart with the same key: exactly-once at the agency rests
// on the agency honouring the key, which is why it never changes. The document itself is
// built at each attempt, so a retry carries the incident as it is then (a note added
// meanwhile goes too); its key, and the id of its dispatch component, stay those of the send.
//
// Retries: network errors, TLS errors, time-outs, 5xx and 429 are retried with a doubling
// back-off (1 s, 2 s, 4 s … capped at 5 min) for as long as the handoff is current (its
// round's send, not finished, refused or cancelled); a
// handoff that is not acknowledged in time is escalated by the overdue rule anyway. A 4xx
// other than 429 is the agency refusing the document: not retried, recorded as
// handoff.delivery_failed and reported, so the operator hands it on by phone.
//
// The body is sent as Content-Type application/json: a media type registered for EIDO
// could not be confirmed, and every HTTPS endpoint takes plain JSON.
//
// A send is dropped without delivery when the handoff was finished, refused or cancelled,
// or handed again (a newer handoff.sent is the current round).
class EidoSender : public QObject
{
    Q_OBJECT

public:
    static constexpr int RequestTimeoutMs = 15000;
    static constexpr int FirstRetryMs = 1000;
    static constexpr int MaxRetryMs = 5 * 60 * 1000;

    struct Sources
    {
        EventLog &log;
        const IncidentProjection &incidents;
        const CallProjection &calls;
        const HandoffProjection &handoffs;
        const AgencyDirectory &agencies;
        const Gazetteer &gazetteer;
        const Categories &categories;
        const RoomConfiguration &configuration; // the room's name, province and kota/kabupaten
    };

    EidoSender(const Sources &sources, const Actor &actor, const QTimeZone &timeZone, QObject *parent = nullptr);
    ~EidoSender() override;

    // Picks up the sends of this desk that were never delivered (after a restart) and
    // follows the log from now on.
    void start();
    void setRetryDelays(int firstMs, int maxMs);
    // Sends waiting for delivery (in flight or waiting to retry).
    int pendingCount() const { return int(m_pending.size()); }

    static QString idempotencyKey(const QString &room, const QString &sendEventId);

Q_SIGNALS:
    void delivered(const QString &incident, const QString &agency, int attempts, int httpStatus);
    // An update after delivery (a note, the room's cancellation, a refusal taken by phone).
    void updateDelivered(const QString &incident, const QString &agency, const QString &updateEventId);
    // The agency refused the document (4xx), or it cannot be sent as configured: not retried.
    void refused(const QString &incident, const QString &agency, int httpStatus, const QString &reason);
    // One attempt failed; another follows after retryInMs.
    void attemptFailed(const QString &incident, const QString &agency, int attempt, const QString &reason,
                       int retryInMs);

private:
    struct Delivery
    {
        QString incident;
        QString agency;
        QString sendId; // "origin-seq" of the handoff.sent event
        int attempts = 0;
        int nextDelayMs = 0;
        QNetworkReply *reply = nullptr;
        // An update after delivery: the event that changed what the agency knows, and the note
        // that says so (empty for a note of the incident, which the document carries anyway).
        QString updateId;
        QString updateNote;
        qint64 updateMs = 0;

        QString key() const { return updateId.isEmpty() ? sendId : updateId; }
    };

    void onAppended(const QList<Event> &events);
    void enqueue(const QString &incident, const QString &agency, const QString &sendId);
    void enqueueUpdate(const Event &change, const QString &agency, const QString &note);
    void attempt(const QString &sendId);
    void onFinished(const QString &sendId);
    void retryLater(Delivery &delivery, const QString &reason);
    // Not delivered and not to be retried: the agency refused it (4xx), or the room's
    // configuration cannot reach the agency (no endpoint, unreadable CA file).
    void refuse(const QString &sendId, int httpStatus, const QString &reason);
    void settle(const QString &sendId, const QString &kind, int httpStatus, const QString &reason);
    bool isCurrent(const Delivery &delivery) const;

    Sources m_sources;
    Actor m_actor;
    const QTimeZone &m_timeZone; // the room configuration's, as it changes
    int m_firstRetryMs = FirstRetryMs;
    int m_maxRetryMs = MaxRetryMs;
    QNetworkAccessManager m_network;
    std::map<QString, Delivery> m_pending; // by send event id, or by the update's event id
};

} // namespace Sigap
