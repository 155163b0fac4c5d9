#pragma once

#include "domain/projection.h"
#include "handoff.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>
#include <unordered_map>

namespace Sigap {

class AgencyDirectory;

// Every handoff of the room, folded from handoff.* events. The fold is order-independent:
// each handoff keeps its transitions by stamp and replays them (handoff.h).
//
// Memory holds what the desk works with, as for incidents and calls: open handoffs, and
// finished, rejected or cancelled ones until HotWindowMs after their last change. Older ones
// are in the store's archive, filed under their incident: handoff() and ofIncident() read
// them back, forEachHandoff() walks them, and an event about one brings it back.
class HandoffProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit HandoffProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("handoffs"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;
    void clear() override;

    static constexpr qint64 HotWindowMs = 48LL * 3600 * 1000; // as for incidents and calls

    // From memory or read back from the archive; a pointer to an archived handoff stays valid
    // until the next batch of events is applied.
    const Handoff *handoff(const QString &incident, const QString &agency) const;
    QList<const Handoff *> ofIncident(const QString &incident) const; // by agency id; archived ones too
    QList<const Handoff *> all() const;                               // those in memory, by incident, then agency
    // Every handoff first sent in [fromMs, toMs) or still changing then: the archived ones by
    // time of sending, then those in memory (of any time: callers filter). The handoff passed
    // to visit lives only during the call.
    void forEachHandoff(qint64 fromMs, qint64 toMs, const std::function<void(const Handoff &)> &visit) const;
    void forEachHandoff(const std::function<void(const Handoff &)> &visit) const;
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

    void attachArchive(const ProjectionArchive *archive) override;
    QList<ArchivedItem> settledItems() const override;
    void forgetArchived(const QList<ArchivedItem> &items) override;

    static QString keyOf(const QString &incident, const QString &agency)
    {
        return incident + QLatin1Char('\n') + agency;
    }

Q_SIGNALS:
    void changed(const QString &incident, const QString &agency);
    // Settled handoffs left memory for the archive (no longer in all()), by keyOf.
    void handoffsArchived(const QStringList &keys);

private:
    void applyDelivery(const Event &event);
    Handoff &touch(const QString &incident, const QString &agency);
    std::optional<Handoff> readArchived(const QString &key) const;
    const QStringList &archivedKeysOf(const QString &incident) const;

    // Node-based, so a handoff never moves once made (pointers handed out stay good).
    std::unordered_map<QString, Handoff> m_handoffs;
    qint64 m_newestMs = 0; // wall time of the newest event folded

    const ProjectionArchive *m_archive = nullptr;
    qint64 m_archivedRows = 0; // rows written or found in the archive; 0: nothing to look up
    // Archived handoffs read back, and the archived keys of incidents asked about (most have
    // none): kept so pointers stay valid and the store is asked once; emptied when the next
    // batch is applied once there are many.
    mutable std::unordered_map<QString, Handoff> m_recalled;
    mutable QHash<QString, QStringList> m_archivedKeysOfIncident;
};

} // namespace Sigap
