// The desk window on a real X server: Xvfb with one 2560×800 screen split into two RandR
// monitors, LEFT and RIGHT, as a room's two-monitor desk. The window is driven by
// keystrokes (QTest::keyClick on the real window); each step of the call flows leaves a
// screenshot of the whole X screen under test-artifacts/desk-steps/ in the build folder.
#include "calldesk.h"
#include "calls/callalert.h"
#include "calls/callpanel.h"
#include "calls/recordingplayer.h"
#include "calls/transferdialog.h"
#include "core/translator.h"
#include "domain/incidentmodel.h"
#include "geo/gazetteer.h"
#include "kabbanjar.h"
#include "map/mapview.h"
#include "reports/reportdocument.h"
#include "reports/reportfigures.h"
#include "telephony/callrecording.h"
#include "wavfile.h"
#include "xvfbserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaPlayer>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <cmath>
#include <numbers>

using namespace Sigap;
using SigapTest::CallDesk;

namespace {

const QString leftMonitor = QStringLiteral("LEFT");
const QString rightMonitor = QStringLiteral("RIGHT");
const QStringList rightMonitorArgs{QStringLiteral("--setmonitor"), rightMonitor,
                                   QStringLiteral("1280/339x800/212+1280+0"), QStringLiteral("none")};

QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->name() == name)
            return screen;
    return nullptr;
}

// The monitor that holds the centre of a widget's frame.
QString monitorOf(const QWidget *widget)
{
    for (const QScreen *screen : QGuiApplication::screens())
        if (screen->geometry().contains(widget->frameGeometry().center()))
            return screen->name();
    return QString();
}

// A mono 16-bit 8 kHz WAV of a 440 Hz tone, as the SIP backend's recorder writes them.
void writeTone(const QString &path, int ms)
{
    const quint32 samples = quint32(8 * ms);
    QByteArray pcm;
    for (quint32 i = 0; i < samples; ++i) {
        const qint16 v = qint16(8000 * std::sin(2 * std::numbers::pi * 440 * i / 8000.0));
        pcm.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
    }
    SigapTest::writeWav(path, pcm);
}

} // namespace

class tst_DeskScreens : public QObject
{
    Q_OBJECT

public:
    tst_DeskScreens(SigapTest::XvfbServer &xvfb, const QString &noDisplay)
        : m_xvfb(xvfb)
        , m_noDisplay(noDisplay)
    {
    }

private:
    SigapTest::XvfbServer &m_xvfb;
    QString m_noDisplay;
    QString m_artifacts;
    int m_shot = 0;

    // The whole X screen as the operator would see it, both monitors side by side.
    void screenshot(const QString &step)
    {
        // Lay out and paint now: the grab reads the X server's pixels, which pending layout
        // requests and updates have not reached yet.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (QWidget *window : QApplication::topLevelWidgets())
            if (window->isVisible())
                window->repaint();
        QRect all;
        for (const QScreen *screen : QGuiApplication::screens())
            all |= screen->geometry();
        QImage image(all.size(), QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        for (QScreen *screen : QGuiApplication::screens())
            painter.drawPixmap(screen->geometry().topLeft() - all.topLeft(), screen->grabWindow(0));
        painter.end();
        const QString file
            = QStringLiteral("%1/%2-%3.png").arg(m_artifacts).arg(++m_shot, 2, 10, QLatin1Char('0')).arg(step);
        QVERIFY2(image.save(file), qPrintable(file));
    }

    // Keys beyond free text, counted: the issue allows ten from ringing call to saved incident.
    int m_keys = 0;
    void key(QWidget *fallback, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
        QTest::keyClick(target, k, modifiers);
        ++m_keys;
    }

    void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }

    static void activate(QWidget *window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_noDisplay.isEmpty())
            QSKIP(qPrintable(m_noDisplay));
        QVERIFY(installTranslation(*qApp, QStringLiteral("en")));
        QTRY_COMPARE(QGuiApplication::screens().size(), 2);
        QVERIFY(screenNamed(leftMonitor) && screenNamed(rightMonitor));
        m_artifacts = QDir::current().absoluteFilePath(QStringLiteral("test-artifacts/desk-steps"));
        QDir(m_artifacts).removeRecursively();
        QVERIFY(QDir().mkpath(m_artifacts));
    }

    void prankCallsAreClosedWithOneKeyAndRemembered()
    {
        QTemporaryDir tmp;
        QList<ScenarioCall> calls;
        for (int i = 0; i < 3; ++i)
            calls.append(ScenarioCall{i * 60000, QStringLiteral("085700001111"), QStringLiteral("112"), std::nullopt, 0,
                                      QStringLiteral("Halo? (tertawa)"), 0});
        CallDesk desk(tmp.filePath(QStringLiteral("calls")), calls);
        activate(&desk.window);
        CallPanel *panel = desk.window.callPanel();
        auto *banner = panel->findChild<QLabel *>(QStringLiteral("ringingBanner"));
        auto *history = panel->findChild<QLabel *>(QStringLiteral("activeHistory"));
        auto *words = panel->findChild<QLabel *>(QStringLiteral("callerWords"));
        QVERIFY(banner && history && words);
        QCOMPARE(banner->text(), QStringLiteral("No calls waiting"));

        // Each new call sounds (the bundled WAV, through Qt Multimedia; without a sound device
        // it plays to nowhere and stops) and flashes the banner for a few seconds.
        const CallAlert &alert = panel->alert();
        QTRY_COMPARE(alert.sound().status(), QSoundEffect::Ready);
        int soundsStarted = 0;
        connect(&alert.sound(), &QSoundEffect::playingChanged, this,
                [&alert, &soundsStarted] { soundsStarted += alert.sound().isPlaying() ? 1 : 0; });

        // What the operator is doing travels to the other desks as presence.
        QSignalSpy presence(panel, &CallPanel::presenceChanged);
        const qint64 start = desk.clock.nowMs();
        for (int i = 0; i < 3; ++i) {
            desk.clock.setNowMs(start + i * 60000 + 4000);
            desk.source.advanceTo(desk.clock.nowMs());
            QCOMPARE(panel->queueView()->model()->rowCount(), 1);
            QVERIFY2(banner->text().startsWith(QLatin1String("1 call ringing")), qPrintable(banner->text()));
            if (i == 0) {
                QVERIFY2(banner->styleSheet().contains(QLatin1String("#ffeb3b")), "the banner flashes bright");
                screenshot(QStringLiteral("prank-rings-flash"));
                QTRY_COMPARE(soundsStarted, 1);
                QTRY_VERIFY_WITH_TIMEOUT(banner->styleSheet().contains(QLatin1String("#c62828")), 10000);
                QTRY_VERIFY_WITH_TIMEOUT(!alert.isFlashing(), 10000); // and then stays red, calm
                QVERIFY(banner->styleSheet().contains(QLatin1String("#c62828")));
            }
            if (i == 2)
                screenshot(QStringLiteral("prank-rings"));
            key(&desk.window, Qt::Key_F2); // answer the oldest
            const QString callId = panel->activeCallId();
            QVERIFY(!callId.isEmpty());
            QCOMPARE(desk.node->calls().call(callId)->state(), CallState::Answered);
            QCOMPARE(panel->queueView()->model()->rowCount(), 0);
            QCOMPARE(presence.constLast().constFirst().toString(), QStringLiteral("on_call"));
            QVERIFY(words->text().contains(QLatin1String("tertawa")));
            if (i == 0)
                QVERIFY(history->text().contains(QLatin1String("First call from this number")));
            if (i == 2) {
                QVERIFY2(history->text().contains(QLatin1String("Warning: 2 earlier prank calls")),
                         qPrintable(history->text()));
                screenshot(QStringLiteral("prank-answered-with-warning"));
            }
            key(&desk.window, Qt::Key_F9); // prank
            QCOMPARE(desk.node->calls().call(callId)->outcome, QStringLiteral("iseng"));
            QCOMPARE(desk.node->calls().call(callId)->state(), CallState::Ended);
            QVERIFY(panel->activeCallId().isEmpty());
            QCOMPARE(presence.constLast().constFirst().toString(), QStringLiteral("available"));
        }
        QCOMPARE(desk.node->calls().countWithOutcome(QStringLiteral("085700001111"), QStringLiteral("iseng")), 3);
        screenshot(QStringLiteral("prank-closed"));
    }

    void aCallBecomesAnIncidentAndADuplicateIsLinked()
    {
        QTemporaryDir tmp;
        CallDesk desk(tmp.filePath(QStringLiteral("form")),
                      {ScenarioCall{0, QStringLiteral("081355550000"), QStringLiteral("112"), std::nullopt, 0,
                                    QStringLiteral("Rumah terbakar di Kuin Utara!"), 0},
                       ScenarioCall{120000, QStringLiteral("081355550000"), QStringLiteral("112"), std::nullopt, 0,
                                    QStringLiteral("Apinya makin besar!"), 0}});
        activate(&desk.window);
        desk.source.advanceTo(desk.clock.nowMs());
        screenshot(QStringLiteral("fire-rings"));

        // Keys beyond free text: F2, F3, Tab, Tab, Tab, Ctrl+Enter.
        m_keys = 0;
        key(&desk.window, Qt::Key_F2);
        const QString callId = desk.window.callPanel()->activeCallId();
        QVERIFY(!callId.isEmpty());
        screenshot(QStringLiteral("fire-answered"));
        key(&desk.window, Qt::Key_F3);
        auto *category = desk.window.findChild<QComboBox *>(QStringLiteral("categoryField"));
        QVERIFY(category);
        QTRY_VERIFY(category->hasFocus() || category->lineEdit()->hasFocus());
        type(QStringLiteral("fir"));
        key(&desk.window, Qt::Key_Tab);
        key(&desk.window, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("kelurahanField"));
        QCOMPARE(category->currentText(), QStringLiteral("Fire")); // the fragment shown as what it chose
        type(QStringLiteral("kuinutara"));
        key(&desk.window, Qt::Key_Tab); // on to the address: the field shows the kelurahan chosen
        QCOMPARE(desk.window.findChild<QLineEdit *>(QStringLiteral("kelurahanField"))->text(),
                 QStringLiteral("Kuin Utara"));
        screenshot(QStringLiteral("fire-form-filled"));
        key(&desk.window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(m_keys <= 10, qPrintable(QStringLiteral("%1 keys beyond free text").arg(m_keys)));
        screenshot(QStringLiteral("fire-saved"));

        const IncidentProjection &incidents = desk.node->incidents();
        QCOMPARE(incidents.createdIds().size(), 1);
        const Incident *incident = incidents.incident(incidents.createdIds().first());
        QCOMPARE(incident->category(), QStringLiteral("kebakaran"));
        QCOMPARE(desk.node->gazetteer().byKode(incident->kelurahan())->name, QStringLiteral("Kuin Utara"));
        QCOMPARE(incident->caller(), QStringLiteral("081355550000"));
        QCOMPARE(incident->calls, QStringList{callId});
        const Call *call = desk.node->calls().call(callId);
        QCOMPARE(call->outcome, QStringLiteral("insiden"));
        QCOMPARE(call->incident, incident->id);
        QCOMPARE(call->state(), CallState::Ended);
        const QString incidentId = incident->id; // pointers into projections do not outlive later events

        // The same caller rings again two minutes later: the desk points at the open
        // incident and F7 links the call to it instead of creating a second one.
        desk.clock.advanceMs(120000);
        desk.source.advanceTo(desk.clock.nowMs());
        desk.window.incidentView()->setCurrentIndex(QModelIndex()); // the operator looked elsewhere
        key(&desk.window, Qt::Key_F2);
        const QString secondCall = desk.window.callPanel()->activeCallId();
        QVERIFY(!secondCall.isEmpty());
        auto *hint = desk.window.findChild<QLabel *>(QStringLiteral("duplicateHint"));
        QVERIFY2(hint->text().contains(incidentId), qPrintable(hint->text()));
        QCOMPARE(desk.window.incidentView()->currentIndex().data(IncidentModel::IncidentIdRole).toString(),
                 incidentId); // its details and timeline are on screen to compare
        screenshot(QStringLiteral("duplicate-shown"));
        key(&desk.window, Qt::Key_F7);
        QCOMPARE(incidents.createdIds().size(), 1);
        QCOMPARE(incidents.incident(incidentId)->calls.size(), 2);
        QCOMPARE(desk.node->calls().call(secondCall)->incident, incidentId);
        QCOMPARE(desk.node->calls().call(secondCall)->state(), CallState::Ended);
        // The status bar names the incident the call went to (the panel has moved on).
        QVERIFY2(desk.window.statusBar()->currentMessage().contains(QStringLiteral("incident %1").arg(incidentId)),
                 qPrintable(desk.window.statusBar()->currentMessage()));
        screenshot(QStringLiteral("duplicate-linked"));

        // The link was a mistake: Shift+F7 undoes it and hands the call back to the desk,
        // which closes it as information (F11) instead.
        QSignalSpy presence(desk.window.callPanel(), &CallPanel::presenceChanged);
        key(&desk.window, Qt::Key_F7, Qt::ShiftModifier);
        // Hung up but not classified yet: the operator is in wrap-up for the other desks.
        QCOMPARE(presence.constLast().constFirst().toString(), QStringLiteral("wrap_up"));
        QCOMPARE(incidents.incident(incidentId)->calls, QStringList{callId});
        QCOMPARE(desk.node->calls().call(secondCall)->incident, QString());
        QCOMPARE(desk.node->calls().call(secondCall)->outcome, QString());
        QCOMPARE(desk.window.callPanel()->activeCallId(), secondCall);
        auto *words = desk.window.findChild<QLabel *>(QStringLiteral("callerWords"));
        QVERIFY2(words->text().contains(QLatin1String("line is closed")), qPrintable(words->text()));
        screenshot(QStringLiteral("duplicate-link-undone"));
        key(&desk.window, Qt::Key_F11);
        QCOMPARE(desk.node->calls().call(secondCall)->outcome, QStringLiteral("informasi"));
        QVERIFY(desk.window.callPanel()->activeCallId().isEmpty());
        QCOMPARE(incidents.createdIds().size(), 1);
    }

    // The operator holds a caller to take another call, puts the first through to Damkar,
    // calls a caller back, and plays the call's recording from the incident's panel; a
    // recording changed since the call is refused.
    void holdTransferCallBackAndPlayTheRecording()
    {
        QTemporaryDir tmp;
        CallDesk desk(tmp.filePath(QStringLiteral("controls")),
                      {ScenarioCall{0, QStringLiteral("081211112222"), QStringLiteral("112"), std::nullopt, 0,
                                    QStringLiteral("Rumah terbakar di Kuin Utara!"), 0},
                       ScenarioCall{1000, QStringLiteral("081233334444"), QStringLiteral("112"), std::nullopt, 0,
                                    QStringLiteral("Mau tanya jadwal SIM keliling."), 0}});
        desk.window.showMaximized(); // on the left monitor, as a desk runs it
        activate(&desk.window);
        desk.clock.advanceMs(2000);
        desk.source.advanceTo(desk.clock.nowMs());
        CallPanel *panel = desk.window.callPanel();
        auto *number = panel->findChild<QLabel *>(QStringLiteral("activeNumber"));
        QVERIFY(number);

        key(&desk.window, Qt::Key_F2);
        const QString fire = panel->activeCallId();
        key(&desk.window, Qt::Key_F2, Qt::ControlModifier); // hold
        QVERIFY(desk.node->calls().call(fire)->held);
        QVERIFY2(number->text().contains(QLatin1String("ON HOLD")), qPrintable(number->text()));
        screenshot(QStringLiteral("call-on-hold"));
        key(&desk.window, Qt::Key_F2); // the next call, the held one waits behind it
        const QString question = panel->activeCallId();
        QVERIFY(!question.isEmpty() && question != fire);
        key(&desk.window, Qt::Key_F11); // information: closed, and the held caller is back
        QCOMPARE(panel->activeCallId(), fire);
        QVERIFY(
            panel->findChild<QLabel *>(QStringLiteral("callerWords"))->text().contains(QLatin1String("Kuin Utara")));
        QVERIFY2(desk.window.statusBar()->currentMessage().contains(QLatin1String("held call")),
                 qPrintable(desk.window.statusBar()->currentMessage()));
        key(&desk.window, Qt::Key_F2, Qt::ControlModifier); // off hold
        QVERIFY(!desk.node->calls().call(fire)->held);

        key(&desk.window, Qt::Key_T, Qt::ControlModifier);
        TransferDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window.findChild<TransferDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Without a window manager the dialog is not made active: its fields get the keys directly.
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("transferFilter"));
        QTest::keyClicks(filter, QStringLiteral("psc"));
        QVERIFY2(dialog->chosen().label.startsWith(QLatin1String("PSC")), qPrintable(dialog->chosen().label));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("damkar"));
        QVERIFY2(dialog->chosen().label.startsWith(QLatin1String("Damkar")), qPrintable(dialog->chosen().label));
        QTest::keyClick(filter, Qt::Key_Down); // the filter's Up / Down move in the list
        QVERIFY(dialog->chosen().label.startsWith(QLatin1String("Damkar")));
        screenshot(QStringLiteral("transfer-dialog"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(desk.node->calls().call(fire)->transferredTo, QStringLiteral("damkar-bjm"));
        QTRY_COMPARE(desk.node->calls().call(fire)->state(), CallState::Ended); // left the desk
        QTRY_VERIFY(number->text().contains(QLatin1String("put through to Damkar")));
        QTRY_VERIFY(desk.window.findChild<TransferDialog *>() == nullptr); // closed: the keys are the window's again
        activate(&desk.window);

        // The line is closed: Ctrl+B calls the caller back, and again hangs up.
        auto *callBackLine = panel->findChild<QLabel *>(QStringLiteral("callBackLine"));
        key(&desk.window, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(callBackLine->isVisible());
        QTRY_VERIFY2(callBackLine->text().contains(QLatin1String("In conversation with 081211112222")),
                     qPrintable(callBackLine->text()));
        screenshot(QStringLiteral("call-back"));
        key(&desk.window, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!callBackLine->isVisible());
        QCOMPARE(desk.node->calls().call(fire)->callBacks.size(), size_t(1));
        QVERIFY(desk.node->calls().call(fire)->callBacks.front().connected);

        // The call becomes an incident; its recording arrives (as the SIP backend reports one).
        key(&desk.window, Qt::Key_F3);
        auto *category = desk.window.findChild<QComboBox *>(QStringLiteral("categoryField"));
        QTRY_VERIFY(category->hasFocus() || category->lineEdit()->hasFocus());
        type(QStringLiteral("fir"));
        key(&desk.window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(desk.node->calls().call(fire)->outcome, QStringLiteral("insiden"));
        const QString wav = tmp.filePath(QStringLiteral("controls/recordings/fire.wav"));
        writeTone(wav, 2000);
        auto summary = CallRecording::summarize(wav);
        QVERIFY(summary.ok());
        Q_EMIT desk.source.recorded(fire, wav, summary.value().sha256Hex, summary.value().durationMs);
        auto *details = desk.window.findChild<QTextBrowser *>(QStringLiteral("incidentDetails"));
        QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("▶ recording, 0:02")),
                     qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(QLatin1String("called back")));

        auto *player = desk.window.findChild<RecordingPlayer *>();
        key(&desk.window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(player->isActive());
        QCOMPARE(player->player().source(), QUrl::fromLocalFile(wav));
        QTRY_COMPARE(player->player().duration(), 2000); // the media backend read the file
        auto *status = player->findChild<QLabel *>(QStringLiteral("recordingStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("▶")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("/ 0:02")), qPrintable(status->text()));
        screenshot(QStringLiteral("recording-plays"));
        key(&desk.window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!player->isActive());

        // Someone changed the file after the call: the desk does not play it.
        QFile file(wav);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        QVERIFY(file.write("\x7f\x7f") == 2);
        file.close();
        key(&desk.window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!player->isActive());
        QVERIFY2(desk.window.statusBar()->currentMessage().contains(QLatin1String("checksum")),
                 qPrintable(desk.window.statusBar()->currentMessage()));
    }

    // A caller the network located (AML): F3 finds the kelurahan by itself and the incident
    // takes the position. A second caller 100 m away is first pointed at that incident;
    // once the form says the call is about a snake, a fire is no longer suggested.
    void networkLocationFillsTheFormAndCategoryNarrowsDuplicates()
    {
        QTemporaryDir tmp;
        const std::pair<double, double> veteran{-3.3186, 114.5926};
        const std::pair<double, double> nearby{-3.3195, 114.5926}; // 100 m south
        CallDesk desk(tmp.filePath(QStringLiteral("aml")),
                      {ScenarioCall{0, QStringLiteral("081200000002"), QStringLiteral("112"), veteran, 40,
                                    QStringLiteral("Rumah terbakar di Jl. Veteran!"), 0},
                       ScenarioCall{120000, QStringLiteral("082100000007"), QStringLiteral("112"), nearby, 30,
                                    QStringLiteral("Ada ular masuk rumah."), 0}});
        activate(&desk.window);
        const Village *located = desk.node->gazetteer().locate(veteran.first, veteran.second);
        QVERIFY(located);
        desk.source.advanceTo(desk.clock.nowMs());
        desk.window.mapView()->centreOn(-3.20, 114.75); // looking elsewhere, far from the caller

        m_keys = 0;
        key(&desk.window, Qt::Key_F2);
        key(&desk.window, Qt::Key_F3);
        auto *kelurahan = desk.window.findChild<QLineEdit *>(QStringLiteral("kelurahanField"));
        QCOMPARE(kelurahan->text(), located->name);
        // The map shows the caller's place as the incident's pin, brought into view.
        MapView *map = desk.window.mapView();
        QVERIFY(map->hasPendingPlace());
        QVERIFY(map->rect().contains(map->screenPoint(veteran.first, veteran.second).toPoint()));
        type(QStringLiteral("fire"));
        screenshot(QStringLiteral("aml-form-prefilled"));
        key(&desk.window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_keys, 3);
        const IncidentProjection &incidents = desk.node->incidents();
        QCOMPARE(incidents.createdIds().size(), 1);
        const QString fireId = incidents.createdIds().first();
        QCOMPARE(incidents.incident(fireId)->kelurahan(), located->kode);
        QVERIFY(incidents.incident(fireId)->position().has_value());
        QCOMPARE(incidents.incident(fireId)->position()->first, veteran.first);

        desk.clock.advanceMs(120000);
        desk.source.advanceTo(desk.clock.nowMs());
        key(&desk.window, Qt::Key_F2);
        auto *hint = desk.window.findChild<QLabel *>(QStringLiteral("duplicateHint"));
        QVERIFY2(hint->text().contains(fireId) && hint->text().contains(QLatin1String("Fire in ")),
                 qPrintable(hint->text()));
        key(&desk.window, Qt::Key_F3);
        type(QStringLiteral("snake"));
        key(&desk.window, Qt::Key_Tab); // the category is chosen: Dangerous animal
        QCOMPARE(hint->text(), QString());
        screenshot(QStringLiteral("aml-snake-not-a-fire"));
        key(&desk.window, Qt::Key_F7); // nothing to link to now
        QCOMPARE(incidents.incident(fireId)->calls.size(), 1);
        QVERIFY(!desk.window.callPanel()->activeCallId().isEmpty());
    }

    // A regency from its configuration folder: the window and the shift report say
    // "Kabupaten Banjar", the map's first view holds the whole regency, the form asks for a
    // desa or kelurahan, and its type-ahead tells the two "Pasar Lama" apart by kecamatan.
    void regencyDeskShowsTheWholeKabupaten()
    {
        QTemporaryDir tmp;
        CallDesk desk(tmp.filePath(QStringLiteral("regency")), {}, SigapTest::kabBanjarFolder());
        desk.window.resize(1600, 900);
        activate(&desk.window);
        QVERIFY2(desk.window.windowTitle().contains(QStringLiteral("Sigap 112 — Kabupaten Banjar — room")),
                 qPrintable(desk.window.windowTitle()));
        MapView *map = desk.window.mapView();
        QVERIFY(map && map->isVisible());
        const QRectF outline = desk.node->configuration().city.extent(); // x: lon, y: lat
        for (const QPointF &corner :
             {outline.topLeft(), outline.topRight(), outline.bottomLeft(), outline.bottomRight()}) {
            const QPointF at = map->screenPoint(corner.y(), corner.x());
            QVERIFY2(QRectF(map->rect()).contains(at), qPrintable(QStringLiteral("%1, %2 at %3, %4 in a map of %5x%6")
                                                                      .arg(corner.y())
                                                                      .arg(corner.x())
                                                                      .arg(at.x())
                                                                      .arg(at.y())
                                                                      .arg(map->width())
                                                                      .arg(map->height())));
        }
        screenshot(QStringLiteral("regency-first-view"));

        const ReportFigures figures = ReportFigures::compute(desk.node->reportSources(), 0, desk.clock.nowMs());
        ReportDocument::Options options;
        options.room = QStringLiteral("demo");
        ReportDocument report(figures, desk.node->reportSources(), options);
        QVERIFY(report.html().contains(QLatin1String("Kabupaten Banjar")));
        QVERIFY(report.html().contains(QLatin1String("Call Center 112 Kabupaten Banjar (demo)")));

        auto *villageField = desk.window.findChild<QLineEdit *>(QStringLiteral("kelurahanField"));
        QVERIFY(villageField);
        QTest::keyClick(&desk.window, Qt::Key_F3);
        villageField->setFocus();
        QTest::keyClicks(villageField, QStringLiteral("pasar lama"));
        auto *matches = desk.window.findChild<QListWidget *>(QStringLiteral("kelurahanMatches"));
        QVERIFY(matches);
        QStringList shown;
        for (int row = 0; row < matches->count(); ++row)
            shown << matches->item(row)->text();
        QVERIFY2(shown.contains(QLatin1String("Pasar Lama, Kec. Karang Intan"))
                     && shown.contains(QLatin1String("Pasar Lama, Kec. Simpang Empat")),
                 qPrintable(shown.join(QLatin1String(" | "))));
        screenshot(QStringLiteral("regency-two-pasar-lama"));
    }

    // The map: while the form is being filled a click places the incident, and the form
    // names the right kelurahan for three known points; a click on an incident selects it
    // in the list, and selecting it in the list brings it to the middle of the map.
    void mapPlacesIncidentsAndFollowsTheList()
    {
        QTemporaryDir tmp;
        CallDesk desk(tmp.filePath(QStringLiteral("map")), {});
        activate(&desk.window);
        MapView *map = desk.window.mapView();
        QVERIFY(map && map->isVisible());
        auto *kelurahanField = desk.window.findChild<QLineEdit *>(QStringLiteral("kelurahanField"));
        auto *place = desk.window.findChild<QLabel *>(QStringLiteral("placeField"));
        map->setZoom(15);

        QTest::keyClick(&desk.window, Qt::Key_F3);
        QTRY_VERIFY(map->isPickingPlace());
        std::pair<double, double> picked;
        for (const char *name : {"Kuin Utara", "Mantuil", "Pekapuran Raya"}) {
            const Village *kelurahan = desk.node->gazetteer().search(QLatin1String(name), 1).value(0);
            QVERIFY(kelurahan);
            const double lat = kelurahan->label.y();
            const double lon = kelurahan->label.x();
            map->centreOn(lat + 0.001, lon - 0.001); // the point off the middle, as a real click is
            const QPoint at = map->screenPoint(lat, lon).toPoint();
            QVERIFY(map->rect().contains(at));
            QTest::mouseClick(map, Qt::LeftButton, {}, at);
            QCOMPARE(kelurahanField->text(), kelurahan->name);
            QVERIFY2(place->text().contains(QLatin1String("from the map")), qPrintable(place->text()));
            QVERIFY(map->hasPendingPlace()); // the pin shows where the incident will be
            picked = map->latLonAt(at);
        }
        screenshot(QStringLiteral("map-place-picked"));
        auto *category = desk.window.findChild<QComboBox *>(QStringLiteral("categoryField"));
        category->setFocus();
        type(QStringLiteral("flood"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(desk.node->incidents().createdIds().size(), 1);
        const QString id = desk.node->incidents().createdIds().first();
        const auto position = desk.node->incidents().incident(id)->position();
        QVERIFY(position);
        QVERIFY(qAbs(position->first - picked.first) < 1e-9 && qAbs(position->second - picked.second) < 1e-9);
        QVERIFY(!map->isPickingPlace()); // saved: clicks select again
        QVERIFY(!map->hasPendingPlace());

        desk.window.incidentView()->setCurrentIndex(QModelIndex());
        QTest::mouseClick(map, Qt::LeftButton, {}, map->screenPoint(position->first, position->second).toPoint());
        QCOMPARE(desk.window.incidentView()->currentIndex().data(IncidentModel::IncidentIdRole).toString(), id);

        map->centreOn(-3.30, 114.57);
        desk.window.incidentView()->setCurrentIndex(QModelIndex());
        desk.window.incidentView()->selectRow(0);
        QCOMPARE(map->selectedIncident(), id);
        QVERIFY(qAbs(map->centre().first - position->first) < 1e-9);
        screenshot(QStringLiteral("map-incident-selected"));
    }

    // A panel put on the right monitor is there again after a restart; when that monitor
    // goes away the panel comes to the left one at once, visible; when it returns, one
    // action (Ctrl+Shift+L) puts the saved layout back.
    void panelsFollowTheMonitors()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("monitors"));
        {
            CallDesk desk(dir, {});
            activate(&desk.window);
            QCOMPARE(monitorOf(&desk.window), leftMonitor);
            auto *form = desk.window.findChild<QDockWidget *>(QStringLiteral("incidentFormDock"));
            QVERIFY(form);
            form->setFloating(true);
            form->setGeometry(QRect(QPoint(1500, 120), QSize(600, 560)));
            QTRY_COMPARE(monitorOf(form), rightMonitor);
            QTRY_COMPARE(form->screen()->name(), rightMonitor);
            screenshot(QStringLiteral("monitors-form-on-right"));
            QVERIFY(desk.window.close()); // saves the desk's layout
        }

        CallDesk desk(dir, {}); // the same desk, started again
        activate(&desk.window);
        auto *form = desk.window.findChild<QDockWidget *>(QStringLiteral("incidentFormDock"));
        QVERIFY(form->isFloating());
        QTRY_VERIFY(form->isVisible());
        QTRY_COMPARE(monitorOf(form), rightMonitor);
        screenshot(QStringLiteral("monitors-restarted"));

        QCOMPARE(m_xvfb.xrandr({QStringLiteral("--delmonitor"), rightMonitor}), QString());
        QTRY_COMPARE(QGuiApplication::screens().size(), 1);
        QTRY_COMPARE(monitorOf(form), leftMonitor);
        QVERIFY(form->isVisible());
        QVERIFY(screenNamed(leftMonitor)->availableGeometry().contains(form->frameGeometry()));
        screenshot(QStringLiteral("monitors-right-unplugged"));

        QCOMPARE(m_xvfb.xrandr(rightMonitorArgs), QString());
        QTRY_COMPARE(QGuiApplication::screens().size(), 2);
        activate(&desk.window);
        QTest::keyClick(&desk.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(monitorOf(form), rightMonitor);
        QVERIFY(form->isVisible());
        screenshot(QStringLiteral("monitors-layout-restored"));
    }
};

int main(int argc, char **argv)
{
    // The X server and its two monitors must exist before the application connects.
    SigapTest::XvfbServer xvfb;
    QString noDisplay = xvfb.start(QSize(2560, 800));
    if (noDisplay.isEmpty())
        noDisplay = xvfb.xrandr({QStringLiteral("--setmonitor"), leftMonitor, QStringLiteral("1280/339x800/212+0+0"),
                                 QStringLiteral("screen")});
    if (noDisplay.isEmpty())
        noDisplay = xvfb.xrandr(rightMonitorArgs);
    if (noDisplay.isEmpty()) {
        qputenv("DISPLAY", xvfb.display().toLocal8Bit());
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
    QApplication app(argc, argv);
    tst_DeskScreens test(xvfb, noDisplay);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desk_screens.moc"
