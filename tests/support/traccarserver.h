#pragma once

// A stand-in Traccar server for the tests: a real HTTP listener on loopback that answers
// GET /api/devices and GET /api/positions with the JSON it is given, only to a request with
// the right HTTP Basic credentials (401 otherwise, as Traccar does).

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace SigapTest {

// A plain QObject (no Q_OBJECT: support headers are not moc'ed); tests wait on its counters.
class TraccarServer : public QObject
{
public:
    TraccarServer(const QString &user, const QString &password)
        : m_expectedAuth("Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64())
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    QByteArray devices = "[]";
    QByteArray positions = "[]";
    int served(const QByteArray &path) const { return m_served.value(path); }
    int refused() const { return m_refused; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        QByteArray auth;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("authorization:"))
                auth = line.mid(line.indexOf(':') + 1).trimmed();
        const QByteArray path = request.value(1);
        int status = 200;
        QByteArray body;
        if (auth != m_expectedAuth) {
            status = 401;
            ++m_refused;
        } else if (path == "/api/devices") {
            body = devices;
        } else if (path == "/api/positions") {
            body = positions;
        } else {
            status = 404;
        }
        if (status == 200)
            ++m_served[path];
        const QByteArray reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Not Found";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                      + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_expectedAuth;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, int> m_served;
    int m_refused = 0;
};

} // namespace SigapTest
