// The AML SMS parser (ETSI TS 103 625): published samples decode to their fields, every
// malformed field is refused by name, the message length guards against cut messages.
#include "telephony/aml.h"

#include <QTest>

using namespace Sigap;

namespace {

// A body with its correct ml appended (the length counts the ml field itself).
QString withLength(const QString &body)
{
    const QString prefix = body + QStringLiteral(";ml=");
    int length = int(prefix.size()) + 2;
    while (int(prefix.size() + QString::number(length).size()) != length)
        ++length;
    return prefix + QString::number(length);
}

const QString goodBody = QStringLiteral("A\"ML=1;lt=-3.31860;lg=+114.59260;rd=12;top=20261201074500;lc=68;pm=G;"
                                        "si=510101234567890;ei=356708041746734;mcc=510;mnc=10");

} // namespace

class tst_Aml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSamplesDecode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("radius");
        QTest::addColumn<qint64>("positionedMs");
        QTest::addColumn<int>("confidence");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("mnc");

        // The example of EENA's AML specification (also in published parsers' tests):
        // 2013-07-17 14:19:35 UTC is 1374070775 s.
        QTest::newRow("eena example") << QStringLiteral(
            "A\"ML=1;lt=+54.76397;lg=-0.18305;rd=50;top=20130717141935;lc=90;pm=W;"
            "si=123456789012345;ei=1234567890123456;mcc=234;mnc=30;ml=128")
                                      << 54.76397 << -0.18305 << 50.0 << qint64(1374070775000) << 90
                                      << QStringLiteral("W") << QStringLiteral("30");
        QTest::newRow("published french sample, mnc with a leading zero")
            << QStringLiteral("A\"ML=1;lt=+48.902963;lg=+2.516582;rd=1964;top=20220210134654;lc=95;pm=G;"
                              "si=234302543446355;ei=357365093474415;mcc=208;mnc=01;ml=131")
            << 48.902963 << 2.516582 << 1964.0 << qint64(1644500814000) << 95 << QStringLiteral("G")
            << QStringLiteral("01");
        QTest::newRow("unsigned latitude")
            << QStringLiteral("A\"ML=1;lt=48.82639;lg=-2.36619;rd=52;top=20191112112928;lc=68;pm=G;"
                              "si=208201771948415;ei=353472104343540;mcc=208;mnc=20;ml=126")
            << 48.82639 << -2.36619 << 52.0 << qint64(1573558168000) << 68 << QStringLiteral("G")
            << QStringLiteral("20");
        QTest::newRow("Banjarmasin, fields in another order")
            << withLength(QStringLiteral("A\"ML=1;pm=C;mcc=510;mnc=10;lg=114.5926;lt=-3.3186;lc=70;rd=800;"
                                         "top=20261201074500"))
            << -3.3186 << 114.5926 << 800.0 << qint64(1796111100000) << 70 << QStringLiteral("C")
            << QStringLiteral("10");
        const QString trailing = withLength(goodBody.left(goodBody.indexOf(QLatin1String(";si=")))) + u';';
        QTest::newRow("trailing separator, ml without it")
            << trailing << -3.3186 << 114.5926 << 12.0 << qint64(1796111100000) << 68 << QStringLiteral("G")
            << QString();
        QTest::newRow("gateway CR LF and lower-case method")
            << withLength(QStringLiteral("A\"ML=1;lt=-3.3;lg=114.6;rd=5.5;top=20261201074500;lc=100;pm=w"))
                   + QStringLiteral("\r\n")
            << -3.3 << 114.6 << 5.5 << qint64(1796111100000) << 100 << QStringLiteral("W") << QString();
    }

    void validSamplesDecode()
    {
        QFETCH(QString, text);
        const auto parsed = Aml::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, radius);
        QFETCH(qint64, positionedMs);
        QFETCH(int, confidence);
        QFETCH(QString, method);
        QFETCH(QString, mnc);
        const AmlMessage &m = parsed.value();
        QVERIFY(m.hasPosition() && m.radiusM && m.positionedMs && m.confidence && m.method);
        QCOMPARE(*m.lat, lat);
        QCOMPARE(*m.lon, lon);
        QCOMPARE(*m.radiusM, radius);
        QCOMPARE(*m.positionedMs, positionedMs);
        QCOMPARE(*m.confidence, confidence);
        QCOMPARE(Aml::methodCode(*m.method), method);
        QCOMPARE(m.mnc, mnc);
        QCOMPARE(m.length, int(text.trimmed().size()) - (text.trimmed().endsWith(u';') ? 1 : 0));
    }

    void optionalFieldsMayBeMissingOrEmpty()
    {
        // No IMSI, IMEI, network codes, confidence or time: still a position.
        auto bare = Aml::parse(withLength(QStringLiteral("A\"ML=1;lt=-3.3;lg=114.6")));
        QVERIFY2(bare.ok(), qPrintable(bare.ok() ? QString() : bare.error().message));
        QVERIFY(bare.value().hasPosition());
        QVERIFY(!bare.value().positionedMs && !bare.value().radiusM && !bare.value().method);
        // "No location": the handset sends the position fields empty.
        auto none = Aml::parse(withLength(QStringLiteral("A\"ML=1;lt=;lg=;rd=;top=;lc=;pm=N;mcc=510;mnc=10")));
        QVERIFY2(none.ok(), qPrintable(none.ok() ? QString() : none.error().message));
        QVERIFY(!none.value().hasPosition());
        QCOMPARE(*none.value().method, AmlMethod::NoLocation);
        // A key of a newer handset is kept by name and otherwise ignored.
        auto extra = Aml::parse(withLength(goodBody + QStringLiteral(";en=112")));
        QVERIFY2(extra.ok(), qPrintable(extra.ok() ? QString() : extra.error().message));
        QCOMPARE(extra.value().unknownKeys, QStringList{QStringLiteral("en")});
        // Some gateways drop the '"' of the header; ml still counts it.
        QString quoteless = withLength(goodBody);
        quoteless.remove(1, 1);
        auto dropped = Aml::parse(quoteless);
        QVERIFY2(dropped.ok(), qPrintable(dropped.ok() ? QString() : dropped.error().message));
        QCOMPARE(dropped.value().imsi, QStringLiteral("510101234567890"));
    }

    void malformedFieldIsRefusedByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        auto replace = [](const QString &from, const QString &to) {
            QString body = goodBody;
            body.replace(from, to);
            return withLength(body);
        };
        QTest::newRow("empty") << QString() << QStringLiteral("A\"ML");
        QTest::newRow("no header") << withLength(goodBody.mid(7)) << QStringLiteral("A\"ML");
        QTest::newRow("version 2") << replace(QStringLiteral("A\"ML=1"), QStringLiteral("A\"ML=2"))
                                   << QStringLiteral("A\"ML");
        QTest::newRow("header twice") << withLength(goodBody + QStringLiteral(";A\"ML=1")) << QStringLiteral("A\"ML");
        QTest::newRow("quoteless header repeated")
            << withLength(goodBody + QStringLiteral(";AML=1")) << QStringLiteral("AML");
        QTest::newRow("lt letters") << replace(QStringLiteral("lt=-3.31860"), QStringLiteral("lt=abc"))
                                    << QStringLiteral("lt");
        QTest::newRow("lt beyond the pole")
            << replace(QStringLiteral("lt=-3.31860"), QStringLiteral("lt=-90.5")) << QStringLiteral("lt");
        QTest::newRow("lt exponent") << replace(QStringLiteral("lt=-3.31860"), QStringLiteral("lt=-3e1"))
                                     << QStringLiteral("lt");
        QTest::newRow("lt comma") << replace(QStringLiteral("lt=-3.31860"), QStringLiteral("lt=-3,3186"))
                                  << QStringLiteral("lt");
        QTest::newRow("lt twice") << withLength(goodBody + QStringLiteral(";lt=1.0")) << QStringLiteral("lt");
        QTest::newRow("lg beyond 180") << replace(QStringLiteral("lg=+114.59260"), QStringLiteral("lg=+180.1"))
                                       << QStringLiteral("lg");
        QTest::newRow("lg nan") << replace(QStringLiteral("lg=+114.59260"), QStringLiteral("lg=nan"))
                                << QStringLiteral("lg");
        QTest::newRow("lt without lg") << replace(QStringLiteral(";lg=+114.59260"), QString()) << QStringLiteral("lg");
        QTest::newRow("lg without lt") << replace(QStringLiteral(";lt=-3.31860"), QString()) << QStringLiteral("lt");
        QTest::newRow("rd negative") << replace(QStringLiteral("rd=12"), QStringLiteral("rd=-12"))
                                     << QStringLiteral("rd");
        QTest::newRow("top too short") << replace(QStringLiteral("top=20261201074500"), QStringLiteral("top=20261201"))
                                       << QStringLiteral("top");
        QTest::newRow("top 30 February") << replace(QStringLiteral("top=20261201074500"),
                                                    QStringLiteral("top=20260230074500"))
                                         << QStringLiteral("top");
        QTest::newRow("top hour 24") << replace(QStringLiteral("top=20261201074500"),
                                                QStringLiteral("top=20261201240000"))
                                     << QStringLiteral("top");
        QTest::newRow("lc above 100") << replace(QStringLiteral("lc=68"), QStringLiteral("lc=101"))
                                      << QStringLiteral("lc");
        QTest::newRow("lc fraction") << replace(QStringLiteral("lc=68"), QStringLiteral("lc=99.9"))
                                     << QStringLiteral("lc");
        QTest::newRow("pm unknown") << replace(QStringLiteral("pm=G"), QStringLiteral("pm=Z")) << QStringLiteral("pm");
        QTest::newRow("pm N with a position")
            << replace(QStringLiteral("pm=G"), QStringLiteral("pm=N")) << QStringLiteral("pm");
        QTest::newRow("si letters") << replace(QStringLiteral("si=510101234567890"), QStringLiteral("si=51010x"))
                                    << QStringLiteral("si");
        QTest::newRow("ei too short") << replace(QStringLiteral("ei=356708041746734"), QStringLiteral("ei=3567"))
                                      << QStringLiteral("ei");
        QTest::newRow("mcc two digits") << replace(QStringLiteral("mcc=510"), QStringLiteral("mcc=51"))
                                        << QStringLiteral("mcc");
        QTest::newRow("mnc four digits") << replace(QStringLiteral("mnc=10"), QStringLiteral("mnc=1000"))
                                         << QStringLiteral("mnc");
        QTest::newRow("field without value") << withLength(goodBody + QStringLiteral(";pm")) << QStringLiteral("pm");
        QTest::newRow("ml missing") << goodBody << QStringLiteral("ml");
        QTest::newRow("ml letters") << goodBody + QStringLiteral(";ml=12a") << QStringLiteral("ml");
        QString longer = withLength(goodBody);
        longer.chop(3);
        longer += QString::number(withLength(goodBody).size() + 1);
        QTest::newRow("ml one more") << longer << QStringLiteral("ml");
        // The SMS lost its second part: the tail is gone, ml with it. Cut inside a value that
        // still reads well ("lc=6"), only the missing ml tells.
        QTest::newRow("cut short") << withLength(goodBody).left(goodBody.indexOf(QLatin1String("lc=68")) + 4)
                                   << QStringLiteral("ml");
        QTest::newRow("cut after a key") << withLength(goodBody).left(goodBody.indexOf(QLatin1String("lc=68")) + 2)
                                         << QStringLiteral("lc");
        QTest::newRow("bad rd and mnc: the first in the text is named")
            << withLength(QString(goodBody)
                              .replace(QStringLiteral("rd=12"), QStringLiteral("rd=x"))
                              .replace(QStringLiteral("mnc=10"), QStringLiteral("mnc=1000")))
            << QStringLiteral("rd");
    }

    void malformedFieldIsRefusedByName()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const auto parsed = Aml::parse(text);
        QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("accepted: ") + text));
        QVERIFY2(parsed.error().message.startsWith(field + QStringLiteral(": ")),
                 qPrintable(QStringLiteral("the error does not name %1 first: %2").arg(field, parsed.error().message)));
        const bool header = field == QLatin1String("A\"ML") || field == QLatin1String("AML");
        QCOMPARE(parsed.error().code, QStringLiteral("aml.") + (header ? QStringLiteral("header") : field));
    }

    void errorQuotesTheBadValue()
    {
        QString body = goodBody;
        body.replace(QStringLiteral("lt=-3.31860"), QStringLiteral("lt=abc"));
        const auto parsed = Aml::parse(withLength(body));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, QStringLiteral("lt: \"abc\" is not a latitude (decimal degrees, -90 to +90)"));
    }

    void tooLongIsRefusedBeforeParsing()
    {
        const auto parsed = Aml::parse(goodBody + QString(Aml::MaxLength, u'x'));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("aml.length"));
    }

    void jsonCarriesTheFields()
    {
        const auto parsed = Aml::parse(withLength(goodBody));
        QVERIFY(parsed.ok());
        const QJsonObject o = parsed.value().toJson();
        QCOMPARE(o.value(QStringLiteral("lat")).toDouble(), -3.3186);
        QCOMPARE(o.value(QStringLiteral("positioned_utc")).toString(), QStringLiteral("2026-12-01T07:45:00Z"));
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("G"));
        QCOMPARE(o.value(QStringLiteral("mcc")).toString(), QStringLiteral("510"));
    }
};

QTEST_GUILESS_MAIN(tst_Aml)
#include "tst_aml.moc"
