#pragma once

#include <QSortFilterProxyModel>

namespace Sigap {

// Sorting and filtering of the incident list: open, closed, all, or the open incidents that
// are with the operator at this desk ("mine": created by them or given to them by the shift
// lead, Incident::owner), and free text over every column (tolerant of case).
class IncidentFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Scope { Open, Closed, All, Mine };

    explicit IncidentFilter(QObject *parent = nullptr);

    void setScope(Scope scope);
    void setMe(const QString &actorId); // whose incidents "Mine" shows
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Scope m_scope = Scope::Open;
    QString m_me;
    QString m_text;
};

} // namespace Sigap
