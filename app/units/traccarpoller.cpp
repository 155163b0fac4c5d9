#include "traccarpoller.h"
#include "core/logging.h"

#include "core/clock.h"
#include "core/privatefile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtNumeric>

namespace Sigap {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::TraccarPoller)
};

} // namespace

TraccarCommandLine::TraccarCommandLine()
    : m_url(QStringLiteral("traccar-url"), tr("Poll unit positions from this Traccar server's REST API."), tr("URL"))
    , m_user(QStringLiteral("traccar-user"), tr("User name on the Traccar server."), tr("NAME"))
    , m_passwordFile(QStringLiteral("traccar-password-file"),
                     tr("File holding the Traccar user's password (its first line)."), tr("FILE"))
    , m_allowHttp(QStringLiteral("traccar-allow-http"),
                  tr("Accept a plain http:// Traccar address (the password then crosses the network unencrypted)."))
    , m_interval(QStringLiteral("traccar-interval"),
                 tr("Seconds between two polls of Traccar, 2 to 3600 (default 10)."), tr("S"), QStringLiteral("10"))
{
}

void TraccarCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_url, m_user, m_passwordFile, m_allowHttp, m_interval});
}

Result<std::optional<TraccarOptions>> TraccarCommandLine::read(const QCommandLineParser &parser) const
{
    auto usage = [](const QString &message) { return makeError(QStringLiteral("usage"), message); };
    if (!parser.isSet(m_url)) {
        if (parser.isSet(m_user) || parser.isSet(m_passwordFile) || parser.isSet(m_interval)
            || parser.isSet(m_allowHttp))
            return usage(tr("the Traccar options need the server: add --traccar-url URL"));
        return std::optional<TraccarOptions>();
    }
    TraccarOptions options;
    options.url = QUrl(parser.value(m_url), QUrl::StrictMode);
    if (!options.url.isValid() || options.url.host().isEmpty()
        || (options.url.scheme() != QLatin1String("http") && options.url.scheme() != QLatin1String("https")))
        return usage(tr("--traccar-url %1: expected an http:// or https:// address, e.g. http://10.0.0.5:8082")
                         .arg(parser.value(m_url)));
    if (options.url.scheme() == QLatin1String("http") && !parser.isSet(m_allowHttp))
        return usage(tr("--traccar-url %1: plain http sends the Traccar password unencrypted; use https://, or add "
                        "--traccar-allow-http where the link to the server is private")
                         .arg(parser.value(m_url)));
    options.user = parser.value(m_user);
    if (options.user.isEmpty() || !parser.isSet(m_passwordFile))
        return usage(tr("--traccar-url needs --traccar-user NAME and --traccar-password-file FILE"));
    QFile file(parser.value(m_passwordFile));
    if (!file.open(QIODevice::ReadOnly))
        return usage(tr("--traccar-password-file %1: cannot read: %2").arg(file.fileName(), file.errorString()));
    if (auto ownerOnly = PrivateFile::checkOwnerOnly(file, tr("Traccar password file"), QStringLiteral("usage"));
        !ownerOnly)
        return ownerOnly.error();
    options.password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (options.password.isEmpty())
        return usage(tr("--traccar-password-file %1: the first line is empty").arg(file.fileName()));
    bool ok = false;
    const int seconds = parser.value(m_interval).toInt(&ok);
    if (!ok || seconds < 2 || seconds > 3600)
        return usage(
            tr("--traccar-interval: \"%1\" is not a number of seconds from 2 to 3600").arg(parser.value(m_interval)));
    options.intervalMs = seconds * 1000;
    return std::optional<TraccarOptions>(options);
}

TraccarPoller::TraccarPoller(UnitBoard &board, const Clock &clock, const TraccarOptions &options, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_clock(clock)
    , m_options(options)
{
    m_timer.setInterval(options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TraccarPoller::pollNow);
}

void TraccarPoller::start()
{
    pollNow();
    m_timer.start();
}

QNetworkReply *TraccarPoller::get(const QString &path)
{
    QUrl url = m_options.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    // Sent with the first request: Traccar answers 401 to a request without it rather than
    // offering a challenge worth waiting for.
    request.setRawHeader("Authorization",
                         "Basic " + (m_options.user + QLatin1Char(':') + m_options.password).toUtf8().toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxReplyBytes)
            reply->abort();
    });
    return reply;
}

void TraccarPoller::pollNow()
{
    if (m_busy)
        return; // the previous poll is still out; a slow server gets no pile of requests
    m_busy = true;
    QNetworkReply *reply = get(QStringLiteral("/api/devices"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDevices(reply); });
}

Result<QByteArray> TraccarPoller::body(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString what = reply->url().toString(QUrl::RemoveUserInfo);
    if (status == 401 || status == 403)
        return makeError(QStringLiteral("traccar.auth"),
                         Texts::tr("Traccar %1: HTTP %2, the server refused user \"%3\" (wrong user or password?)")
                             .arg(what)
                             .arg(status)
                             .arg(m_options.user));
    if (reply->error() != QNetworkReply::NoError)
        return makeError(QStringLiteral("traccar.network"),
                         status ? Texts::tr("Traccar %1: HTTP %2: %3").arg(what).arg(status).arg(reply->errorString())
                                : Texts::tr("Traccar %1: %2").arg(what, reply->errorString()));
    if (status != 200)
        return makeError(QStringLiteral("traccar.http"), Texts::tr("Traccar %1: HTTP %2").arg(what).arg(status));
    return reply->readAll();
}

void TraccarPoller::onDevices(QNetworkReply *reply)
{
    reply->deleteLater();
    auto data = body(reply);
    if (!data)
        return fail(data.error().message);
    auto devices = parseDevices(data.value());
    if (!devices)
        return fail(
            Texts::tr("Traccar %1: %2").arg(reply->url().toString(QUrl::RemoveUserInfo), devices.error().message));
    m_devices = std::move(devices).value();
    QNetworkReply *positions = get(QStringLiteral("/api/positions"));
    connect(positions, &QNetworkReply::finished, this, [this, positions] { onPositions(positions); });
}

void TraccarPoller::onPositions(QNetworkReply *reply)
{
    reply->deleteLater();
    auto data = body(reply);
    if (!data)
        return fail(data.error().message);
    const qint64 now = m_clock.nowMs();
    int skipped = 0;
    auto reports = parsePositions(data.value(), m_devices, now, &skipped);
    if (!reports)
        return fail(
            Texts::tr("Traccar %1: %2").arg(reply->url().toString(QUrl::RemoveUserInfo), reports.error().message));
    m_busy = false;
    if (!m_lastError.isEmpty())
        qCInfo(lcUnits).noquote() << "Traccar" << m_options.url.toString(QUrl::RemoveUserInfo) << "answers again";
    m_lastError.clear();
    if (skipped > 0)
        qCDebug(lcUnits) << skipped << "Traccar positions skipped (unknown device, no fix, bad place or time)";
    int taken = 0;
    for (UnitReport &report : reports.value()) {
        if (!m_board.admits(report.id))
            continue; // a device of the Traccar server that is not one of the room's units
        const auto held = m_board.units().constFind(report.id);
        if (held != m_board.units().cend()) {
            if (held->reportedMs >= report.reportedMs)
                continue; // the same fix as the last poll, or older than what a peer sent
            report.agency = held->agency;
            report.callsign = held->callsign;
            report.status = held->status;
        }
        m_board.report(report);
        Q_EMIT received(report);
        ++taken;
    }
    Q_EMIT pollSucceeded(taken);
}

void TraccarPoller::fail(const QString &reason)
{
    m_busy = false;
    // Said once per distinct reason: a server down for an hour is one line, not 360.
    if (reason != m_lastError)
        qCWarning(lcUnits).noquote() << reason << "- retrying every" << m_options.intervalMs / 1000 << "s";
    m_lastError = reason;
    Q_EMIT pollFailed(reason);
}

Result<QHash<qint64, QString>> TraccarPoller::parseDevices(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(QStringLiteral("traccar.devices"), Texts::tr("the device list is not a JSON array"));
    QHash<qint64, QString> devices;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QJsonValue id = o.value(QStringLiteral("id"));
        const QString uniqueId = o.value(QStringLiteral("uniqueId")).toString().trimmed();
        if (id.isDouble() && !uniqueId.isEmpty() && uniqueId.size() <= 64)
            devices.insert(id.toInteger(), uniqueId);
    }
    return devices;
}

Result<QList<UnitReport>> TraccarPoller::parsePositions(const QByteArray &json, const QHash<qint64, QString> &devices,
                                                        qint64 nowMs, int *skipped)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(QStringLiteral("traccar.positions"), Texts::tr("the position list is not a JSON array"));
    QList<UnitReport> out;
    int left = 0;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString id = devices.value(o.value(QStringLiteral("deviceId")).toInteger(-1));
        const QJsonValue lat = o.value(QStringLiteral("latitude"));
        const QJsonValue lon = o.value(QStringLiteral("longitude"));
        const QDateTime fix = QDateTime::fromString(o.value(QStringLiteral("fixTime")).toString(), Qt::ISODateWithMs);
        // valid: false is a position without a GPS fix (Traccar keeps the last one or a guess).
        if (id.isEmpty() || !o.value(QStringLiteral("valid")).toBool(true) || !lat.isDouble() || !lon.isDouble()
            || !qIsFinite(lat.toDouble()) || !qIsFinite(lon.toDouble()) || qAbs(lat.toDouble()) > 90
            || qAbs(lon.toDouble()) > 180 || !fix.isValid() || fix.toMSecsSinceEpoch() > nowMs + FutureToleranceMs) {
            ++left;
            continue;
        }
        UnitReport r;
        r.id = id;
        r.callsign = id;
        r.status = QStringLiteral("available");
        r.lat = lat.toDouble();
        r.lon = lon.toDouble();
        // The fix's own time, even a little ahead: clamped to now, the same fix would look new
        // at every poll and a silent tracker would never turn stale.
        r.reportedMs = fix.toMSecsSinceEpoch();
        // Traccar gives speed in knots; below half a knot the unit stands and its course is noise.
        const double knots = o.value(QStringLiteral("speed")).toDouble();
        const QJsonValue course = o.value(QStringLiteral("course"));
        if (knots > 0.5 && course.isDouble() && course.toDouble() >= 0 && course.toDouble() <= 360)
            r.headingDeg = course.toDouble();
        out.append(r);
    }
    if (skipped)
        *skipped = left;
    return out;
}

} // namespace Sigap
