#pragma once

// A room log of any size, written straight into a store (not through a node), for the
// catch-up tests and benchmarks: incidents with notes and status changes, as a busy room
// writes them, in batches of one transaction each.

#include "core/clock.h"
#include "domain/categories.h"
#include "domain/incidentcommands.h"
#include "geo/gazetteer.h"
#include "store/eventstore.h"

namespace SigapTest {

inline qint64 fillLog(const QString &storePath, const QString &room, qint64 events)
{
    Sigap::SystemClock clock;
    auto store = Sigap::EventStore::open(storePath, room, clock);
    if (!store)
        return -1;
    const Sigap::Categories categories = Sigap::Categories::bundled();
    const Sigap::Gazetteer gazetteer = Sigap::Gazetteer::bundled();
    const Sigap::IncidentCommands commands(categories, gazetteer);
    const Sigap::Actor actor{QStringLiteral("op-bulk"), QStringLiteral("operator")};
    const QString desk = store.value()->deskId();
    qint64 written = 0;
    qint64 incidentSeq = 0;
    while (written < events) {
        QList<Sigap::EventDraft> batch;
        // Each group: an incident, two notes, in progress (its id is desk-seq of the first).
        for (int i = 0; i < 2500 && written + batch.size() < events; i += 4) {
            const QString id = desk + QLatin1Char('-') + QString::number(written + batch.size() + 1);
            Sigap::NewIncident in;
            in.category = QStringLiteral("kebakaran");
            in.kelurahan = QStringLiteral("63.71.01.1001");
            in.caller = QStringLiteral("0812%1").arg(100000 + incidentSeq++ % 900000);
            in.note = QStringLiteral("asap tebal dari gudang, pelapor di seberang jalan");
            batch.append(commands.create(in, actor).value());
            for (const QString &text : {QStringLiteral("unit Damkar berangkat"), QStringLiteral("api padam")})
                if (written + batch.size() < events)
                    batch.append(commands.addNote(id, text, actor).value());
            if (written + batch.size() < events)
                batch.append(commands.changeStatus(id, QStringLiteral("in_progress"), actor).value());
        }
        auto appended = store.value()->append(batch);
        if (!appended)
            return -1;
        written += appended.value().size();
    }
    return written;
}

} // namespace SigapTest
