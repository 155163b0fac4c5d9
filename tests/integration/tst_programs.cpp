// The command-line contract of sigap-node and sigapctl, with real processes and the real
// control socket.
#include "testsupport.h"
#include "training/scenario.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace SigapTest;

class tst_Programs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString dir(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void everyProgramAnswersVersionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("sigap") << QStringLiteral("sigap");
        QTest::newRow("sigap-node") << QStringLiteral("sigap-node");
        QTest::newRow("sigapctl") << QStringLiteral("sigapctl");
    }

    void everyProgramAnswersVersionAndHelp()
    {
        QFETCH(QString, program);
        const Run version = runProgram(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QLatin1String(SIGAP_VERSION)), qPrintable(version.out));
        const Run help = runProgram(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("--data")), qPrintable(help.out));
    }

    void helpIsIndonesianByDefault()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(program(QStringLiteral("sigapctl")), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(QLatin1String("Folder data")), qPrintable(help));
    }

    void ctlSaysSoWhenNoNodeRuns()
    {
        const Run r = ctl(dir(QStringLiteral("nothing-here")), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("no Sigap desk or node is running")), qPrintable(r.err));
    }

    void incidentLifecycleThroughCtl()
    {
        const QString data = dir(QStringLiteral("node1"));
        NodeProcess node(data, {QStringLiteral("--room"), QStringLiteral("bjm-test")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));

        const Run created
            = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                         QStringLiteral("kebakaran"), QStringLiteral("--lat"), QStringLiteral("-3.3565"),
                         QStringLiteral("--lon"), QStringLiteral("114.5469"), QStringLiteral("--caller"),
                         QStringLiteral("081234567890"), QStringLiteral("--note"), QStringLiteral("Rumah terbakar")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.out.trimmed();
        QVERIFY2(id.contains(QLatin1Char('-')), qPrintable(id));

        const Run shown = ctl(data, {QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject incident = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(incident.value(QStringLiteral("category")).toString(), QStringLiteral("kebakaran"));
        QCOMPARE(incident.value(QStringLiteral("priority")).toInt(), 1); // the category's default
        QCOMPARE(incident.value(QStringLiteral("kelurahan_name")).toString(),
                 QStringLiteral("Mantuil")); // point-in-polygon
        QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(incident.value(QStringLiteral("notes")).toArray().size(), 1);

        QCOMPARE(ctl(data, {QStringLiteral("incident"), QStringLiteral("status"), id, QStringLiteral("in_progress")})
                     .exitCode,
                 0);
        QCOMPARE(ctl(data, {QStringLiteral("incident"), QStringLiteral("status"), id, QStringLiteral("new")}).exitCode,
                 0);
        const QJsonObject after = QJsonDocument::fromJson(ctl(data, {QStringLiteral("incident"), QStringLiteral("show"),
                                                                     id, QStringLiteral("--json")})
                                                              .out.toUtf8())
                                      .object();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(after.value(QStringLiteral("conflicts")).toArray().size(), 1);

        const Run list = ctl(data, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);

        // The state survives a restart (folded from the snapshot written at shutdown).
        const QString hash = ctl(data, {QStringLiteral("state-hash")}).out.trimmed();
        QCOMPARE(hash.size(), 64);
        QCOMPARE(node.stop(), 0);
        QVERIFY(node.start());
        QCOMPARE(ctl(data, {QStringLiteral("state-hash")}).out.trimmed(), hash);
        const QJsonObject status
            = QJsonDocument::fromJson(ctl(data, {QStringLiteral("status"), QStringLiteral("--json")}).out.toUtf8())
                  .object();
        QVERIFY2(status.value(QStringLiteral("snapshot_restored_upto")).toInteger() == 3,
                 "the restart restores the snapshot written at shutdown instead of folding from the start");
        const Run verified = ctl(data, {QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QLatin1String("3 events")), qPrintable(verified.out));
    }

    void handoffThroughCtl()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("handoff"));
        NodeProcess node(data);
        QVERIFY(node.start());
        const Run created = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"),
                                       QStringLiteral("--category"), QStringLiteral("kebakaran")});
        QCOMPARE(created.exitCode, 0);
        const QString incident = created.out.trimmed();
        auto handoff
            = [&](const QStringList &args) { return ctl(data, QStringList{QStringLiteral("handoff")} + args); };
        QCOMPARE(handoff({QStringLiteral("send"), incident, QStringLiteral("damkar-bjm")}).exitCode, 0);
        QCOMPARE(handoff({QStringLiteral("send"), incident, QStringLiteral("polresta-bjm"),
                          QStringLiteral("--received-by"), QStringLiteral("Bripka Andi")})
                     .exitCode,
                 0);
        QCOMPARE(handoff({QStringLiteral("ack"), incident, QStringLiteral("damkar-bjm"), QStringLiteral("--as"),
                          QStringLiteral("damkar-rudi")})
                     .exitCode,
                 0);
        QCOMPARE(
            handoff({QStringLiteral("state"), incident, QStringLiteral("damkar-bjm"), QStringLiteral("dispatched")})
                .exitCode,
            0);
        // Refused, with the reason named: unknown agency, a rejection without a reason.
        const Run unknown = handoff({QStringLiteral("send"), incident, QStringLiteral("ghostbusters")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("ghostbusters")), qPrintable(unknown.err));
        const Run noReason
            = handoff({QStringLiteral("state"), incident, QStringLiteral("polresta-bjm"), QStringLiteral("rejected")});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains(QLatin1String("reason")), qPrintable(noReason.err));
        QCOMPARE(handoff({QStringLiteral("ack"), incident}).exitCode, 2);
        // An option of another command is refused, not passed on: --to must not turn an
        // acknowledgement into "finished", nor --from reach a handoff.
        const Run foreignTo = handoff({QStringLiteral("ack"), incident, QStringLiteral("damkar-bjm"),
                                       QStringLiteral("--to"), QStringLiteral("finished")});
        QCOMPARE(foreignTo.exitCode, 2);
        QVERIFY2(foreignTo.err.contains(QLatin1String("--to")), qPrintable(foreignTo.err));
        QCOMPARE(handoff({QStringLiteral("state"), incident, QStringLiteral("damkar-bjm"), QStringLiteral("finished"),
                          QStringLiteral("--channel"), QStringLiteral("phone")})
                     .exitCode,
                 2);
        // The channel named on the command line wins over the agency's own (PSC 119 is a desk agency).
        QCOMPARE(handoff({QStringLiteral("send"), incident, QStringLiteral("psc119-bjm"), QStringLiteral("--channel"),
                          QStringLiteral("phone"), QStringLiteral("--received-by"), QStringLiteral("Ibu Sari")})
                     .exitCode,
                 0);

        const Run list = handoff({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray handoffs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(handoffs.size(), 3);
        const QJsonObject damkar = handoffs.at(0).toObject();
        QCOMPARE(damkar.value(QStringLiteral("agency")).toString(), QStringLiteral("damkar-bjm"));
        QCOMPARE(damkar.value(QStringLiteral("state")).toString(), QStringLiteral("dispatched"));
        QCOMPARE(damkar.value(QStringLiteral("channel")).toString(), QStringLiteral("desk"));
        const QJsonObject times = damkar.value(QStringLiteral("times")).toObject();
        for (const QString &state :
             {QStringLiteral("sent"), QStringLiteral("acknowledged"), QStringLiteral("dispatched")})
            QVERIFY2(times.value(state).toObject().value(QStringLiteral("ms")).toInteger() > 0, qPrintable(state));
        // The liaison who acknowledged, by the name given with --as.
        QCOMPARE(times.value(QStringLiteral("acknowledged")).toObject().value(QStringLiteral("by")).toString(),
                 QStringLiteral("damkar-rudi"));
        const QJsonObject psc = handoffs.at(2).toObject();
        QCOMPARE(psc.value(QStringLiteral("agency")).toString(), QStringLiteral("psc119-bjm"));
        QCOMPARE(psc.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(psc.value(QStringLiteral("received_by")).toString(), QStringLiteral("Ibu Sari"));
        const QJsonObject police = handoffs.at(1).toObject();
        QCOMPARE(police.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(police.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(police.value(QStringLiteral("received_by")).toString(), QStringLiteral("Bripka Andi"));

        // The response times of the shift so far, and a period that makes no sense refused.
        const Run kpi = ctl(data, {QStringLiteral("kpi"), QStringLiteral("--json"), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01T00:00"), QStringLiteral("--to"),
                                   QStringLiteral("2099-01-01T00:00")});
        QCOMPARE(kpi.exitCode, 0);
        // Without a period: the current shift, eight hours that hold this moment.
        const QJsonObject shift
            = QJsonDocument::fromJson(ctl(data, {QStringLiteral("kpi"), QStringLiteral("--json")}).out.toUtf8())
                  .object();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(shift.value(QStringLiteral("to_ms")).toInteger() - shift.value(QStringLiteral("from_ms")).toInteger(),
                 8 * 3600 * 1000);
        QVERIFY(shift.value(QStringLiteral("from_ms")).toInteger() <= nowMs + 60000);
        QVERIFY(shift.value(QStringLiteral("to_ms")).toInteger() >= nowMs - 60000);
        const QJsonArray kpis
            = QJsonDocument::fromJson(kpi.out.toUtf8()).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 3); // Damkar, Polresta and PSC 119, each for the fire
        const QJsonObject fire = kpis.at(0).toObject();
        QCOMPARE(fire.value(QStringLiteral("agency")).toString(), QStringLiteral("damkar-bjm"));
        QCOMPARE(fire.value(QStringLiteral("category")).toString(), QStringLiteral("kebakaran"));
        QCOMPARE(fire.value(QStringLiteral("target_min")).toInt(), 15);
        QCOMPARE(fire.value(QStringLiteral("steps"))
                     .toObject()
                     .value(QStringLiteral("sent_to_acknowledged"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 1);
        const Run backwards
            = ctl(data, {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-11-23T15:00"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-23T07:00")});
        QCOMPARE(backwards.exitCode, 1);
        const Run garbled = ctl(data, {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("kemarin")});
        QCOMPARE(garbled.exitCode, 1);
        QVERIFY2(garbled.err.contains(QLatin1String("--from")), qPrintable(garbled.err));

        // The handoffs survive a restart (from the snapshot written at shutdown).
        QCOMPARE(node.stop(), 0);
        QVERIFY(node.start());
        QCOMPARE(
            QJsonDocument::fromJson(handoff({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array(),
            handoffs);
    }

    void badInputIsRefusedWithTheFieldNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("exitCode");
        const QString create = QStringLiteral("create");
        const QString incident = QStringLiteral("incident");
        QTest::newRow("unknown category")
            << QStringList{incident, create, QStringLiteral("--category"), QStringLiteral("ufo")}
            << QStringLiteral("category: unknown category \"ufo\"") << 1;
        QTest::newRow("unknown kelurahan") << QStringList{incident,
                                                          create,
                                                          QStringLiteral("--category"),
                                                          QStringLiteral("medis"),
                                                          QStringLiteral("--kelurahan"),
                                                          QStringLiteral("63.71.09.9999")}
                                           << QStringLiteral("kelurahan: unknown kelurahan code") << 1;
        QTest::newRow("latitude only") << QStringList{incident,
                                                      create,
                                                      QStringLiteral("--category"),
                                                      QStringLiteral("medis"),
                                                      QStringLiteral("--lat"),
                                                      QStringLiteral("-3.3")}
                                       << QStringLiteral("give both latitude and longitude") << 1;
        QTest::newRow("caller not a number") << QStringList{incident,
                                                            create,
                                                            QStringLiteral("--category"),
                                                            QStringLiteral("medis"),
                                                            QStringLiteral("--caller"),
                                                            QStringLiteral("halo")}
                                             << QStringLiteral("caller: \"halo\" is not a phone number") << 1;
        QTest::newRow("lat not a number") << QStringList{incident,
                                                         create,
                                                         QStringLiteral("--category"),
                                                         QStringLiteral("medis"),
                                                         QStringLiteral("--lat"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--lon"),
                                                         QStringLiteral("1")}
                                          << QStringLiteral("--lat: \"x\" is not a number") << 2;
        QTest::newRow("unknown incident") << QStringList{incident, QStringLiteral("show"), QStringLiteral("nope-1")}
                                          << QStringLiteral("no incident with id \"nope-1\"") << 1;
        QTest::newRow("priority not whole") << QStringList{incident,
                                                           create,
                                                           QStringLiteral("--category"),
                                                           QStringLiteral("medis"),
                                                           QStringLiteral("--priority"),
                                                           QStringLiteral("2.5")}
                                            << QStringLiteral("priority: must be a whole number from 1") << 1;
        QTest::newRow("export into the data folder")
            << QStringList{QStringLiteral("export"),
                           dir(QStringLiteral("node-bad-input")) + QStringLiteral("/events.sqlite")}
            << QStringLiteral("choose a file outside the data folder") << 1;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("launch")} << QStringLiteral("unknown command")
                                         << 2;
    }

    void badInputIsRefusedWithTheFieldNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QFETCH(int, exitCode);
        const QString data = dir(QStringLiteral("node-bad-input"));
        NodeProcess node(data);
        QVERIFY(node.start());
        const Run r = ctl(data, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(
            ctl(data, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")}).out.trimmed(),
            QStringLiteral("[\n]"));
    }

    void deskRefusesBadOptionsBeforeStarting_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no rate") << QStringList{QStringLiteral("--call-rate"), QStringLiteral("0")}
                                 << QStringLiteral("--call-rate: \"0\"");
        QTest::newRow("not a rate") << QStringList{QStringLiteral("--call-rate"), QStringLiteral("lots")}
                                    << QStringLiteral("--call-rate: \"lots\"");
        QTest::newRow("missing scenario")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent/shift.json")}
            << QStringLiteral("/nonexistent/shift.json");
        QTest::newRow("not a scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("NOT_A_SCENARIO")}
                                        << QStringLiteral("not a Sigap scenario");
    }

    // The desk checks its options before it opens a store or a window: the message names
    // the option or the file, the exit code is 2, and the data folder is not created.
    void deskRefusesBadOptionsBeforeStarting()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString notAScenario = dir(QStringLiteral("files")) + QStringLiteral("/not-a-scenario.json");
        QDir().mkpath(dir(QStringLiteral("files")));
        QFile file(notAScenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "something else"})");
        file.close();
        args.replaceInStrings(QStringLiteral("NOT_A_SCENARIO"), notAScenario);
        const QString data = dir(QStringLiteral("desk-bad-options"));
        const Run r = runProgram(QStringLiteral("sigap"), QStringList{QStringLiteral("--data"), data} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(data));
    }

    // The EIDO endpoint's certificate and key are read before the node starts: a file that
    // is missing or is no certificate is named, the exit code is 2, and no data folder is made.
    void nodeRefusesABadEidoCertificate_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing certificate")
            << QStringLiteral("/nonexistent/eido-cert.pem")
            << QStringList{QStringLiteral("--eido-key"), QStringLiteral("/nonexistent/eido.key")}
            << QStringLiteral("--eido-cert /nonexistent/eido-cert.pem: cannot read");
        QTest::newRow("not a certificate")
            << QStringLiteral("NOT_A_CERT") << QStringList{QStringLiteral("--eido-key"), QStringLiteral("NOT_A_CERT")}
            << QStringLiteral("no PEM certificate");
        QTest::newRow("no key") << QStringLiteral("/nonexistent/eido-cert.pem") << QStringList()
                                << QStringLiteral("--eido-listen needs --eido-cert FILE and --eido-key FILE");
    }

    void nodeRefusesABadEidoCertificate()
    {
        QFETCH(QString, cert);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        const QString notACert = dir(QStringLiteral("files")) + QStringLiteral("/not-a-cert.pem");
        QDir().mkpath(dir(QStringLiteral("files")));
        QFile file(notACert);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN NOTHING-----\nhello\n");
        file.close();
        cert.replace(QStringLiteral("NOT_A_CERT"), notACert);
        extra.replaceInStrings(QStringLiteral("NOT_A_CERT"), notACert);
        expected.replace(QStringLiteral("NOT_A_CERT"), notACert);
        const QString data = dir(QStringLiteral("node-bad-eido"));
        const Run r = runProgram(QStringLiteral("sigap-node"),
                                 QStringList{QStringLiteral("--data"), data, QStringLiteral("--eido-listen"),
                                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--eido-cert"), cert}
                                     + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        if (cert.startsWith(QLatin1Char('/')) && !extra.isEmpty())
            QVERIFY2(r.err.contains(cert), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(data));
    }

    void demoFillsARealisticShift()
    {
        const QString data = dir(QStringLiteral("demo"));
        NodeProcess node(data, {QStringLiteral("--demo")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const QJsonArray incidents
            = QJsonDocument::fromJson(
                  ctl(data, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")})
                      .out.toUtf8())
                  .array();
        QVERIFY2(incidents.size() >= 200 && incidents.size() <= 400, qPrintable(QString::number(incidents.size())));
        QSet<QString> categories, kelurahan, statuses;
        for (const QJsonValue &v : incidents) {
            const QJsonObject o = v.toObject();
            categories.insert(o.value(QStringLiteral("category")).toString());
            kelurahan.insert(o.value(QStringLiteral("kelurahan")).toString());
            statuses.insert(o.value(QStringLiteral("status")).toString());
        }
        QVERIFY2(categories.size() >= 10, "the demo covers the categories");
        QVERIFY2(kelurahan.size() >= 40, "the demo covers the city");
        QVERIFY(statuses.contains(QStringLiteral("closed")) && statuses.contains(QStringLiteral("handed_off")));
        const QJsonObject status
            = QJsonDocument::fromJson(ctl(data, {QStringLiteral("status"), QStringLiteral("--json")}).out.toUtf8())
                  .object();
        QCOMPARE(status.value(QStringLiteral("room")).toString(), QStringLiteral("demo"));
        QCOMPARE(ctl(data, {QStringLiteral("verify")}).exitCode, 0);
    }

    // The night's calls, anonymised into a training scenario by the running node: a version 2
    // scenario with every call, and none of the callers' numbers, operators or notes in it.
    void aLiveNightBecomesATrainingScenario()
    {
        const QString data = dir(QStringLiteral("replay"));
        NodeProcess node(data, {QStringLiteral("--demo")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const QString file = dir(QStringLiteral("replay-out")) + QStringLiteral("/night.json");
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        const Run exported = ctl(data, {QStringLiteral("scenario"), QStringLiteral("export"), file,
                                        QStringLiteral("--from"), QStringLiteral("2000-01-01T00:00"),
                                        QStringLiteral("--to"), QStringLiteral("2100-01-01T00:00")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray json = out.readAll();
        auto scenario = Sigap::Scenario::parse(json, file);
        QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error().message));
        QVERIFY2(scenario.value().calls.size() >= 300, qPrintable(QString::number(scenario.value().calls.size())));
        QVERIFY(exported.out.contains(QString::number(scenario.value().calls.size())));
        const QJsonArray incidents
            = QJsonDocument::fromJson(
                  ctl(data, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")})
                      .out.toUtf8())
                  .array();
        QVERIFY(!incidents.isEmpty());
        for (const QJsonValue &v : incidents) {
            for (const char *field : {"caller", "address"}) {
                const QString text = v.toObject().value(QLatin1String(field)).toString();
                if (!text.isEmpty())
                    QVERIFY2(!json.contains(text.toUtf8()), qPrintable(text));
            }
        }
        for (const char *name : {"op-rina", "op-agus", "op-dewi", "Sari Lestari", "lead-sari"})
            QVERIFY2(!json.contains(name), name);
        // A period with no calls is an empty scenario, not an error; a bad period is refused.
        QCOMPARE(ctl(data, {QStringLiteral("scenario"), QStringLiteral("export"), file, QStringLiteral("--from"),
                            QStringLiteral("yesterday")})
                     .exitCode,
                 1);
    }

    void exportImportBetweenNodes()
    {
        const QString a = dir(QStringLiteral("export-a"));
        const QString b = dir(QStringLiteral("export-b"));
        NodeProcess nodeA(a, {QStringLiteral("--room"), QStringLiteral("bjm")});
        NodeProcess nodeB(b, {QStringLiteral("--room"), QStringLiteral("bjm")});
        QVERIFY(nodeA.start());
        QVERIFY(nodeB.start());
        for (const QString &category : {QStringLiteral("medis"), QStringLiteral("banjir"), QStringLiteral("sar")})
            QCOMPARE(
                ctl(a, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"), category})
                    .exitCode,
                0);
        QCOMPARE(ctl(b, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                         QStringLiteral("kebakaran")})
                     .exitCode,
                 0);

        const QString fileA = dir(QStringLiteral("a.sigaplog"));
        const QString fileB = dir(QStringLiteral("b.sigaplog"));
        QCOMPARE(ctl(a, {QStringLiteral("export"), fileA}).exitCode, 0);
        QCOMPARE(ctl(b, {QStringLiteral("export"), fileB}).exitCode, 0);
        const Run importedIntoB = ctl(b, {QStringLiteral("import"), fileA});
        QCOMPARE(importedIntoB.exitCode, 0);
        QVERIFY2(importedIntoB.out.contains(QLatin1String("imported 3 new events")), qPrintable(importedIntoB.out));
        QCOMPARE(ctl(a, {QStringLiteral("import"), fileB}).exitCode, 0);
        const Run again = ctl(a, {QStringLiteral("import"), fileB});
        QVERIFY2(again.out.contains(QLatin1String("imported 0 new events (1 already present)")), qPrintable(again.out));
        QCOMPARE(ctl(a, {QStringLiteral("state-hash")}).out, ctl(b, {QStringLiteral("state-hash")}).out);

        // A truncated file is refused by record and changes nothing.
        QFile full(fileA);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        const QString truncated = dir(QStringLiteral("truncated.sigaplog"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() - 20));
        cut.close();
        const QString before = ctl(b, {QStringLiteral("state-hash")}).out;
        const Run refused = ctl(b, {QStringLiteral("import"), truncated});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(truncated) && refused.err.contains(QLatin1String("record 3")),
                 qPrintable(refused.err));
        QCOMPARE(ctl(b, {QStringLiteral("state-hash")}).out, before);
    }

    // sigapctl with `input` on its standard input (a PIN), as a person or a script gives it.
    void operatorsThroughCtl()
    {
        const QString data = dir(QStringLiteral("operators"));
        NodeProcess node(data, {QStringLiteral("--room"), QStringLiteral("bjm-test")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const QStringList addRina{QStringLiteral("operator"),   QStringLiteral("add"),     QStringLiteral("rina"),
                                  QStringLiteral("--name"),     QStringLiteral("Rina W."), QStringLiteral("--role"),
                                  QStringLiteral("operator"),   QStringLiteral("--role"),  QStringLiteral("shift_lead"),
                                  QStringLiteral("--pin-stdin")};
        QCOMPARE(ctlWithInput(data, addRina, "482916\n").exitCode, 0);
        const Run liaison = ctl(data, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("hasan"),
                                       QStringLiteral("--name"), QStringLiteral("Hasan"), QStringLiteral("--role"),
                                       QStringLiteral("liaison")});
        QCOMPARE(liaison.exitCode, 1);
        QVERIFY2(liaison.err.contains(QLatin1String("agency")), qPrintable(liaison.err));
        const Run badRole = ctl(data, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("budi"),
                                       QStringLiteral("--name"), QStringLiteral("Budi"), QStringLiteral("--role"),
                                       QStringLiteral("boss")});
        QCOMPARE(badRole.exitCode, 1);
        QVERIFY2(badRole.err.contains(QLatin1String("\"boss\" is not a role")), qPrintable(badRole.err));
        // Options of "operator add" go with it alone.
        QCOMPARE(ctl(data, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--role"),
                            QStringLiteral("admin")})
                     .exitCode,
                 2);

        const Run wrong = ctlWithInput(data, {QStringLiteral("signin"), QStringLiteral("rina")}, "111111\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("wrong PIN; 4 more attempts")), qPrintable(wrong.err));
        const Run right = ctlWithInput(data, {QStringLiteral("signin"), QStringLiteral("rina")}, "482916\n");
        QCOMPARE(right.exitCode, 0);
        QVERIFY2(right.out.contains(QLatin1String("rina is signed in here")), qPrintable(right.out));

        // What the room knows of her, and the actor of what this node writes now.
        const QJsonArray list = QJsonDocument::fromJson(ctl(data, {QStringLiteral("operator"), QStringLiteral("list"),
                                                                   QStringLiteral("--json")})
                                                            .out.toUtf8())
                                    .array();
        QCOMPARE(list.size(), 1);
        const QJsonObject rina = list.at(0).toObject();
        QCOMPARE(rina.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("operator"), QStringLiteral("shift_lead")}));
        QCOMPARE(rina.value(QStringLiteral("has_pin")).toBool(), true);
        QCOMPARE(rina.value(QStringLiteral("signed_in_at")).toArray().size(), 1);
        const Run created = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"),
                                       QStringLiteral("--category"), QStringLiteral("kebakaran")});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(ctl(data, {QStringLiteral("incident"), QStringLiteral("show"),
                                                                     created.out.trimmed(), QStringLiteral("--json")})
                                                              .out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("created_by")).toString(), QStringLiteral("rina"));
        const Run out = ctl(data, {QStringLiteral("signout")});
        QCOMPARE(out.exitCode, 0);
        QVERIFY2(out.out.contains(QLatin1String("no one is signed in here")), qPrintable(out.out));
    }

    void nodeRefusesDamagedStoreAndSecondNode()
    {
        const QString data = dir(QStringLiteral("damaged"));
        {
            NodeProcess node(data);
            QVERIFY(node.start());
            // A second node on the same folder is refused while the first runs.
            NodeProcess second(data);
            QVERIFY(!second.start(30000));
            QVERIFY2(second.errorOutput().contains(QLatin1String("already using this data folder")),
                     qPrintable(second.errorOutput()));
        }
        const QString store = QDir(data).filePath(QStringLiteral("events.sqlite"));
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileSha256(store);
        const Run r = runProgram(QStringLiteral("sigap-node"), {QStringLiteral("--data"), data});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(store) && r.err.contains(QLatin1String("left untouched")), qPrintable(r.err));
        QCOMPARE(fileSha256(store), before);
    }
    void dataFolderIsPrivateWhateverTheUmask()
    {
        // The shell's usual umask, and a folder an earlier version left readable by all.
        const mode_t oldMask = ::umask(022);
        const auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
        const QString data = dir(QStringLiteral("private"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/recordings")));
        QFile old(data + QStringLiteral("/recordings/old.wav"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("RIFF");
        old.close();
        QCOMPARE(QFileInfo(data).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
        QCOMPARE(QFileInfo(old).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
        const QString exported = dir(QStringLiteral("private-export.sigaplog"));
        {
            NodeProcess node(data);
            QVERIFY2(node.start(), qPrintable(node.errorOutput()));
            const Run created = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"),
                                           QStringLiteral("--category"), QStringLiteral("kebakaran")});
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            const Run exportRun = ctl(data, {QStringLiteral("export"), exported});
            QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        }
        QStringList open;
        QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList entries{data, exported};
        while (it.hasNext())
            entries << it.next();
        for (const QString &path : std::as_const(entries)) {
            const QFileInfo entry(path);
            constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                              | QFileDevice::WriteOther | QFileDevice::ExeOther;
            if (entry.permissions() & GroupOrOther)
                open << QStringLiteral("%1 (%2)").arg(path).arg(int(entry.permissions()), 0, 16);
        }
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
        QVERIFY2(entries.size() >= 5, qPrintable(entries.join(QLatin1Char('\n')))); // store, WAL or snapshot, export
    }
};

QTEST_GUILESS_MAIN(tst_Programs)
#include "tst_programs.moc"
