#include "domain/duplicatefinder.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "geo/distance.h"

#include <QTest>

using namespace Sigap;

namespace {
constexpr qint64 Now = 1'790'000'000'000;
constexpr qint64 Minute = 60'000;

Event created(qint64 seq, qint64 wallMs, const QString &category, double lat, double lon, const QString &caller = {})
{
    Event e;
    e.origin = QStringLiteral("d1");
    e.seq = seq;
    e.hlc = Hlc::pack(wallMs, 0);
    e.kind = EventKind::IncidentCreated;
    e.payload
        = QCborMap{{QStringLiteral("category"), category}, {QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}};
    if (!caller.isEmpty())
        e.payload.insert(QStringLiteral("caller"), caller);
    return e;
}
} // namespace

class tst_DuplicateFinder : public QObject
{
    Q_OBJECT

    Categories m_categories = Categories::bundled();

private Q_SLOTS:
    void distanceIsMetresAtCityScale()
    {
        // 0.001° of latitude is about 111 m anywhere.
        QVERIFY(qAbs(distanceM(-3.3186, 114.5926, -3.3196, 114.5926) - 111.2) < 0.5);
        QCOMPARE(distanceM(-3.3, 114.6, -3.3, 114.6), 0.0);
    }

    void findsNearbyRecentCompatibleOpenIncidents()
    {
        IncidentProjection incidents;
        incidents.apply(created(1, Now - 5 * Minute, QStringLiteral("kebakaran"), -3.3186, 114.5926));  // 0 m
        incidents.apply(created(2, Now - 10 * Minute, QStringLiteral("kebakaran"), -3.3216, 114.5926)); // ~334 m
        incidents.apply(
            created(3, Now - 10 * Minute, QStringLiteral("kebakaran"), -3.3256, 114.5926)); // ~778 m: too far
        incidents.apply(created(4, Now - 90 * Minute, QStringLiteral("kebakaran"), -3.3186, 114.5927)); // too old
        incidents.apply(created(5, Now - 3 * Minute, QStringLiteral("hewan_berbahaya"), -3.3186,
                                114.5926)); // Damkar too, but not related
        incidents.apply(
            created(6, Now - 3 * Minute, QStringLiteral("medis"), -3.3187, 114.5926)); // related to kecelakaan
        Event closed;
        closed.origin = QStringLiteral("d1");
        closed.seq = 7;
        closed.hlc = Hlc::pack(Now - Minute, 0);
        closed.kind = EventKind::IncidentStatusChanged;
        closed.subject = QStringLiteral("d1-1");
        closed.payload = QCborMap{{QStringLiteral("to"), QStringLiteral("cancelled")}};
        DuplicateFinder finder(incidents, m_categories);

        const auto here = std::make_optional(std::make_pair(-3.3186, 114.5926));
        QList<DuplicateCandidate> fire = finder.find(Now, here, QStringLiteral("kebakaran"), QString());
        QCOMPARE(fire.size(), 2);
        QCOMPARE(fire.at(0).incidentId, QStringLiteral("d1-1")); // nearest first
        QCOMPARE(fire.at(1).incidentId, QStringLiteral("d1-2"));
        QVERIFY(fire.at(1).distanceM > 300 && fire.at(1).distanceM < 400);

        const QList<DuplicateCandidate> crash = finder.find(Now, here, QStringLiteral("kecelakaan"), QString());
        QCOMPARE(crash.size(), 1);
        QCOMPARE(crash.first().incidentId, QStringLiteral("d1-6"));

        // Category not known yet (the call was just answered): everything near and recent.
        QCOMPARE(finder.find(Now, here, QString(), QString()).size(), 4);

        incidents.apply(closed); // a cancelled incident is no longer a candidate
        fire = finder.find(Now, here, QStringLiteral("kebakaran"), QString());
        QCOMPARE(fire.size(), 1);
        QCOMPARE(fire.first().incidentId, QStringLiteral("d1-2"));
    }

    void sameNumberMatchesWithoutPosition()
    {
        IncidentProjection incidents;
        incidents.apply(
            created(1, Now - 20 * Minute, QStringLiteral("medis"), -3.35, 114.55, QStringLiteral("081200001234")));
        DuplicateFinder finder(incidents, m_categories);
        const QList<DuplicateCandidate> found
            = finder.find(Now, std::nullopt, QString(), QStringLiteral("081200001234"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().sameNumber);
        QCOMPARE(found.first().ageMs, 20 * Minute);
        QVERIFY(finder.find(Now, std::nullopt, QString(), QStringLiteral("081200009999")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DuplicateFinder)
#include "tst_duplicatefinder.moc"
