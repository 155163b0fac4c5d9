#pragma once

// A desk for the suites about people (auth, the shift lead, the board): a real Node on a
// temporary data folder and an injected clock, the room's people registered through the real
// operator commands, and the log of another such desk taken in as the LAN sync would.

#include "core/clock.h"
#include "domain/incidentcommands.h"
#include "node/node.h"

#include <QTemporaryDir>
#include <QtDebug>

#include <memory>

namespace SigapTest {

class OperatorDesk
{
public:
    explicit OperatorDesk(qint64 startMs)
        : clock(startMs)
    {
    }

    QTemporaryDir dir;
    Sigap::ManualClock clock;
    std::unique_ptr<Sigap::Node> node;

    // Starts the node on the folder, or starts it again (a new Node on the same store).
    bool start(Sigap::Node::Options options = {})
    {
        node.reset();
        options.dataDir = dir.path();
        if (options.room.isEmpty() && !options.sync)
            options.room = QStringLiteral("bjm");
        options.control = false;
        auto started = Sigap::Node::start(options, clock);
        if (!started)
            qWarning() << started.error().message;
        node = started ? std::move(started).value() : nullptr;
        return node != nullptr;
    }

    // A person of the room; without a name, "Name of ID".
    Sigap::Result<void> registerOperator(Sigap::OperatorCommands::Registration r)
    {
        if (r.name.isEmpty())
            r.name = QStringLiteral("Name of ") + r.id;
        auto drafts = node->operatorCommands().registerOperator(r, node->session().actor());
        if (!drafts)
            return drafts.error();
        auto appended = node->log().append(drafts.value());
        return appended ? Sigap::Result<void>() : Sigap::Result<void>(appended.error());
    }
    Sigap::Result<void> registerOperator(const QString &id, QList<Sigap::Role> roles, const QString &pin,
                                         const QString &agency = {})
    {
        return registerOperator({id, {}, std::move(roles), agency, pin, true});
    }

    // The new event's id; empty when the draft was refused.
    QString append(const Sigap::Result<Sigap::EventDraft> &draft)
    {
        if (!draft)
            return {};
        auto events = node->log().append({draft.value()});
        return events ? events.value().constFirst().id() : QString();
    }
    QString createIncident(const QString &category)
    {
        Sigap::NewIncident in;
        in.category = category;
        return append(node->commands().create(in, node->session().actor()));
    }

    QList<Sigap::Event> events() const
    {
        QList<Sigap::Event> all;
        (void)node->log().store().forEach(0, [&all](const Sigap::Event &e) { all.append(e); });
        return all;
    }
    // Everything the other desk holds, as the LAN sync brings it.
    bool receiveFrom(const OperatorDesk &other) { return node->log().importEvents(other.events()).ok(); }
};

} // namespace SigapTest
