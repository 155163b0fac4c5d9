#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/result.h"

#include <functional>

class QObject;

namespace Sigap {

class Node;
struct Incident;
struct Handoff;
struct OperatorAccount;

// The commands sigapctl can give a running desk or node. Each answers through the callback,
// possibly later (an incident is acknowledged only once its event is durable).
class ControlService
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ControlService)

public:
    using Respond = std::function<void(const QJsonObject &response)>;

    explicit ControlService(Node &node)
        : m_node(node)
    {
    }

    // context: answers are dropped if it is destroyed first (the client went away).
    void handle(const QJsonObject &request, QObject *context, const Respond &respond);

    QJsonObject incidentToJson(const Incident &incident, bool withDetails) const;
    // The room sync's peers, problems and this desk's place in it (`sigapctl peers`).
    QJsonObject peersToJson() const;
    // One handoff: state, channel, the time each state was reached, overdue, conflicts.
    QJsonObject handoffToJson(const Handoff &handoff) const;
    // Response times per agency and category over [fromMs, toMs) (`sigapctl kpi`).
    QJsonObject kpiToJson(qint64 fromMs, qint64 toMs) const;
    Result<std::pair<qint64, qint64>> kpiPeriod(const QJsonObject &args) const;
    // Agency units (`sigapctl unit list` / `unit recommend`).
    QJsonArray unitsToJson() const;
    Result<QJsonValue> handleOperators(const QString &cmd, const QJsonObject &args);
    QJsonObject operatorToJson(const OperatorAccount &account) const;
    // The shift lead's board: desks, escalations, reassign, handovers, alerts; and the clock
    // of a node that runs on a settable one.
    Result<QJsonValue> handleLead(const QString &cmd, const QJsonObject &args);
    Result<QJsonObject> recommendToJson(const QJsonObject &args) const;

private:
    QString localTime(qint64 ms) const; // in the room's time zone

    Node &m_node;
};

} // namespace Sigap
