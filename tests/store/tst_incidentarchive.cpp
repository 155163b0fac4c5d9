// Years of history: closed incidents leave memory for the store's archive at a snapshot, and
// nothing a person or a report sees changes because of it. The reference is always a plain
// fold of the same log with nothing archived.
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/incidentmodel.h"
#include "domain/incidentprojection.h"
#include "domain/incidentsearch.h"
#include "node/node.h"
#include "reports/reportcsv.h"
#include "reports/reportfigures.h"
#include "store/projectionfold.h"

#include "archiveroom.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Sigap;

class tst_IncidentArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settledHistoryLeavesMemoryAndStaysReadable();
    void anEventAboutAnArchivedIncidentBringsItBack();
    void aRestartKeepsTheArchiveAndAWholeFoldRebuildsIt();
    void reportsOfThePastCountArchivedIncidents();
    void aLongFoldArchivesAsItGoes();
    void aDamagedArchiveRowReadsAsNothing();
    void historySearchReachesArchivedIncidents();
};

namespace {

using SigapTest::ArchiveRoom;
constexpr qint64 Now = ArchiveRoom::Now;
constexpr qint64 HourMs = ArchiveRoom::HourMs;
constexpr qint64 DayMs = ArchiveRoom::DayMs;

// A store with ten days of a room: two incidents a day closed an hour after they came in,
// one cancelled, one from the first day never closed, and two of the last hour (one closed).
struct TenDays : ArchiveRoom
{
    QStringList settledIds; // closed or cancelled more than two days before the newest event
    QStringList otherIds;   // open, or settled recently

    TenDays()
    {
        auto opened = EventStore::open(storePath(), QString(), clock);
        if (!opened)
            qFatal("cannot make the store: %s", qPrintable(opened.error().message));
        EventStore &store = *opened.value();
        QList<EventDraft> drafts;
        auto create = [&](qint64 at, const QString &category) {
            drafts.append(EventDraft{EventKind::IncidentCreated, 1, QString(),
                                     QCborMap{{QStringLiteral("category"), category},
                                              {QStringLiteral("priority"), 2},
                                              {QStringLiteral("caller"), QStringLiteral("081234567890")},
                                              {QStringLiteral("lat"), -3.32},
                                              {QStringLiteral("lon"), 114.59}},
                                     QStringLiteral("op-rina"), QStringLiteral("operator"), at});
            const auto appended = store.append(drafts);
            if (!appended)
                qFatal("append: %s", qPrintable(appended.error().message));
            drafts.clear();
            return appended.value().first().id();
        };
        auto move = [&](const QString &id, qint64 at, const char *to) {
            const auto appended = store.append({EventDraft{EventKind::IncidentStatusChanged, 1, id,
                                                           QCborMap{{QStringLiteral("to"), QLatin1String(to)}},
                                                           QStringLiteral("op-rina"), QStringLiteral("operator"), at}});
            if (!appended)
                qFatal("append: %s", qPrintable(appended.error().message));
        };
        for (int day = 10; day >= 1; --day) {
            for (int n = 0; n < 2; ++n) {
                const qint64 at = Now - day * DayMs + n * 3 * HourMs;
                const QString id = create(at, n ? QStringLiteral("kebakaran") : QStringLiteral("medis"));
                if (day == 10 && n == 1) {
                    otherIds.append(id); // never closed
                    continue;
                }
                move(id, at + HourMs / 2, "in_progress");
                move(id, at + HourMs, day == 7 && n == 0 ? "cancelled" : "closed");
                (day >= 3 ? settledIds : otherIds).append(id);
            }
        }
        const QString recentClosed = create(Now - 2 * HourMs, QStringLiteral("medis"));
        move(recentClosed, Now - 2 * HourMs + 60'000, "in_progress");
        move(recentClosed, Now - HourMs, "closed");
        otherIds.append(recentClosed);
        otherIds.append(create(Now - HourMs + 1, QStringLiteral("kriminal")));
    }
};

// The same log folded into a projection that keeps everything in memory.
QByteArray plainFoldHash(const Node &node)
{
    IncidentProjection plain;
    const auto folded = const_cast<Node &>(node).log().store().forEach(0, [&plain](const Event &e) { plain.apply(e); });
    if (!folded)
        qFatal("fold: %s", qPrintable(folded.error().message));
    return plain.stateHash();
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

void tst_IncidentArchive::settledHistoryLeavesMemoryAndStaysReadable()
{
    TenDays room;
    auto node = room.start();
    const IncidentProjection &incidents = node->incidents();
    IncidentModel model(incidents, node->categories(), node->gazetteer(), QStringLiteral("id"), node->timeZone());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qsizetype all = room.settledIds.size() + room.otherIds.size();
    QCOMPARE(incidents.createdIds().size(), all); // nothing archived before the first snapshot
    QCOMPARE(model.rowCount(), int(all));
    const QByteArray hashBefore = incidents.stateHash();
    QCOMPARE(hashBefore, plainFoldHash(*node));

    QVERIFY(node->saveSnapshot());

    QCOMPARE(sorted(incidents.createdIds()), sorted(room.otherIds));
    QCOMPARE(model.rowCount(), int(room.otherIds.size()));
    QCOMPARE(incidents.createdCount(), qint64(all));
    QCOMPARE(node->log().store().archivedCount(QStringLiteral("incidents")), qint64(room.settledIds.size()));
    QCOMPARE(incidents.stateHash(), hashBefore);
    for (const QString &id : std::as_const(room.settledIds)) {
        const Incident *archived = incidents.incident(id);
        QVERIFY2(archived, qPrintable(id));
        QCOMPARE(archived->id, id);
        QVERIFY(!IncidentStatuses::isOpen(archived->status));
    }
    QStringList walked;
    incidents.forEachIncident([&walked](const Incident &incident) { walked.append(incident.id); });
    QCOMPARE(sorted(walked), sorted(room.settledIds + room.otherIds));
    QVERIFY(!incidents.incident(QStringLiteral("no-such-incident")));
}

void tst_IncidentArchive::anEventAboutAnArchivedIncidentBringsItBack()
{
    TenDays room;
    auto node = room.start();
    const IncidentProjection &incidents = node->incidents();
    IncidentModel model(incidents, node->categories(), node->gazetteer(), QStringLiteral("id"), node->timeZone());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(node->saveSnapshot());
    const QString old = room.settledIds.first();
    QVERIFY(!incidents.createdIds().contains(old));
    const Incident *recalled = incidents.incident(old); // read back, as a timeline would
    QVERIFY(recalled);

    const auto noted
        = node->log().append({EventDraft{EventKind::IncidentNoteAdded, 1, old,
                                         QCborMap{{QStringLiteral("text"), QStringLiteral("Keluarga menelepon lagi.")}},
                                         QStringLiteral("op-rina"), QStringLiteral("operator")}});
    QVERIFY(noted);

    QVERIFY(incidents.createdIds().contains(old));
    QCOMPARE(incidents.incident(old), recalled); // the same incident, not a copy
    QCOMPARE(model.rowCount(), int(room.otherIds.size() + 1));
    QCOMPARE(incidents.incident(old)->notes.size(), size_t(1));
    QCOMPARE(incidents.createdCount(), qint64(room.settledIds.size() + room.otherIds.size()));
    QCOMPARE(incidents.stateHash(), plainFoldHash(*node));

    // Noted just now, it stays in memory at the next snapshot; the archive keeps its row.
    QVERIFY(node->saveSnapshot());
    QVERIFY(incidents.createdIds().contains(old));
    QCOMPARE(incidents.createdCount(), qint64(room.settledIds.size() + room.otherIds.size()));
    QCOMPARE(incidents.stateHash(), plainFoldHash(*node));
}

void tst_IncidentArchive::aRestartKeepsTheArchiveAndAWholeFoldRebuildsIt()
{
    TenDays room;
    QByteArray hash;
    {
        auto node = room.start();
        QVERIFY(node->saveSnapshot());
        hash = node->incidents().stateHash();
    }
    {
        auto node = room.start();
        QVERIFY(node->restoredFromRowId() > 0);
        QCOMPARE(sorted(node->incidents().createdIds()), sorted(room.otherIds));
        QCOMPARE(node->incidents().createdCount(), qint64(room.settledIds.size() + room.otherIds.size()));
        QCOMPARE(node->incidents().stateHash(), hash);
        QCOMPARE(hash, plainFoldHash(*node));
    }
    room.removeSnapshots();
    {
        auto node = room.start();
        QCOMPARE(node->restoredFromRowId(), qint64(0));
        QCOMPARE(node->log().store().archivedCount(QStringLiteral("incidents")), qint64(0)); // cleared with the fold
        QCOMPARE(node->incidents().createdIds().size(), room.settledIds.size() + room.otherIds.size());
        QCOMPARE(node->incidents().stateHash(), hash);
        QVERIFY(node->saveSnapshot());
        QCOMPARE(node->log().store().archivedCount(QStringLiteral("incidents")), qint64(room.settledIds.size()));
        QCOMPARE(node->incidents().stateHash(), hash);
    }
}

void tst_IncidentArchive::reportsOfThePastCountArchivedIncidents()
{
    TenDays room;
    auto node = room.start();
    // A week that ended five days ago, and the whole ten days: every table, byte for byte.
    const QList<std::pair<qint64, qint64>> periods{{Now - 12 * DayMs, Now - 5 * DayMs}, {Now - 11 * DayMs, Now}};
    QList<QByteArray> before;
    for (const auto &[from, to] : periods) {
        const ReportFigures figures = ReportFigures::compute(node->reportSources(), from, to);
        QVERIFY(figures.incidentsCreated > 0);
        for (ReportCsv::Table table : ReportCsv::tables())
            before.append(ReportCsv::table(table, figures, node->reportSources(), QStringLiteral("en")));
    }
    QVERIFY(node->saveSnapshot());
    QVERIFY(node->log().store().archivedCount(QStringLiteral("incidents")) > 0);
    QList<QByteArray> after;
    for (const auto &[from, to] : periods) {
        after.append(SigapTest::reportTables(*node, from, to));
    }
    QCOMPARE(after, before);
}

void tst_IncidentArchive::aLongFoldArchivesAsItGoes()
{
    TenDays room;
    SystemClock clock;
    auto store = EventStore::open(room.storePath(), QString(), clock);
    QVERIFY(store);
    IncidentProjection incidents;
    ProjectionFold fold(8); // a look for settled history every 8 events
    fold.add(incidents);
    QVERIFY(fold.foldStore(*store.value()));
    const qint64 archived = store.value()->archivedCount(QStringLiteral("incidents"));
    // Two days behind the newest event at each look: all but the last days' are archived.
    QVERIFY2(archived >= room.settledIds.size() - 2 && archived <= room.settledIds.size(),
             qPrintable(QString::number(archived)));
    QCOMPARE(incidents.createdCount(), qint64(room.settledIds.size() + room.otherIds.size()));
    IncidentProjection plain;
    QVERIFY(store.value()->forEach(0, [&plain](const Event &e) { plain.apply(e); }));
    QCOMPARE(incidents.stateHash(), plain.stateHash());
}

void tst_IncidentArchive::aDamagedArchiveRowReadsAsNothing()
{
    TenDays room;
    {
        auto node = room.start();
        QVERIFY(node->saveSnapshot());
    }
    const QString damaged = room.settledIds.first();
    // Bytes of the wrong shape where the incident was ("SGSN garbage").
    QVERIFY(SigapTest::rawSql(
        room.storePath(),
        {QStringLiteral("UPDATE archive SET data = X'5347534e2067617262616765' WHERE id = '%1'").arg(damaged)}));
    auto node = room.start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("archived incident is unreadable")));
    QVERIFY(!node->incidents().incident(damaged));
    QVERIFY(node->incidents().incident(room.settledIds.last())); // the others still read
}

void tst_IncidentArchive::historySearchReachesArchivedIncidents()
{
    TenDays room;
    auto node = room.start();
    QVERIFY(node->saveSnapshot());
    const IncidentProjection &incidents = node->incidents();

    const IncidentSearch::Result all = IncidentSearch::find(incidents, Now - 11 * DayMs, Now + 1, QString());
    QCOMPARE(all.found.size(), room.settledIds.size() + room.otherIds.size());
    QCOMPARE(all.more, 0);
    for (qsizetype i = 1; i < all.found.size(); ++i)
        QVERIFY(all.found.at(i - 1).createdMs >= all.found.at(i).createdMs); // newest first

    // The fires of a week that ended five days ago: all five archived but the one never closed.
    const IncidentSearch::Result fires
        = IncidentSearch::find(incidents, Now - 11 * DayMs, Now - 5 * DayMs, QStringLiteral("KEBAKARAN"));
    QCOMPARE(fires.found.size(), 5);
    for (const IncidentSearch::Found &f : fires.found) {
        QCOMPARE(f.category, QStringLiteral("kebakaran"));
        QVERIFY(f.id == room.otherIds.first() || room.settledIds.contains(f.id));
    }
    // Every word must match; words the caller adds (a label) count too; past the limit, counted.
    QCOMPARE(IncidentSearch::find(incidents, Now - 11 * DayMs, Now - 5 * DayMs, QStringLiteral("kebakaran 0812"))
                 .found.size(),
             5);
    QVERIFY(IncidentSearch::find(incidents, Now - 11 * DayMs, Now - 5 * DayMs, QStringLiteral("kebakaran medis"))
                .found.isEmpty());
    const auto fireLabel = [](const Incident &i) {
        return i.category() == QLatin1String("kebakaran") ? QStringList{QStringLiteral("Api besar")} : QStringList{};
    };
    QCOMPARE(IncidentSearch::find(incidents, Now - 11 * DayMs, Now - 5 * DayMs, QStringLiteral("api"), fireLabel)
                 .found.size(),
             5);
    const IncidentSearch::Result limited
        = IncidentSearch::find(incidents, Now - 11 * DayMs, Now - 5 * DayMs, QStringLiteral("kebakaran"), {}, 3);
    QCOMPARE(limited.found.size(), 3);
    QCOMPARE(limited.more, 2);
    QCOMPARE(limited.found.first().id, fires.found.first().id);
}

QTEST_GUILESS_MAIN(tst_IncidentArchive)
#include "tst_incidentarchive.moc"
