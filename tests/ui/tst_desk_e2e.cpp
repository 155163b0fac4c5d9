// End to end: the real sigap program in a real X server (Xvfb): started on the demo city
// (the screenshot it saves is kept as a test artifact), and driven by X keystrokes.
#include "testsupport.h"
#include "xvfbserver.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SigapTest;

class tst_DeskE2E : public QObject
{
    Q_OBJECT

    SigapTest::XvfbServer m_xvfb;
    QString m_display;

    // Runs the desk in English on the test's X server until it has saved its screenshot as
    // the test artifact `name`; true when it did, with the file's path in *shot.
    bool screenshotOf(const QStringList &args, const QString &name, QString *shot)
    {
        const QString artifacts = QDir::current().absoluteFilePath(QStringLiteral("test-artifacts"));
        QDir().mkpath(artifacts);
        *shot = artifacts + QLatin1Char('/') + name;
        QFile::remove(*shot);
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        desk.setProcessEnvironment(env);
        desk.start(
            program(QStringLiteral("sigap")),
            args + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), *shot});
        if (!desk.waitForFinished(120000) || desk.exitCode() != 0) {
            qWarning() << desk.readAllStandardError();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_xvfb.start(QSize(1280, 800));
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
        m_display = m_xvfb.display();
    }

    void demoWindowComesUpOnARealDisplay()
    {
        QTemporaryDir tmp;
        QString shot;
        QVERIFY(screenshotOf({QStringLiteral("--demo"), QStringLiteral("--data"), tmp.filePath(QStringLiteral("d"))},
                             QStringLiteral("desk-demo-en.png"), &shot));
        QImage image(shot);
        QVERIFY2(!image.isNull(), "the screenshot is a readable PNG");
        QCOMPARE(image.size(), QSize(1280, 800)); // the whole X screen, not a widget render
        // A real window with text, colours and a table has many distinct colours; a blank or
        // black screen has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QStringLiteral("only %1 colours on screen").arg(colours.size())));
        // The priority-1 red of the incident list is on screen.
        QVERIFY(colours.contains(qRgb(0xc6, 0x28, 0x28)));
    }

    // A training desk (sigap --training): the desk and the trainer's console beside it both
    // carry the amber LATIHAN / TRAINING band across their tops, in the real X screen's picture.
    void aTrainingDeskSaysSoOnEveryWindow()
    {
        QTemporaryDir tmp;
        QString shot;
        QVERIFY(
            screenshotOf({QStringLiteral("--training"), QStringLiteral("--data"), tmp.filePath(QStringLiteral("t"))},
                         QStringLiteral("training-desk-en.png"), &shot));
        QImage image(shot);
        QVERIFY(!image.isNull());
        auto amberRow = [&image](int y, int fromX) {
            int amber = 0;
            for (int x = fromX; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                amber += qRed(p) > 240 && qGreen(p) > 170 && qBlue(p) < 100 ? 1 : 0;
            }
            return amber > (image.width() - fromX) * 3 / 4;
        };
        // The desk's band at the top of the screen; the console's (bottom right, 600 wide)
        // lower down on the right.
        QVERIFY(amberRow(6, 0));
        int consoleBand = -1;
        for (int y = 40; y < image.height() && consoleBand < 0; ++y)
            if (amberRow(y, image.width() - 580))
                consoleBand = y;
        QVERIFY2(consoleBand > 0, "the trainer's console shows the band too");
    }

    // The real program and real X keystrokes (xdotool, through the X server like a
    // keyboard's): a scenario call rings, F2 answers it, F3, "fire", Ctrl+Enter. The running
    // desk, asked through sigapctl, has the incident with the caller's number and the
    // kelurahan the network located the caller in.
    void keystrokesThroughXReachTheRealProgram()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("xdotool is not installed (apt-get install xdotool); ./run tests installs it");
        QTemporaryDir tmp;
        const QString scenario = tmp.filePath(QStringLiteral("fire.json"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "sigap-scenario", "version": 1, "name": "one fire",
                       "calls": [{"at_s": 0, "number": "081234567890", "lat": -3.3186, "lon": 114.5926,
                                  "radius_m": 40, "says": "Rumah terbakar di Jl. Veteran!"}]})");
        file.close();
        const QString data = tmp.filePath(QStringLiteral("desk"));

        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        desk.setProcessEnvironment(env);
        desk.start(program(QStringLiteral("sigap")), {QStringLiteral("--data"), data, QStringLiteral("--scenario"),
                                                      scenario, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(desk.waitForStarted());

        QVERIFY(answerAndReportFire(env));
        const QJsonArray incidents = incidentsOnceThere(data);
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents.first().toObject();
        QCOMPARE(incident.value(QLatin1String("category")).toString(), QStringLiteral("kebakaran"));
        QCOMPARE(incident.value(QLatin1String("caller")).toString(), QStringLiteral("081234567890"));
        QVERIFY(!incident.value(QLatin1String("kelurahan")).toString().isEmpty());

        desk.terminate(); // SIGTERM: the desk closes its window and its store cleanly
        QVERIFY(desk.waitForFinished(60000));
        QCOMPARE(desk.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeskE2E)
#include "tst_desk_e2e.moc"
