// The caller's device location (AML) at the desk: a fix that arrives while the call is in
// conversation shows under the call with its radius and age, on the map apart from the
// incident's pin, and Ctrl+L puts it into the incident being filled.
#include "calldesk.h"
#include "calls/callpanel.h"
#include "core/translator.h"
#include "map/mapview.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Sigap;
using SigapTest::CallDesk;

namespace {

QString amlText(double lat, double lon, double radiusM, qint64 positionedMs)
{
    const QString top
        = QDateTime::fromMSecsSinceEpoch(positionedMs, QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString body = QStringLiteral("A\"ML=1;lt=%1;lg=%2;rd=%3;top=%4;lc=68;pm=G;mcc=510;mnc=10;ml=")
                             .arg(lat, 0, 'f', 5)
                             .arg(lon, 0, 'f', 5)
                             .arg(radiusM)
                             .arg(top);
    int length = int(body.size()) + 2;
    while (int(body.size() + QString::number(length).size()) != length)
        ++length;
    return body + QString::number(length);
}

} // namespace

class tst_DeskAml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslation(*qApp, QStringLiteral("en"))); }

    void deviceLocationDuringTheCallIsShownAndCtrlLTakesIt()
    {
        QTemporaryDir tmp;
        const std::pair<double, double> network{-3.3186, 114.5926}; // the network's rough fix
        const std::pair<double, double> device{-3.3050, 114.5900};  // the handset's, 1.5 km off
        CallDesk desk(tmp.filePath(QStringLiteral("desk")),
                      {ScenarioCall{0, QStringLiteral("081200000002"), QStringLiteral("112"), network, 800,
                                    QStringLiteral("Tolong, rumah saya kebanjiran!"), 0}});
        desk.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        desk.source.advanceTo(desk.clock.nowMs());
        QTest::keyClick(&desk.window, Qt::Key_F2);
        CallPanel *panel = desk.window.callPanel();
        const QString callId = panel->activeCallId();
        QVERIFY(!callId.isEmpty());
        auto *shown = desk.window.findChild<QLabel *>(QStringLiteral("callerLocation"));
        QVERIFY(shown);
        QVERIFY2(shown->text().contains(QLatin1String("network location")), qPrintable(shown->text()));
        MapView *map = desk.window.mapView();
        QVERIFY(map->hasCallerLocation());

        QTest::keyClick(&desk.window, Qt::Key_F3); // the form takes the network's place first
        auto *place = desk.window.findChild<QLabel *>(QStringLiteral("placeField"));
        QVERIFY2(place->text().contains(QLatin1String("-3.31860, 114.59260 (the caller's network location)")),
                 qPrintable(place->text()));

        // The handset's AML SMS arrives 20 s into the call, its fix 5 s old.
        desk.clock.advanceMs(20'000);
        auto received = desk.node->aml().receive(QStringLiteral("+6281200000002"),
                                                 amlText(device.first, device.second, 15, desk.clock.nowMs() - 5000),
                                                 desk.clock.nowMs());
        QVERIFY2(received.ok(), qPrintable(received.ok() ? QString() : received.error().message));
        QCOMPARE(received.value().subject, callId);
        QTRY_VERIFY2_WITH_TIMEOUT(shown->text().contains(QLatin1String("Caller's device (AML): -3.30500, 114.59000")),
                                  qPrintable(shown->text()), 5000);
        QVERIFY2(shown->text().contains(QStringLiteral("± 15 m")) && shown->text().contains(QLatin1String("5 s old")),
                 qPrintable(shown->text()));
        QVERIFY(panel->activeCallerLocation()->fromDevice);
        // The form keeps what it had until the operator takes the new fix over.
        QVERIFY2(place->text().contains(QLatin1String("network location")), qPrintable(place->text()));

        QTest::keyClick(&desk.window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY2(place->text().contains(QStringLiteral("-3.30500, 114.59000 (the caller's device location, ± 15 m)")),
                 qPrintable(place->text()));
        QVERIFY(map->hasPendingPlace());
        const Village *located = desk.node->gazetteer().locate(device.first, device.second);
        auto *kelurahan = desk.window.findChild<QLineEdit *>(QStringLiteral("kelurahanField"));
        QCOMPARE(kelurahan->text(), located ? located->name : QString());

        QTest::keyClicks(desk.window.findChild<QWidget *>(QStringLiteral("categoryField")), QStringLiteral("flood"));
        QTest::keyClick(&desk.window, Qt::Key_Return, Qt::ControlModifier);
        const IncidentProjection &incidents = desk.node->incidents();
        QCOMPARE(incidents.createdIds().size(), 1);
        const Incident *incident = incidents.incident(incidents.createdIds().first());
        QVERIFY(incident->position().has_value());
        QCOMPARE(incident->position()->first, device.first);
        QCOMPARE(incident->position()->second, device.second);
        // The call is closed: nothing of the caller's is shown any more.
        QVERIFY(panel->activeCallId().isEmpty());
        QVERIFY(!map->hasCallerLocation());
        QCOMPARE(shown->text(), QString());
    }

    void messageBeforeTheOfferWaitsForTheCall()
    {
        QTemporaryDir tmp;
        CallDesk desk(tmp.filePath(QStringLiteral("desk")),
                      {ScenarioCall{30'000, QStringLiteral("081200000002"), QStringLiteral("112"), std::nullopt, 0,
                                    QStringLiteral("Tolong!"), 0}});
        desk.clock.advanceMs(10'000);
        auto early = desk.node->aml().receive(QStringLiteral("081200000002"),
                                              amlText(-3.3050, 114.5900, 15, desk.clock.nowMs()), desk.clock.nowMs());
        QVERIFY(early.ok());
        QCOMPARE(early.value().subject, QString()); // the call has not rung yet
        desk.clock.advanceMs(20'000);
        desk.source.advanceTo(desk.clock.nowMs()); // offered 20 s after the SMS
        const QStringList ringing = desk.node->calls().ringingIds();
        QCOMPARE(ringing.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(desk.node->calls().call(ringing.first())->deviceLocation.has_value(), 5000);
        QCOMPARE(desk.node->calls().call(ringing.first())->deviceLocation->lat, -3.3050);
    }

    void ctrlLWithoutALocatedCallerSaysSo()
    {
        QTemporaryDir tmp;
        CallDesk desk(tmp.filePath(QStringLiteral("desk")),
                      {ScenarioCall{0, QStringLiteral("085700000001"), QStringLiteral("112"), std::nullopt, 0,
                                    QStringLiteral("Halo?"), 0}});
        desk.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        desk.source.advanceTo(desk.clock.nowMs());
        QTest::keyClick(&desk.window, Qt::Key_F2);
        QVERIFY(!desk.window.callPanel()->activeCallId().isEmpty());
        QTest::keyClick(&desk.window, Qt::Key_L, Qt::ControlModifier);
        auto *place = desk.window.findChild<QLabel *>(QStringLiteral("placeField"));
        QVERIFY2(place->text().startsWith(QLatin1String("not set")), qPrintable(place->text()));
        QVERIFY(!desk.window.mapView()->hasCallerLocation());
        const QString said = desk.window.statusBar()->currentMessage();
        QVERIFY2(said.contains(QLatin1String("has no caller's location")), qPrintable(said));
    }
};

QTEST_MAIN(tst_DeskAml)
#include "tst_deskaml.moc"
