#include "incident.h"

#include "hlc.h"

#include <QCborArray>

namespace Sigap {

namespace {
struct StatusInfo
{
    IncidentStatus status;
    const char *name;
};
const StatusInfo statusTable[] = {
    {IncidentStatus::New, "new"},
    {IncidentStatus::InProgress, "in_progress"},
    {IncidentStatus::HandedOff, "handed_off"},
    {IncidentStatus::Closed, "closed"},
    {IncidentStatus::Cancelled, "cancelled"},
};
} // namespace

QString IncidentStatuses::name(IncidentStatus status)
{
    for (const StatusInfo &info : statusTable) {
        if (info.status == status)
            return QLatin1String(info.name);
    }
    return QString();
}

std::optional<IncidentStatus> IncidentStatuses::fromName(const QString &name)
{
    for (const StatusInfo &info : statusTable) {
        if (name == QLatin1String(info.name))
            return info.status;
    }
    return std::nullopt;
}

QString IncidentStatuses::label(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::New: return tr("New");
    case IncidentStatus::InProgress: return tr("In progress");
    case IncidentStatus::HandedOff: return tr("Handed off");
    case IncidentStatus::Closed: return tr("Closed");
    case IncidentStatus::Cancelled: return tr("Cancelled");
    }
    return QString();
}

bool IncidentStatuses::isLegal(IncidentStatus from, IncidentStatus to)
{
    using S = IncidentStatus;
    switch (from) {
    case S::New: return to == S::InProgress || to == S::Cancelled;
    case S::InProgress: return to == S::HandedOff || to == S::Closed || to == S::Cancelled;
    case S::HandedOff: return to == S::Closed || to == S::Cancelled || to == S::InProgress;
    case S::Closed:
    case S::Cancelled: return false;
    }
    return false;
}

bool IncidentStatuses::isOpen(IncidentStatus status)
{
    return status != IncidentStatus::Closed && status != IncidentStatus::Cancelled;
}

const QStringList &IncidentField::all()
{
    static const QStringList fields{Category, Priority, Caller, Kelurahan, Position, Address, DuplicateOf};
    return fields;
}

bool Incident::setField(const QString &name, const QCborValue &value, const Stamp &stamp)
{
    auto it = fields.find(name);
    if (it != fields.end() && !(it->stamp < stamp))
        return false;
    fields.insert(name, Register{value, stamp});
    return true;
}

void Incident::replayTransitions()
{
    status = IncidentStatus::New;
    conflicts.clear();
    for (const auto &[stamp, transition] : transitions) {
        if (IncidentStatuses::isLegal(status, transition.to))
            status = transition.to;
        else
            conflicts.append(StatusConflict{stamp, transition.actor, status, transition.to});
    }
}

std::optional<std::pair<double, double>> Incident::position() const
{
    const QCborArray pos = fields.value(IncidentField::Position).value.toArray();
    if (pos.size() != 2)
        return std::nullopt;
    return std::make_pair(pos.at(0).toDouble(), pos.at(1).toDouble());
}

qint64 Incident::createdMs() const
{
    return Hlc::wallMs(createdStamp.hlc);
}

} // namespace Sigap
