#pragma once

// Events the way several desks would write them, without a store: the folds only read the
// envelope and the payload. Each origin numbers its own events; the actor is "op-<origin>".

#include "domain/event.h"
#include "domain/hlc.h"

#include <QHash>
#include <QList>

namespace SigapTest {

class EventHistory
{
public:
    QList<Sigap::Event> events;

    Sigap::Event &add(const QString &origin, qint64 wallMs, const QString &kind, const QString &subject,
                      const QCborMap &payload = {})
    {
        Sigap::Event e;
        e.origin = origin;
        e.seq = ++m_seq[origin];
        e.hlc = Sigap::Hlc::pack(wallMs, 0);
        e.room = QStringLiteral("test");
        e.actor = QStringLiteral("op-") + origin;
        e.role = QStringLiteral("operator");
        e.kind = kind;
        e.subject = subject;
        e.payload = payload;
        events.append(e);
        return events.last();
    }

private:
    QHash<QString, qint64> m_seq;
};

} // namespace SigapTest
