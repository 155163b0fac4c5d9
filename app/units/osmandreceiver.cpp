#include "osmandreceiver.h"

#include "core/httprequest.h"
#include "core/logging.h"

#include "core/clock.h"
#include "core/constanttime.h"
#include "core/hostport.h"
#include "core/privatefile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QtNumeric>

namespace Sigap {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::OsmAndReceiver)
};

Error bad(const QString &why)
{
    return makeError(QStringLiteral("avl.request"), why);
}

// A timestamp as the apps send it: seconds or milliseconds since the epoch, or ISO 8601.
std::optional<qint64> timestampMs(const QString &text)
{
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber) {
        // Between 1970 and 2200, in seconds or milliseconds; "inf" and "nan" are not times.
        const double ms = number > 1e11 ? number : number * 1000;
        if (!qIsFinite(ms) || ms < 0 || ms > 7.3e12)
            return std::nullopt;
        return qint64(ms);
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    return iso.isValid() ? std::optional<qint64>(iso.toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace

OsmAndReceiver::OsmAndReceiver(UnitBoard &board, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_clock(clock)
    , m_server(QStringLiteral("AVL"), lcUnits, ListenerLimits)
{
    connect(&m_server, &GuardedServer::connectionReady, this, &OsmAndReceiver::onConnection);
}

Result<void> OsmAndReceiver::listen(const QString &addressAndPort)
{
    const auto hostPort = splitHostPort(addressAndPort);
    const QHostAddress address(hostPort ? hostPort->first : QString());
    if (!hostPort || address.isNull())
        return makeError(
            QStringLiteral("avl.listen"),
            Texts::tr("--avl-listen %1: expected an IP address and a port, e.g. 0.0.0.0:5055").arg(addressAndPort));
    if (!m_server.start(address, hostPort->second))
        return makeError(QStringLiteral("avl.listen"),
                         Texts::tr("--avl-listen %1: %2").arg(addressAndPort, m_server.errorString()));
    return {};
}

QString OsmAndReceiver::listenAddress() const
{
    return m_server.isListening()
               ? m_server.serverAddress().toString() + QLatin1Char(':') + QString::number(m_server.serverPort())
               : QString();
}

void OsmAndReceiver::onConnection(QTcpSocket *socket)
{
    m_buffers.insert(socket, {});
    socket->setReadBufferSize(MaxRequestBytes + 1); // a larger request is refused anyway
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    // A client that opens a connection and says nothing does not hold it for ever.
    QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
}

void OsmAndReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const HttpRequestReader::Read read = HttpRequestReader::read(buffer, MaxRequestBytes);
    if (read.state == HttpRequestReader::Read::State::Incomplete)
        return;
    if (read.state == HttpRequestReader::Read::State::Refused)
        return respond(socket, read.status, HttpRequestReader::reasonPhrase(read.status), read.message.toUtf8() + '\n');
    const HttpRequest &request = read.request;
    if (request.method != "GET" && request.method != "POST")
        return respond(socket, 405, "Method Not Allowed", "GET or POST\n");
    auto report = parse(request.method, request.target, request.headers, request.body, m_clock.nowMs());
    if (!report)
        return respond(socket, 400, "Bad Request", report.error().message.toUtf8() + '\n');
    // Only the room's units: an unknown id is refused and counted, never put on the board
    // or passed to the other desks.
    if (!m_board.admits(report.value().id)) {
        ++m_refusedUnknown;
        if (m_refusedUnknown == 1 || m_refusedUnknown % 1000 == 0)
            qCWarning(lcUnits).noquote() << "AVL: refused a position of a unit the roster does not have ("
                                         << m_refusedUnknown << "so far)";
        return respond(socket, 403, "Forbidden",
                       Texts::tr("unit %1 is not in the room's unit roster").arg(report.value().id.left(64)).toUtf8()
                           + '\n');
    }
    if (const auto secret = m_secrets.constFind(report.value().id);
        secret != m_secrets.cend() && !equalInConstantTime(secretOf(request.target, request.body), *secret)) {
        ++m_refusedSecret;
        if (m_refusedSecret == 1 || m_refusedSecret % 1000 == 0)
            qCWarning(lcUnits).noquote() << "AVL: refused a position without its device's secret (" << m_refusedSecret
                                         << "so far)";
        return respond(socket, 403, "Forbidden",
                       Texts::tr("unit %1 did not give its device secret").arg(report.value().id.left(64)).toUtf8()
                           + '\n');
    }
    report.value() = UnitBoard::notAfter(report.value(), m_clock.nowMs());
    // A unit the board knows keeps its agency, call sign and status; the phone sends a place.
    if (const auto known = m_board.units().constFind(report.value().id); known != m_board.units().cend()) {
        report.value().agency = known->agency;
        report.value().callsign = known->callsign;
        report.value().status = known->status;
    }
    m_board.report(report.value());
    Q_EMIT received(report.value());
    respond(socket, 200, "OK", "OK\n");
}

void OsmAndReceiver::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &text)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(text.size()) + "\r\n\r\n" + text);
    socket->disconnectFromHost();
    m_buffers.remove(socket);
}

QByteArray OsmAndReceiver::secretOf(const QByteArray &target, const QByteArray &body)
{
    const QString key = QStringLiteral("secret");
    const QUrlQuery query(QUrl::fromEncoded(target).query(QUrl::FullyEncoded));
    if (query.hasQueryItem(key))
        return query.queryItemValue(key, QUrl::FullyDecoded).toUtf8();
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.contains(key))
        return root.value(key).toString().toUtf8();
    return QUrlQuery(QString::fromUtf8(body)).queryItemValue(key, QUrl::FullyDecoded).toUtf8();
}

Result<QHash<QString, QByteArray>> OsmAndReceiver::loadDeviceSecrets(const QString &path)
{
    QHash<QString, QByteArray> secrets;
    if (!QFileInfo::exists(path))
        return secrets;
    auto lines = PrivateFile::read(path, Texts::tr("AVL device secrets"), QStringLiteral("avl"));
    if (!lines)
        return lines.error();
    for (const PrivateFileLine &line : lines.value()) {
        if (!line.keyed || line.key.isEmpty() || line.value.size() < MinSecretLength)
            return makeError(QStringLiteral("avl.secrets"),
                             Texts::tr("AVL device secrets %1, line %2: expected unit-id=secret, a secret of %3 "
                                       "characters at least")
                                 .arg(path)
                                 .arg(line.number)
                                 .arg(MinSecretLength));
        secrets.insert(line.key, line.value.toUtf8());
    }
    return secrets;
}

Result<UnitReport> OsmAndReceiver::parse(const QByteArray &method, const QByteArray &target,
                                         const QHash<QByteArray, QByteArray> &headers, const QByteArray &body,
                                         qint64 nowMs)
{
    UnitReport r;
    QString lat, lon, time, speed, heading;
    const QByteArray type = headers.value("content-type");
    if (method == "POST" && type.startsWith("application/json")) {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        const QJsonObject location = root.value(QStringLiteral("location")).toObject();
        const QJsonObject coords = location.value(QStringLiteral("coords")).toObject();
        if (root.isEmpty() || coords.isEmpty())
            return bad(Texts::tr("the JSON body has no location.coords"));
        r.id = root.value(QStringLiteral("device_id")).toString();
        auto number = [&](const char *key) {
            const QJsonValue v = coords.value(QLatin1String(key));
            return v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString();
        };
        lat = number("latitude");
        lon = number("longitude");
        speed = number("speed");
        heading = number("heading");
        const QJsonValue ts = location.value(QStringLiteral("timestamp"));
        time = ts.isDouble() ? QString::number(ts.toDouble(), 'f', 0) : ts.toString();
    } else {
        // The query string, and for a form POST the body too (both as OsmAnd sends them).
        QUrlQuery query(QUrl::fromEncoded(target).query(QUrl::FullyEncoded));
        if (method == "POST" && !body.isEmpty())
            for (const auto &[key, value] : QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded))
                query.addQueryItem(key, value);
        auto item = [&](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
        r.id = item("id");
        if (r.id.isEmpty())
            r.id = item("deviceid");
        lat = item("lat");
        lon = item("lon");
        time = item("timestamp");
        speed = item("speed");
        heading = item("bearing");
        if (heading.isEmpty())
            heading = item("heading");
    }
    if (r.id.isEmpty() || r.id.size() > 64)
        return bad(Texts::tr("no device id (id=)"));
    bool latOk = false, lonOk = false;
    r.lat = lat.toDouble(&latOk);
    r.lon = lon.toDouble(&lonOk);
    // Qt reads "nan" and "inf" as numbers; neither is a place.
    if (!latOk || !qIsFinite(r.lat) || r.lat < -90 || r.lat > 90)
        return bad(Texts::tr("lat \"%1\" is not a latitude").arg(lat.left(32)));
    if (!lonOk || !qIsFinite(r.lon) || r.lon < -180 || r.lon > 180)
        return bad(Texts::tr("lon \"%1\" is not a longitude").arg(lon.left(32)));
    r.reportedMs = nowMs;
    if (!time.isEmpty()) {
        const auto ms = timestampMs(time);
        if (!ms)
            return bad(Texts::tr("timestamp \"%1\" is not a time").arg(time.left(32)));
        r.reportedMs = std::min(*ms, nowMs); // a phone clock ahead must not pin the unit in the future
    }
    bool headingOk = false;
    const double h = heading.toDouble(&headingOk);
    const double knots = speed.toDouble();
    if (headingOk && qIsFinite(h) && h >= 0 && h <= 360 && knots > 0.5)
        r.headingDeg = h;
    r.callsign = r.id;
    r.status = QStringLiteral("available");
    return r;
}

} // namespace Sigap
