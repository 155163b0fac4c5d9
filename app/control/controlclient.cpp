#include "controlclient.h"

#include "controlprotocol.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>

namespace Sigap {

ControlClient::ControlClient(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_socketPath(ControlProtocol::socketPath(dataDir))
{
}

Result<void> ControlClient::connectToNode(int timeoutMs)
{
    if (!QFileInfo::exists(m_socketPath))
        return makeError(QStringLiteral("control.nonode"),
                         tr("no Sigap desk or node is running on %1 (there is no %2)").arg(m_dataDir, m_socketPath));
    m_socket.connectToServer(m_socketPath);
    if (!m_socket.waitForConnected(timeoutMs))
        return makeError(
            QStringLiteral("control.nonode"),
            tr("no Sigap desk or node is running on %1 (%2: %3)").arg(m_dataDir, m_socketPath, m_socket.errorString()));
    return {};
}

Result<QJsonValue> ControlClient::call(const QString &cmd, const QJsonObject &args, int timeoutMs)
{
    const qint64 id = m_nextId++;
    m_socket.write(ControlProtocol::encodeLine(ControlProtocol::request(id, cmd, args)));
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        while (!m_socket.canReadLine()) {
            if (m_socket.state() != QLocalSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                return makeError(QStringLiteral("control.lost"),
                                 tr("the connection to the Sigap node on %1 was lost").arg(m_dataDir));
            if (deadline.hasExpired()
                || !m_socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
                if (deadline.hasExpired())
                    return makeError(QStringLiteral("control.timeout"),
                                     tr("the Sigap node on %1 did not answer in time").arg(m_dataDir));
            }
        }
        const QJsonObject response = QJsonDocument::fromJson(m_socket.readLine()).object();
        if (response.value(QStringLiteral("id")).toInteger() != id)
            continue; // an answer to an earlier, abandoned request
        if (response.value(QStringLiteral("ok")).toBool())
            return response.value(QStringLiteral("result"));
        return makeError(response.value(QStringLiteral("code")).toString(),
                         response.value(QStringLiteral("error")).toString());
    }
}

} // namespace Sigap
