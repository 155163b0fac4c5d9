// The EIDO channel end to end over real HTTPS on loopback, with a CA and certificates made
// by the openssl tool for the test: the document an agency receives, checked component by
// component; retries of a failing endpoint under one Idempotency-Key; a refusal that is not
// retried; no resend after a restart once delivered, a resend with the same key when not;
// and status updates from agencies, authenticated by their tokens.
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "handoff/eidosender.h"
#include "handoff/eidostatusreceiver.h"
#include "handoff/handoffmodel.h"
#include "node/node.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Sigap;

namespace {

// 2026-11-18 19:06:40 in Banjarmasin (WITA, UTC+8).
const qint64 T0 = 1795000000000;
const QString T0Text = QStringLiteral("2026-11-18T19:06:40.000+08:00");
const QString BpbdToken = QStringLiteral("bpbd-0123456789abcdef0123456789abcdef");
const QString PmiToken = QStringLiteral("pmi-fedcba9876543210fedcba9876543210");

struct Received
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// The agency's EIDO endpoint: answers each POST with the next status of its script (the
// last one repeats) and, like an agency honouring Idempotency-Key, takes a document only
// once per key.
class AgencyEndpoint : public QObject
{
public:
    QList<Received> requests;
    QList<int> script{200};
    QSet<QByteArray> takenKeys;
    int documentsTaken = 0;

    bool listen(const QString &certFile, const QString &keyFile)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(certFile), key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        tls.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (socket->bytesAvailable())
                    onReadyRead(socket);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Received r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        r.method = requestLine.value(0);
        r.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() - end - 4 < length)
            return;
        r.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        const int status = script.value(requests.size(), script.constLast());
        requests.append(r);
        if (status >= 200 && status < 300 && !takenKeys.contains(r.headers.value("idempotency-key"))) {
            takenKeys.insert(r.headers.value("idempotency-key"));
            ++documentsTaken;
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Scripted\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n");
        socket->disconnectFromHost();
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

bool runOpenssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl ") + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
                 + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

QList<Event> eventsOf(Node &node, const QString &subject, const QString &kind)
{
    QList<Event> out;
    const auto events = node.log().store().eventsOfSubject(subject);
    if (events)
        for (const Event &e : events.value())
            if (e.kind == kind)
                out.append(e);
    return out;
}

// The texts of the PIDF-LO elements in a locationByValue, by local name.
QHash<QString, QString> pidfElements(const QString &xml)
{
    QHash<QString, QString> out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            if (name == QLatin1String("pos") || name == QLatin1String("country") || name == QLatin1String("A3")
                || name == QLatin1String("A4") || name == QLatin1String("LOC"))
                out.insert(name, reader.readElementText());
            else
                out.insert(name, QString());
        }
    }
    if (reader.hasError())
        out.insert(QStringLiteral("error"), reader.errorString());
    return out;
}

} // namespace

class TestEido : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certs;
    QString m_caFile, m_otherCaFile, m_serverCert, m_serverKey;
    ManualClock m_clock{T0};

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<AgencyEndpoint> m_endpoint;
    std::unique_ptr<Node> m_node;
    QString m_incident;
    QString m_call;

    QString certPath(const char *name) const { return m_certs.filePath(QLatin1String(name)); }

    void writeRoomFiles(const QString &dir)
    {
        QFile agencies(dir + QStringLiteral("/agencies.json"));
        QVERIFY(agencies.open(QIODevice::WriteOnly));
        const QByteArray url = "https://127.0.0.1:" + QByteArray::number(m_endpoint->port()) + "/eido/incidents";
        agencies.write(R"({"format": "sigap-agencies", "version": 1, "agencies": [
  {"id": "bpbd-test", "name": "BPBD Kota Uji", "kind": "bpbd", "categories": ["banjir"],
   "channel": "eido", "eido_url": ")"
                       + url + R"(", "eido_ca_file": ")" + m_caFile.toUtf8() + R"("},
  {"id": "pmi-test", "name": "PMI Kota Uji", "kind": "pmi", "categories": [],
   "channel": "eido", "eido_url": ")"
                       + url + R"(", "eido_ca_file": ")" + m_caFile.toUtf8() + R"("},
  {"id": "basarnas-test", "name": "Basarnas Uji", "kind": "basarnas", "categories": [],
   "channel": "eido", "eido_url": ")"
                       + url + R"(", "eido_ca_file": ")" + m_otherCaFile.toUtf8() + R"("},
  {"id": "damkar-test", "name": "Damkar Kota Uji", "kind": "damkar", "categories": ["kebakaran"],
   "channel": "desk"}]})");
        agencies.close();
        QFile tokens(dir + QStringLiteral("/eido-tokens"));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write("# agency tokens for the test\nbpbd-test=" + BpbdToken.toUtf8() + "\npmi-test=" + PmiToken.toUtf8()
                     + '\n');
        tokens.close();
        QVERIFY(tokens.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    Result<std::unique_ptr<Node>> startNode()
    {
        Node::Options options;
        options.dataDir = m_data->path();
        options.room = QStringLiteral("test-room");
        options.control = false;
        options.eidoListen = EidoListenOptions{QStringLiteral("127.0.0.1:0"), m_serverCert, m_serverKey};
        auto node = Node::start(options, m_clock);
        if (node)
            node.value()->eidoSender()->setRetryDelays(20, 200);
        return node;
    }

    // A flood in Mantuil reported by one call, with a note.
    void createIncident()
    {
        EventDraft offered;
        offered.kind = EventKind::CallOffered;
        offered.subject = QStringLiteral("call-7");
        offered.actor = QStringLiteral("system");
        offered.payload.insert(QStringLiteral("number"), QStringLiteral("081234567890"));
        offered.payload.insert(QStringLiteral("trunk"), QStringLiteral("sip-1"));
        offered.payload.insert(QStringLiteral("lat"), -3.3566);
        offered.payload.insert(QStringLiteral("lon"), 114.5468);
        offered.payload.insert(QStringLiteral("radius_m"), 150.0);
        QVERIFY(m_node->log().append({offered}));
        m_call = offered.subject;
        NewIncident in;
        in.category = QStringLiteral("banjir");
        in.lat = -3.3565;
        in.lon = 114.5469;
        in.caller = QStringLiteral("081234567890");
        in.address = QStringLiteral("Jl. Tembus Mantuil RT 05");
        in.note = QStringLiteral("Air setinggi lutut, dua lansia di rumah");
        in.call = m_call;
        auto draft = m_node->commands().create(in, m_node->actor());
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        auto created = m_node->log().append({draft.value()});
        QVERIFY(created);
        m_incident = created.value().constFirst().id();
    }

    Event sendHandoff(const QString &agency)
    {
        auto draft = m_node->handoffCommands().send(m_incident, agency, {}, {}, m_node->actor());
        if (!draft)
            return {};
        auto sent = m_node->log().append({draft.value()});
        return sent ? sent.value().constFirst() : Event();
    }

    // One status update POSTed to the node's endpoint: the HTTP status and the body.
    std::pair<int, QString> postStatus(const QByteArray &body, const QString &token)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://") + m_node->eidoReceiver()->listenAddress()
                                     + QStringLiteral("/eido/status")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_caFile));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {0, QStringLiteral("no answer")};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QString::fromUtf8(reply->readAll()) + reply->errorString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command-line tool is not installed (apt-get install openssl): no test CA to make");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QVERIFY(m_certs.isValid());
        const QString dir = m_certs.path();
        QFile ext(certPath("server.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QString error;
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QVERIFY2(
            runOpenssl(dir,
                       QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                           + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                         QStringLiteral("-subj"), QStringLiteral("/CN=Sigap Test Agency CA")},
                       &error),
            qPrintable(error));
        QVERIFY2(runOpenssl(dir,
                            QStringList{QStringLiteral("req")} + ec
                                + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                              QStringLiteral("-out"), QStringLiteral("server.csr"),
                                              QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                            &error),
                 qPrintable(error));
        QVERIFY2(runOpenssl(dir,
                            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                             QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                            &error),
                 qPrintable(error));
        // A CA that did not issue the endpoint's certificate.
        QVERIFY2(runOpenssl(dir,
                            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                                + QStringList{QStringLiteral("-keyout"), QStringLiteral("other-ca.key"),
                                              QStringLiteral("-out"), QStringLiteral("other-ca.pem"),
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                              QStringLiteral("/CN=Some Other CA")},
                            &error),
                 qPrintable(error));
        m_otherCaFile = certPath("other-ca.pem");
        m_caFile = certPath("ca.pem");
        m_serverCert = certPath("server.pem");
        m_serverKey = certPath("server.key");
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_endpoint = std::make_unique<AgencyEndpoint>();
        QVERIFY(m_endpoint->listen(m_serverCert, m_serverKey));
        writeRoomFiles(m_data->path());
        auto node = startNode();
        QVERIFY2(node, qPrintable(node ? QString() : node.error().message));
        m_node = std::move(node).value();
        createIncident();
    }

    void cleanup()
    {
        m_node.reset();
        m_endpoint.reset();
        m_data.reset();
    }

    void documentCarriesTheIncidentComponentByComponent()
    {
        const Event send = sendHandoff(QStringLiteral("bpbd-test"));
        QCOMPARE(send.kind, EventKind::HandoffSent);
        QTRY_COMPARE_WITH_TIMEOUT(m_endpoint->requests.size(), 1, 15000);
        const Received &r = m_endpoint->requests.constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/eido/incidents"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.headers.value("idempotency-key"), "sigap112-test-room-" + send.id().toUtf8());

        QJsonParseError error;
        const QJsonObject eido = QJsonDocument::fromJson(r.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        static const QRegularExpression uuidUrn(QStringLiteral("^urn:uuid:[0-9a-f-]{36}$"));
        QVERIFY2(uuidUrn.match(eido.value(QStringLiteral("eidoMessageIdentifier")).toString()).hasMatch(),
                 r.body.constData());
        QCOMPARE(eido.value(QStringLiteral("$id")), eido.value(QStringLiteral("eidoMessageIdentifier")));
        QCOMPARE(eido.value(QStringLiteral("messageKind")).toString(), QStringLiteral("Report"));
        QVERIFY(eido.value(QStringLiteral("sendingSystemIdentifier")).toString().contains(QLatin1String("test-room")));
        QCOMPARE(eido.value(QStringLiteral("lastUpdateTimeStamp")).toString(), T0Text);

        // incident
        const QJsonArray incidents = eido.value(QStringLiteral("incidentComponent")).toArray();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents.at(0).toObject();
        QCOMPARE(incident.value(QStringLiteral("incidentTrackingIdentifier")).toString(), m_incident);
        QCOMPARE(incident.value(QStringLiteral("incidentTypeInternalCode")).toString(), QStringLiteral("banjir"));
        QVERIFY(!incident.value(QStringLiteral("incidentTypeCommonRegistryText")).toString().isEmpty());
        QCOMPARE(incident.value(QStringLiteral("incidentStatusCommonRegistryText")).toString(), QStringLiteral("new"));
        QCOMPARE(incident.value(QStringLiteral("incidentCommonPriorityNumber")).toInt(),
                 m_node->incidents().incident(m_incident)->priority());
        QCOMPARE(incident.value(QStringLiteral("lastUpdateTimeStamp")).toString(), T0Text);

        // location: the point and the kelurahan, as PIDF-LO
        const QJsonArray locations = eido.value(QStringLiteral("locationComponent")).toArray();
        QCOMPARE(locations.size(), 2); // the incident's place and the caller's network position
        const QJsonObject place = locations.at(0).toObject();
        QCOMPARE(incident.value(QStringLiteral("locationReference")).toObject().value(QStringLiteral("$ref")),
                 place.value(QStringLiteral("$id")));
        QCOMPARE(place.value(QStringLiteral("locationKelurahanCode")).toString(),
                 m_node->incidents().incident(m_incident)->kelurahan());
        const QHash<QString, QString> pidf = pidfElements(place.value(QStringLiteral("locationByValue")).toString());
        QVERIFY2(!pidf.contains(QStringLiteral("error")), qPrintable(pidf.value(QStringLiteral("error"))));
        QCOMPARE(pidf.value(QStringLiteral("pos")), QStringLiteral("-3.356500 114.546900"));
        QVERIFY(pidf.contains(QStringLiteral("Point")));
        QCOMPARE(pidf.value(QStringLiteral("country")), QStringLiteral("ID"));
        QCOMPARE(pidf.value(QStringLiteral("A4")), QStringLiteral("Mantuil"));
        QCOMPARE(pidf.value(QStringLiteral("A3")), QStringLiteral("Banjarmasin Selatan"));
        QCOMPARE(pidf.value(QStringLiteral("LOC")), QStringLiteral("Jl. Tembus Mantuil RT 05"));

        // call: the caller's number, the time it came in, its network position with uncertainty
        const QJsonArray calls = eido.value(QStringLiteral("callComponent")).toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = calls.at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("callTrackingIdentifier")).toString(), m_call);
        QCOMPARE(call.value(QStringLiteral("callFromURI")).toString(), QStringLiteral("tel:081234567890"));
        QCOMPARE(call.value(QStringLiteral("callStartTimeStamp")).toString(), T0Text);
        QCOMPARE(
            incident.value(QStringLiteral("callReference")).toArray().at(0).toObject().value(QStringLiteral("$ref")),
            call.value(QStringLiteral("$id")));
        const QJsonObject callerPlace = locations.at(1).toObject();
        QCOMPARE(call.value(QStringLiteral("locationReference")).toObject().value(QStringLiteral("$ref")),
                 callerPlace.value(QStringLiteral("$id")));
        const QHash<QString, QString> callerPidf
            = pidfElements(callerPlace.value(QStringLiteral("locationByValue")).toString());
        QCOMPARE(callerPidf.value(QStringLiteral("pos")), QStringLiteral("-3.356600 114.546800"));
        QVERIFY(callerPidf.contains(QStringLiteral("Circle")));
        QVERIFY(callerPidf.contains(QStringLiteral("radius")));

        // agency: the room that sends and the agency that receives
        const QJsonArray agencies = eido.value(QStringLiteral("agencyComponent")).toArray();
        QCOMPARE(agencies.size(), 2);
        QCOMPARE(incident.value(QStringLiteral("updatedByAgencyReference")).toObject().value(QStringLiteral("$ref")),
                 agencies.at(0).toObject().value(QStringLiteral("$id")));
        const QJsonObject receiving = agencies.at(1).toObject();
        QCOMPARE(
            incident.value(QStringLiteral("incidentReceivingAgencyReference")).toObject().value(QStringLiteral("$ref")),
            receiving.value(QStringLiteral("$id")));
        QCOMPARE(receiving.value(QStringLiteral("agencyName")).toString(), QStringLiteral("BPBD Kota Uji"));
        QCOMPARE(receiving.value(QStringLiteral("agencyIdentifier")).toString(),
                 QStringLiteral("urn:sigap112:agency:bpbd-test"));
        QCOMPARE(receiving.value(QStringLiteral("agencyTypeText")).toString(), QStringLiteral("bpbd"));

        // notes, each with its author
        const QJsonArray notes = eido.value(QStringLiteral("notesComponent")).toArray();
        QCOMPARE(notes.size(), 1);
        const QJsonObject note = notes.at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("noteText")).toString(),
                 QStringLiteral("Air setinggi lutut, dua lansia di rumah"));
        QCOMPARE(note.value(QStringLiteral("noteDateTimeStamp")).toString(), T0Text);
        const QJsonArray persons = eido.value(QStringLiteral("personComponent")).toArray();
        QCOMPARE(persons.size(), 1);
        QCOMPARE(note.value(QStringLiteral("authorReference")).toObject().value(QStringLiteral("$ref")),
                 persons.at(0).toObject().value(QStringLiteral("$id")));
        QCOMPARE(persons.at(0).toObject().value(QStringLiteral("personIdentifier")).toString(), m_node->actor().id);

        // ... and the delivery is in the log, for a restart and for the other desks.
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).size(), 1, 10000);
        const Event delivered = eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).constFirst();
        QCOMPARE(delivered.payload.value(QStringLiteral("send")).toString(), send.id());
        QCOMPARE(delivered.payload.value(QStringLiteral("agency")).toString(), QStringLiteral("bpbd-test"));
        QCOMPARE(delivered.payload.value(QStringLiteral("attempts")).toInteger(), 1);
        QCOMPARE(delivered.payload.value(QStringLiteral("http_status")).toInteger(), 200);
    }

    void failingEndpointIsRetriedAndTheDocumentTakenOnce()
    {
        m_endpoint->script = {503, 503, 200};
        QSignalSpy attemptFailed(m_node->eidoSender(), &EidoSender::attemptFailed);
        QSignalSpy delivered(m_node->eidoSender(), &EidoSender::delivered);
        const Event send = sendHandoff(QStringLiteral("bpbd-test"));
        QVERIFY(delivered.wait(15000));
        QCOMPARE(m_endpoint->requests.size(), 3);
        for (const Received &r : std::as_const(m_endpoint->requests))
            QCOMPARE(r.headers.value("idempotency-key"), "sigap112-test-room-" + send.id().toUtf8());
        QCOMPARE(m_endpoint->requests.at(0).body, m_endpoint->requests.at(2).body);
        QCOMPARE(m_endpoint->documentsTaken, 1);
        QCOMPARE(attemptFailed.size(), 2);
        // The back-off doubles: 20 ms, then 40 ms.
        QCOMPARE(attemptFailed.at(0).at(4).toInt(), 20);
        QCOMPARE(attemptFailed.at(1).at(4).toInt(), 40);
        QCOMPARE(delivered.constFirst().at(2).toInt(), 3);
        const QList<Event> recorded = eventsOf(*m_node, m_incident, EventKind::HandoffDelivered);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().payload.value(QStringLiteral("attempts")).toInteger(), 3);
        // The desks show it: the current send is delivered.
        const Handoff *h = m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"));
        QVERIFY(h && h->currentDelivery());
        QVERIFY(h->currentDelivery()->delivered);
        QCOMPARE(h->currentDelivery()->attempts, 3);
        QVERIFY2(HandoffModel::stateText(*h).contains(QLatin1String("EIDO delivered")),
                 qPrintable(HandoffModel::stateText(*h)));

        // A restart on the same folder finds the delivery in the log and sends nothing.
        m_node.reset();
        auto again = startNode();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        m_node = std::move(again).value();
        QCOMPARE(m_node->eidoSender()->pendingCount(), 0);
        QCOMPARE(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).size(), 1);
        QCOMPARE(m_endpoint->requests.size(), 3);
        QVERIFY(m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"))->currentDelivery()->delivered);
    }

    void undeliveredSendGoesAgainAfterARestartWithTheSameKey()
    {
        m_endpoint->script = {503};
        QSignalSpy attemptFailed(m_node->eidoSender(), &EidoSender::attemptFailed);
        const Event send = sendHandoff(QStringLiteral("bpbd-test"));
        QVERIFY(attemptFailed.wait(15000));
        m_node.reset(); // stopped (or crashed) before any delivery
        const qsizetype before = m_endpoint->requests.size();

        m_endpoint->script = {200};
        m_endpoint->requests.clear();
        auto again = startNode();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        m_node = std::move(again).value();
        QCOMPARE(m_node->eidoSender()->pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).size(), 1, 15000);
        QVERIFY(before >= 1);
        QCOMPARE(m_endpoint->requests.size(), 1);
        QCOMPARE(m_endpoint->requests.constFirst().headers.value("idempotency-key"),
                 "sigap112-test-room-" + send.id().toUtf8());
        QCOMPARE(m_endpoint->documentsTaken, 1);
    }

    void cancelledHandoffIsNotRetried()
    {
        m_endpoint->script = {503};
        QSignalSpy attemptFailed(m_node->eidoSender(), &EidoSender::attemptFailed);
        QVERIFY(!sendHandoff(QStringLiteral("bpbd-test")).origin.isEmpty());
        QVERIFY(attemptFailed.wait(15000));
        auto cancel = m_node->handoffCommands().changeState(m_incident, QStringLiteral("bpbd-test"),
                                                            QStringLiteral("cancelled"), {}, m_node->actor());
        QVERIFY(cancel);
        QVERIFY(m_node->log().append({cancel.value()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->eidoSender()->pendingCount(), 0, 15000);
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).isEmpty());
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDeliveryFailed).isEmpty());
    }

    void clientErrorIsNotRetriedAndIsReported()
    {
        m_endpoint->script = {422};
        QSignalSpy refused(m_node->eidoSender(), &EidoSender::refused);
        QSignalSpy attemptFailed(m_node->eidoSender(), &EidoSender::attemptFailed);
        const Event send = sendHandoff(QStringLiteral("bpbd-test"));
        QVERIFY(refused.wait(15000));
        QCOMPARE(refused.constFirst().at(2).toInt(), 422);
        QVERIFY2(refused.constFirst().at(3).toString().contains(QLatin1String("422")),
                 qPrintable(refused.constFirst().at(3).toString()));
        QCOMPARE(attemptFailed.size(), 0);
        QCOMPARE(m_node->eidoSender()->pendingCount(), 0); // nothing left to retry
        QCOMPARE(m_endpoint->requests.size(), 1);
        const QList<Event> failed = eventsOf(*m_node, m_incident, EventKind::HandoffDeliveryFailed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().payload.value(QStringLiteral("send")).toString(), send.id());
        QCOMPARE(failed.constFirst().payload.value(QStringLiteral("http_status")).toInteger(), 422);
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).isEmpty());
        // The refusal is the operator's to see: the handoff says so, in red in the panel.
        const Handoff *h = m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"));
        QVERIFY(h && h->currentDelivery());
        QVERIFY(!h->currentDelivery()->delivered);
        QVERIFY2(HandoffModel::stateText(*h).contains(QLatin1String("EIDO refused (422)")),
                 qPrintable(HandoffModel::stateText(*h)));
        HandoffModel model(m_node->handoffs(), m_node->incidents(), m_node->agencies(), m_node->categories(),
                           m_node->gazetteer(), m_node->clock(), QStringLiteral("en"), m_node->timeZone());
        QVERIFY(model.indexOf(m_incident, QStringLiteral("bpbd-test")).data(HandoffModel::DeliveryFailedRole).toBool());
    }

    void endpointWithACertificateOfAnotherCaGetsNothing()
    {
        QSignalSpy attemptFailed(m_node->eidoSender(), &EidoSender::attemptFailed);
        QVERIFY(!sendHandoff(QStringLiteral("basarnas-test")).origin.isEmpty());
        QVERIFY(attemptFailed.wait(15000));
        QVERIFY2(attemptFailed.constFirst().at(3).toString().contains(QLatin1String("SSL"), Qt::CaseInsensitive),
                 qPrintable(attemptFailed.constFirst().at(3).toString()));
        QCOMPARE(m_endpoint->requests.size(), 0);          // the handshake failed before any byte of the document
        QCOMPARE(m_node->eidoSender()->pendingCount(), 1); // retried later: the room may fix its CA file
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).isEmpty());
    }

    void endpointNeedsPrivateDistinctTokens_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ownerOnly");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "bpbd-test=" + BpbdToken.toUtf8() + '\n';
        QTest::newRow("missing") << QByteArray() << true << QStringLiteral("cannot read");
        QTest::newRow("readable by others") << good << false << QStringLiteral("chmod 600");
        QTest::newRow("short token") << QByteArray("# tokens\nbpbd-test=abc\n") << true
                                     << QStringLiteral("line 2: the token of bpbd-test is shorter");
        QTest::newRow("no agency") << QByteArray("=" + BpbdToken.toUtf8() + '\n') << true
                                   << QStringLiteral("line 1: expected agency-id=token");
        QTest::newRow("one token, two agencies")
            << good + "pmi-test=" + BpbdToken.toUtf8() + '\n'
            << true << QStringLiteral("line 2: pmi-test has the token of bpbd-test");
    }

    // A node asked to listen for status updates does not start without a usable tokens file.
    void endpointNeedsPrivateDistinctTokens()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, ownerOnly);
        QFETCH(QString, expected);
        m_node.reset();
        const QString path = m_data->filePath(QStringLiteral("eido-tokens"));
        QVERIFY(QFile::remove(path));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
            file.close();
            QVERIFY(file.setPermissions(ownerOnly ? QFile::ReadOwner | QFile::WriteOwner
                                                  : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        }
        auto node = startNode();
        QVERIFY(!node);
        QVERIFY2(node.error().message.contains(path), qPrintable(node.error().message));
        QVERIFY2(node.error().message.contains(expected), qPrintable(node.error().message));
    }

    void directoryTakesTheAgencysCaFileBesideIt()
    {
        // Single quotes for double ones: moc reads "//" inside a raw string as a comment.
        const QByteArray json
            = QByteArray("{'format': 'sigap-agencies', 'version': 1, 'agencies': [\n"
                         "  {'id': 'a', 'name': 'A', 'kind': 'bpbd', 'channel': 'eido',\n"
                         "   'eido_url': 'https://a.example/eido', 'eido_ca_file': 'certs/a-ca.pem'},\n"
                         "  {'id': 'b', 'name': 'B', 'kind': 'bpbd', 'channel': 'eido',\n"
                         "   'eido_url': 'https://b.example/eido', 'eido_ca_file': 7},\n"
                         "  {'id': 'c', 'name': 'C', 'kind': 'bpbd', 'channel': 'eido',\n"
                         "   'eido_url': 'https://c.example/eido'}]}")
                  .replace('\'', '"');
        auto directory = AgencyDirectory::parse(json, QStringLiteral("/etc/sigap/room/agencies.json"));
        QVERIFY(directory);
        QCOMPARE(directory.value().byId(QStringLiteral("a"))->eidoCaFile,
                 QStringLiteral("/etc/sigap/room/certs/a-ca.pem"));
        QVERIFY(!directory.value().byId(QStringLiteral("b")));
        QCOMPARE(directory.value().problems().size(), 1);
        QVERIFY2(directory.value().problems().constFirst().contains(QLatin1String("line 4")),
                 qPrintable(directory.value().problems().constFirst()));
        QVERIFY(directory.value().problems().constFirst().contains(QLatin1String("eido_ca_file")));
        QVERIFY(directory.value().byId(QStringLiteral("c"))->eidoCaFile.isEmpty());
    }

    void onlyTheSendingDeskSendsAndOnlyEidoHandoffs()
    {
        // A desk handoff goes nowhere over HTTPS.
        QVERIFY(!sendHandoff(QStringLiteral("damkar-test")).origin.isEmpty());
        QCOMPARE(m_node->eidoSender()->pendingCount(), 0);
        // A send written by another desk (arriving by sync) is that desk's to deliver.
        Event foreign;
        foreign.origin = QStringLiteral("otherdesk");
        foreign.seq = 1;
        foreign.hlc = Hlc::pack(T0 + 1000, 0);
        foreign.room = m_node->log().store().room();
        foreign.actor = QStringLiteral("op-9");
        foreign.role = QStringLiteral("operator");
        foreign.kind = EventKind::HandoffSent;
        foreign.subject = m_incident;
        foreign.payload.insert(QStringLiteral("agency"), QStringLiteral("pmi-test"));
        foreign.payload.insert(QStringLiteral("channel"), QStringLiteral("eido"));
        foreign.hash = foreign.computeHash();
        QVERIFY(m_node->log().importEvents({foreign}));
        QVERIFY(m_node->handoffs().handoff(m_incident, QStringLiteral("pmi-test")));
        QCOMPARE(m_node->eidoSender()->pendingCount(), 0);
    }

    void statusUpdatesWithTheAgencysTokenMoveTheHandoff()
    {
        QVERIFY(!sendHandoff(QStringLiteral("bpbd-test")).origin.isEmpty());
        auto state = [&] { return m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"))->state; };
        const QByteArray incident = m_incident.toUtf8();
        auto [ack, ackText] = postStatus(
            R"({"incident": ")" + incident + R"(", "agency": "bpbd-test", "state": "acknowledged"})", BpbdToken);
        QVERIFY2(ack == 200, qPrintable(ackText));
        QCOMPARE(state(), HandoffState::Acknowledged);
        // The same update again (the agency lost our answer): 200, and no second event.
        auto [again, againText] = postStatus(
            R"({"incident": ")" + incident + R"(", "agency": "bpbd-test", "state": "acknowledged"})", BpbdToken);
        QVERIFY2(again == 200, qPrintable(againText));
        QCOMPARE(eventsOf(*m_node, m_incident, EventKind::HandoffStatusChanged).size(), 1);
        auto [onScene, onSceneText] = postStatus(
            R"({"incident": ")" + incident + R"(", "agency": "bpbd-test", "state": "on_scene"})", BpbdToken);
        QVERIFY2(onScene == 200, qPrintable(onSceneText));
        QCOMPARE(state(), HandoffState::OnScene);
        const QList<Event> changes = eventsOf(*m_node, m_incident, EventKind::HandoffStatusChanged);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().actor, QStringLiteral("bpbd-test"));
        QCOMPARE(changes.last().role, QStringLiteral("agency"));
        QCOMPARE(changes.last().payload.value(QStringLiteral("to")).toString(), QStringLiteral("on_scene"));

        // A step back is refused (409) and recorded nowhere: no conflict for the shift lead.
        auto [back, backText] = postStatus(
            R"({"incident": ")" + incident + R"(", "agency": "bpbd-test", "state": "acknowledged"})", BpbdToken);
        QCOMPARE(back, 409);
        QVERIFY2(backText.contains(QLatin1String("on_scene")), qPrintable(backText));
        QCOMPARE(eventsOf(*m_node, m_incident, EventKind::HandoffStatusChanged).size(), 2);
        QVERIFY(m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"))->conflicts.isEmpty());
    }

    // The agency dealt with the incident by phone and finished it: the document that never
    // got through is dropped, not retried for the rest of the day.
    void finishedHandoffIsNotRetried()
    {
        m_endpoint->script = {503};
        QSignalSpy attemptFailed(m_node->eidoSender(), &EidoSender::attemptFailed);
        QVERIFY(!sendHandoff(QStringLiteral("bpbd-test")).origin.isEmpty());
        QVERIFY(attemptFailed.wait(15000));
        auto finish = m_node->handoffCommands().changeState(m_incident, QStringLiteral("bpbd-test"),
                                                            QStringLiteral("finished"), {}, m_node->actor());
        QVERIFY(finish);
        QVERIFY(m_node->log().append({finish.value()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->eidoSender()->pendingCount(), 0, 15000);
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).isEmpty());
    }

    // Two sends of one open handoff (two desks at once, or sigapctl twice): the fold keeps the
    // second as a conflict, and only the first goes to the agency.
    void aConflictingSecondSendIsNotDelivered()
    {
        m_endpoint->script = {200, 200};
        QSignalSpy delivered(m_node->eidoSender(), &EidoSender::delivered);
        const Event first = sendHandoff(QStringLiteral("bpbd-test"));
        const Event second = sendHandoff(QStringLiteral("bpbd-test"));
        QVERIFY(delivered.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->eidoSender()->pendingCount(), 0, 15000);
        QCOMPARE(m_endpoint->documentsTaken, 1);
        QCOMPARE(m_endpoint->requests.size(), 1);
        QCOMPARE(m_endpoint->requests.constFirst().headers.value("idempotency-key"),
                 "sigap112-test-room-" + first.id().toUtf8());
        const Handoff *h = m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"));
        QCOMPARE(h->currentSendId, first.id());
        QCOMPARE(h->conflicts.size(), 1);
        QVERIFY(h->currentDelivery() && h->currentDelivery()->delivered);
        QVERIFY(second.id() != first.id());
    }

    void forgedOrMalformedUpdatesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        const QByteArray ack = R"({"incident": "INCIDENT", "agency": "bpbd-test", "state": "acknowledged"})";
        QTest::newRow("no token") << ack << QString() << 401 << QStringLiteral("token");
        QTest::newRow("wrong token") << ack << QStringLiteral("bpbd-0123456789abcdef0123456789abcdee") << 401
                                     << QStringLiteral("unknown agency token");
        QTest::newRow("another agency's token") << ack << PmiToken << 403 << QStringLiteral("bpbd-test");
        QTest::newRow("not JSON") << QByteArray("state=acknowledged") << BpbdToken << 400 << QStringLiteral("JSON");
        QTest::newRow("no state") << QByteArray(R"({"incident": "INCIDENT", "agency": "bpbd-test"})") << BpbdToken
                                  << 400 << QStringLiteral("\"state\"");
        QTest::newRow("unknown state") << QByteArray(
            R"({"incident": "INCIDENT", "agency": "bpbd-test", "state": "flying"})")
                                       << BpbdToken << 400 << QStringLiteral("state");
        QTest::newRow("rejected without a reason")
            << QByteArray(R"({"incident": "INCIDENT", "agency": "bpbd-test", "state": "rejected"})") << BpbdToken << 400
            << QStringLiteral("reason");
        QTest::newRow("unknown incident")
            << QByteArray(R"({"incident": "nope-1", "agency": "bpbd-test", "state": "acknowledged"})") << BpbdToken
            << 400 << QStringLiteral("incident");
        QTest::newRow("never handed to that agency")
            << QByteArray(R"({"incident": "INCIDENT", "agency": "pmi-test", "state": "acknowledged"})") << PmiToken
            << 404 << QStringLiteral("never handed to pmi-test");
        QTest::newRow("cancel is the room's")
            << QByteArray(R"({"incident": "INCIDENT", "agency": "bpbd-test", "state": "cancelled"})") << BpbdToken
            << 400 << QStringLiteral("state");
    }

    void forgedOrMalformedUpdatesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QVERIFY(!sendHandoff(QStringLiteral("bpbd-test")).origin.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_node->eidoSender()->pendingCount(), 0, 15000); // delivered
        const qint64 events = m_node->log().store().lastRowId();
        body.replace("INCIDENT", m_incident.toUtf8());
        const auto [answer, text] = postStatus(body, token);
        QCOMPARE(answer, status);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QCOMPARE(m_node->log().store().lastRowId(), events);
        QCOMPARE(m_node->handoffs().handoff(m_incident, QStringLiteral("bpbd-test"))->state, HandoffState::Sent);
    }
};

QTEST_GUILESS_MAIN(TestEido)
#include "tst_eido.moc"
