#pragma once

#include "core/result.h"
#include "unitboard.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QCommandLineParser;
class QNetworkReply;

namespace Sigap {

class Clock;

struct TraccarOptions
{
    QUrl url; // the server, e.g. http://10.112.0.5:8082 (the API is under {url}/api)
    QString user;
    QString password;
    int intervalMs = 10000;
};

// The Traccar options shared by sigap and sigap-node:
//   --traccar-url URL --traccar-user NAME --traccar-password-file FILE [--traccar-interval S]
// The password is read from a file, never given on the command line (where every user of
// the machine can read it in the process list).
class TraccarCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::TraccarCommandLine)

public:
    TraccarCommandLine();
    void addTo(QCommandLineParser &parser) const;
    // Nothing when no Traccar option was given; an error naming the option when they do not fit.
    Result<std::optional<TraccarOptions>> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_url;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_allowHttp;
    QCommandLineOption m_interval;
};

// Unit positions from a room's Traccar server, polled over its REST API with HTTP Basic
// authentication: GET {url}/api/devices maps Traccar's device id to the device's uniqueId
// (the unit id of the roster), then GET {url}/api/positions gives each device's latest
// position (latitude, longitude, fixTime in ISO 8601, speed in knots, course in degrees,
// valid). A position newer than the board's goes on the board and out to the other desks,
// as one heard by the OsmAnd listener. A failed poll (unreachable, HTTP 401, not JSON) is
// logged with the reason and tried again at the next interval; it moves no unit. A position
// of an unknown device, without a valid fix, off the globe or with an unreadable time is
// skipped.
class TraccarPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxReplyBytes = 16 * 1024 * 1024;
    static constexpr int RequestTimeoutMs = 15000;
    // A fix further ahead of the room's clock than this is from a tracker whose clock is wrong:
    // skipped, like a fix without GPS.
    static constexpr qint64 FutureToleranceMs = 2 * 60 * 1000;

    TraccarPoller(UnitBoard &board, const Clock &clock, const TraccarOptions &options, QObject *parent = nullptr);

    void start(); // a poll now, then one every interval
    void pollNow();
    QString lastError() const { return m_lastError; }

    // Traccar device id -> uniqueId, from the /api/devices document.
    static Result<QHash<qint64, QString>> parseDevices(const QByteArray &json);
    // The reports of an /api/positions document; *skipped counts the positions left out.
    static Result<QList<UnitReport>> parsePositions(const QByteArray &json, const QHash<qint64, QString> &devices,
                                                    qint64 nowMs, int *skipped = nullptr);

Q_SIGNALS:
    // A report taken onto the board (the node passes it on to the other desks).
    void received(const Sigap::UnitReport &report);
    // Every poll ends with one of these.
    void pollSucceeded(int reports);
    void pollFailed(const QString &reason);

private:
    QNetworkReply *get(const QString &path);
    void onDevices(QNetworkReply *reply);
    void onPositions(QNetworkReply *reply);
    Result<QByteArray> body(QNetworkReply *reply) const;
    void fail(const QString &reason);

    UnitBoard &m_board;
    const Clock &m_clock;
    TraccarOptions m_options;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QHash<qint64, QString> m_devices;
    QString m_lastError;
    bool m_busy = false;
};

} // namespace Sigap
