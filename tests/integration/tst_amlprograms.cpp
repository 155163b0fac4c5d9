// The command-line contract of AML: `sigapctl aml parse` (no desk needed) prints the fields
// or exits 1 naming the first bad field; `sigapctl aml receive` records a message at a
// running node. Real processes, the real control socket.
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SigapTest;

namespace {
const QString eenaSample = QStringLiteral("A\"ML=1;lt=+54.76397;lg=-0.18305;rd=50;top=20130717141935;lc=90;pm=W;"
                                          "si=123456789012345;ei=1234567890123456;mcc=234;mnc=30;ml=128");
} // namespace

class tst_AmlPrograms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void parsePrintsTheFields()
    {
        const Run r
            = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("aml"), QStringLiteral("parse"), eenaSample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("position: 54.763970, -0.183050 ± 50 m")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("positioned: 2013-07-17T14:19:35Z")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("method: W (Wi-Fi)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("MNC: 30")), qPrintable(r.out));
    }

    void parsePrintsJson()
    {
        const Run r = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("aml"), QStringLiteral("parse"),
                                                              eenaSample, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("lat")).toDouble(), 54.76397);
        QCOMPARE(o.value(QStringLiteral("lon")).toDouble(), -0.18305);
        QCOMPARE(o.value(QStringLiteral("radius_m")).toDouble(), 50.0);
        QCOMPARE(o.value(QStringLiteral("positioned_ms")).toInteger(), 1374070775000);
        QCOMPARE(o.value(QStringLiteral("confidence")).toInt(), 90);
        QCOMPARE(o.value(QStringLiteral("imei")).toString(), QStringLiteral("1234567890123456"));
        QCOMPARE(o.value(QStringLiteral("length")).toInt(), 128);
    }

    void parseRefusesNamingTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QString badLat = eenaSample;
        badLat.replace(QStringLiteral("lt=+54.76397"), QStringLiteral("lt=+5x.76397"));
        QTest::newRow("latitude") << badLat << QStringLiteral("lt: \"+5x.76397\" is not a latitude");
        QString badLength = eenaSample;
        badLength.replace(QStringLiteral("ml=128"), QStringLiteral("ml=129"));
        QTest::newRow("length") << badLength << QStringLiteral("ml: says 129 characters but the message has 128");
        QString badTime = eenaSample;
        badTime.replace(QStringLiteral("top=20130717141935"), QStringLiteral("top=20131317141935"));
        QTest::newRow("time") << badTime << QStringLiteral("top: \"20131317141935\" is not a time of positioning");
        QTest::newRow("not AML") << QStringLiteral("Halo, ini pesan biasa") << QStringLiteral("A\"ML: ");
    }

    void parseRefusesNamingTheField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const Run r = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("aml"), QStringLiteral("parse"), text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void parseWithoutTextIsWrongUsage()
    {
        const Run r = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("aml"), QStringLiteral("parse")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("aml parse needs")), qPrintable(r.err));
    }

    void helpListsTheAmlCommands()
    {
        const Run r = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("aml parse TEXT")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("aml receive NUMBER TEXT")), qPrintable(r.out));
    }

    void receiveRecordsAtARunningNode()
    {
        const QString data = m_tmp.filePath(QStringLiteral("node"));
        NodeProcess node(data, {QStringLiteral("--room"), QStringLiteral("bjm-test")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        auto events = [&] {
            const Run s = ctl(data, {QStringLiteral("status"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(s.out.toUtf8()).object().value(QStringLiteral("events")).toInteger(-1);
        };
        const qint64 before = events();
        QVERIFY(before >= 0);

        const Run r = ctl(data, {QStringLiteral("aml"), QStringLiteral("receive"), QStringLiteral("+6281200000002"),
                                 eenaSample, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(!o.value(QStringLiteral("event")).toString().isEmpty(), qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("call")).toString(), QString()); // no call from the number yet
        QCOMPARE(o.value(QStringLiteral("lat")).toDouble(), 54.76397);
        QCOMPARE(events(), before + 1);

        // A malformed message is refused by name and nothing is written.
        QString bad = eenaSample;
        bad.replace(QStringLiteral("pm=W"), QStringLiteral("pm=X"));
        const Run refused
            = ctl(data, {QStringLiteral("aml"), QStringLiteral("receive"), QStringLiteral("081200000002"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("pm: \"X\" is not a positioning method")), qPrintable(refused.err));
        QCOMPARE(events(), before + 1);
        QCOMPARE(node.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AmlPrograms)
#include "tst_amlprograms.moc"
