// A node's listeners outlive a flood from the LAN. 500 connections to the sync, EIDO and AVL
// ports of a real sigap-node, half of them closed at once and half held (some sending
// garbage) before they close: afterwards a new desk joins the room and converges, an agency
// gets its answer and a phone its position answer, each within 10 s of the flood's end.
// Qt 6.4's own TLS server stopped taking connections for good after 30 such connections.
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace SigapTest;

namespace {

const QString Room = QStringLiteral("bjm-flood");
constexpr int FloodConnections = 500;
constexpr int AfterFloodMs = 10000;

QJsonObject statusOf(const QString &dir)
{
    const Run r = ctl(dir, {QStringLiteral("status"), QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

// Opens `count` TCP connections to host:port. Every other one is closed as soon as it is
// open; the rest are held, half of them sending bytes that are no handshake and no request,
// until every connection has been answered or refused; then they are closed too.
void flood(const QString &hostPort, int count)
{
    const QString host = hostPort.section(QLatin1Char(':'), 0, -2);
    const quint16 port = quint16(hostPort.section(QLatin1Char(':'), -1).toUInt());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(host, port);
        sockets.push_back(std::move(socket));
    }
    const auto settled = [&] {
        return std::all_of(sockets.cbegin(), sockets.cend(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState || s->state() == QAbstractSocket::UnconnectedState;
        });
    };
    QVERIFY(QTest::qWaitFor(settled, 30000));
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0)
            sockets[i]->abort();
        else if (i % 4 == 1)
            sockets[i]->write(QByteArray(512, '\x16'));
    }
    QTest::qWait(0); // let the garbage go out before the held ones close
    for (auto &s : sockets)
        s->abort();
}

// The HTTP status of the first request that gets an answer before the deadline, as a phone or
// an agency's system would keep trying; 0 when none did. A connection refused in the very
// moment the flood's sockets are still being closed is what a real client meets too.
int firstAnswer(const std::function<QNetworkReply *()> &send, const QDeadlineTimer &deadline)
{
    while (!deadline.hasExpired()) {
        QNetworkReply *reply = send();
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, int(std::max<qint64>(1, deadline.remainingTime()))))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 0)
            return status;
        QTest::qWait(100); // the next try, as a client's retry would come
    }
    return 0;
}

} // namespace

class tst_ListenerFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_roomKey = m_tmp.filePath(QStringLiteral("room.key"));
        const Run init = runProgram(QStringLiteral("sigapctl"),
                                    {QStringLiteral("room"), QStringLiteral("init"), QStringLiteral("--room"), Room,
                                     QStringLiteral("--out"), m_roomKey});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void syncPortOutlivesAFlood()
    {
        const QString dirA = m_tmp.filePath(QStringLiteral("sync-a"));
        NodeProcess a(dirA, syncArgs({}));
        QVERIFY2(a.start(), qPrintable(a.errorOutput()));
        const QString address = statusOf(dirA).value(QStringLiteral("sync_listen")).toString();
        QVERIFY(!address.isEmpty());
        const Run created = ctl(dirA, {QStringLiteral("incident"), QStringLiteral("create"),
                                       QStringLiteral("--category"), QStringLiteral("kebakaran")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const qint64 events = statusOf(dirA).value(QStringLiteral("events")).toInteger();
        QVERIFY(events > 0);

        flood(address, FloodConnections);
        QElapsedTimer sinceFlood;
        sinceFlood.start();
        const QString dirB = m_tmp.filePath(QStringLiteral("sync-b"));
        NodeProcess b(dirB, syncArgs({address}));
        QVERIFY2(b.start(), qPrintable(b.errorOutput()));
        QVERIFY2(QTest::qWaitFor([&] { return statusOf(dirB).value(QStringLiteral("events")).toInteger() == events; },
                                 int(std::max<qint64>(1, AfterFloodMs - sinceFlood.elapsed()))),
                 qPrintable(QStringLiteral("the new desk holds %1 of %2 events %3 ms after the flood")
                                .arg(statusOf(dirB).value(QStringLiteral("events")).toInteger())
                                .arg(events)
                                .arg(sinceFlood.elapsed())));
        QCOMPARE(ctl(dirB, {QStringLiteral("state-hash")}).out, ctl(dirA, {QStringLiteral("state-hash")}).out);
    }

    void eidoPortOutlivesAFlood()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command-line tool is not installed (apt-get install openssl): no certificate to make");
        const QString certs = m_tmp.filePath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(certs));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), certs + QStringLiteral("/key.pem"),
                       QStringLiteral("-out"), certs + QStringLiteral("/cert.pem"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        const QString dir = m_tmp.filePath(QStringLiteral("eido"));
        QVERIFY(QDir().mkpath(dir));
        QFile tokens(dir + QStringLiteral("/eido-tokens"));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write("damkar-bjm=flood-test-token-0123456789abcdef\n");
        tokens.close();
        QVERIFY(tokens.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        NodeProcess node(dir, {QStringLiteral("--eido-listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--eido-cert"), certs + QStringLiteral("/cert.pem"),
                               QStringLiteral("--eido-key"), certs + QStringLiteral("/key.pem")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        QString address;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto m
                    = QRegularExpression(QStringLiteral("https://([0-9.:]+)/eido/status")).match(node.errorOutput());
                address = m.captured(1);
                return m.hasMatch();
            },
            10000));

        flood(address, FloodConnections);
        QElapsedTimer sinceFlood;
        sinceFlood.start();
        // An agency without a token is told so: the listener reads and answers again.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://%1/eido/status").arg(address)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const int status = firstAnswer(
            [&] {
                QNetworkReply *reply = network.post(request, QByteArrayLiteral("{}"));
                reply->ignoreSslErrors(); // a self-signed certificate of the test
                return reply;
            },
            QDeadlineTimer(AfterFloodMs));
        QVERIFY2(status == 401,
                 qPrintable(QStringLiteral("HTTP %1, %2 ms after the flood").arg(status).arg(sinceFlood.elapsed())));
    }

    void avlPortOutlivesAFlood()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("avl"));
        NodeProcess node(dir, {QStringLiteral("--avl-listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const QString address = statusOf(dir).value(QStringLiteral("avl_listen")).toString();
        QVERIFY(!address.isEmpty());

        flood(address, FloodConnections);
        QElapsedTimer sinceFlood;
        sinceFlood.start();
        QNetworkAccessManager network;
        const QNetworkRequest request(QUrl(QStringLiteral("http://%1/?lat=-3.3&lon=114.6").arg(address)));
        const int status = firstAnswer([&] { return network.get(request); }, QDeadlineTimer(AfterFloodMs));
        // No id: refused with its reason, which proves the request was read and answered.
        QVERIFY2(status == 400,
                 qPrintable(QStringLiteral("HTTP %1, %2 ms after the flood").arg(status).arg(sinceFlood.elapsed())));
    }

private:
    QStringList syncArgs(const QStringList &peers) const
    {
        QStringList args{QStringLiteral("--room-key"), m_roomKey, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-multicast")};
        for (const QString &peer : peers)
            args << QStringLiteral("--peer") << peer;
        return args;
    }

    QTemporaryDir m_tmp;
    QString m_roomKey;
};

QTEST_GUILESS_MAIN(tst_ListenerFlood)
#include "tst_listenerflood.moc"
