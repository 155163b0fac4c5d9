// The shift lead's board, the desk's sign-in and assignment alert, and the training band,
// in-process and offscreen, on real nodes and stores with an injected clock. The band is
// checked in pictures of every top-level window (kept under test-artifacts/training-band/).
#include "core/clock.h"
#include "core/translator.h"
#include "desk/deskparts.h"
#include "desk/mainwindow.h"
#include "desk/operatormenu.h"
#include "desk/signindialog.h"
#include "desk/trainingband.h"
#include "domain/eventkinds.h"
#include "domain/incidentcommands.h"
#include "domain/incidentmodel.h"
#include "lead/leadboard.h"
#include "node/node.h"
#include "operatordesk.h"
#include "store/desksigningkey.h"
#include "sync/roomsecret.h"
#include "training/scenario.h"
#include "training/scenarioplayer.h"
#include "training/trainerconsole.h"
#include "training/virtualclock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sigap;

namespace {

constexpr qint64 StartMs = 1796100000000;

struct Desk : SigapTest::OperatorDesk
{
    explicit Desk(const Node::Options &options = {})
        : OperatorDesk(StartMs)
    {
        start(options);
    }
    bool add(const QString &id, const QString &name, QList<Role> roles, const QString &pin)
    {
        return registerOperator({id, name, std::move(roles), {}, pin, true}).ok();
    }
};

int rowOf(const QTableView *table, const QString &key)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Answers the modal dialog that is about to open, once the event loop runs it.
template<typename Fill>
void whenDialogOpens(Fill fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no sign-in dialog is open");
        fill(dialog);
    });
}

// A training desk's options with a new room key in keys, of a training room or of a live one.
Node::Options trainingDeskWithKey(const QTemporaryDir &keys, bool trainingKey)
{
    const QString key = keys.filePath(trainingKey ? QStringLiteral("training.key") : QStringLiteral("live.key"));
    Node::Options options;
    options.training = true;
    options.control = false;
    if (!RoomSecret::generate(QStringLiteral("bjm"), trainingKey).save(key))
        return options; // no sync: the caller's check fails
    options.sync = SyncOptions{};
    options.sync->roomKeyFile = key;
    options.sync->listen = QStringLiteral("127.0.0.1:0");
    options.sync->multicast = false;
    return options;
}

bool amber(QRgb pixel)
{
    return qRed(pixel) > 240 && qGreen(pixel) > 170 && qBlue(pixel) < 100;
}

} // namespace

class tst_LeadBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslation(*qApp, QStringLiteral("en"))); }

    void theBoardShowsTheRoomAndOnlyALeadMovesWork()
    {
        Desk desk;
        QVERIFY(desk.node);
        QVERIFY(desk.add(QStringLiteral("sari"), QStringLiteral("Sari Lestari"), {Role::ShiftLead},
                         QStringLiteral("731900")));
        QVERIFY(
            desk.add(QStringLiteral("rina"), QStringLiteral("Rina Wati"), {Role::Operator}, QStringLiteral("482900")));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        const QString flood = desk.createIncident(QStringLiteral("banjir"));
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));

        LeadBoard board(leadBoardParts(*desk.node), QStringLiteral("en"));
        for (const QTableView *table : {board.desksTable(), board.escalationsTable(), board.incidentsTable()})
            new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         &board);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QCOMPARE(board.incidentsTable()->model()->rowCount(), 2);
        QCOMPARE(cell(board.incidentsTable(), 0, 0), flood); // newest first
        QCOMPARE(board.desksTable()->model()->rowCount(), 1);
        QCOMPARE(cell(board.desksTable(), 0, 1), QStringLiteral("Rina Wati"));
        // The desk's key, as the room admitted it: the same fingerprint `sigapctl peers` shows.
        QCOMPARE(cell(board.desksTable(), 0, LeadBoard::DeskKeyColumn),
                 DeskSigningKey::fingerprint(desk.node->log().store().publicKeyOf(desk.node->log().store().deskId())));
        QVERIFY(cell(board.desksTable(), 0, LeadBoard::DeskKeyColumn).startsWith(QLatin1String("SHA256:")));
        QVERIFY(board.findChild<QLabel *>(QStringLiteral("leadHeader"))->text().contains(QLatin1String("read-only")));

        // Rina may look but not move work.
        board.selectIncident(fire);
        QCOMPARE(board.selectedIncident(), fire);
        QVERIFY(!board.reassign(board.selectedIncident(), QStringLiteral("rina")));

        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(
            board.findChild<QLabel *>(QStringLiteral("leadHeader"))->text().contains(QLatin1String("Sari Lestari")));
        board.selectIncident(fire);
        QVERIFY(board.reassign(board.selectedIncident(), QStringLiteral("rina")));
        const int row = rowOf(board.incidentsTable(), fire);
        QCOMPARE(cell(board.incidentsTable(), row, LeadBoard::OwnerColumn), QStringLiteral("Rina Wati"));
        // The selection stays on the incident through the refresh.
        QCOMPARE(board.selectedIncident(), fire);

        // A fire not acknowledged by Damkar within 120 s shows as an escalation, in red.
        QVERIFY(desk.node->log().append({desk.node->handoffCommands()
                                             .send(fire, QStringLiteral("damkar-bjm"), QStringLiteral("phone"),
                                                   QStringLiteral("Pak Anwar"), desk.node->session().actor())
                                             .value()}));
        QCOMPARE(board.escalationsTable()->model()->rowCount(), 0);
        desk.clock.advanceMs(121000);
        board.refresh();
        QCOMPARE(board.escalationsTable()->model()->rowCount(), 1);
        QVERIFY(cell(board.incidentsTable(), rowOf(board.incidentsTable(), fire), LeadBoard::EscalatedColumn)
                    .contains(QLatin1String("acknowledged")));
        board.escalationsTable()->setCurrentIndex(board.escalationsTable()->model()->index(0, 0));
        const QString key = board.selectedEscalation();
        QVERIFY(key.startsWith(QLatin1String("handoff/") + fire));
        QVERIFY(board.answerEscalation(key, QStringLiteral("Damkar ditelepon")));
        QCOMPARE(board.escalationsTable()->model()->rowCount(), 0);
        QVERIFY(board.selectedEscalation().isEmpty()); // gone, and no other row took its place
        // A closed incident leaves the list, and the selection does not fall on its neighbour.
        board.selectIncident(fire);
        QVERIFY(
            desk.node->log().append({desk.node->commands()
                                         .changeStatus(fire, QStringLiteral("cancelled"), desk.node->session().actor())
                                         .value()}));
        QCOMPARE(board.incidentsTable()->model()->rowCount(), 1);
        QVERIFY(board.selectedIncident().isEmpty());

        // The handover and the reports of the shift.
        QVERIFY(!board.writeHandover(QString()));
        QVERIFY(board.writeHandover(QStringLiteral("Banjir di Alalak masih dipantau.")));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("shift.pdf"));
        QVERIFY(board.saveShiftReport(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(board.saveMonthlyReport(out.filePath(QStringLiteral("month.pdf"))));
        QVERIFY(board.saveMonthlyReport(out.filePath(QStringLiteral("last-month.pdf")), 1));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("last-month.pdf"))));
        QVERIFY(!board.saveShiftReport(out.filePath(QStringLiteral("no/such/folder/shift.pdf"))));
        for (const auto period : {LeadBoard::Period::Shift, LeadBoard::Period::Month}) {
            const auto csv = board.exportCsv(out.path(), period);
            QVERIFY(csv);
            QVERIFY(!csv.value().isEmpty());
            for (const QString &path : csv.value())
                QVERIFY2(QFile::exists(path), qPrintable(path));
        }
        QVERIFY(!board.exportCsv(out.filePath(QStringLiteral("no/such/folder")), LeadBoard::Period::Month));
    }

    // The board follows changes; the clock only ages it. A tick rewrites the time cells and
    // nothing else, and an escalation appears when it falls due with no event to announce it.
    void theClockAgesTheBoardAndBringsEscalationsWhenDue()
    {
        Desk desk;
        QVERIFY(desk.node);
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        LeadBoard board(leadBoardParts(*desk.node), QStringLiteral("en"));
        QAbstractItemModelTester incidentsTester(board.incidentsTable()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester escalationsTester(board.escalationsTable()->model(),
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowOf(board.incidentsTable(), fire);
        QVERIFY(row >= 0);
        QCOMPARE(cell(board.incidentsTable(), row, LeadBoard::AgeColumn), QStringLiteral("0:00"));

        QSignalSpy changed(board.incidentsTable()->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(board.incidentsTable()->model(), &QAbstractItemModel::rowsInserted);
        desk.clock.advanceMs(65'000);
        board.tick();
        QCOMPARE(cell(board.incidentsTable(), row, LeadBoard::AgeColumn), QStringLiteral("1:05"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(LeadBoard::AgeColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(LeadBoard::AgeColumn));
        QCOMPARE(inserted.size(), 0);
        board.tick(); // the same second again: nothing to announce
        QCOMPARE(changed.size(), 1);

        // Damkar has 120 s to acknowledge. The handoff is an event: the board shows it at once.
        QVERIFY(desk.node->log().append({desk.node->handoffCommands()
                                             .send(fire, QStringLiteral("damkar-bjm"), QStringLiteral("phone"),
                                                   QStringLiteral("Pak Anwar"), desk.node->session().actor())
                                             .value()}));
        const qint64 sentMs = desk.clock.nowMs();
        QVERIFY(cell(board.incidentsTable(), row, LeadBoard::HandoffsColumn).contains(QLatin1String("DAMKAR")));
        QCOMPARE(desk.node->lead().nextEscalationDueMs(), sentMs + 120'001);
        desk.clock.advanceMs(120'000);
        board.tick();
        QCOMPARE(board.escalationsTable()->model()->rowCount(), 0); // at the limit: not yet
        desk.clock.advanceMs(1000);
        board.tick();
        QCOMPARE(board.escalationsTable()->model()->rowCount(), 1); // due, with no event and no refresh()
        QCOMPARE(cell(board.escalationsTable(), 0, LeadBoard::OverdueColumn), QStringLiteral("0:01"));
        QVERIFY(cell(board.incidentsTable(), row, LeadBoard::EscalatedColumn).contains(QLatin1String("acknowledged")));
        desk.clock.advanceMs(3000);
        board.tick();
        QCOMPARE(cell(board.escalationsTable(), 0, LeadBoard::OverdueColumn), QStringLiteral("0:04"));
    }

    void theDeskSignsInWithAPinAndAlertsTheOperator()
    {
        Desk desk;
        QVERIFY(desk.node);
        QVERIFY(
            desk.add(QStringLiteral("rina"), QStringLiteral("Rina Wati"), {Role::Operator}, QStringLiteral("482900")));
        QVERIFY(desk.add(QStringLiteral("sari"), QStringLiteral("Sari Lestari"), {Role::ShiftLead},
                         QStringLiteral("731900")));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        MainWindow window(*desk.node, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OperatorMenu *menu = window.operatorMenu();
        QVERIFY(menu->signedInLabel()->text().contains(QLatin1String("No one signed in")));

        // A wrong PIN keeps the dialog open and says so; the right one signs Rina in.
        QString firstProblem;
        whenDialogOpens([&](SignInDialog *dialog) {
            QComboBox *choice = dialog->operatorChoice();
            choice->setCurrentIndex(choice->findData(QStringLiteral("rina")));
            QTest::keyClicks(dialog->pinField(), QStringLiteral("0000"));
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
            firstProblem = dialog->problem();
            QVERIFY(dialog->pinField()->text().isEmpty());
            QTest::keyClicks(dialog->pinField(), QStringLiteral("482900"));
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
        });
        menu->signInWithDialog();
        QVERIFY2(firstProblem.contains(QLatin1String("wrong PIN")), qPrintable(firstProblem));
        QCOMPARE(desk.node->session().signedIn()->id, QStringLiteral("rina"));
        QVERIFY(menu->signedInLabel()->text().contains(QLatin1String("Rina Wati")));

        // Sari, at another desk, gives Rina the fire: the banner says so, Ctrl+Shift+A opens it.
        QVERIFY(menu->assignmentBanner()->isHidden());
        Desk leadDesk;
        QVERIFY(leadDesk.node);
        QVERIFY(leadDesk.receiveFrom(desk));
        QVERIFY(leadDesk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(leadDesk.node->lead().reassign(fire, QStringLiteral("rina")));
        QVERIFY(desk.receiveFrom(leadDesk));
        QTRY_VERIFY(menu->assignmentBanner()->isVisible());
        QVERIFY(menu->assignmentBanner()->text().contains(QLatin1String("Sari Lestari")));
        QVERIFY(menu->assignmentBanner()->text().contains(fire));
        window.incidentView()->clearSelection();
        window.activateWindow(); // the sign-in dialog had the keys
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(window.incidentView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(menu->assignmentBanner()->isHidden());
        QCOMPARE(window.incidentView()->currentIndex().data(IncidentModel::IncidentIdRole).toString(), fire);

        // Ctrl+Shift+B opens the board in a window of its own.
        QTest::keySequence(window.incidentView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QVERIFY(menu->leadBoard());
        QVERIFY(menu->leadBoard()->isWindow());
        QTRY_VERIFY(menu->leadBoard()->isVisible());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(window.incidentView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(!desk.node->session().signedIn());
    }

    void aTrainingDeskKeepsToItsOwnRoomAndStore()
    {
        QTemporaryDir keys;
        const Node::Options options = trainingDeskWithKey(keys, /*trainingKey*/ false);
        QVERIFY(options.sync);
        Desk desk(options);
        QVERIFY(!desk.node);

        // Nor does it open a live desk's store, nor a live desk a training store.
        QTemporaryDir dirs;
        ManualClock clock(StartMs);
        auto start = [&](const QString &dir, bool training) {
            Node::Options o;
            o.dataDir = dirs.filePath(dir);
            o.control = false;
            o.training = training;
            return Node::start(o, clock);
        };
        QVERIFY(start(QStringLiteral("live"), false));
        const auto trainingOnLive = start(QStringLiteral("live"), true);
        QVERIFY(!trainingOnLive);
        QCOMPARE(trainingOnLive.error().code, QStringLiteral("node.live_store"));
        QVERIFY(start(QStringLiteral("training"), true));
        QVERIFY(start(QStringLiteral("training"), true)); // and again, as a training desk
        const auto liveOnTraining = start(QStringLiteral("training"), false);
        QVERIFY(!liveOnTraining);
        QCOMPARE(liveOnTraining.error().code, QStringLiteral("node.training_store"));

        // A training desk takes no live feed; a standing clock is not for a live room; the
        // demo's people (PIN 112233) never join a live room's LAN.
        Node::Options feeds = options;
        feeds.dataDir = dirs.filePath(QStringLiteral("feeds"));
        feeds.sync.reset();
        feeds.avlListen = QStringLiteral("127.0.0.1:0");
        const auto withFeeds = Node::start(feeds, clock);
        QVERIFY(!withFeeds);
        QCOMPARE(withFeeds.error().code, QStringLiteral("node.training_feeds"));
        Node::Options standing = options;
        standing.training = false;
        standing.dataDir = dirs.filePath(QStringLiteral("standing"));
        standing.settableClock = &clock;
        const auto liveStanding = Node::start(standing, clock);
        QVERIFY(!liveStanding);
        QCOMPARE(liveStanding.error().code, QStringLiteral("node.clock_live"));
        Node::Options liveDemo = options;
        liveDemo.training = false;
        liveDemo.demo = true;
        liveDemo.dataDir = dirs.filePath(QStringLiteral("live-demo"));
        const auto demoOnTheLan = Node::start(liveDemo, clock);
        QVERIFY(demoOnTheLan);
        QVERIFY(demoOnTheLan.value()->operators().isEmpty());
        QVERIFY(demoOnTheLan.value()->incidents().openCount() > 0);
        Node::Options demoAlone = liveDemo;
        demoAlone.sync.reset();
        demoAlone.dataDir = dirs.filePath(QStringLiteral("demo-alone"));
        const auto alone = Node::start(demoAlone, clock);
        QVERIFY(alone);
        QVERIFY(alone.value()->operators().account(QStringLiteral("lead-sari")));
    }

    // Last: once on, the band stays on for the process.
    void everyWindowOfATrainingDeskSaysSo()
    {
        QTemporaryDir keys;
        const Node::Options options = trainingDeskWithKey(keys, /*trainingKey*/ true);
        QVERIFY(options.sync);
        Desk desk(options);
        QVERIFY(desk.node);
        QVERIFY(desk.node->isTraining());
        {
            Desk live;
            QVERIFY(!live.node->isTraining());
        }

        QVERIFY(!TrainingBand::isOn());
        TrainingBand::showOnEveryWindow();
        VirtualClock clock(desk.clock);
        auto scenario = Scenario::load(Scenario::bundledPaths().value(0));
        QVERIFY(scenario);
        TrainerConsole console(desk.node->scenarioDesk(), clock, scenario.value());
        MainWindow window(*desk.node, QStringLiteral("en"), &console.player().callTaker());
        LeadBoard board(leadBoardParts(*desk.node), QStringLiteral("en"));
        QDialog dialog;
        dialog.setWindowTitle(QStringLiteral("A dialog"));
        dialog.resize(400, 200);
        QList<QWidget *> windows{&window, &board, &console, &dialog};
        for (QWidget *w : windows) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
        }
        // A panel floated off the desk window is a window too.
        QDockWidget *dock = window.findChild<QDockWidget *>(QStringLiteral("mapDock"));
        QVERIFY(dock);
        dock->setFloating(true);
        dock->show();
        QTRY_VERIFY(dock->isWindow() && dock->isVisible());
        windows << dock;

        const QString artifacts = QDir::current().absoluteFilePath(QStringLiteral("test-artifacts/training-band"));
        QDir(artifacts).removeRecursively();
        QVERIFY(QDir().mkpath(artifacts));
        for (QWidget *w : std::as_const(windows)) {
            const QString name = w->objectName().isEmpty() ? QStringLiteral("dialog") : w->objectName();
            TrainingBand *band = TrainingBand::of(w);
            QVERIFY2(band, qPrintable(name));
            QTRY_COMPARE(band->geometry(), QRect(0, 0, w->width(), TrainingBand::Height));
            QVERIFY2(w->windowTitle().startsWith(TrainingBand::titlePrefix()), qPrintable(w->windowTitle()));
            // In the window's picture: amber across the top, the whole width.
            const QImage picture = w->grab().toImage();
            QVERIFY(picture.save(QStringLiteral("%1/%2.png").arg(artifacts, name)));
            const qreal dpr = picture.devicePixelRatio();
            int amberPixels = 0;
            for (int x = 0; x < picture.width(); ++x)
                amberPixels += amber(picture.pixel(x, int(4 * dpr))) ? 1 : 0;
            QVERIFY2(amberPixels > picture.width() * 3 / 4,
                     qPrintable(QStringLiteral("%1: %2 of %3").arg(name).arg(amberPixels).arg(picture.width())));
        }
        // The desk's menu bar sits below the band, not under it.
        QVERIFY(window.menuBar()->geometry().top() >= TrainingBand::Height);
        // It cannot be hidden, and a new title keeps the word.
        TrainingBand *band = TrainingBand::of(&window);
        band->hide();
        QTRY_VERIFY(band->isVisible());
        window.setWindowTitle(QStringLiteral("Another title"));
        QTRY_VERIFY(window.windowTitle().startsWith(TrainingBand::titlePrefix()));
    }
};

QTEST_MAIN(tst_LeadBoard)
#include "tst_leadboard.moc"
