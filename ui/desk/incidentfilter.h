#pragma once

#include <QSortFilterProxyModel>

namespace Sigap {

// Sorting and filtering of the incident list: by open/closed state and by free text over
// every column (tolerant of case).
class IncidentFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Scope { Open, Closed, All };

    explicit IncidentFilter(QObject *parent = nullptr);

    void setScope(Scope scope);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Scope m_scope = Scope::Open;
    QString m_text;
};

} // namespace Sigap
