#pragma once

#include "core/result.h"
#include "domain/event.h"
#include "domain/hlc.h"
#include "domain/incident.h"
#include "domain/projection.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <optional>

namespace Sigap {

// A shift lead's word on an escalation (escalations.h): seen, and what is done about it.
struct EscalationAnswer
{
    QString key; // Escalation::key
    QString actor;
    QString note;
    Stamp stamp;
    qint64 atMs() const { return Hlc::wallMs(stamp.hlc); }
};

// The handover of a shift: the outgoing lead's note and the incidents still open, and the
// incoming lead's countersignature. Until it is countersigned the handover is not done.
struct Handover
{
    QString id; // the id of its shift.handover_written event
    QString outgoing;
    QString note;
    QStringList openIncidents;
    qint64 shiftFromMs = 0; // the shift being handed over, [from, to)
    qint64 shiftToMs = 0;
    Stamp written;
    QString incoming; // empty until accepted
    std::optional<Stamp> accepted;

    qint64 writtenMs() const { return Hlc::wallMs(written.hlc); }
    std::optional<qint64> acceptedMs() const
    {
        return accepted ? std::optional<qint64>(Hlc::wallMs(accepted->hlc)) : std::nullopt;
    }
};

// What the shift leads wrote, folded from escalation.answered and shift.handover_* events
// (eventkinds.h) in any order: the earliest answer of an escalation and the earliest
// countersignature of a handover hold, so every desk shows the same.
class LeadJournal : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit LeadJournal(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("lead_journal"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;
    void clear() override;
    void rebuilt() override { Q_EMIT changed(); }

    const EscalationAnswer *answer(const QString &key) const; // null: not answered
    const Handover *handover(const QString &id) const;
    QList<const Handover *> handovers() const; // oldest first
    const Handover *latestHandover() const;    // null: none yet

    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;

Q_SIGNALS:
    void changed();

private:
    Handover &handoverNamed(const QString &id);

    std::map<QString, EscalationAnswer> m_answers; // by key
    std::map<QString, Handover> m_handovers;       // by id; written.hlc 0 until the note is seen
};

} // namespace Sigap
