#include "eidostatusreceiver.h"
#include "core/logging.h"

#include "core/httprequest.h"

#include "handoffcommands.h"
#include "handoffprojection.h"

#include "core/hostport.h"
#include "domain/eventkinds.h"
#include "store/eventlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace Sigap {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::EidoStatusReceiver)
};

} // namespace

EidoStatusReceiver::EidoStatusReceiver(EventLog &log, const HandoffCommands &commands,
                                       const HandoffProjection &handoffs, AgencyTokens tokens, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_commands(commands)
    , m_handoffs(handoffs)
    , m_tokens(std::move(tokens))
    , m_server(QStringLiteral("EIDO"), lcHandoff, ListenerLimits)
{
    connect(&m_server, &GuardedServer::connectionReady, this,
            [this](QTcpSocket *socket) { onConnection(static_cast<QSslSocket *>(socket)); });
}

Result<QSslConfiguration> EidoStatusReceiver::loadIdentity(const QString &certFile, const QString &keyFile)
{
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("eido.cert"),
                         Texts::tr("--eido-cert %1: cannot read (%2)").arg(certFile, cert.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return makeError(QStringLiteral("eido.cert"),
                         Texts::tr("--eido-cert %1: no PEM certificate in the file").arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("eido.key"),
                         Texts::tr("--eido-key %1: cannot read (%2)").arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return makeError(
            QStringLiteral("eido.key"),
            Texts::tr("--eido-key %1: no unencrypted PEM private key (RSA or EC) in the file").arg(keyFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    // Agencies authenticate with their token; the TLS layer does not ask for a client certificate.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

Result<void> EidoStatusReceiver::listen(const EidoListenOptions &options)
{
    auto tls = loadIdentity(options.certFile, options.keyFile);
    if (!tls)
        return tls.error();
    m_server.setSslConfiguration(tls.value());
    const auto hostPort = splitHostPort(options.listen);
    const QHostAddress address(hostPort ? hostPort->first : QString());
    if (!hostPort || address.isNull())
        return makeError(
            QStringLiteral("eido.listen"),
            Texts::tr("--eido-listen %1: expected an IP address and a port, e.g. 0.0.0.0:8443").arg(options.listen));
    if (!m_server.start(address, hostPort->second))
        return makeError(QStringLiteral("eido.listen"),
                         Texts::tr("--eido-listen %1: %2").arg(options.listen, m_server.errorString()));
    return {};
}

QString EidoStatusReceiver::listenAddress() const
{
    if (!m_server.isListening())
        return {};
    const QHostAddress a = m_server.serverAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                             : a.toString();
    return host + QLatin1Char(':') + QString::number(m_server.serverPort());
}

void EidoStatusReceiver::onConnection(QSslSocket *socket)
{
    m_buffers.insert(socket, {});
    socket->setReadBufferSize(MaxRequestBytes + 1); // a larger request is refused anyway
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void EidoStatusReceiver::onReadyRead(QSslSocket *socket)
{
    if (!m_buffers.contains(socket))
        return; // answered already
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const HttpRequestReader::Read read = HttpRequestReader::read(buffer, MaxRequestBytes);
    if (read.state == HttpRequestReader::Read::State::Incomplete)
        return;
    if (read.state == HttpRequestReader::Read::State::Refused)
        return respond(socket, read.status, read.message.toUtf8() + '\n');
    const HttpRequest &request = read.request;
    std::optional<EventDraft> accepted;
    Answer answer = handle(request.method, request.target, request.headers, request.body, &accepted);
    if (accepted) {
        // Answered only once the change is durable: a 200 the agency sees is never lost.
        auto written = m_log.append({*accepted});
        if (!written) {
            qCWarning(lcHandoff).noquote() << "cannot record a status update:" << written.error().message;
            answer = Answer{500, Texts::tr("the update could not be recorded; send it again").toUtf8() + '\n'};
        } else {
            const Event &e = written.value().constFirst();
            Q_EMIT statusAccepted(e.subject, e.payload.value(QStringLiteral("agency")).toString(),
                                  e.payload.value(QStringLiteral("to")).toString());
            answer.text
                = QJsonDocument(QJsonObject{{QStringLiteral("event"), e.id()}}).toJson(QJsonDocument::Compact) + '\n';
        }
    } else if (answer.status != 200) {
        Q_EMIT requestRefused(answer.status, QString::fromUtf8(answer.text).trimmed());
    }
    respond(socket, answer.status, answer.text);
}

EidoStatusReceiver::Answer EidoStatusReceiver::handle(const QByteArray &method, const QByteArray &target,
                                                      const QHash<QByteArray, QByteArray> &headers,
                                                      const QByteArray &body, std::optional<EventDraft> *accepted) const
{
    accepted->reset();
    if (QUrl::fromEncoded(target).path().toUtf8() != path())
        return {404, Texts::tr("POST status updates to %1").arg(QString::fromLatin1(path())).toUtf8() + '\n'};
    if (method != "POST")
        return {405, Texts::tr("only POST is accepted here").toUtf8() + '\n'};
    // Authentication before anything in the body is looked at or answered on.
    const QByteArray authorization = headers.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return {401, Texts::tr("an agency token is required (Authorization: Bearer TOKEN)").toUtf8() + '\n'};
    const std::optional<QString> tokenAgency = m_tokens.agencyOf(authorization.mid(7).trimmed());
    if (!tokenAgency)
        return {401, Texts::tr("unknown agency token").toUtf8() + '\n'};

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {400, Texts::tr("the body is not a JSON object: %1").arg(error.errorString()).toUtf8() + '\n'};
    const QJsonObject o = document.object();
    for (const char *field : {"incident", "agency", "state"})
        if (!o.value(QLatin1String(field)).isString() || o.value(QLatin1String(field)).toString().isEmpty())
            return {400,
                    Texts::tr("field \"%1\" is missing or not a string").arg(QLatin1String(field)).toUtf8() + '\n'};
    const QJsonValue reasonValue = o.value(QStringLiteral("reason"));
    if (!reasonValue.isUndefined() && !reasonValue.isString())
        return {400, Texts::tr("field \"reason\" is not a string").toUtf8() + '\n'};
    const QString incident = o.value(QStringLiteral("incident")).toString();
    const QString agency = o.value(QStringLiteral("agency")).toString();
    const QString state = o.value(QStringLiteral("state")).toString();
    if (agency != *tokenAgency)
        return {403, Texts::tr("the token is not agency %1's").arg(agency.left(64)).toUtf8() + '\n'};
    if (state == QLatin1String("cancelled") || state == QLatin1String("sent"))
        return {400,
                Texts::tr("field \"state\": an agency reports acknowledged, dispatched, en_route, on_scene, finished "
                          "or rejected")
                        .toUtf8()
                    + '\n'};
    auto draft = m_commands.changeState(incident, agency, state, reasonValue.toString(),
                                        Actor{agency, QStringLiteral("agency")});
    if (!draft)
        return {400, Texts::tr("field \"%1\": %2")
                             .arg(draft.error().code.section(QLatin1Char('.'), 1), draft.error().message)
                             .toUtf8()
                         + '\n'};
    // A handoff the fold knows only from a delivery or a status, never from its send, was
    // never handed to this agency as far as this desk knows.
    const Handoff *handoff = m_handoffs.handoff(incident, agency);
    if (!handoff || handoff->currentSendId.isEmpty())
        return {404, Texts::tr("incident %1 was never handed to %2").arg(incident.left(64), agency).toUtf8() + '\n'};
    // An agency that sends the same update again (it never saw our 200) gets 200 again, and
    // the log does not get a second, illegal, same-state transition for the shift lead.
    if (HandoffStates::name(handoff->state) == state)
        return {200, Texts::tr("the handoff is already %1").arg(state).toUtf8() + '\n'};
    // A step back, or anything after the room closed the handoff: refused, nothing recorded.
    if (const auto to = HandoffStates::fromName(state); to && !HandoffStates::isLegal(handoff->state, *to))
        return {
            409,
            Texts::tr("the handoff is %1; it cannot become %2").arg(HandoffStates::name(handoff->state), state).toUtf8()
                + '\n'};
    *accepted = draft.value();
    return {200, {}};
}

void EidoStatusReceiver::respond(QSslSocket *socket, int status, const QByteArray &text)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpRequestReader::reasonPhrase(status)
                      + "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n";
    if (status == 401)
        head += "WWW-Authenticate: Bearer realm=\"sigap112\"\r\n";
    socket->write(head + "Content-Length: " + QByteArray::number(text.size()) + "\r\n\r\n" + text);
    socket->disconnectFromHost();
    m_buffers.remove(socket);
}

} // namespace Sigap
