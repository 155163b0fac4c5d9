// The listener every port of a node goes through: it counts and limits connections per remote
// address and in total, drops a TLS client that never finishes its handshake, and its watchdog
// opens a listener that stopped taking connections again. Real sockets on loopback.
#include "core/guardedserver.h"
#include "core/logging.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace Sigap;

namespace {

std::unique_ptr<QTcpSocket> dial(const GuardedServer &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), server.serverPort());
    return socket;
}

} // namespace

class tst_GuardedServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsConnectionsPerAddress()
    {
        GuardedServer server(QStringLiteral("test"), lcNode, GuardedServer::Limits{10, 3, 10000, 60000});
        QList<QTcpSocket *> taken;
        connect(&server, &GuardedServer::connectionReady, this, [&](QTcpSocket *s) { taken << s; });
        QVERIFY(server.start(QHostAddress(QHostAddress::LocalHost), 0));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 5; ++i)
            clients.push_back(dial(server));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size() + server.refusedConnections(), 5, 10000);
        QCOMPARE(taken.size(), 3);
        QCOMPARE(server.openConnections(), 3);
        // A slot frees when its owner deletes the socket, and the next client gets in.
        delete taken.takeFirst();
        QCOMPARE(server.openConnections(), 2);
        clients.push_back(dial(server));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 3, 10000);
        QCOMPARE(server.refusedConnections(), 2);
    }

    void limitsConnectionsInTotal()
    {
        GuardedServer server(QStringLiteral("test"), lcNode, GuardedServer::Limits{2, 10, 10000, 60000});
        int taken = 0;
        connect(&server, &GuardedServer::connectionReady, this, [&] { ++taken; });
        QVERIFY(server.start(QHostAddress(QHostAddress::LocalHost), 0));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 4; ++i)
            clients.push_back(dial(server));
        QTRY_COMPARE_WITH_TIMEOUT(taken + server.refusedConnections(), 4, 10000);
        QCOMPARE(taken, 2);
        // The refused ones are closed by the server, not left hanging.
        QTRY_COMPARE_WITH_TIMEOUT(
            std::count_if(clients.cbegin(), clients.cend(),
                          [](const auto &c) { return c->state() == QAbstractSocket::UnconnectedState; }),
            2, 10000);
    }

    void silentTlsClientIsDroppedAfterTheHandshakeTimeout()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        GuardedServer server(QStringLiteral("test"), lcNode, GuardedServer::Limits{10, 10, 300, 60000});
        server.setSslConfiguration(QSslConfiguration::defaultConfiguration());
        QSignalSpy failed(&server, &GuardedServer::handshakeFailed);
        QSignalSpy ready(&server, &GuardedServer::connectionReady);
        QVERIFY(server.start(QHostAddress(QHostAddress::LocalHost), 0));
        auto silent = dial(server); // connects over TCP and never says hello
        QVERIFY(silent->waitForConnected(10000));
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(silent->state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
        QCOMPARE(ready.size(), 0);
    }

    void watchdogOpensAStalledListenerAgain()
    {
        GuardedServer server(QStringLiteral("test"), lcNode, GuardedServer::Limits{10, 10, 10000, 200});
        int taken = 0;
        connect(&server, &GuardedServer::connectionReady, this, [&](QTcpSocket *s) {
            ++taken;
            s->deleteLater();
        });
        QVERIFY(server.start(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = server.serverPort();
        // What Qt's servers did when their queue filled: stop taking connections, for good.
        server.pauseAccepting();
        auto lost = dial(server);
        QSignalSpy restarted(&server, &GuardedServer::restarted);
        QVERIFY(restarted.wait(GuardedServer::ProbeTimeoutMs + 5000));
        QCOMPARE(server.restarts(), 1);
        QCOMPARE(server.serverPort(), port);
        QCOMPARE(taken, 0);
        auto next = dial(server);
        QTRY_COMPARE_WITH_TIMEOUT(taken, 1, 10000);
    }

    void watchdogLeavesAWorkingListenerAlone()
    {
        GuardedServer server(QStringLiteral("test"), lcNode, GuardedServer::Limits{10, 10, 10000, 100});
        QVERIFY(server.start(QHostAddress(QHostAddress::LocalHost), 0));
        // Quiet for many watchdog rounds: it dials itself, sees its own probe and is content.
        QSignalSpy restarted(&server, &GuardedServer::restarted);
        QTRY_VERIFY_WITH_TIMEOUT(server.probesSeen() >= 5, 20000);
        QCOMPARE(restarted.size(), 0);
        QCOMPARE(server.openConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_GuardedServer)
#include "tst_guardedserver.moc"
