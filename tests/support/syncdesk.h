#pragma once

// Desks and raw peers for the LAN sync suites: a Node in a temporary folder whose RoomSync
// the test starts and stops (to unplug and replug the desk), and a bare TLS client that
// holds the room key and speaks frames by hand (to send what a good desk never would).

#include "core/clock.h"
#include "core/hostport.h"
#include "node/node.h"
#include "sync/frame.h"
#include "sync/roomsecret.h"
#include "sync/roomsync.h"
#include "sync/syncmessages.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SigapTest {

inline QString writeRoomKey(const QTemporaryDir &dir, const QString &name, const QString &room, bool training = false)
{
    const QString path = dir.filePath(name);
    if (!Sigap::RoomSecret::generate(room, training).save(path))
        return {};
    return path;
}

class SyncDesk
{
public:
    explicit SyncDesk(const QString &room)
    {
        Sigap::Node::Options options;
        options.dataDir = m_dir.path();
        options.room = room;
        options.control = false;
        auto node = Sigap::Node::start(options, m_clock);
        if (node)
            m_node = std::move(node).value();
    }

    bool ok() const { return m_node != nullptr; }
    Sigap::Node &node() { return *m_node; }
    Sigap::EventStore &store() { return m_node->log().store(); }
    Sigap::RoomSync *sync() { return m_sync.get(); }

    // Joins the room; listen on a free loopback port unless told otherwise.
    bool connect(const QString &roomKey, const QStringList &peers = {}, bool listen = true)
    {
        Sigap::SyncOptions options;
        options.roomKeyFile = roomKey;
        options.listen = listen ? QStringLiteral("127.0.0.1:0") : QString();
        options.peers = peers;
        options.multicast = false;
        auto sync = Sigap::RoomSync::start(m_node->log(), m_clock, options);
        if (!sync) {
            qWarning() << sync.error().message;
            return false;
        }
        m_sync = std::move(sync).value();
        return true;
    }
    void unplug() { m_sync.reset(); }
    QString address() const { return m_sync ? m_sync->listenAddress() : QString(); }

    QString createIncident(const QString &note)
    {
        Sigap::NewIncident in;
        in.category = QStringLiteral("kebakaran");
        in.note = note;
        return append(m_node->commands().create(in, m_node->session().actor()));
    }
    QString setStatus(const QString &incident, const QString &to)
    {
        return append(m_node->commands().changeStatus(incident, to, m_node->session().actor()));
    }
    QString addNote(const QString &incident, const QString &text)
    {
        return append(m_node->commands().addNote(incident, text, m_node->session().actor()));
    }
    QString append(const Sigap::Result<Sigap::EventDraft> &draft)
    {
        if (!draft)
            return {};
        auto events = m_node->log().append({draft.value()});
        return events ? events.value().constFirst().id() : QString();
    }

    qint64 events() const { return m_node->log().store().eventCount(); }
    QByteArray stateHash() const { return m_node->incidents().stateHash(); }
    QString digest() const { return Sigap::SyncMessages::digest(m_node->log().store().versionVector()); }
    QStringList problems() const
    {
        QStringList texts;
        if (m_sync)
            for (const auto &p : m_sync->problems())
                texts << p.text;
        return texts;
    }

private:
    QTemporaryDir m_dir;
    Sigap::SystemClock m_clock;
    std::unique_ptr<Sigap::Node> m_node;
    std::unique_ptr<Sigap::RoomSync> m_sync;
};

// A hand-driven peer: TLS with the room key, then whatever frames the test writes.
class RawPeer
{
public:
    RawPeer(const Sigap::RoomSecret &secret, const QString &desk)
        : m_secret(secret)
        , m_desk(desk)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2);
        config.setCiphers({QSslCipher(QStringLiteral("ECDHE-PSK-CHACHA20-POLY1305"))});
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.setSslConfiguration(config);
        QObject::connect(&m_socket, &QSslSocket::preSharedKeyAuthenticationRequired, &m_socket,
                         [this](QSslPreSharedKeyAuthenticator *a) {
                             a->setIdentity(m_secret.identity(m_desk).toUtf8());
                             a->setPreSharedKey(m_secret.sessionKey());
                         });
    }

    bool connectTo(const QString &address)
    {
        const auto hostPort = Sigap::splitHostPort(address);
        if (!hostPort)
            return false;
        m_socket.connectToHostEncrypted(hostPort->first, hostPort->second);
        // The desk answers from this same thread: wait by running the event loop, not blocking.
        return QTest::qWaitFor([this] { return m_socket.isEncrypted(); }, 10000);
    }
    // Connects, says hello and waits for the desk's: a session both sides hold as ready.
    bool join(const QString &address, int helloTimeoutMs)
    {
        if (!connectTo(address))
            return false;
        sendHello();
        return QTest::qWaitFor([this] { return hasFrameOfType(Sigap::SyncMessages::Type::Hello); }, helloTimeoutMs);
    }
    void sendHello(const Sigap::EventStore::VersionVector &versions = {})
    {
        send(Sigap::SyncMessages::encodeHello(Sigap::SyncMessages::Hello{
            Sigap::SyncMessages::ProtocolVersion, m_secret.room(), m_secret.training(), m_desk, versions}));
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Frames received so far (reads whatever arrived).
    QList<Sigap::Frame> frames()
    {
        m_decoder.feed(m_socket.readAll());
        while (auto f = m_decoder.next()) {
            if (!*f)
                break;
            m_frames.append(f->value());
        }
        return m_frames;
    }
    bool hasFrameOfType(const QString &type)
    {
        for (const auto &f : frames())
            if (f.type == type)
                return true;
        return false;
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    Sigap::RoomSecret m_secret;
    QString m_desk;
    QSslSocket m_socket;
    Sigap::FrameDecoder m_decoder;
    QList<Sigap::Frame> m_frames;
};

} // namespace SigapTest
