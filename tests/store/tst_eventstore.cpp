#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "eventsigning.h"
#include "store/desksigningkey.h"
#include "store/eventlog.h"
#include "store/eventstore.h"
#include "store/migrations.h"
#include "storesql.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Sigap;

namespace {

EventDraft noteDraft(int i)
{
    return EventDraft{EventKind::IncidentNoteAdded,
                      1,
                      QStringLiteral("inc-1"),
                      QCborMap{{QStringLiteral("text"), QStringLiteral("note %1").arg(i)}},
                      QStringLiteral("op-test"),
                      QStringLiteral("operator"),
                      0};
}

QList<EventDraft> drafts(int count)
{
    QList<EventDraft> list;
    for (int i = 0; i < count; ++i)
        list.append(noteDraft(i));
    return list;
}

using SigapTest::rawSql;

qint64 rawCount(const QString &path, const QString &table = QStringLiteral("events"))
{
    const QString name = QUuid::createUuid().toString();
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

std::unique_ptr<EventStore> openStore(const QString &path, const Clock &clock,
                                      const QString &room = QStringLiteral("bjm-live"))
{
    auto r = EventStore::open(path, room, clock);
    if (!r)
        qWarning() << r.error().message;
    return r ? std::move(r).value() : nullptr;
}

} // namespace

class tst_EventStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{1'790'000'000'000};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void anOversizedEventIsRefusedWholeOnBothPaths()
    {
        auto store = openStore(path(QStringLiteral("oversized.sqlite")), m_clock);
        QVERIFY(store);
        QList<EventDraft> batch = drafts(2);
        batch[1].payload.insert(QStringLiteral("text"), QString(EventStore::MaxPayloadBytes, QLatin1Char('x')));
        auto appended = store->append(batch);
        QVERIFY(!appended);
        QCOMPARE(appended.error().code, QStringLiteral("store.size"));
        QCOMPARE(store->eventCount(), 0); // all or nothing: the small one is not written either

        // The same from another desk (a sync frame or an import file) is refused too.
        Event big;
        big.origin = QStringLiteral("ffff0000");
        big.seq = 1;
        big.hlc = Hlc::pack(m_clock.nowMs(), 0);
        big.room = store->room();
        big.actor = QStringLiteral("op");
        big.role = QStringLiteral("operator");
        big.kind = EventKind::IncidentNoteAdded;
        big.subject = QStringLiteral("ffff0000-1");
        big.payload.insert(QStringLiteral("text"), QString(EventStore::MaxPayloadBytes, QLatin1Char('y')));
        big.hash = big.computeHash();
        auto imported = store->insertVerified({big});
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, QStringLiteral("import.size"));
        QCOMPARE(store->eventCount(), 0);
    }

    void appendRoundTripsThroughReopen()
    {
        const QString file = path(QStringLiteral("roundtrip.sqlite"));
        QString desk;
        QList<Event> written;
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store);
            desk = store->deskId();
            QCOMPARE(desk.size(), 8);
            auto r = store->append(drafts(3));
            QVERIFY(r.ok());
            written = r.value();
            QCOMPARE(written.at(0).seq, 1);
            QCOMPARE(written.at(2).seq, 3);
            QVERIFY(written.at(0).prevHash.isEmpty());
            QCOMPARE(written.at(1).prevHash, written.at(0).hash);
            QCOMPARE(written.at(2).prevHash, written.at(1).hash);
        }
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        QCOMPARE(store->deskId(), desk);
        QCOMPARE(store->room(), QStringLiteral("bjm-live"));
        QCOMPARE(store->versionVector().value(desk).seq, 3);
        QList<Event> read;
        QVERIFY(store->forEach(0, [&](const Event &e) { read.append(e); }).ok());
        QCOMPARE(read.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read.at(i).hash, written.at(i).hash);
            QCOMPARE(read.at(i).payload, written.at(i).payload);
            QVERIFY(read.at(i).hashIsValid());
        }
        // The chain continues where it stopped.
        auto next = store->append(drafts(1));
        QVERIFY(next.ok());
        QCOMPARE(next.value().first().seq, 4);
        QCOMPARE(next.value().first().prevHash, written.last().hash);
        QCOMPARE(store->verify().value().checked, 4);
    }

    void appendIsDurableBeforeAck()
    {
        const QString file = path(QStringLiteral("durable.sqlite"));
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        QCOMPARE(store->journalMode(), QStringLiteral("wal"));
        QCOMPARE(store->synchronousLevel(), 2); // FULL: the WAL is fsynced at every commit
        QVERIFY(store->append(drafts(5)).ok());
        // Another connection sees every acknowledged event at once: it is committed, not
        // buffered in this process.
        QCOMPARE(rawCount(file), 5);
    }

    void newStoreGetsLatestSchema()
    {
        const QString file = path(QStringLiteral("migrate.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("CREATE TABLE unrelated (x)")})); // schema version 0
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('events','heads','meta','snapshots')"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The archive's counts are kept with every write, so a desk never counts its rows at
    // start: an item archived again replaces its row and is not counted twice; clearing the
    // archive clears the counts; an older store gets its counts at the migration.
    void theArchiveKeepsItsCountsWithEveryWrite()
    {
        const QString file = path(QStringLiteral("archive.sqlite"));
        auto item = [](const QString &id, const QString &key) {
            return ArchivedItem{id, 1000, 2000, key, QByteArray("data of ") + id.toUtf8()};
        };
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store);
            EventStore &s = *store;
            QCOMPARE(s.archivedCount(QStringLiteral("calls")), qint64(0));
            QVERIFY(s.archive(QStringLiteral("calls"), {item(QStringLiteral("c1"), QStringLiteral("0811")),
                                                        item(QStringLiteral("c2"), QStringLiteral("0811")),
                                                        item(QStringLiteral("c3"), QStringLiteral("0822"))}));
            QVERIFY(s.archive(QStringLiteral("incidents"), {item(QStringLiteral("i1"), QString())}));
            QVERIFY(s.archive(QStringLiteral("calls"), {item(QStringLiteral("c2"), QStringLiteral("0899")),
                                                        item(QStringLiteral("c4"), QStringLiteral("0899"))}));
            QCOMPARE(s.archivedCount(QStringLiteral("calls")), qint64(4));
            QCOMPARE(s.archivedCount(QStringLiteral("incidents")), qint64(1));
            QStringList filed;
            s.forEachArchivedWithKey(QStringLiteral("calls"), QStringLiteral("0899"),
                                     [&filed](const ArchivedItem &a) { filed.append(a.id); });
            QCOMPARE(filed, (QStringList{QStringLiteral("c2"), QStringLiteral("c4")})); // c2 moved with its key
            QVERIFY(s.clearArchive());
            QCOMPARE(s.archivedCount(QStringLiteral("calls")), qint64(0));
            QVERIFY(s.archive(QStringLiteral("calls"), {item(QStringLiteral("c1"), QStringLiteral("0811")),
                                                        item(QStringLiteral("c2"), QStringLiteral("0811"))}));
        }
        // Back to schema 2 as an older Sigap left it: no key column, no counts.
        QVERIFY(rawSql(file,
                       {QStringLiteral("DROP INDEX archive_key"), QStringLiteral("ALTER TABLE archive DROP COLUMN key"),
                        QStringLiteral("DELETE FROM meta WHERE key LIKE 'archived:%'"),
                        QStringLiteral("ALTER TABLE events DROP COLUMN sig"), QStringLiteral("DROP TABLE desk_keys"),
                        QStringLiteral("DROP TABLE desk_trouble"), QStringLiteral("PRAGMA user_version = 2")}));
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        QCOMPARE(store->archivedCount(QStringLiteral("calls")), qint64(2));
        QCOMPARE(store->archivedCount(QStringLiteral("incidents")), qint64(0));
    }

    void refusedStoresAreLeftUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("corrupt pages") << QStringLiteral("corrupt") << QStringLiteral("bjm-live")
                                       << QStringLiteral("store.corrupt");
        QTest::newRow("not a database") << QStringLiteral("garbage") << QStringLiteral("bjm-live")
                                        << QStringLiteral("store.corrupt");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("bjm-live")
                                      << QStringLiteral("store.newer");
        QTest::newRow("other room") << QStringLiteral("none") << QStringLiteral("smd-live")
                                    << QStringLiteral("store.room");
    }

    void refusedStoresAreLeftUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(QString, room);
        QFETCH(QString, expectedCode);
        const QString file = path(QStringLiteral("refused-%1.sqlite").arg(damage));
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store);
            QVERIFY(store->append(drafts(2000)).ok());
        }
        if (damage == QLatin1String("corrupt")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 64 * 1024);
            f.seek(f.size() / 2);
            f.write(QByteArray(8192, '\x55'));
        } else if (damage == QLatin1String("garbage")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("this is not a Sigap store, just text that someone saved here\n").repeated(100));
        } else if (damage == QLatin1String("newer")) {
            QVERIFY(rawSql(file, {QStringLiteral("PRAGMA user_version = 99")}));
        }
        const QByteArray before = SigapTest::fileSha256(file);
        auto opened = EventStore::open(file, room, m_clock);
        QVERIFY2(!opened.ok(), "a damaged, newer or foreign store must be refused");
        QCOMPARE(opened.error().code, expectedCode);
        QVERIFY2(opened.error().message.contains(file), qPrintable(opened.error().message));
        QCOMPARE(SigapTest::fileSha256(file), before);
    }

    void cleanShutdownIsMarkedAndTheMarkIsDroppedWhileOpen()
    {
        const QString file = path(QStringLiteral("marker.sqlite"));
        const QString marker = file + QStringLiteral(".clean");
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store->append(drafts(3)).ok());
            QVERIFY2(!QFile::exists(marker), "an open store must not be vouched for");
        }
        QVERIFY2(QFile::exists(marker), "a clean close leaves the marker that lets the next start skip quick_check");
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store);
            QVERIFY(!QFile::exists(marker));
            QCOMPARE(store->verify().value().checked, 3);
        }
        // Damage behind the store's back changes the file's identity (same size, new mtime):
        // the marker no longer matches, the full check runs and finds it.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(4096, '\x33'));
        f.close();
        QVERIFY(QFile::exists(marker));
        auto reopened = EventStore::open(file, QStringLiteral("bjm-live"), m_clock);
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.error().code, QStringLiteral("store.corrupt"));
    }

    void groupCommitSharesOneTransaction()
    {
        auto store = openStore(path(QStringLiteral("group.sqlite")), m_clock);
        QVERIFY(store);
        EventLog log(std::move(store));
        QSignalSpy appended(&log, &EventLog::appended);
        QObject context;
        QList<qint64> acked;
        for (int i = 0; i < 50; ++i)
            log.submit(noteDraft(i), &context, [&acked](const Result<Event> &e) {
                QVERIFY(e.ok());
                acked.append(e.value().seq);
            });
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 50, 10000);
        QCOMPARE(log.commits(), 1);
        QCOMPARE(appended.size(), 1);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(acked.at(i), i + 1);
    }

    void verifyFindsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("payload edited") << QStringLiteral("UPDATE events SET payload = X'A0' WHERE seq = 5")
                                        << QStringLiteral("-5 does not match its hash");
        QTest::newRow("event removed") << QStringLiteral("DELETE FROM events WHERE seq = 3")
                                       << QStringLiteral("-4: expected sequence 3");
        QTest::newRow("chain relinked") << QStringLiteral("UPDATE events SET prev_hash = X'00' WHERE seq = 7")
                                        << QStringLiteral("-7 does not link");
    }

    void verifyFindsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString file
            = path(QStringLiteral("tamper-%1.sqlite")
                       .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store->append(drafts(10)).ok());
            QVERIFY(store->verify().ok());
        }
        QVERIFY(rawSql(file, {sql}));
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        auto verified = store->verify();
        QVERIFY2(!verified.ok(), "verify must notice the change");
        QVERIFY2(verified.error().message.contains(expected), qPrintable(verified.error().message));
    }

    void importIsVerifiedAllOrNothingAndIdempotent()
    {
        auto source = openStore(path(QStringLiteral("import-src.sqlite")), m_clock);
        auto target = openStore(path(QStringLiteral("import-dst.sqlite")), m_clock);
        QVERIFY(source && target);
        const QList<Event> events = source->append(drafts(20)).value();

        // A gap: the first half without event 5.
        QList<Event> withGap = events.mid(0, 10);
        withGap.removeAt(4);
        auto gap = target->insertVerified(withGap);
        QVERIFY(!gap.ok());
        QCOMPARE(gap.error().code, QStringLiteral("import.gap"));
        QCOMPARE(target->eventCount(), 0);

        // A forged event in the middle: nothing of the batch is written.
        QList<Event> forged = events;
        forged[12].payload.insert(QStringLiteral("text"), QStringLiteral("changed"));
        auto refused = target->insertVerified(forged);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("import.hash"));
        QCOMPARE(target->eventCount(), 0);

        auto first = target->insertVerified(events);
        QVERIFY(first.ok());
        QCOMPARE(first.value().added.size(), 20);
        auto again = target->insertVerified(events);
        QVERIFY(again.ok());
        QCOMPARE(again.value().added.size(), 0);
        QCOMPARE(again.value().alreadyPresent, 20);
        QCOMPARE(target->eventCount(), 20);
        QCOMPARE(target->verify().value().checked, 20);

        // A different event 3 from the same origin (a forked chain) is refused.
        Event fork = events.at(2);
        fork.payload.insert(QStringLiteral("text"), QStringLiteral("fork"));
        fork.hash = fork.computeHash();
        QVERIFY(Testing::signWithKeyOf(path(QStringLiteral("import-src.sqlite")), fork));
        auto forkResult = target->insertVerified({fork});
        QVERIFY(!forkResult.ok());
        QCOMPARE(forkResult.error().code, QStringLiteral("import.fork"));
    }

    // Each append ends with an event signed by the desk's key, made with its store and kept
    // owner-only beside it; verify checks every stored signature.
    void everyAppendEndsWithTheDesksSignature()
    {
        const QString file = path(QStringLiteral("signed.sqlite"));
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        const QList<Event> events = store->append(drafts(3)).value();
        QVERIFY(events.at(0).signature.isEmpty());
        QVERIFY(events.at(1).signature.isEmpty());
        QVERIFY(DeskSigningKey::verify(store->publicKeyOf(store->deskId()), events.at(2).hash, events.at(2).signature));
        const QFile::Permissions keyMode = QFile::permissions(EventStore::signingKeyPath(file));
        QVERIFY(keyMode & QFile::ReadOwner);
        QVERIFY2(!(keyMode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)),
                 "the desk's signing key is for its owner only");
        auto report = store->verify();
        QVERIFY(report.ok());
        QVERIFY(report.value().clean());
        QCOMPARE(report.value().signaturesChecked, 1);
        // A long append is signed along the way too, so a relaying desk can cut it into frames.
        const QList<Event> many = store->append(drafts(EventStore::SignatureSpacing + 10)).value();
        QVERIFY(!many.at(EventStore::SignatureSpacing - 1).signature.isEmpty());
        QVERIFY(!many.constLast().signature.isEmpty());
    }

    // The review's "edited desk id": a desk holding the room key writes under another desk's id
    // with its own key. The receiver knows the real desk's key: the run is refused, recorded
    // with both fingerprints, and verify names it; the other desks' events in the batch go on.
    void eventsSignedWithAnotherKeyAreRefusedAndNamed()
    {
        const QString victimFile = path(QStringLiteral("victim.sqlite"));
        auto victim = openStore(victimFile, m_clock);
        auto honest = openStore(path(QStringLiteral("honest.sqlite")), m_clock);
        auto target = openStore(path(QStringLiteral("other-key-dst.sqlite")), m_clock);
        QVERIFY(victim && honest && target);
        const QList<Event> genuine = victim->append(drafts(2)).value();
        QVERIFY(target->insertVerified(genuine).ok());

        Event forged = genuine.constLast();
        forged.seq = 3;
        forged.prevHash = forged.hash;
        forged.payload.insert(QStringLiteral("text"), QStringLiteral("palsu"));
        forged.hash = forged.computeHash();
        const DeskSigningKey liar = DeskSigningKey::generate();
        Testing::signAs(liar, forged);
        QList<ReceivedEvent> batch{ReceivedEvent::of(forged)};
        const QList<Event> honestEvents = honest->append(drafts(2)).value();
        for (const Event &e : honestEvents)
            batch.append(ReceivedEvent::of(e));

        auto result = target->insertReceived(batch, EventStore::Refusals::PerOrigin);
        QVERIFY(result.ok());
        QCOMPARE(result.value().added.size(), 2); // the honest desk's
        QCOMPARE(result.value().refused.size(), 1);
        QCOMPARE(result.value().refused.constFirst().error.code, QStringLiteral("import.other_key"));
        QCOMPARE(target->versionVector().value(victim->deskId()).seq, 2);
        auto report = target->verify();
        QVERIFY(report.ok());
        QVERIFY(!report.value().clean());
        QCOMPARE(report.value().troubles.size(), 1);
        QCOMPARE(report.value().troubles.constFirst().kind, EventStore::TroubleKind::OtherKey);
        QCOMPARE(report.value().troubles.constFirst().firstSeq, 3);
        QVERIFY(report.value().troubles.constFirst().detail.contains(DeskSigningKey::fingerprint(liar.publicKey())));

        // Unsigned, it is refused as well; signed by the real desk, it would be taken.
        forged.signature.clear();
        forged.signerKey.clear();
        auto unsignedResult = target->insertVerified({forged});
        QVERIFY(!unsignedResult.ok());
        QCOMPARE(unsignedResult.error().code, QStringLiteral("import.unsigned"));
        QVERIFY(Testing::signWithKeyOf(victimFile, forged));
        QVERIFY(target->insertVerified({forged}).ok());
    }

    // A desk that signs two different events under one number is quarantined: the fork is
    // recorded with both hashes, its later events are refused, and every other desk's events
    // in the same batches are taken. The quarantine survives a restart.
    void aForkQuarantinesThatDeskOnly()
    {
        const QString forkerFile = path(QStringLiteral("forker.sqlite"));
        const QString targetFile = path(QStringLiteral("fork-dst.sqlite"));
        auto forker = openStore(forkerFile, m_clock);
        auto other = openStore(path(QStringLiteral("fork-other.sqlite")), m_clock);
        auto target = openStore(targetFile, m_clock);
        QVERIFY(forker && other && target);
        const QList<Event> events = forker->append(drafts(3)).value();
        QVERIFY(target->insertVerified(events).ok());

        Event second = events.at(1);
        second.payload.insert(QStringLiteral("text"), QStringLiteral("versi lain"));
        second.hash = second.computeHash();
        QVERIFY(Testing::signWithKeyOf(forkerFile, second));
        QList<ReceivedEvent> batch{ReceivedEvent::of(second)};
        const QList<Event> otherEvents = other->append(drafts(2)).value();
        for (const Event &e : otherEvents)
            batch.append(ReceivedEvent::of(e));
        auto result = target->insertReceived(batch, EventStore::Refusals::PerOrigin);
        QVERIFY(result.ok());
        QCOMPARE(result.value().added.size(), 2);
        QCOMPARE(result.value().refused.constFirst().error.code, QStringLiteral("import.fork"));
        QVERIFY(target->isQuarantined(forker->deskId()));
        QVERIFY(!target->isQuarantined(other->deskId()));

        const QList<Event> later = forker->append(drafts(1)).value();
        auto refused = target->insertReceived({ReceivedEvent::of(later.constFirst())}, EventStore::Refusals::PerOrigin);
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().refused.constFirst().error.code, QStringLiteral("import.quarantined"));
        QCOMPARE(target->versionVector().value(forker->deskId()).seq, 3);

        target.reset();
        target = openStore(targetFile, m_clock);
        QVERIFY(target->isQuarantined(forker->deskId()));
        auto report = target->verify();
        QVERIFY(report.ok());
        QCOMPARE(report.value().troubles.size(), 1);
        QCOMPARE(report.value().troubles.constFirst().kind, EventStore::TroubleKind::Forked);
        QCOMPARE(report.value().troubles.constFirst().firstSeq, 2);
    }

    // A store written before desks signed holds other desks' events without their keys. A run
    // that brings a key never seen and differs from those events is refused as someone else's,
    // and the desk is not quarantined for it. Its own events are signed at open, one every
    // SignatureSpacing and the newest, so verify finds them vouched for.
    void aStoreFromBeforeSigningIsSignedAndNotFooled()
    {
        const QString file = path(QStringLiteral("before-signing.sqlite"));
        const QString otherFile = path(QStringLiteral("before-signing-other.sqlite"));
        auto other = openStore(otherFile, m_clock);
        QList<Event> theirs = other->append(drafts(3)).value();
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store->append(drafts(EventStore::SignatureSpacing * 2 + 7)).ok());
            QVERIFY(store->insertVerified(theirs).ok());
        }
        QVERIFY(
            rawSql(file, {QStringLiteral("UPDATE events SET sig = NULL"), QStringLiteral("DELETE FROM desk_keys")}));
        auto store = openStore(file, m_clock);
        QVERIFY(store);
        auto report = store->verify();
        QVERIFY(report.ok());
        QVERIFY2(!report.value().unsignedFrom.contains(store->deskId()), "its own events are signed again at open");
        QCOMPARE(report.value().signaturesChecked, 3); // at 500, 1000 and the newest

        Event impostor = theirs.at(1);
        impostor.payload.insert(QStringLiteral("text"), QStringLiteral("palsu"));
        impostor.hash = impostor.computeHash();
        Testing::signAs(DeskSigningKey::generate(), impostor);
        auto result = store->insertReceived({ReceivedEvent::of(impostor)}, EventStore::Refusals::PerOrigin);
        QVERIFY(result.ok());
        QCOMPARE(result.value().refused.constFirst().error.code, QStringLiteral("import.other_key"));
        QVERIFY(!store->isQuarantined(other->deskId()));
        QVERIFY(store->publicKeyOf(other->deskId()).isEmpty());
    }

    // A copy of a store without its key file cannot write as the desk it came from, nor can a
    // store whose desk is registered with another key than its key file holds.
    void aStoreWithoutItsDesksKeyDoesNotOpen()
    {
        const QString file = path(QStringLiteral("keyed.sqlite"));
        {
            auto store = openStore(file, m_clock);
            QVERIFY(store && store->append(drafts(1)).ok());
        }
        const QString keyFile = EventStore::signingKeyPath(file);
        QVERIFY(QFile::rename(keyFile, keyFile + QStringLiteral(".away")));
        auto missing = EventStore::open(file, QStringLiteral("bjm-live"), m_clock);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("store.key"));
        QVERIFY(DeskSigningKey::generate().save(keyFile).ok());
        auto other = EventStore::open(file, QStringLiteral("bjm-live"), m_clock);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("store.key"));
        QVERIFY(other.error().message.contains(QLatin1String("another desk")));
    }

    // The newest stamp of the log is kept with every write (reading MAX(hlc) at each start
    // took seconds on years of history); reopened with the clock set back, a store still never
    // stamps a new event before one it holds, whether that came from this desk or another, and
    // also when the recorded stamp is gone (the store was changed by hand).
    void aReopenedStoreNeverStampsEarlier_data()
    {
        QTest::addColumn<bool>("stampRecordRemoved");
        QTest::newRow("recorded") << false;
        QTest::newRow("record removed") << true;
    }

    void aReopenedStoreNeverStampsEarlier()
    {
        QFETCH(bool, stampRecordRemoved);
        ManualClock clock{1'790'000'000'000};
        const QString file = path(QStringLiteral("newest-%1.sqlite").arg(stampRecordRemoved));
        qint64 newest = 0;
        {
            auto other = openStore(path(QStringLiteral("newest-peer-%1.sqlite").arg(stampRecordRemoved)), clock);
            clock.advanceMs(3600 * 1000); // the other desk's clock runs an hour ahead
            QList<Event> fromPeer = other->append(drafts(2)).value();
            clock.advanceMs(-3600 * 1000);
            auto store = openStore(file, clock);
            QVERIFY(store->append(drafts(2)).ok());
            QVERIFY(store->insertVerified(fromPeer).ok());
            newest = fromPeer.last().hlc;
        }
        if (stampRecordRemoved)
            QVERIFY(rawSql(file, {QStringLiteral("DELETE FROM meta WHERE key = 'newest_hlc'")}));
        clock.advanceMs(-2 * 3600 * 1000); // and this desk's clock is set back two hours
        auto store = openStore(file, clock);
        QVERIFY(store);
        const auto next = store->append(drafts(1));
        QVERIFY(next.ok());
        QVERIFY2(next.value().first().hlc > newest, "a new event stamped before one the store holds");
    }

    void importRefusesEventsFarInTheFuture()
    {
        auto source = openStore(path(QStringLiteral("future-src.sqlite")), m_clock);
        QList<Event> events = source->append(drafts(2)).value();
        auto target = openStore(path(QStringLiteral("future-dst.sqlite")), m_clock);
        Event &second = events[1];
        second.hlc = Hlc::pack(m_clock.nowMs() + 3LL * 24 * 3600 * 1000, 0); // three days ahead
        second.hash = second.computeHash();
        auto result = target->insertVerified(events);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("import.future"));
        QCOMPARE(target->eventCount(), 0);
    }

    void incidentTimelineStartsWithTheCreation()
    {
        auto store = openStore(path(QStringLiteral("timeline.sqlite")), m_clock);
        const Event created = store
                                  ->append({EventDraft{EventKind::IncidentCreated, 1, QString(),
                                                       QCborMap{{QStringLiteral("category"), QStringLiteral("sar")}},
                                                       QStringLiteral("op-a"), QStringLiteral("operator"), 0}})
                                  .value()
                                  .first();
        QVERIFY(store->append(drafts(2)).ok()); // notes about "inc-1": not this incident
        QVERIFY(store
                    ->append({EventDraft{EventKind::IncidentNoteAdded, 1, created.id(),
                                         QCborMap{{QStringLiteral("text"), QStringLiteral("tim SAR berangkat")}},
                                         QStringLiteral("op-b"), QStringLiteral("operator"), 0}})
                    .ok());
        const QList<Event> timeline = store->incidentTimeline(created.id()).value();
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline.first().id(), created.id());
        QCOMPARE(timeline.last().kind, EventKind::IncidentNoteAdded);
    }

    void snapshotsKeepTheNewest()
    {
        const QString file = path(QStringLiteral("snap.sqlite"));
        auto store = openStore(file, m_clock);
        QVERIFY(!store->latestSnapshot(1).has_value());
        QVERIFY(store->saveSnapshot(10, 1, QByteArrayLiteral("first")).ok());
        QVERIFY(store->saveSnapshot(20, 1, QByteArrayLiteral("second")).ok());
        const auto snapshot = store->latestSnapshot(1);
        QVERIFY(snapshot.has_value());
        QCOMPARE(snapshot->uptoRowId, 20);
        QCOMPARE(snapshot->data, QByteArrayLiteral("second"));
        QVERIFY2(!store->latestSnapshot(2).has_value(), "a snapshot of another format is not used");
        QVERIFY(store->saveSnapshot(30, 1, QByteArrayLiteral("third")).ok());
        QCOMPARE(rawCount(file, QStringLiteral("snapshots")), 1); // older ones are pruned
    }
};

QTEST_GUILESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
