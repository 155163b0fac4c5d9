#include "unitstatus.h"

#include "domain/hlc.h"

#include <array>

namespace Sigap {

namespace {

struct StatusInfo
{
    UnitStatus status;
    const char *name;
};

constexpr StatusInfo Statuses[] = {
    {UnitStatus::Available, "available"},
    {UnitStatus::Dispatched, "dispatched"},
    {UnitStatus::EnRoute, "en_route"},
    {UnitStatus::OnScene, "on_scene"},
    {UnitStatus::OutOfService, "out_of_service"},
};

} // namespace

QString UnitStatuses::name(UnitStatus status)
{
    for (const StatusInfo &info : Statuses)
        if (info.status == status)
            return QLatin1String(info.name);
    return {};
}

std::optional<UnitStatus> UnitStatuses::fromName(const QString &name)
{
    for (const StatusInfo &info : Statuses)
        if (name == QLatin1String(info.name))
            return info.status;
    return std::nullopt;
}

const QList<UnitStatus> &UnitStatuses::all()
{
    static const QList<UnitStatus> statuses = [] {
        QList<UnitStatus> out;
        for (const StatusInfo &info : Statuses)
            out.append(info.status);
        return out;
    }();
    return statuses;
}

QString UnitStatuses::allNames()
{
    QStringList names;
    for (const StatusInfo &info : Statuses)
        names << QLatin1String(info.name);
    return names.join(QStringLiteral(", "));
}

QString UnitStatuses::label(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available: return tr("Available");
    case UnitStatus::Dispatched: return tr("Dispatched");
    case UnitStatus::EnRoute: return tr("En route");
    case UnitStatus::OnScene: return tr("On scene");
    case UnitStatus::OutOfService: return tr("Out of service");
    }
    return {};
}

bool UnitStatuses::isLegal(UnitStatus from, UnitStatus to)
{
    switch (from) {
    case UnitStatus::Available: return to == UnitStatus::Dispatched || to == UnitStatus::OutOfService;
    case UnitStatus::Dispatched: return to != UnitStatus::Dispatched;
    case UnitStatus::EnRoute: return to != UnitStatus::EnRoute;
    case UnitStatus::OnScene: return to == UnitStatus::Available || to == UnitStatus::OutOfService;
    case UnitStatus::OutOfService: return to == UnitStatus::Available;
    }
    return false;
}

void UnitState::add(const Stamp &stamp, const UnitTransition &transition)
{
    // The common case, an event newer than any folded so far, is one more step; an event
    // that arrived late (from a desk that was cut off) goes in its place and all is replayed.
    const bool newest = transitions.empty() || transitions.rbegin()->first < stamp;
    transitions.insert_or_assign(stamp, transition);
    if (newest)
        step(stamp, transition);
    else
        replay();
}

void UnitState::load(std::map<Stamp, UnitTransition> all)
{
    transitions = std::move(all);
    replay();
}

void UnitState::replay()
{
    status = UnitStatus::Available;
    incident.clear();
    agency.clear();
    sinceMs = 0;
    conflicts.clear();
    replayFrom(transitions);
}

void UnitState::step(const Stamp &stamp, const UnitTransition &t)
{
    // One step, without building a container per event: this is on the fold's path.
    const std::array<std::pair<Stamp, UnitTransition>, 1> one{{{stamp, t}}};
    replayFrom(one);
}

// Continues from the status reached so far (every unit starts available).
template<typename Transitions>
void UnitState::replayFrom(const Transitions &more)
{
    status = *replayStates(
        std::optional(status), more,
        [](const std::optional<UnitStatus> &from, const UnitTransition &t) {
            return UnitStatuses::isLegal(*from, t.to);
        },
        [this](const Stamp &stamp, const UnitTransition &t) {
            sinceMs = Hlc::wallMs(stamp.hlc);
            if (t.to == UnitStatus::Dispatched) {
                incident = t.incident;
                agency = t.agency;
            } else if (t.to == UnitStatus::Available || t.to == UnitStatus::OutOfService) {
                incident.clear();
                agency.clear();
            }
        },
        [this](const Stamp &stamp, const UnitTransition &t, const std::optional<UnitStatus> &from) {
            conflicts.append(UnitConflict{stamp, t.actor, *from, t.to});
        });
}

} // namespace Sigap
