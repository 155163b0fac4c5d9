#include "handoffmodel.h"

#include "core/clock.h"
#include "domain/categories.h"
#include "domain/incidentprojection.h"
#include "domain/rowblocks.h"
#include "geo/gazetteer.h"

#include <QDateTime>

namespace Sigap {

HandoffModel::HandoffModel(const HandoffProjection &handoffs, const IncidentProjection &incidents,
                           const AgencyDirectory &agencies, const Categories &categories, const Gazetteer &gazetteer,
                           const Clock &clock, const QString &language, const QTimeZone &timeZone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_handoffs(handoffs)
    , m_incidents(incidents)
    , m_agencies(agencies)
    , m_categories(categories)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_language(language)
    , m_timeZone(timeZone)
{
    for (const Handoff *h : handoffs.all())
        m_rows.append({h->incident, h->agency});
    indexRows();
    connect(&handoffs, &HandoffProjection::changed, this, &HandoffModel::onChanged);
    connect(&handoffs, &HandoffProjection::handoffsArchived, this, &HandoffModel::onArchived);
}

void HandoffModel::indexRows()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(keyOf(m_rows.at(row).incident, m_rows.at(row).agency), row);
}

// Settled handoffs left memory: their rows go, in blocks, from the bottom up.
void HandoffModel::onArchived(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        if (const int row = m_rowOf.value(key, -1); row >= 0)
            rows.append(row);
    }
    for (const auto &[first, last] : rowBlocksFromBottom(rows)) {
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    indexRows();
}

int HandoffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HandoffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex HandoffModel::indexOf(const QString &incident, const QString &agency) const
{
    const auto it = m_rowOf.constFind(keyOf(incident, agency));
    return it == m_rowOf.cend() ? QModelIndex() : index(it.value(), 0);
}

void HandoffModel::onChanged(const QString &incident, const QString &agency)
{
    const QString key = keyOf(incident, agency);
    if (const auto it = m_rowOf.constFind(key); it != m_rowOf.cend()) {
        Q_EMIT dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({incident, agency});
    m_rowOf.insert(key, row);
    endInsertRows();
}

void HandoffModel::clockAdvanced()
{
    if (m_rows.isEmpty())
        return;
    // Every row's colour may change with its overdue mark, and its waiting time.
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, OverdueRole});
}

const Handoff *HandoffModel::handoffAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_handoffs.handoff(m_rows.at(row).incident, m_rows.at(row).agency);
}

QString HandoffModel::stateText(const Handoff &h)
{
    const QString state = HandoffStates::label(h.state);
    if (h.state != HandoffState::Sent || h.channel != QLatin1String("eido"))
        return state;
    const auto delivery = h.currentDelivery();
    if (!delivery)
        return tr("%1 · EIDO on its way").arg(state);
    if (delivery->delivered)
        return tr("%1 · EIDO delivered").arg(state);
    return tr("%1 · EIDO refused (%2): %3 — hand it on by phone")
        .arg(state)
        .arg(delivery->httpStatus)
        .arg(delivery->reason);
}

QString HandoffModel::waitingText(qint64 ms) const
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    if (s < 3600)
        return tr("%1:%2 min").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QVariant HandoffModel::display(const Handoff &h, int column) const
{
    const Incident *incident = m_incidents.incident(h.incident);
    switch (column) {
    case IncidentColumn: return h.incident;
    case CategoryColumn: {
        if (!incident)
            return QString();
        const Category *c = m_categories.incidentCategory(incident->category());
        return c ? c->label(m_language) : incident->category();
    }
    case KelurahanColumn: {
        if (!incident)
            return QString();
        const Village *k = m_gazetteer.byKode(incident->kelurahan());
        return k ? k->name : incident->kelurahan();
    }
    case AgencyColumn: {
        const Agency *a = m_agencies.byId(h.agency);
        return a ? a->name : h.agency;
    }
    case StateColumn: return stateText(h);
    case SentColumn:
        if (const auto sent = h.at(HandoffState::Sent))
            return QDateTime::fromMSecsSinceEpoch(*sent, m_timeZone).toString(QStringLiteral("HH:mm:ss"));
        return QString();
    case WaitingColumn:
        if (!HandoffStates::isOpen(h.state))
            return QString();
        if (const auto since = h.at(h.state))
            return waitingText(m_clock.nowMs() - *since);
        return QString();
    }
    return {};
}

QVariant HandoffModel::data(const QModelIndex &index, int role) const
{
    const Handoff *h = index.isValid() ? handoffAt(index.row()) : nullptr;
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*h, index.column());
    case SortRole:
        if (index.column() == SentColumn || index.column() == WaitingColumn)
            return h->at(HandoffState::Sent).value_or(0);
        return display(*h, index.column());
    case IncidentIdRole: return h->incident;
    case AgencyIdRole: return h->agency;
    case StateRole: return HandoffStates::name(h->state);
    case OpenRole: return HandoffStates::isOpen(h->state);
    case OverdueRole: return HandoffProjection::isOverdue(*h, m_clock.nowMs(), m_agencies);
    case DeliveryFailedRole: {
        const auto delivery = h->currentDelivery();
        return h->state == HandoffState::Sent && delivery && !delivery->delivered;
    }
    case Qt::ToolTipRole: return index.column() == StateColumn ? QVariant(stateText(*h)) : QVariant();
    }
    return {};
}

QVariant HandoffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncidentColumn: return tr("Incident");
    case CategoryColumn: return tr("Category");
    case KelurahanColumn: return m_gazetteer.villageWord();
    case AgencyColumn: return tr("Agency");
    case StateColumn: return tr("State");
    case SentColumn: return tr("Sent");
    case WaitingColumn: return tr("In this step");
    }
    return {};
}

HandoffFilter::HandoffFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HandoffModel::SortRole);
    setDynamicSortFilter(true);
}

void HandoffFilter::setAgency(const QString &agency)
{
    m_agency = agency;
    invalidateRowsFilter();
}

void HandoffFilter::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    invalidateRowsFilter();
}

bool HandoffFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_agency.isEmpty() && row.data(HandoffModel::AgencyIdRole).toString() != m_agency)
        return false;
    return !m_openOnly || row.data(HandoffModel::OpenRole).toBool();
}

} // namespace Sigap
