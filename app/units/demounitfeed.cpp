#include "demounitfeed.h"

#include "core/clock.h"
#include "geo/gazetteer.h"

#include <QtMath>

namespace Sigap {

namespace {

struct Fleet
{
    const char *agency;
    const char *name;
    int units;
};

// About what a city of 700,000 fields on a night shift.
constexpr Fleet fleets[]
    = {{"damkar", "Damkar", 8}, {"psc119", "PSC 119", 10}, {"polres", "Polres", 12}, {"bpbd", "BPBD", 4},
       {"basarnas", "SAR", 3},  {"pmi", "PMI", 3},         {"pln", "PLN", 3},        {"relawan", "Relawan", 6}};

} // namespace

DemoUnitFeed::DemoUnitFeed(UnitBoard &board, const Gazetteer &gazetteer, const Clock &clock, quint32 seed,
                           QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_clock(clock)
    , m_rng(seed)
{
    const QList<Village> &places = gazetteer.villages();
    if (places.isEmpty())
        return;
    for (const Fleet &fleet : fleets) {
        for (int i = 1; i <= fleet.units; ++i) {
            const Village &base = places.at(int(m_rng.bounded(places.size())));
            UnitReport unit;
            unit.id = QStringLiteral("%1-%2").arg(QLatin1String(fleet.agency)).arg(i, 2, 10, QLatin1Char('0'));
            unit.agency = QLatin1String(fleet.agency);
            unit.callsign = QStringLiteral("%1 %2").arg(QLatin1String(fleet.name)).arg(i);
            unit.status = m_rng.bounded(4) == 0 ? QStringLiteral("en_route") : QStringLiteral("available");
            unit.lat = base.label.y();
            unit.lon = base.label.x();
            m_units.append(unit);
        }
    }
    connect(&m_timer, &QTimer::timeout, this, &DemoUnitFeed::reportAll);
}

void DemoUnitFeed::start(int intervalMs)
{
    reportAll();
    m_timer.start(intervalMs);
}

void DemoUnitFeed::reportAll()
{
    const qint64 now = m_clock.nowMs();
    for (UnitReport &unit : m_units) {
        if (m_rng.bounded(40) == 0)
            continue; // a dead spot: no report this round
        if (unit.status == QLatin1String("en_route") || unit.status == QLatin1String("dispatched")) {
            // Drive on, turning a little: about 10 m/s.
            double heading = unit.headingDeg.value_or(m_rng.bounded(360.0));
            heading = std::fmod(heading + m_rng.bounded(30.0) - 15.0 + 360.0, 360.0);
            unit.lat += 0.00027 * qCos(qDegreesToRadians(heading));
            unit.lon += 0.00027 * qSin(qDegreesToRadians(heading));
            unit.headingDeg = heading;
            if (m_rng.bounded(30) == 0)
                unit.status = QStringLiteral("on_scene");
        } else if (m_rng.bounded(200) == 0) {
            unit.status = QStringLiteral("en_route");
        } else {
            unit.headingDeg.reset();
        }
        unit.reportedMs = now;
        m_board.report(unit);
        // A unit of the room's roster has the status its events give it (UnitOverlay): the
        // demo then drives the units an operator dispatched and parks the ones stood down.
        if (const auto held = m_board.units().constFind(unit.id); held != m_board.units().cend())
            unit.status = held->status;
    }
}

} // namespace Sigap
