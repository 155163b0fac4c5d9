#pragma once

#include "agencytokens.h"

#include "core/guardedserver.h"
#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QSslConfiguration>

class QSslSocket;

namespace Sigap {

class EventLog;
class HandoffCommands;
class HandoffProjection;

// --eido-listen ADDR:PORT --eido-cert FILE --eido-key FILE
struct EidoListenOptions
{
    QString listen;
    QString certFile;
    QString keyFile;
};

// The node's HTTPS endpoint where agencies on the EIDO channel report how a handoff goes:
//
//   POST /eido/status   Authorization: Bearer TOKEN   Content-Type: application/json
//   {"incident": "a1b2-17", "agency": "bpbd-bjm", "state": "on_scene", "reason": "…"}
//
// state is acknowledged, dispatched, en_route, on_scene, finished or rejected (with a
// reason); cancelling is the room's decision, not the agency's. The token (agencytokens.h)
// names the agency: none or an unknown one answers 401 and a token of another agency than
// the body's answers 403, before anything is looked at; a malformed body answers 400 naming
// the field; a handoff that was never sent to that agency 404. A good update answers 200
// once handoff.status_changed is durable in the log, with the agency as the actor (role
// "agency"); an update to the state the handoff is already in answers 200 and appends
// nothing (the agency retried after a lost answer); every refusal appends nothing. Sizes and
// time-outs as the AVL listener's.
class EidoStatusReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;
    static constexpr int RequestTimeoutMs = 10000;
    // Tens of agencies, each posting one update at a time, some behind one gateway.
    static constexpr GuardedServer::Limits ListenerLimits{64, 16, RequestTimeoutMs, 15000};
    static QByteArray path() { return QByteArrayLiteral("/eido/status"); }

    EidoStatusReceiver(EventLog &log, const HandoffCommands &commands, const HandoffProjection &handoffs,
                       AgencyTokens tokens, QObject *parent = nullptr);

    // The server's certificate (chain) and private key, PEM; errors name the file.
    static Result<QSslConfiguration> loadIdentity(const QString &certFile, const QString &keyFile);
    Result<void> listen(const EidoListenOptions &options);
    QString listenAddress() const;

    struct Answer
    {
        int status = 200;
        QByteArray text;
    };
    // What a request gets, and the event it appends when it is good (pure: for tests and fuzzing).
    Answer handle(const QByteArray &method, const QByteArray &target, const QHash<QByteArray, QByteArray> &headers,
                  const QByteArray &body, std::optional<EventDraft> *accepted) const;

Q_SIGNALS:
    void statusAccepted(const QString &incident, const QString &agency, const QString &state);
    void requestRefused(int httpStatus, const QString &why);

private:
    void onConnection(QSslSocket *socket);
    void onReadyRead(QSslSocket *socket);
    void respond(QSslSocket *socket, int status, const QByteArray &text);

    EventLog &m_log;
    const HandoffCommands &m_commands;
    const HandoffProjection &m_handoffs;
    AgencyTokens m_tokens;
    GuardedServer m_server;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

} // namespace Sigap
