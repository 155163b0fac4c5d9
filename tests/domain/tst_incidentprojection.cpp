#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "eventhistory.h"

#include <QCborArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Sigap;
using namespace SigapTest;

namespace {

QByteArray foldHash(const QList<Event> &events)
{
    IncidentProjection p;
    p.apply(events);
    return p.stateHash();
}

const QStringList statuses{QStringLiteral("new"),    QStringLiteral("in_progress"), QStringLiteral("handed_off"),
                           QStringLiteral("closed"), QStringLiteral("cancelled"),   QStringLiteral("bogus")};
const QStringList categories{QStringLiteral("kebakaran"), QStringLiteral("medis"), QStringLiteral("banjir")};

// 10,000 events from three origins: creates, concurrent edits (equal wall times on purpose,
// so ties are broken by origin), notes, legal and illegal status changes, call links and
// unlinks, events
// for incidents whose creation arrives later, and kinds/versions the fold does not know.
EventHistory generate(quint32 seed, int count)
{
    QRandomGenerator rng(seed);
    EventHistory h;
    const QStringList origins{QStringLiteral("deskA"), QStringLiteral("deskB"), QStringLiteral("deskC")};
    QStringList incidents;
    qint64 wall = 1'790'000'000'000;
    while (h.events.size() < count) {
        wall += rng.bounded(3); // often the same millisecond on several desks
        const QString origin = origins.at(rng.bounded(3));
        const int roll = int(rng.bounded(100));
        if (incidents.isEmpty() || roll < 10) {
            Event &e = h.add(origin, wall, EventKind::IncidentCreated, QString(),
                             QCborMap{{QStringLiteral("category"), categories.at(rng.bounded(3))},
                                      {QStringLiteral("priority"), int(rng.bounded(1, 5))},
                                      {QStringLiteral("note"), QStringLiteral("first words")}});
            incidents.append(e.id());
            continue;
        }
        const QString target = rng.bounded(50) == 0 ? QStringLiteral("deskZ-%1").arg(rng.bounded(5)) // never created
                                                    : incidents.at(rng.bounded(incidents.size()));
        if (roll < 40) {
            QCborMap fields;
            fields.insert(QStringLiteral("priority"), int(rng.bounded(1, 5)));
            if (rng.bounded(2))
                fields.insert(QStringLiteral("address"), QStringLiteral("Jl. %1").arg(rng.bounded(1000)));
            if (rng.bounded(3) == 0) {
                fields.insert(QStringLiteral("lat"), -3.3 - rng.generateDouble() / 10);
                fields.insert(QStringLiteral("lon"), 114.5 + rng.generateDouble() / 10);
            }
            h.add(origin, wall, EventKind::IncidentUpdated, target, fields);
        } else if (roll < 60) {
            h.add(origin, wall, EventKind::IncidentNoteAdded, target,
                  QCborMap{{QStringLiteral("text"), QStringLiteral("note %1").arg(rng.bounded(100000))}});
        } else if (roll < 88) {
            h.add(origin, wall, EventKind::IncidentStatusChanged, target,
                  QCborMap{{QStringLiteral("to"), statuses.at(rng.bounded(statuses.size()))}});
        } else if (roll < 96) {
            // Links and their undoing, on few calls so the same pair is often written twice.
            h.add(origin, wall, rng.bounded(3) ? EventKind::IncidentCallLinked : EventKind::IncidentCallUnlinked,
                  target, QCborMap{{QStringLiteral("call"), QStringLiteral("call-%1").arg(rng.bounded(40))}});
        } else {
            Event &e = h.add(origin, wall, rng.bounded(2) ? QStringLiteral("unit.moved") : EventKind::IncidentUpdated,
                             target, QCborMap{{QStringLiteral("priority"), 9}});
            e.kindVersion = 2; // a newer desk's format: kept, not folded
        }
    }
    return h;
}

} // namespace

class tst_IncidentProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldIsOrderIndependent()
    {
        const EventHistory h = generate(20261123, 10000);
        QCOMPARE(h.events.size(), 10000);
        const QByteArray reference = foldHash(h.events);
        std::mt19937 shuffler(112);
        for (int order = 0; order < 20; ++order) {
            QList<Event> shuffled = h.events;
            std::shuffle(shuffled.begin(), shuffled.end(), shuffler);
            QCOMPARE(foldHash(shuffled), reference);
        }
        // The hash does depend on the content: leaving one note out changes it.
        QList<Event> missingOne = h.events;
        const auto note = std::find_if(missingOne.begin(), missingOne.end(),
                                       [](const Event &e) { return e.kind == EventKind::IncidentNoteAdded; });
        QVERIFY(note != missingOne.end());
        missingOne.erase(note);
        QVERIFY2(foldHash(missingOne) != reference, "the state hash must reflect every folded event");
    }

    void generatedHistoryExercisesConflicts()
    {
        IncidentProjection p;
        p.apply(generate(7, 10000).events);
        int conflicts = 0;
        int closed = 0;
        for (const QString &id : p.createdIds()) {
            conflicts += int(p.incident(id)->conflicts.size());
            closed += p.incident(id)->status == IncidentStatus::Closed ? 1 : 0;
        }
        QVERIFY2(conflicts > 100, "the generator must produce illegal transitions");
        QVERIFY2(closed > 10, "the generator must produce legal paths to closure");
    }

    void snapshotThenRestContinuesTheFold()
    {
        const EventHistory h = generate(99, 6000);
        IncidentProjection first;
        first.apply(h.events.mid(0, 3000));
        IncidentProjection restored;
        QVERIFY(restored.restoreSnapshot(first.toSnapshot()).ok());
        QCOMPARE(restored.stateHash(), first.stateHash());
        QCOMPARE(restored.createdIds(), first.createdIds());
        restored.apply(h.events.mid(3000));
        QCOMPARE(restored.stateHash(), foldHash(h.events));
    }

    void damagedSnapshotsNeverCrashAndTruncatedOnesAreRefused()
    {
        // A snapshot is a cache without a checksum: a flipped byte inside a text or a number
        // may go unnoticed (verify and a full fold are the remedy), but no damage may crash
        // the desk or make it allocate without bound, and a cut-off snapshot is refused.
        IncidentProjection source;
        source.apply(generate(5, 2000).events);
        const QByteArray good = source.toSnapshot();
        QRandomGenerator rng(42);
        int truncatedRefused = 0;
        int overwrittenRefused = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray bad = good;
            const bool truncate = round % 3 == 0;
            if (truncate) {
                bad.truncate(rng.bounded(good.size()));
            } else {
                // Four bytes, often a count or a string index, become a huge number.
                const qsizetype at = rng.bounded(good.size() - 4);
                const qint32 huge = 0x7fffff00 + qint32(rng.bounded(255));
                memcpy(bad.data() + at, &huge, sizeof huge);
            }
            IncidentProjection target;
            if (!target.restoreSnapshot(bad).ok()) {
                (truncate ? truncatedRefused : overwrittenRefused) += 1;
                QVERIFY2(target.createdIds().isEmpty(), "a refused snapshot leaves the projection untouched");
            }
        }
        QCOMPARE(truncatedRefused, 100);
        QVERIFY2(overwrittenRefused > 100, qPrintable(QString::number(overwrittenRefused)));
    }

    void illegalTransitionIsRecordedAsConflict()
    {
        EventHistory h;
        const QString id = h.add(QStringLiteral("d1"), 1000, EventKind::IncidentCreated, QString(),
                                 QCborMap{{QStringLiteral("category"), QStringLiteral("medis")}})
                               .id();
        h.add(QStringLiteral("d1"), 1001, EventKind::IncidentStatusChanged, id,
              QCborMap{{QStringLiteral("to"), QStringLiteral("closed")}});
        h.add(QStringLiteral("d1"), 1002, EventKind::IncidentStatusChanged, id,
              QCborMap{{QStringLiteral("to"), QStringLiteral("in_progress")}});
        IncidentProjection p;
        p.apply(h.events);
        const Incident *inc = p.incident(id);
        QVERIFY(inc);
        QCOMPARE(inc->status, IncidentStatus::InProgress);
        QCOMPARE(inc->conflicts.size(), 1);
        QCOMPARE(inc->conflicts.first().from, IncidentStatus::New);
        QCOMPARE(inc->conflicts.first().to, IncidentStatus::Closed);
    }

    void concurrentTransitionsKeepTheLoserAsConflict()
    {
        // Two desks close and cancel the same handed-off incident at the same moment.
        EventHistory h;
        const QString id = h.add(QStringLiteral("deskA"), 1000, EventKind::IncidentCreated, QString(),
                                 QCborMap{{QStringLiteral("category"), QStringLiteral("medis")}})
                               .id();
        h.add(QStringLiteral("deskA"), 1001, EventKind::IncidentStatusChanged, id,
              QCborMap{{QStringLiteral("to"), QStringLiteral("in_progress")}});
        h.add(QStringLiteral("deskA"), 1002, EventKind::IncidentStatusChanged, id,
              QCborMap{{QStringLiteral("to"), QStringLiteral("handed_off")}});
        h.add(QStringLiteral("deskB"), 1003, EventKind::IncidentStatusChanged, id,
              QCborMap{{QStringLiteral("to"), QStringLiteral("cancelled")}});
        h.add(QStringLiteral("deskA"), 1003, EventKind::IncidentStatusChanged, id,
              QCborMap{{QStringLiteral("to"), QStringLiteral("closed")}});
        QList<Event> reversed(h.events.rbegin(), h.events.rend());
        for (const QList<Event> &events : {h.events, reversed}) {
            IncidentProjection p;
            p.apply(events);
            const Incident *inc = p.incident(id);
            // Equal wall time: deskA sorts before deskB, so "closed" wins and "cancelled" is kept.
            QCOMPARE(inc->status, IncidentStatus::Closed);
            QCOMPARE(inc->conflicts.size(), 1);
            QCOMPARE(inc->conflicts.first().to, IncidentStatus::Cancelled);
            QCOMPARE(inc->conflicts.first().actor, QStringLiteral("op-deskB"));
        }
    }

    void lastWriterWinsPerField()
    {
        EventHistory h;
        const QString id
            = h.add(QStringLiteral("deskA"), 1000, EventKind::IncidentCreated, QString(),
                    QCborMap{{QStringLiteral("category"), QStringLiteral("medis")}, {QStringLiteral("priority"), 2}})
                  .id();
        h.add(QStringLiteral("deskB"), 1005, EventKind::IncidentUpdated, id,
              QCborMap{{QStringLiteral("priority"), 1}, {QStringLiteral("address"), QStringLiteral("Jl. Veteran")}});
        h.add(
            QStringLiteral("deskA"), 1004, EventKind::IncidentUpdated, id,
            QCborMap{{QStringLiteral("priority"), 3}, {QStringLiteral("lat"), -3.31}, {QStringLiteral("lon"), 114.59}});
        QList<Event> reversed(h.events.rbegin(), h.events.rend());
        for (const QList<Event> &events : {h.events, reversed}) {
            IncidentProjection p;
            p.apply(events);
            const Incident *inc = p.incident(id);
            QCOMPARE(inc->priority(), 1);
            QCOMPARE(inc->address(), QStringLiteral("Jl. Veteran"));
            QVERIFY(inc->position().has_value());
            QCOMPARE(inc->position()->first, -3.31);
            QCOMPARE(inc->category(), QStringLiteral("medis"));
        }
    }

    void eventsBeforeCreationWaitForIt()
    {
        EventHistory h;
        Event created = h.add(QStringLiteral("d1"), 1000, EventKind::IncidentCreated, QString(),
                              QCborMap{{QStringLiteral("category"), QStringLiteral("banjir")}});
        h.add(QStringLiteral("d2"), 1001, EventKind::IncidentNoteAdded, created.id(),
              QCborMap{{QStringLiteral("text"), QStringLiteral("air naik")}});
        IncidentProjection p;
        p.apply(h.events.last());
        QVERIFY2(p.createdIds().isEmpty(), "an incident is listed only once its creation is known");
        p.apply(created);
        QCOMPARE(p.createdIds(), QStringList{created.id()});
        QCOMPARE(p.incident(created.id())->notes.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(tst_IncidentProjection)
#include "tst_incidentprojection.moc"
