// End to end, two real desks of one room on one X server: the operator's desk hands a fire
// to Damkar and the volunteers with the keyboard (Ctrl+H, Enter, the name of who took the
// volunteers' phone call, Enter); the Damkar liaison desk, a second sigap
// process synced over the room's LAN, acknowledges it with one key (A); the operator's desk
// then holds the acknowledgement, made by the liaison. Screenshots of the screen at each
// step are kept in build/tests/test-artifacts/handoff-e2e/.
#include "testsupport.h"
#include "xvfbserver.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SigapTest;

class tst_HandoffE2E : public QObject
{
    Q_OBJECT

    XvfbServer m_xvfb;
    QProcessEnvironment m_env;
    QString m_xdotool;
    QString m_artifacts;

    // A real desk on the test's X server, in English.
    void startDesk(QProcess &desk, const QStringList &args)
    {
        desk.setProcessEnvironment(m_env);
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desk.start(program(QStringLiteral("sigap")), QStringList(args)
                                                         << QStringLiteral("--lang") << QStringLiteral("en"));
    }

    // Each key run clears the modifiers xdotool believes held (a Ctrl left "down" by the
    // run before would turn Return into Ctrl+Return under Xvfb).
    bool xdotool(const QStringList &args) { return SigapTest::xdotool(m_env, args); }

    QString focusedWindowName()
    {
        QProcess run;
        run.setProcessEnvironment(m_env);
        run.start(m_xdotool, {QStringLiteral("getwindowfocus"), QStringLiteral("getwindowname")});
        run.waitForFinished(30000);
        return QString::fromUtf8(run.readAllStandardOutput()).trimmed();
    }

    // The whole X screen as a PNG (GStreamer's X image source, one frame).
    QString screenshot(const QString &name)
    {
        const QString file = m_artifacts + QLatin1Char('/') + name + QStringLiteral(".png");
        QFile::remove(file);
        QProcess grab;
        grab.setProcessEnvironment(m_env);
        grab.start(QStringLiteral("gst-launch-1.0"),
                   {QStringLiteral("-q"), QStringLiteral("ximagesrc"),
                    QStringLiteral("display-name=") + m_xvfb.display(), QStringLiteral("num-buffers=1"),
                    QStringLiteral("use-damage=false"), QStringLiteral("!"), QStringLiteral("videoconvert"),
                    QStringLiteral("!"), QStringLiteral("pngenc"), QStringLiteral("!"), QStringLiteral("filesink"),
                    QStringLiteral("location=") + file});
        grab.waitForFinished(60000);
        return file;
    }

    // Asks a desk through sigapctl until `ready` holds for the JSON it prints (bounded).
    static QJsonDocument waitForJson(const QString &data, const QStringList &args,
                                     const std::function<bool(const QJsonDocument &)> &ready, int timeoutMs = 60000)
    {
        QDeadlineTimer deadline(timeoutMs);
        QJsonDocument doc;
        do {
            doc = QJsonDocument::fromJson(ctl(data, args).out.toUtf8());
            if (ready(doc))
                return doc;
        } while (!deadline.hasExpired());
        return doc;
    }

    static QJsonObject handoffOf(const QJsonDocument &list, const QString &incident, const QString &agency)
    {
        for (const QJsonValue &v : list.array()) {
            const QJsonObject h = v.toObject();
            if (h.value(QLatin1String("incident")).toString() == incident
                && h.value(QLatin1String("agency")).toString() == agency)
                return h;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        if (m_xdotool.isEmpty())
            QSKIP("xdotool is not installed (apt-get install xdotool); ./run tests installs it");
        if (QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0")).isEmpty())
            QSKIP("gst-launch-1.0 is not installed (apt-get install gstreamer1.0-tools); ./run tests installs it");
        const QString problem = m_xvfb.start(QSize(1600, 900));
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DISPLAY"), m_xvfb.display());
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        m_artifacts = QDir::current().absoluteFilePath(QStringLiteral("test-artifacts/handoff-e2e"));
        QDir().mkpath(m_artifacts);
    }

    void theLiaisonDeskAcknowledgesWhatTheOperatorHandedOff()
    {
        QTemporaryDir tmp;
        const QString key = tmp.filePath(QStringLiteral("room.key"));
        const Run init = runProgram(QStringLiteral("sigapctl"),
                                    {QStringLiteral("room"), QStringLiteral("init"), QStringLiteral("--room"),
                                     QStringLiteral("e2e"), QStringLiteral("--out"), key});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString operatorData = tmp.filePath(QStringLiteral("operator"));
        const QString liaisonData = tmp.filePath(QStringLiteral("damkar"));

        // A fire reported before the operator's desk opens, so it is the list's first row.
        QString incident;
        {
            NodeProcess node(operatorData, {QStringLiteral("--room"), QStringLiteral("e2e")});
            QVERIFY2(node.start(), qPrintable(node.errorOutput()));
            const Run created = ctl(operatorData, {QStringLiteral("incident"), QStringLiteral("create"),
                                                   QStringLiteral("--category"), QStringLiteral("kebakaran"),
                                                   QStringLiteral("--kelurahan"), QStringLiteral("63.71.01.1001"),
                                                   QStringLiteral("--caller"), QStringLiteral("081255501234")});
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            incident = created.out.trimmed();
            QCOMPARE(node.stop(), 0);
        }
        QVERIFY(!incident.isEmpty());

        QProcess operatorDesk;
        startDesk(operatorDesk,
                  {QStringLiteral("--data"), operatorData, QStringLiteral("--room-key"), key,
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-multicast")});
        QVERIFY(operatorDesk.waitForStarted());
        const QJsonDocument peers = waitForJson(
            operatorData, {QStringLiteral("peers"), QStringLiteral("--json")},
            [](const QJsonDocument &d) { return !d.object().value(QLatin1String("listen")).toString().isEmpty(); });
        const QString operatorAddress = peers.object().value(QLatin1String("listen")).toString();
        QVERIFY2(!operatorAddress.isEmpty(), peers.toJson().constData());

        QProcess liaisonDesk;
        startDesk(liaisonDesk, {QStringLiteral("--data"), liaisonData, QStringLiteral("--agency"),
                                QStringLiteral("damkar-bjm"), QStringLiteral("--room-key"), key,
                                QStringLiteral("--peer"), operatorAddress, QStringLiteral("--no-multicast")});
        QVERIFY(liaisonDesk.waitForStarted());
        // The liaison desk has caught up with the room: it knows the fire.
        const QJsonDocument known
            = waitForJson(liaisonData, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")},
                          [](const QJsonDocument &d) { return d.array().size() == 1; });
        QCOMPARE(known.array().size(), 1);

        // The operator: Ctrl+H on the selected fire, Enter sends it to the agencies ticked
        // for fires (Damkar and the volunteer brigades).
        QVERIFY(xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                         QStringLiteral("--name"), QStringLiteral("^Sigap 112 — Kota Banjarmasin"),
                         QStringLiteral("windowraise"), QStringLiteral("windowfocus"), QStringLiteral("--sync"),
                         QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("F6"),
                         QStringLiteral("ctrl+h")}));
        screenshot(QStringLiteral("1-operator-hands-off"));
        // The dialog takes the keyboard itself once it is up (there is no window manager).
        QVERIFY(xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                         QStringLiteral("--name"), QStringLiteral("^Hand off the incident")}));
        QTRY_VERIFY_WITH_TIMEOUT(focusedWindowName().startsWith(QLatin1String("Hand off the incident")), 30000);
        // The volunteers are called by phone: the first Enter asks who took the call there and
        // puts the keyboard in that name's field; the name, then Enter, sends.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("Return")}));
        QVERIFY(xdotool(QStringList{QStringLiteral("key"), QStringLiteral("--clearmodifiers")}
                        + QStringLiteral("P a k space J u m a d i").split(QLatin1Char(' '))));
        screenshot(QStringLiteral("1b-operator-names-who-took-the-call"));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("Return")}));

        // It is in the operator's log, and reaches the liaison desk through the room's...
        const QStringList handoffList{QStringLiteral("handoff"), QStringLiteral("list"), QStringLiteral("--json")};
        const QJsonDocument sent = waitForJson(operatorData, handoffList, [&](const QJsonDocument &d) {
            return !handoffOf(d, incident, QStringLiteral("damkar-bjm")).isEmpty();
        });
        QVERIFY2(!handoffOf(sent, incident, QStringLiteral("damkar-bjm")).isEmpty(), sent.toJson().constData());
        QCOMPARE(
            handoffOf(sent, incident, QStringLiteral("relawan-bjm")).value(QLatin1String("received_by")).toString(),
            QStringLiteral("Pak Jumadi"));
        const QJsonDocument arrived = waitForJson(liaisonData, handoffList, [&](const QJsonDocument &d) {
            return !handoffOf(d, incident, QStringLiteral("damkar-bjm")).isEmpty();
        });
        QCOMPARE(handoffOf(arrived, incident, QStringLiteral("damkar-bjm")).value(QLatin1String("state")).toString(),
                 QStringLiteral("sent"));
        screenshot(QStringLiteral("2-liaison-sees-the-handoff"));

        // ...where one key acknowledges it: the handoff list has the keyboard from the start.
        QVERIFY(xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                         QStringLiteral("--name"), QStringLiteral("liaison desk of Damkar"),
                         QStringLiteral("windowraise"), QStringLiteral("windowfocus"), QStringLiteral("--sync"),
                         QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("a")}));

        // The operator's desk holds the acknowledgement, by the liaison desk.
        const QJsonDocument acknowledged = waitForJson(operatorData, handoffList, [&](const QJsonDocument &d) {
            return handoffOf(d, incident, QStringLiteral("damkar-bjm")).value(QLatin1String("state")).toString()
                   == QLatin1String("acknowledged");
        });
        const QJsonObject damkar = handoffOf(acknowledged, incident, QStringLiteral("damkar-bjm"));
        QCOMPARE(damkar.value(QLatin1String("state")).toString(), QStringLiteral("acknowledged"));
        // Acknowledged by the liaison desk, sent by the operator's.
        const QJsonObject times = damkar.value(QLatin1String("times")).toObject();
        const QString liaisonActor = QStringLiteral("desk-")
                                     + waitForJson(liaisonData, {QStringLiteral("status"), QStringLiteral("--json")},
                                                   [](const QJsonDocument &d) { return d.isObject(); })
                                           .object()
                                           .value(QLatin1String("desk"))
                                           .toString();
        QCOMPARE(times.value(QLatin1String("acknowledged")).toObject().value(QLatin1String("by")).toString(),
                 liaisonActor);
        QVERIFY(times.value(QLatin1String("sent")).toObject().value(QLatin1String("by")).toString() != liaisonActor);
        // The volunteers' handoff is not the Damkar desk's to acknowledge.
        QCOMPARE(
            handoffOf(acknowledged, incident, QStringLiteral("relawan-bjm")).value(QLatin1String("state")).toString(),
            QStringLiteral("sent"));

        // The operator's window, in front, shows it in its handoff panel.
        QVERIFY(xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                         QStringLiteral("--name"), QStringLiteral("^Sigap 112 — Kota Banjarmasin"),
                         QStringLiteral("windowraise"), QStringLiteral("windowfocus"), QStringLiteral("--sync"),
                         QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("ctrl+shift+h")}));
        const QString shot = screenshot(QStringLiteral("3-operator-sees-the-acknowledgement"));
        const QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(shot));
        QCOMPARE(image.size(), QSize(1600, 900));

        for (QProcess *desk : {&liaisonDesk, &operatorDesk}) {
            desk->terminate();
            QVERIFY(desk->waitForFinished(60000));
            QCOMPARE(desk->exitCode(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_HandoffE2E)
#include "tst_handoff_e2e.moc"
