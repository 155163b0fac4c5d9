#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/incidentprojection.h"
#include "store/eventstore.h"
#include "store/logfile.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

namespace {

QList<EventDraft> incidentHistory(int incidents)
{
    QList<EventDraft> drafts;
    for (int i = 0; i < incidents; ++i) {
        drafts.append(EventDraft{
            EventKind::IncidentCreated, 1, QString(),
            QCborMap{{QStringLiteral("category"), QStringLiteral("medis")}, {QStringLiteral("priority"), 1 + i % 4}},
            QStringLiteral("op-a"), QStringLiteral("operator"), 0});
        drafts.append(EventDraft{QStringLiteral("future.kind"), 3, QStringLiteral("x"),
                                 QCborMap{{QStringLiteral("n"), i}}, QStringLiteral("op-a"), QStringLiteral("operator"),
                                 0});
    }
    return drafts;
}

QByteArray stateHashOf(const EventStore &store)
{
    IncidentProjection p;
    (void)store.forEach(0, [&](const Event &e) { p.apply(e); });
    return p.stateHash();
}

} // namespace

class tst_LogFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{1'790'000'000'000};
    std::unique_ptr<EventStore> m_source;
    QString m_exported;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<EventStore> freshTarget(const QString &name, const QString &room = QStringLiteral("bjm-live"))
    {
        auto r = EventStore::open(path(name), room, m_clock);
        return r ? std::move(r).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto r = EventStore::open(path(QStringLiteral("source.sqlite")), QStringLiteral("bjm-live"), m_clock);
        QVERIFY(r.ok());
        m_source = std::move(r).value();
        QVERIFY(m_source->append(incidentHistory(50)).ok());
        m_exported = path(QStringLiteral("room.sigaplog"));
        auto written = LogFile::write(m_exported, *m_source);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 100);
    }

    void exportImportRoundTrip()
    {
        auto contents = LogFile::read(m_exported);
        QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().message));
        QCOMPARE(contents.value().room, QStringLiteral("bjm-live"));
        QCOMPARE(contents.value().events.size(), 100);
        auto target = freshTarget(QStringLiteral("roundtrip.sqlite"));
        auto imported = target->insertVerified(contents.value().events);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().added.size(), 100);
        QCOMPARE(stateHashOf(*target), stateHashOf(*m_source));
        QCOMPARE(target->verify().value().checked, 100);
        // Unknown kinds travel untouched.
        QList<Event> unknown;
        (void)target->forEach(0, [&](const Event &e) {
            if (e.kind == QLatin1String("future.kind"))
                unknown.append(e);
        });
        QCOMPARE(unknown.size(), 50);
        QCOMPARE(unknown.first().kindVersion, 3);
        // Importing the same file again adds nothing.
        auto again = target->insertVerified(contents.value().events);
        QVERIFY(again.ok());
        QCOMPARE(again.value().added.size(), 0);
    }

    void badFilesAreRefusedByRecord_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated mid-record")
            << QStringLiteral("truncate-mid") << QStringLiteral("record 100: unreadable or truncated");
        QTest::newRow("truncated at a record boundary")
            << QStringLiteral("truncate-boundary") << QStringLiteral("ends after 99 of 100 events");
        QTest::newRow("a byte flipped in a payload")
            << QStringLiteral("flip") << QStringLiteral("does not match its hash");
        QTest::newRow("not a log") << QStringLiteral("garbage") << QStringLiteral("record 0: not a Sigap log file");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("record 0");
    }

    void badFilesAreRefusedByRecord()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QFile in(m_exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        if (damage == QLatin1String("truncate-mid")) {
            bytes.chop(7);
        } else if (damage == QLatin1String("truncate-boundary")) {
            // Cut the last record off exactly.
            auto contents = LogFile::read(m_exported);
            const QByteArray tail = QCborValue(contents.value().events.last().toCbor()).toCbor();
            QVERIFY(bytes.endsWith(tail));
            bytes.chop(tail.size());
        } else if (damage == QLatin1String("flip")) {
            const qsizetype at = bytes.indexOf("future.kind", bytes.size() / 2);
            QVERIFY(at > 0);
            bytes[at] = 'F';
        } else if (damage == QLatin1String("garbage")) {
            bytes = QByteArrayLiteral("incident;kebakaran;Mantuil\n");
        } else {
            bytes.clear();
        }
        const QString damaged = path(QStringLiteral("damaged-%1.sigaplog").arg(damage));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        auto result = LogFile::read(damaged);
        QVERIFY2(!result.ok(), "a damaged file must be refused");
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(damaged), "the message names the file");
    }

    void otherRoomIsRefusedAndStoreUnchanged()
    {
        auto contents = LogFile::read(m_exported);
        auto target = freshTarget(QStringLiteral("other-room.sqlite"), QStringLiteral("smd-live"));
        QVERIFY(target);
        QVERIFY(target->append(incidentHistory(1)).ok());
        const QByteArray before = stateHashOf(*target);
        auto result = target->insertVerified(contents.value().events);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("import.room"));
        QCOMPARE(target->eventCount(), 2);
        QCOMPARE(stateHashOf(*target), before);
    }
};

QTEST_GUILESS_MAIN(tst_LogFile)
#include "tst_logfile.moc"
