#include "incident.h"

#include "hlc.h"

#include <QPointF>

#include <algorithm>

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

const QString &IncidentField::name(FieldId field)
{
    static const QString names[] = {Category, Priority, Caller, Kelurahan, Position, Address, DuplicateOf, Assignee};
    return names[int(field)];
}

namespace {
template<typename T>
bool insertSorted(std::vector<std::pair<Stamp, T>> &list, const Stamp &stamp, const T &item)
{
    auto it = std::lower_bound(list.begin(), list.end(), stamp,
                               [](const std::pair<Stamp, T> &entry, const Stamp &s) { return entry.first < s; });
    if (it != list.end() && it->first == stamp)
        return false;
    list.insert(it, {stamp, item});
    return true;
}
} // namespace

bool Incident::setField(FieldId field, const QVariant &value, const Stamp &stamp)
{
    Register &reg = fields[size_t(field)];
    if (!(reg.stamp < stamp))
        return false;
    reg = Register{value, stamp};
    return true;
}

bool Incident::addNote(const Stamp &stamp, const IncidentNote &note)
{
    return insertSorted(notes, stamp, note);
}

bool setLink(std::vector<Link> &links, const Link &link)
{
    auto it = std::lower_bound(links.begin(), links.end(), link.id,
                               [](const Link &entry, const QString &id) { return entry.id < id; });
    if (it == links.end() || it->id != link.id) {
        links.insert(it, link);
        return true;
    }
    if (!(it->stamp < link.stamp))
        return false;
    *it = link;
    return true;
}

bool Incident::setCallLink(const Link &link)
{
    if (!setLink(callLinks, link))
        return false;
    calls.clear();
    for (const Link &l : callLinks) {
        if (l.linked)
            calls.append(l.id);
    }
    return true;
}

bool Incident::addTransition(const Stamp &stamp, const StatusTransition &transition)
{
    if (!insertSorted(transitions, stamp, transition))
        return false;
    replayTransitions();
    return true;
}

void Incident::replayTransitions()
{
    conflicts.clear();
    status = *replayStates(
        std::optional(IncidentStatus::New), transitions,
        [](const std::optional<IncidentStatus> &from, const StatusTransition &t) {
            return IncidentStatuses::isLegal(*from, t.to);
        },
        [](const Stamp &, const StatusTransition &) {},
        [this](const Stamp &stamp, const StatusTransition &t, const std::optional<IncidentStatus> &from) {
            conflicts.append(StatusConflict{stamp, t.actor, *from, t.to});
        });
}

std::optional<std::pair<double, double>> Incident::position() const
{
    const QVariant &pos = field(FieldId::Position);
    if (!pos.isValid())
        return std::nullopt;
    const QPointF lonLat = pos.toPointF();
    return std::make_pair(lonLat.y(), lonLat.x());
}

qint64 Incident::createdMs() const
{
    return Hlc::wallMs(createdStamp.hlc);
}

qint64 Incident::lastChangeMs() const
{
    qint64 newest = createdStamp.hlc;
    for (const Register &reg : fields)
        newest = std::max(newest, reg.stamp.hlc);
    if (!notes.empty())
        newest = std::max(newest, notes.back().first.hlc); // sorted by stamp
    if (!transitions.empty())
        newest = std::max(newest, transitions.back().first.hlc);
    for (const Link &link : callLinks)
        newest = std::max(newest, link.stamp.hlc);
    return Hlc::wallMs(newest);
}

} // namespace Sigap
