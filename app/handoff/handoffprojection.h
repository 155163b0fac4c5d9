#pragma once

#include "domain/projection.h"
#include "handoff.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Sigap {

class AgencyDirectory;

// Every handoff of the room, folded from handoff.* events. The fold is order-independent:
// each handoff keeps its transitions by stamp and replays them (handoff.h).
class HandoffProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit HandoffProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("handoffs"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;
    void clear() override;

    const Handoff *handoff(const QString &incident, const QString &agency) const;
    QList<const Handoff *> ofIncident(const QString &incident) const; // by agency id
    QList<const Handoff *> all() const;                               // by incident, then agency
    // Sent and still not acknowledged after the agency's acknowledgement time: to escalate.
    QList<const Handoff *> overdue(qint64 nowMs, const AgencyDirectory &agencies) const;
    // Sent and not yet acknowledged (nor refused, failed, ...): what can become overdue.
    QList<const Handoff *> awaitingAcknowledgement() const;
    static bool isAwaitingAcknowledgement(const Handoff &handoff);
    static bool isOverdue(const Handoff &handoff, qint64 nowMs, const AgencyDirectory &agencies);
    // How long its agency has to acknowledge it (ack_timeout_s; an unknown agency the default).
    static qint64 ackTimeoutMs(const Handoff &handoff, const AgencyDirectory &agencies);

    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;

Q_SIGNALS:
    void changed(const QString &incident, const QString &agency);

private:
    void applyDelivery(const Event &event);
    static QString keyOf(const QString &incident, const QString &agency)
    {
        return incident + QLatin1Char('\n') + agency;
    }

    QHash<QString, Handoff> m_handoffs;
};

} // namespace Sigap
