// Agency units: the board keeps each unit's newest report, a silent unit turns stale, the
// demo feed drives its units about on the injected clock, and the map draws them.
#include "core/clock.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/incidentmodel.h"
#include "domain/incidentprojection.h"
#include "geo/citymap.h"
#include "geo/gazetteer.h"
#include "map/mapview.h"
#include "units/demounitfeed.h"
#include "units/unitboard.h"

#include "eventhistory.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Sigap;

namespace {

UnitReport report(const QString &id, qint64 atMs, double lat, double lon)
{
    UnitReport r;
    r.id = id;
    r.agency = QStringLiteral("damkar");
    r.callsign = QStringLiteral("Damkar 1");
    r.status = QStringLiteral("available");
    r.lat = lat;
    r.lon = lon;
    r.reportedMs = atMs;
    return r;
}

} // namespace

class tst_Units : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLatePacketNeverMovesAUnitBack()
    {
        UnitBoard board;
        QSignalSpy changed(&board, &UnitBoard::changed);
        board.report(report(QStringLiteral("damkar-01"), 2000, -3.30, 114.59));
        board.report(report(QStringLiteral("damkar-01"), 1000, -3.40, 114.50)); // older, arrived late
        QCOMPARE(board.units().value(QStringLiteral("damkar-01")).lat, -3.30);
        QCOMPARE(changed.size(), 1);
        board.report(report(QStringLiteral("damkar-01"), 3000, -3.31, 114.59));
        QCOMPARE(board.units().value(QStringLiteral("damkar-01")).lat, -3.31);
        QCOMPARE(changed.size(), 2);
    }

    void aSilentUnitTurnsStale()
    {
        const UnitReport unit = report(QStringLiteral("psc119-01"), 1'000'000, -3.3, 114.6);
        QVERIFY(!UnitBoard::isStale(unit, 1'000'000 + UnitBoard::StaleMs));
        QVERIFY(UnitBoard::isStale(unit, 1'000'000 + UnitBoard::StaleMs + 1));
    }

    void demoFeedDrivesItsUnitsOnTheClock()
    {
        ManualClock clock(1'790'000'000'000);
        UnitBoard board;
        const Gazetteer gazetteer = Gazetteer::bundled();
        DemoUnitFeed feed(board, gazetteer, clock, 7);
        QCOMPARE(feed.unitCount(), 49);
        feed.reportAll();
        QVERIFY(board.units().size() > 40); // a few may be in a dead spot
        QHash<QString, UnitReport> before = board.units();
        for (int round = 0; round < 20; ++round) {
            clock.advanceMs(3000);
            feed.reportAll();
        }
        int moved = 0;
        for (const UnitReport &unit : board.units()) {
            QVERIFY(gazetteer.locate(unit.lat, unit.lon) || unit.status != QLatin1String("available"));
            QVERIFY(unit.reportedMs > 1'790'000'000'000 - 1);
            if (before.contains(unit.id) && before.value(unit.id).lat != unit.lat) {
                ++moved;
                QVERIFY(unit.headingDeg.has_value() || unit.status == QLatin1String("on_scene"));
            }
        }
        QVERIFY2(moved > 0, "some units drive");
        QVERIFY2(moved < board.units().size(), "most stand");
    }

    // The map reads the incidents' model, as the list does: an incident placed on it is a
    // marker to click; closed, it is gone (unless selected).
    void theMapFollowsTheIncidentModel()
    {
        IncidentProjection incidents;
        SigapTest::EventHistory history;
        const Categories categories = Categories::bundled();
        const Gazetteer gazetteer = Gazetteer::bundled();
        const IncidentModel model(incidents, categories, gazetteer, QStringLiteral("id"), QTimeZone::utc());
        MapView map(CityMap::bundled(), model, categories);
        map.resize(600, 400);
        map.setZoom(16);
        map.centreOn(-3.3186, 114.5926);
        QSignalSpy clicked(&map, &MapView::incidentClicked);
        const QPoint at = map.screenPoint(-3.3186, 114.5926).toPoint();
        QTest::mouseClick(&map, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 0);

        incidents.apply(history.add(QStringLiteral("desk1"), 1'790'000'001'000, EventKind::IncidentCreated, QString(),
                                    QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                                             {QStringLiteral("priority"), 1},
                                             {QStringLiteral("lat"), -3.3186},
                                             {QStringLiteral("lon"), 114.5926}}));
        QTest::mouseClick(&map, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("desk1-1"));

        incidents.apply(history.add(QStringLiteral("desk1"), 1'790'000'002'000, EventKind::IncidentStatusChanged,
                                    QStringLiteral("desk1-1"),
                                    QCborMap{{QStringLiteral("to"), QStringLiteral("cancelled")}}));
        map.setSelectedIncident({});
        QTest::mouseClick(&map, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 1);
    }

    // The map draws a unit in its agency's colour at its place, grey once it is stale, and
    // not at all with the units layer hidden.
    void mapDrawsUnitsByAgencyAndAge()
    {
        ManualClock clock(1'790'000'000'000);
        UnitBoard board;
        board.report(report(QStringLiteral("damkar-01"), clock.nowMs(), -3.3186, 114.5926));
        IncidentProjection incidents;
        const Categories categories = Categories::bundled();
        const Gazetteer gazetteer = Gazetteer::bundled();
        const IncidentModel model(incidents, categories, gazetteer, QStringLiteral("id"), QTimeZone::utc());
        MapView map(CityMap::bundled(), model, categories);
        map.resize(600, 400);
        map.setZoom(16);
        map.centreOn(-3.3186, 114.5926);
        map.setUnits(&board, &clock);
        const QPoint at = map.screenPoint(-3.3186, 114.5926).toPoint() + QPoint(-5, -5); // beside the letter
        auto colourAt = [&map, at] {
            QImage image(map.size(), QImage::Format_ARGB32);
            map.render(&image);
            return image.pixelColor(at);
        };
        QCOMPARE(colourAt(), QColor(0xd8, 0x43, 0x15)); // Damkar's colour
        // Hovering names the unit, its status and the age of its position.
        clock.advanceMs(12000);
        const QPoint centre = map.screenPoint(-3.3186, 114.5926).toPoint();
        QHelpEvent hover(QEvent::ToolTip, centre, map.mapToGlobal(centre));
        QApplication::sendEvent(&map, &hover);
        QVERIFY2(QToolTip::text().contains(QLatin1String("Damkar 1")), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QLatin1String("12 s old")), qPrintable(QToolTip::text()));
        clock.advanceMs(UnitBoard::StaleMs + 1000);
        QCOMPARE(colourAt(), QColor(0xbd, 0xbd, 0xbd)); // not heard from: grey
        map.setUnitsShown(false);
        QVERIFY(colourAt() != QColor(0xbd, 0xbd, 0xbd));
    }
};

QTEST_MAIN(tst_Units)
#include "tst_units.moc"
