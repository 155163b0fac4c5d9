#include "controlserver.h"

#include "controlprotocol.h"
#include "controlservice.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace Sigap {

ControlServer::ControlServer(ControlService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
}

ControlServer::~ControlServer() = default;

Result<void> ControlServer::listen(const QString &socketPath)
{
    // The caller holds the data folder's lock, so a socket file left here is from a crashed
    // run of ours and safe to remove.
    QLocalServer::removeServer(socketPath);
    if (!m_server->listen(socketPath))
        return makeError(QStringLiteral("control.listen"),
                         tr("%1: cannot listen for sigapctl: %2").arg(socketPath, m_server->errorString()));
    return {};
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ControlServer::onReadyRead(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(ControlProtocol::MaxLineBytes);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qCWarning(lcControl) << "malformed control request:" << error.errorString();
            socket->write(ControlProtocol::encodeLine(ControlProtocol::failure(
                -1, QStringLiteral("control.malformed"), tr("malformed request: %1").arg(error.errorString()))));
            continue;
        }
        QPointer<QLocalSocket> guard(socket);
        m_service.handle(doc.object(), socket, [guard](const QJsonObject &response) {
            if (guard && guard->state() == QLocalSocket::ConnectedState)
                guard->write(ControlProtocol::encodeLine(response));
        });
    }
    if (socket->bytesAvailable() > ControlProtocol::MaxLineBytes) {
        qCWarning(lcControl) << "control request over the size limit; closing the connection";
        socket->abort();
    }
}

} // namespace Sigap
