// The trainer's console offscreen: it plays a bundled scenario on the room's virtual clock
// from the keyboard, lists what is due next, and saves the results as a PDF.
#include "core/clock.h"
#include "node/node.h"
#include "training/scenarioplayer.h"
#include "training/trainerconsole.h"
#include "training/virtualclock.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

class tst_TrainerConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playsFromTheKeyboardAndSavesAPdf()
    {
        QTemporaryDir dir;
        ManualClock base(1'790'000'000'000);
        VirtualClock clock(base);
        Node::Options options;
        options.dataDir = dir.path();
        options.room = QStringLiteral("latihan");
        options.control = false;
        auto node = Node::start(options, clock);
        QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().message));
        auto scenario = Scenario::load(QStringLiteral(":/scenarios/kecelakaan-kebun-bunga.json"));
        QVERIFY(scenario.ok());

        TrainerConsole console(node.value()->scenarioDesk(), clock, scenario.value());
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        QVERIFY2(clock.isPaused(), "nothing runs before Play");
        QTest::keyClick(&console, Qt::Key_4);
        QCOMPARE(clock.speed(), 4);
        QTest::keyClick(&console, Qt::Key_Space);
        QVERIFY(!clock.isPaused());
        base.advanceMs(3'000); // 12 s of scenario at 4x
        console.player().tick();
        QCOMPARE(console.player().elapsedMs(), 12'000);
        QCOMPARE(node.value()->calls().ringingIds().size(), 2); // c1 at 0 s, c2 at 10 s
        auto *next = console.findChild<QListWidget *>();
        QVERIFY(next && next->count() > 0);
        QVERIFY2(next->item(0)->text().contains(QLatin1String("c3")), qPrintable(next->item(0)->text()));
        QTest::keyClick(&console, Qt::Key_Space);
        QVERIFY(clock.isPaused());
        base.advanceMs(10'000);
        console.player().tick();
        QCOMPARE(console.player().elapsedMs(), 12'000); // paused

        QCOMPARE(console.findChild<QTableView *>()->model()->rowCount(), scenario.value().calls.size());
        const QString pdf = dir.filePath(QStringLiteral("results.pdf"));
        QVERIFY(console.saveResultsAsPdf(pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(tst_TrainerConsole)
#include "tst_trainerconsole.moc"
