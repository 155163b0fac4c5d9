// The EIDO channel end to end over real HTTPS on loopback, with a CA and certificates made
// by the openssl tool for the test: the document an agency receives, checked component by
// component against the names of NENA's EIDO schema; retries of a failing endpoint under one
// Idempotency-Key; a refusal that is not retried; no resend after a restart once delivered, a
// resend with the same key when not; and status updates from agencies, authenticated by their
// tokens.
#include "core/clock.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "eventsigning.h"
#include "handoff/eidodocument.h"
#include "handoff/eidosender.h"
#include "handoff/eidostatusreceiver.h"
#include "handoff/handoffmodel.h"
#include "node/node.h"
#include "store/desksigningkey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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
            static const QStringList texts{QStringLiteral("pos"), QStringLiteral("country"), QStringLiteral("A1"),
                                           QStringLiteral("A2"),  QStringLiteral("A3"),      QStringLiteral("A4"),
                                           QStringLiteral("LOC")};
            if (texts.contains(name))
                out.insert(name, reader.readElementText());
            else
                out.insert(name, QString());
        }
    }
    if (reader.hasError())
        out.insert(QStringLiteral("error"), reader.errorString());
    return out;
}

// What the EIDO schema (NENA911/EIDO-JSON, Schema/openapi.yaml, version 1.0.0) lets one data
// component hold, and what it requires, by the names of its properties. Every component
// starts with the prologue (PrologueType).
struct ComponentSchema
{
    QStringList properties;
    QStringList required;
};

const QStringList PrologueProperties{QStringLiteral("$id"),
                                     QStringLiteral("lastUpdateTimeStamp"),
                                     QStringLiteral("updatedByAgencyReference"),
                                     QStringLiteral("updatedByAgentReference"),
                                     QStringLiteral("AlternateValueReferences"),
                                     QStringLiteral("externalInformationSourceReferences"),
                                     QStringLiteral("mediaReferences")};
const QStringList PrologueRequired{QStringLiteral("$id"), QStringLiteral("lastUpdateTimeStamp"),
                                   QStringLiteral("updatedByAgencyReference")};

const QHash<QString, ComponentSchema> &eidoSchema()
{
    static const QHash<QString, ComponentSchema> schema{
        {QStringLiteral("EIDO"),
         {{QStringLiteral("eidoVersion"),
           QStringLiteral("eidoExtensionId"),
           QStringLiteral("issuingElementIdentification"),
           QStringLiteral("mergeComponent"),
           QStringLiteral("linkComponent"),
           QStringLiteral("incidentComponent"),
           QStringLiteral("callComponent"),
           QStringLiteral("callbackComponent"),
           QStringLiteral("dispatchComponent"),
           QStringLiteral("notesComponent"),
           QStringLiteral("emergencyResourceComponent"),
           QStringLiteral("alarmsSensorsComponent"),
           QStringLiteral("agencyComponent"),
           QStringLiteral("agentComponent"),
           QStringLiteral("additionalDataComponent"),
           QStringLiteral("locationComponent"),
           QStringLiteral("personComponent"),
           QStringLiteral("vehicleComponent"),
           QStringLiteral("cautionComponent"),
           QStringLiteral("mediaComponent"),
           QStringLiteral("sharedCommunicationResourceComponent"),
           QStringLiteral("externalInformationSourceComponent"),
           QStringLiteral("@context")},
          {QStringLiteral("eidoVersion"), QStringLiteral("issuingElementIdentification"),
           QStringLiteral("agencyComponent")}}},
        {QStringLiteral("incidentComponent"),
         {{QStringLiteral("incidentTypeInternalCode"), QStringLiteral("incidentTypeInternalText"),
           QStringLiteral("incidentTypeCommonRegistryText"), QStringLiteral("incidentStatusInternalText"),
           QStringLiteral("incidentStatusCommonRegistryText"), QStringLiteral("internalIncidentId"),
           QStringLiteral("agentReference"), QStringLiteral("locationReference"), QStringLiteral("personReference"),
           QStringLiteral("organizationReference"), QStringLiteral("vehicleReference"),
           QStringLiteral("documentIdentification"), QStringLiteral("reportNumberType"),
           QStringLiteral("incidentPriorityInternalText"), QStringLiteral("incidentCommonPriorityNumber"),
           QStringLiteral("beatOrDispatchGroupText"), QStringLiteral("dispositionComponent"),
           QStringLiteral("notesReference")},
          {QStringLiteral("incidentTypeCommonRegistryText")}}},
        {QStringLiteral("callComponent"),
         {{QStringLiteral("relatedCallIdentifier"),
           QStringLiteral("queueIdentifier"),
           QStringLiteral("standardPrimaryCallType"),
           QStringLiteral("standardSecondaryCallType"),
           QStringLiteral("localCallType"),
           QStringLiteral("direction"),
           QStringLiteral("priorityIdentifier"),
           QStringLiteral("additionalDataReference"),
           QStringLiteral("callStartTimestamp"),
           QStringLiteral("answerDate"),
           QStringLiteral("callStateRegistryText"),
           QStringLiteral("agentReference"),
           QStringLiteral("callBackReference"),
           QStringLiteral("verstat"),
           QStringLiteral("sipIdentity"),
           QStringLiteral("locationReference"),
           QStringLiteral("notesReference"),
           QStringLiteral("personReference"),
           QStringLiteral("organizationReference"),
           QStringLiteral("agencyReference")},
          {QStringLiteral("callStateRegistryText"), QStringLiteral("standardPrimaryCallType"),
           QStringLiteral("direction"), QStringLiteral("callStartTimestamp")}}},
        {QStringLiteral("callbackComponent"),
         {{QStringLiteral("callBackInformationUri"), QStringLiteral("deviceContactHeader"),
           QStringLiteral("updatedCbn")},
          {}}},
        {QStringLiteral("locationComponent"),
         {{QStringLiteral("locationTypeDescriptionRegistryText"), QStringLiteral("locationByValue"),
           QStringLiteral("locationByReferenceUrl"), QStringLiteral("locationDereferencedFromReference"),
           QStringLiteral("locationDescriptionText"), QStringLiteral("crossStreetByValue"),
           QStringLiteral("crossStreetByReferenceUrl"), QStringLiteral("intersectingStreetByValue"),
           QStringLiteral("intersectingStreetByReferenceUrl"), QStringLiteral("cellTowerSectorId"),
           QStringLiteral("additionalDataReference"), QStringLiteral("localIdentifier"),
           QStringLiteral("notesReference")},
          {QStringLiteral("locationTypeDescriptionRegistryText")}}},
        {QStringLiteral("dispatchComponent"),
         {{QStringLiteral("agencyReference"), QStringLiteral("agentReference"),
           QStringLiteral("emergencyResourceReference"), QStringLiteral("notesReference")},
          {}}},
        {QStringLiteral("agencyComponent"),
         {{QStringLiteral("agencyJcard"), QStringLiteral("agencyRoleDescriptionRegistryText"),
           QStringLiteral("agencyType"), QStringLiteral("notesReference"),
           QStringLiteral("incidentOwningAgencyIndicator"), QStringLiteral("actingOnBehalfOfAgencyReference"),
           QStringLiteral("agencyCallLegState")},
          {QStringLiteral("agencyRoleDescriptionRegistryText"), QStringLiteral("agencyType")}}},
        {QStringLiteral("agentComponent"),
         {{QStringLiteral("agentJcard"), QStringLiteral("agentWorkstationPositionIdentification"),
           QStringLiteral("agentRoleRegistryText"), QStringLiteral("agencyReference"), QStringLiteral("notesReference"),
           QStringLiteral("agentCallLegState")},
          {QStringLiteral("agentRoleRegistryText"), QStringLiteral("agencyReference")}}},
        {QStringLiteral("notesComponent"),
         {{QStringLiteral("notesActionComments"), QStringLiteral("agentReference"), QStringLiteral("cautionReference")},
          {QStringLiteral("notesActionComments")}}},
    };
    return schema;
}

// What is wrong with one component against the schema: a property it does not define, a
// required one missing, a prologue that is not one. Empty when nothing is.
QStringList schemaProblems(const QString &component, const QJsonObject &object)
{
    QStringList problems;
    const auto schema = eidoSchema().constFind(component);
    if (schema == eidoSchema().constEnd())
        return {component + QStringLiteral(": not a component of the schema")};
    for (const QString &key : object.keys())
        if (!PrologueProperties.contains(key) && !schema->properties.contains(key))
            problems << component + QStringLiteral(": ") + key + QStringLiteral(" is not in the schema");
    for (const QString &key : PrologueRequired + schema->required)
        if (!object.contains(key))
            problems << component + QStringLiteral(": required ") + key + QStringLiteral(" is missing");
    static const QRegularExpression dateTime(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$)"));
    if (!dateTime.match(object.value(QStringLiteral("lastUpdateTimeStamp")).toString()).hasMatch())
        problems << component + QStringLiteral(": lastUpdateTimeStamp is not an RFC 3339 date-time");
    if (!object.value(QStringLiteral("updatedByAgencyReference")).toObject().value(QStringLiteral("$ref")).isString())
        problems << component + QStringLiteral(": updatedByAgencyReference is not a {\"$ref\"}");
    return problems;
}

// The $id a reference ({"$ref": "…"}) points at.
QString refOf(const QJsonValue &reference)
{
    return reference.toObject().value(QStringLiteral("$ref")).toString();
}

// The one $id in an array of references, empty unless the value is such an array of one.
QString onlyRefOf(const QJsonValue &references)
{
    const QJsonArray array = references.toArray();
    return references.isArray() && array.size() == 1 ? refOf(array.at(0)) : QString();
}

// Every "$ref" anywhere below value, and every "$id".
void collectIds(const QJsonValue &value, QStringList *ids, QStringList *refs)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectIds(v, ids, refs);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$id"))
                ids->append(it.value().toString());
            else if (it.key() == QLatin1String("$ref"))
                refs->append(it.value().toString());
            else
                collectIds(it.value(), ids, refs);
        }
    }
}

} // namespace

class tst_Eido : public QObject
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
        auto draft = m_node->commands().create(in, m_node->session().actor());
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        auto created = m_node->log().append({draft.value()});
        QVERIFY(created);
        m_incident = created.value().constFirst().id();
    }

    Event sendHandoff(const QString &agency)
    {
        auto draft = m_node->handoffCommands().send(m_incident, agency, {}, {}, m_node->session().actor());
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
        // A second note, with what HTML must escape and a line break.
        auto secondNote = m_node->commands().addNote(m_incident, QStringLiteral("Pintu <belakang> & jendela\nterkunci"),
                                                     m_node->session().actor());
        QVERIFY2(secondNote, qPrintable(secondNote ? QString() : secondNote.error().message));
        QVERIFY(m_node->log().append({secondNote.value()}));
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
        const QString roomId = QStringLiteral("urn:sigap112:room:test-room");
        const QString incidentId = roomId + QStringLiteral(":incident:") + m_incident;
        const QString agentId = roomId + QStringLiteral(":agent:") + m_node->session().actor().id;

        // Every component holds only what the schema defines for it, and all it requires.
        QStringList problems = schemaProblems(QStringLiteral("EIDO"), eido);
        problems += schemaProblems(QStringLiteral("incidentComponent"),
                                   eido.value(QStringLiteral("incidentComponent")).toObject());
        for (const QString &component :
             {QStringLiteral("callComponent"), QStringLiteral("callbackComponent"), QStringLiteral("locationComponent"),
              QStringLiteral("dispatchComponent"), QStringLiteral("agencyComponent"), QStringLiteral("agentComponent"),
              QStringLiteral("notesComponent")}) {
            QVERIFY2(eido.value(component).isArray(), qPrintable(component + QStringLiteral(" is not an array")));
            for (const QJsonValue &c : eido.value(component).toArray())
                problems += schemaProblems(component, c.toObject());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Every reference points at a component of the document, and no two have one $id.
        QStringList ids, refs;
        collectIds(eido, &ids, &refs);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (const QString &ref : std::as_const(refs))
            QVERIFY2(ids.contains(ref), qPrintable(ref + QStringLiteral(" is referenced but not in the document")));

        // the EIDO: the incident, sent by the room's desk
        QCOMPARE(eido.value(QStringLiteral("$id")).toString(), incidentId);
        QCOMPARE(eido.value(QStringLiteral("eidoVersion")).toString(), QStringLiteral("1.0"));
        QCOMPARE(eido.value(QStringLiteral("issuingElementIdentification")).toString(),
                 roomId + QStringLiteral(":desk:") + m_node->log().store().deskId());
        QCOMPARE(eido.value(QStringLiteral("lastUpdateTimeStamp")).toString(), T0Text);
        QCOMPARE(refOf(eido.value(QStringLiteral("updatedByAgencyReference"))), roomId);

        // incident: one object, our own codes in the Internal fields
        QVERIFY(eido.value(QStringLiteral("incidentComponent")).isObject());
        const QJsonObject incident = eido.value(QStringLiteral("incidentComponent")).toObject();
        QCOMPARE(incident.value(QStringLiteral("$id")).toString(), incidentId + QStringLiteral(":information"));
        QCOMPARE(incident.value(QStringLiteral("internalIncidentId")).toString(), m_incident);
        QCOMPARE(incident.value(QStringLiteral("incidentTypeInternalCode")).toString(), QStringLiteral("banjir"));
        const Category *banjir = m_node->categories().incidentCategory(QStringLiteral("banjir"));
        QVERIFY(banjir);
        QCOMPARE(incident.value(QStringLiteral("incidentTypeInternalText")).toString(), banjir->labelId);
        QCOMPARE(incident.value(QStringLiteral("incidentTypeCommonRegistryText")).toString(), banjir->labelEn);
        QCOMPARE(incident.value(QStringLiteral("incidentStatusInternalText")).toArray(),
                 QJsonArray{QStringLiteral("new")});
        QVERIFY(!incident.contains(QStringLiteral("incidentStatusCommonRegistryText")));
        QCOMPARE(incident.value(QStringLiteral("incidentPriorityInternalText")).toString(),
                 QString::number(m_node->incidents().incident(m_incident)->priority()));
        QVERIFY(!incident.contains(QStringLiteral("incidentCommonPriorityNumber")));
        QCOMPARE(incident.value(QStringLiteral("lastUpdateTimeStamp")).toString(), T0Text);
        QCOMPARE(refOf(incident.value(QStringLiteral("updatedByAgencyReference"))), roomId);

        // location: the point and the kelurahan, as a PIDF-LO presence document
        const QJsonArray locations = eido.value(QStringLiteral("locationComponent")).toArray();
        QCOMPARE(locations.size(), 2); // the incident's place and the caller's network position
        const QJsonObject place = locations.at(0).toObject();
        QCOMPARE(onlyRefOf(incident.value(QStringLiteral("locationReference"))),
                 place.value(QStringLiteral("$id")).toString());
        QCOMPARE(place.value(QStringLiteral("locationTypeDescriptionRegistryText")).toString(),
                 QStringLiteral("CurrentIncident"));
        QCOMPARE(place.value(QStringLiteral("localIdentifier")).toArray(),
                 QJsonArray{m_node->incidents().incident(m_incident)->kelurahan()});
        const QHash<QString, QString> pidf = pidfElements(place.value(QStringLiteral("locationByValue")).toString());
        QVERIFY2(!pidf.contains(QStringLiteral("error")), qPrintable(pidf.value(QStringLiteral("error"))));
        for (const char *element : {"presence", "tuple", "status", "geopriv", "location-info", "usage-rules"})
            QVERIFY2(pidf.contains(QLatin1String(element)), element);
        QCOMPARE(pidf.value(QStringLiteral("pos")), QStringLiteral("-3.356500 114.546900"));
        QVERIFY(pidf.contains(QStringLiteral("Point")));
        QCOMPARE(pidf.value(QStringLiteral("country")), QStringLiteral("ID"));
        QCOMPARE(pidf.value(QStringLiteral("A1")), QStringLiteral("Kalimantan Selatan")); // the province
        QCOMPARE(pidf.value(QStringLiteral("A2")), QStringLiteral("Kota Banjarmasin"));   // the kota
        QCOMPARE(pidf.value(QStringLiteral("A4")), QStringLiteral("Mantuil"));
        QCOMPARE(pidf.value(QStringLiteral("A3")), QStringLiteral("Banjarmasin Selatan"));
        QCOMPARE(pidf.value(QStringLiteral("LOC")), QStringLiteral("Jl. Tembus Mantuil RT 05"));

        // call: the time it came in, its state, how to call back, its network position
        const QJsonArray calls = eido.value(QStringLiteral("callComponent")).toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = calls.at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("$id")).toString(), roomId + QStringLiteral(":call:") + m_call);
        QCOMPARE(call.value(QStringLiteral("callStartTimestamp")).toString(), T0Text);
        QCOMPARE(call.value(QStringLiteral("direction")).toString(), QStringLiteral("incoming"));
        QCOMPARE(call.value(QStringLiteral("standardPrimaryCallType")).toString(), QStringLiteral("emergency"));
        QCOMPARE(call.value(QStringLiteral("callStateRegistryText")).toString(), QStringLiteral("callBegin"));
        QVERIFY(!call.contains(QStringLiteral("answerDate"))); // offered, never answered
        const QJsonArray callbacks = eido.value(QStringLiteral("callbackComponent")).toArray();
        QCOMPARE(callbacks.size(), 1);
        QCOMPARE(refOf(call.value(QStringLiteral("callBackReference"))),
                 callbacks.at(0).toObject().value(QStringLiteral("$id")).toString());
        QCOMPARE(callbacks.at(0).toObject().value(QStringLiteral("callBackInformationUri")).toArray(),
                 QJsonArray{QStringLiteral("tel:+6281234567890")}); // RFC 3966, global
        const QJsonObject callerPlace = locations.at(1).toObject();
        QCOMPARE(onlyRefOf(call.value(QStringLiteral("locationReference"))),
                 callerPlace.value(QStringLiteral("$id")).toString());
        QCOMPARE(callerPlace.value(QStringLiteral("locationTypeDescriptionRegistryText")).toString(),
                 QStringLiteral("Caller"));
        const QHash<QString, QString> callerPidf
            = pidfElements(callerPlace.value(QStringLiteral("locationByValue")).toString());
        QVERIFY(callerPidf.contains(QStringLiteral("presence")));
        QCOMPARE(callerPidf.value(QStringLiteral("pos")), QStringLiteral("-3.356600 114.546800"));
        QVERIFY(callerPidf.contains(QStringLiteral("Circle")));
        QVERIFY(callerPidf.contains(QStringLiteral("radius")));

        // agency: the room that sends and keeps the incident, and the agency it is handed to
        const QJsonArray agencies = eido.value(QStringLiteral("agencyComponent")).toArray();
        QCOMPARE(agencies.size(), 2);
        const QJsonObject room = agencies.at(0).toObject();
        QCOMPARE(room.value(QStringLiteral("$id")).toString(), roomId);
        QCOMPARE(room.value(QStringLiteral("agencyType")).toArray(), QJsonArray{QStringLiteral("psap")});
        // The room by its name from the configuration, not its id.
        QVERIFY2(room.value(QStringLiteral("agencyJcard"))
                     .toString()
                     .contains(QLatin1String("\"Call Center 112 Kota Banjarmasin\"")),
                 qPrintable(room.value(QStringLiteral("agencyJcard")).toString()));
        QCOMPARE(room.value(QStringLiteral("agencyRoleDescriptionRegistryText")).toArray(),
                 QJsonArray{QStringLiteral("CallReceiving")});
        QCOMPARE(room.value(QStringLiteral("incidentOwningAgencyIndicator")), QJsonValue(true));
        const QJsonObject receiving = agencies.at(1).toObject();
        QCOMPARE(receiving.value(QStringLiteral("$id")).toString(), QStringLiteral("urn:sigap112:agency:bpbd-test"));
        QCOMPARE(receiving.value(QStringLiteral("agencyType")).toArray(), QJsonArray{QStringLiteral("bpbd")});
        QCOMPARE(receiving.value(QStringLiteral("agencyRoleDescriptionRegistryText")).toArray(),
                 QJsonArray{QStringLiteral("Dispatch")});
        QCOMPARE(receiving.value(QStringLiteral("incidentOwningAgencyIndicator")), QJsonValue(false));
        // The name travels as a jCard (RFC 7095): ["vcard", [[name, params, type, value], ...]].
        const QJsonArray card
            = QJsonDocument::fromJson(receiving.value(QStringLiteral("agencyJcard")).toString().toUtf8()).array();
        QCOMPARE(card.at(0).toString(), QStringLiteral("vcard"));
        QString fn;
        for (const QJsonValue &property : card.at(1).toArray())
            if (property.toArray().at(0).toString() == QLatin1String("fn"))
                fn = property.toArray().at(3).toString();
        QCOMPARE(fn, QStringLiteral("BPBD Kota Uji"));

        // dispatch: the handoff, to the receiving agency, by the operator who sent it
        const QJsonArray dispatches = eido.value(QStringLiteral("dispatchComponent")).toArray();
        QCOMPARE(dispatches.size(), 1);
        const QJsonObject dispatch = dispatches.at(0).toObject();
        QCOMPARE(dispatch.value(QStringLiteral("$id")).toString(), roomId + QStringLiteral(":handoff:") + send.id());
        QCOMPARE(refOf(dispatch.value(QStringLiteral("agencyReference"))),
                 receiving.value(QStringLiteral("$id")).toString());
        QCOMPARE(refOf(dispatch.value(QStringLiteral("agentReference"))), agentId);

        // notes, each with its author, in HTML5
        const QJsonArray notes = eido.value(QStringLiteral("notesComponent")).toArray();
        QCOMPARE(notes.size(), 2);
        const QJsonObject note = notes.at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("notesActionComments")).toString(),
                 QStringLiteral("Air setinggi lutut, dua lansia di rumah"));
        QCOMPARE(note.value(QStringLiteral("lastUpdateTimeStamp")).toString(), T0Text);
        QCOMPARE(notes.at(1).toObject().value(QStringLiteral("notesActionComments")).toString(),
                 QStringLiteral("Pintu &lt;belakang&gt; &amp; jendela<br>terkunci"));
        const QJsonArray noteReferences = incident.value(QStringLiteral("notesReference")).toArray();
        QCOMPARE(noteReferences.size(), 2);
        QCOMPARE(refOf(noteReferences.at(0)), note.value(QStringLiteral("$id")).toString());
        QCOMPARE(refOf(noteReferences.at(1)), notes.at(1).toObject().value(QStringLiteral("$id")).toString());
        // The author of both notes, who also sent the handoff, is one agent of the room.
        const QJsonArray agents = eido.value(QStringLiteral("agentComponent")).toArray();
        QCOMPARE(agents.size(), 1);
        const QJsonObject agent = agents.at(0).toObject();
        QCOMPARE(agent.value(QStringLiteral("$id")).toString(), agentId);
        QCOMPARE(refOf(note.value(QStringLiteral("agentReference"))), agentId);
        QCOMPARE(refOf(notes.at(1).toObject().value(QStringLiteral("agentReference"))), agentId);
        QCOMPARE(refOf(agent.value(QStringLiteral("agencyReference"))), roomId);
        QCOMPARE(agent.value(QStringLiteral("agentRoleRegistryText")).toArray(),
                 QJsonArray{QStringLiteral("Call Taking")});

        // ... and the delivery is in the log, for a restart and for the other desks.
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).size(), 1, 10000);
        const Event delivered = eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).constFirst();
        QCOMPARE(delivered.payload.value(QStringLiteral("send")).toString(), send.id());
        QCOMPARE(delivered.payload.value(QStringLiteral("agency")).toString(), QStringLiteral("bpbd-test"));
        QCOMPARE(delivered.payload.value(QStringLiteral("attempts")).toInteger(), 1);
        QCOMPARE(delivered.payload.value(QStringLiteral("http_status")).toInteger(), 200);
    }

    // A room in another time zone and regency: times carry its offset (WIB, +07:00), the
    // civic address its province and kabupaten, the jCard its name; a caller number written on
    // an incident without a call goes out as a global number too.
    void documentSaysWhereTheRoomIs()
    {
        NewIncident in;
        in.category = QStringLiteral("banjir");
        in.caller = QStringLiteral("081211112222");
        in.kelurahan = m_node->incidents().incident(m_incident)->kelurahan();
        auto draft = m_node->commands().create(in, m_node->session().actor());
        QVERIFY(draft);
        auto created = m_node->log().append({draft.value()});
        QVERIFY(created);
        const QString incident = created.value().constFirst().id();
        auto sent
            = m_node->handoffCommands().send(incident, QStringLiteral("pmi-test"), {}, {}, m_node->session().actor());
        QVERIFY(sent);
        QVERIFY(m_node->log().append({sent.value()}));
        const Handoff *handoff = m_node->handoffs().handoff(incident, QStringLiteral("pmi-test"));
        QVERIFY(handoff);
        const EidoContext wib{QStringLiteral("sampit"),
                              QStringLiteral("desk-1"),
                              created.value().constFirst().id(),
                              QTimeZone("Asia/Jakarta"),
                              QStringLiteral("Call Center 112 Kabupaten Kotawaringin Timur"),
                              QStringLiteral("Kalimantan Tengah"),
                              QStringLiteral("Kabupaten Kotawaringin Timur"),
                              {},
                              {},
                              0};
        auto built
            = EidoDocument::build(*handoff, *m_node->agencies().byId(QStringLiteral("pmi-test")), m_node->incidents(),
                                  m_node->calls(), m_node->gazetteer(), m_node->categories(), wib);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
        const QJsonObject eido = built.value();
        QVERIFY2(eido.value(QStringLiteral("lastUpdateTimeStamp")).toString().endsWith(QLatin1String("+07:00")),
                 qPrintable(eido.value(QStringLiteral("lastUpdateTimeStamp")).toString()));
        const QJsonObject place = eido.value(QStringLiteral("locationComponent")).toArray().at(0).toObject();
        const QHash<QString, QString> pidf = pidfElements(place.value(QStringLiteral("locationByValue")).toString());
        QCOMPARE(pidf.value(QStringLiteral("A1")), QStringLiteral("Kalimantan Tengah"));
        QCOMPARE(pidf.value(QStringLiteral("A2")), QStringLiteral("Kabupaten Kotawaringin Timur"));
        QVERIFY(eido.value(QStringLiteral("agencyComponent"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("agencyJcard"))
                    .toString()
                    .contains(QLatin1String("\"Call Center 112 Kabupaten Kotawaringin Timur\"")));
        QVERIFY(!eido.contains(QStringLiteral("callComponent"))); // no call was linked
        QCOMPARE(eido.value(QStringLiteral("callbackComponent"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("callBackInformationUri"))
                     .toArray(),
                 QJsonArray{QStringLiteral("tel:+6281211112222")});
        QVERIFY(schemaProblems(QStringLiteral("EIDO"), eido).isEmpty());
    }

    void telUrisAreGlobal_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("uri");
        QTest::newRow("mobile") << QStringLiteral("081378605511") << QStringLiteral("tel:+6281378605511");
        QTest::newRow("with dashes") << QStringLiteral("0812-1111-2222") << QStringLiteral("tel:+6281211112222");
        QTest::newRow("landline") << QStringLiteral("0511-3252113") << QStringLiteral("tel:+625113252113");
        QTest::newRow("country code") << QStringLiteral("6281378605511") << QStringLiteral("tel:+6281378605511");
        QTest::newRow("global") << QStringLiteral("+62 813 7860 5511") << QStringLiteral("tel:+6281378605511");
        QTest::newRow("short service") << QStringLiteral("113") << QStringLiteral("tel:113;phone-context=+62");
    }

    void telUrisAreGlobal()
    {
        QFETCH(QString, number);
        QFETCH(QString, uri);
        QCOMPARE(EidoDocument::telUri(number), uri);
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
                                                            QStringLiteral("cancelled"), {}, m_node->session().actor());
        QVERIFY(cancel);
        QVERIFY(m_node->log().append({cancel.value()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->eidoSender()->pendingCount(), 0, 15000);
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).isEmpty());
        QVERIFY(eventsOf(*m_node, m_incident, EventKind::HandoffDeliveryFailed).isEmpty());
    }

    // After delivery the agency hears what it should know: a note added to the incident, and
    // the room cancelling the handoff (with a note of the dispatch saying so); not its own
    // status updates, which it sent.
    void updatesAfterDeliveryReachTheAgency()
    {
        QVERIFY(!sendHandoff(QStringLiteral("bpbd-test")).origin.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_node, m_incident, EventKind::HandoffDelivered).isEmpty(), 15000);
        QCOMPARE(m_endpoint->requests.size(), 1);
        QSignalSpy updated(m_node->eidoSender(), &EidoSender::updateDelivered);
        auto [ack, ackText] = postStatus(R"({"incident": ")" + m_incident.toUtf8()
                                             + R"(", "agency": "bpbd-test", "state": "acknowledged"})",
                                         BpbdToken);
        QVERIFY2(ack == 200, qPrintable(ackText));

        auto note = m_node->commands().addNote(m_incident, QStringLiteral("Warga mengungsi ke masjid"),
                                               m_node->session().actor());
        QVERIFY(note);
        QVERIFY(m_node->log().append({note.value()}));
        QVERIFY(updated.wait(15000));
        QCOMPARE(m_endpoint->requests.size(), 2); // the acknowledgement sent nothing back
        const Received &second = m_endpoint->requests.at(1);
        QVERIFY(second.body.contains("Warga mengungsi ke masjid"));
        QVERIFY(second.headers.value("idempotency-key") != m_endpoint->requests.at(0).headers.value("idempotency-key"));

        auto cancel = m_node->handoffCommands().changeState(m_incident, QStringLiteral("bpbd-test"),
                                                            QStringLiteral("cancelled"), QStringLiteral("Salah alamat"),
                                                            m_node->session().actor());
        QVERIFY(cancel);
        QVERIFY(m_node->log().append({cancel.value()}));
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 15000);
        QCOMPARE(m_endpoint->requests.size(), 3);
        const QJsonObject third = QJsonDocument::fromJson(m_endpoint->requests.at(2).body).object();
        const QJsonObject dispatch = third.value(QStringLiteral("dispatchComponent")).toArray().at(0).toObject();
        QVERIFY(dispatch.contains(QStringLiteral("notesReference")));
        QVERIFY(m_endpoint->requests.at(2).body.contains("The 112 room cancelled this handoff. Salah alamat"));
        QStringList problems = schemaProblems(QStringLiteral("EIDO"), third);
        problems += schemaProblems(QStringLiteral("dispatchComponent"), dispatch);
        for (const QJsonValue &n : third.value(QStringLiteral("notesComponent")).toArray())
            problems += schemaProblems(QStringLiteral("notesComponent"), n.toObject());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_node->eidoSender()->pendingCount(), 0);
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
        QVERIFY2(directory.value().problems().constFirst().contains(QLatin1String("agencies.json:4: ")),
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
        Testing::signAs(DeskSigningKey::generate(), foreign);
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
                                                            QStringLiteral("finished"), {}, m_node->session().actor());
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

QTEST_GUILESS_MAIN(tst_Eido)
#include "tst_eido.moc"
