// The shift lead's core (app/lead) on a real node and store with an injected clock: who may
// reassign, what becomes an escalation and when, the journal folded alike in any order, and
// the assignee and journal kept across a restart from the snapshot.
#include "auth/authoritygate.h"
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/incidentcommands.h"
#include "lead/deskroster.h"
#include "lead/escalations.h"
#include "lead/leadjournal.h"
#include "node/node.h"
#include "operatordesk.h"
#include "reports/shifts.h"
#include "store/projectionfold.h"

#include <QCborArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace Sigap;

namespace {

constexpr qint64 StartMs = 1796100000000;

struct Desk : SigapTest::OperatorDesk
{
    Desk()
        : OperatorDesk(StartMs)
    {
    }
    QStringList keys() const
    {
        QStringList out;
        for (const Escalation &e : node->lead().escalations())
            out << e.key;
        return out;
    }
};

EventDraft draft(const QString &kind, const QString &subject, const QCborMap &payload)
{
    return EventDraft{kind, 1, subject, payload, QStringLiteral("system"), QStringLiteral("system")};
}

Event written(const QString &origin, qint64 seq, qint64 hlc, const QString &kind, const QString &subject,
              const QString &actor, const QCborMap &payload = {})
{
    Event e;
    e.origin = origin;
    e.seq = seq;
    e.hlc = hlc;
    e.kind = kind;
    e.subject = subject;
    e.actor = actor;
    e.payload = payload;
    return e;
}

Event registration(qint64 hlc, const QString &id, const QString &role, const QString &by)
{
    return written(QStringLiteral("admin-desk"), hlc, hlc, EventKind::OperatorRegistered, id, by,
                   QCborMap{{QStringLiteral("name"), id},
                            {QStringLiteral("roles"), QCborArray{role}},
                            {QStringLiteral("active"), true}});
}

// What one desk folds of the room's log, as the desk does: the operators, the authority gate,
// the incidents and the lead's journal behind one ProjectionFold. The events it received are
// its "store": a fold of the whole log, when the gate asks for one, folds them all again.
struct FoldingDesk
{
    OperatorDirectory operators;
    std::map<QString, Event> received;
    AuthorityGate gate{operators, [this](const QString &origin, qint64 seq) -> std::optional<Event> {
                           const auto it = received.find(origin + QLatin1Char('-') + QString::number(seq));
                           return it == received.end() ? std::nullopt : std::optional<Event>(it->second);
                       }};
    IncidentProjection incidents;
    LeadJournal journal;
    ProjectionFold fold;
    int foldsAgain = 0;

    FoldingDesk()
    {
        for (Projection *p : std::initializer_list<Projection *>{&operators, &gate, &incidents, &journal})
            fold.add(*p);
        fold.setGate(&gate);
    }
    void receive(const Event &e)
    {
        received.emplace(e.id(), e);
        fold.apply({e});
        if (!fold.foldAgainWanted())
            return;
        ++foldsAgain; // what ProjectionFold::foldAgain does with a store: everything, then settle
        for (Projection *p : fold.projections())
            p->clear();
        QList<Event> all;
        for (const auto &[id, event] : received)
            all.append(event);
        ProjectionFold again;
        for (Projection *p : fold.projections())
            again.add(*p);
        again.setGate(&gate);
        again.apply(all);
        QVERIFY(!again.foldAgainWanted());
    }
};

} // namespace

class tst_Lead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyAShiftLeadReassigns()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead}, QStringLiteral("731900")));
        QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("482900")));
        QVERIFY(desk.registerOperator(QStringLiteral("hasan"), {Role::Liaison}, QStringLiteral("582100"),
                                      QStringLiteral("damkar-bjm")));
        QVERIFY(
            desk.registerOperator({QStringLiteral("lama"), {}, {Role::Operator}, {}, QStringLiteral("111100"), false}));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        QVERIFY(!fire.isEmpty());

        // No one signed in, then an operator: refused, and nothing written.
        const qint64 before = desk.node->log().store().lastRowId();
        QVERIFY(!desk.node->lead().reassign(fire, QStringLiteral("rina")));
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));
        const auto byOperator = desk.node->lead().reassign(fire, QStringLiteral("rina"));
        QVERIFY(!byOperator);
        QCOMPARE(byOperator.error().code, QStringLiteral("lead.not_allowed"));
        QVERIFY(!desk.node->lead().takeOver(fire));
        QCOMPARE(desk.node->log().store().lastRowId(), before + 1); // only the sign-in

        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        // Not to a liaison (who works no incidents), an inactive operator, or no one known.
        for (const char *to : {"hasan", "lama", "nobody"})
            QVERIFY2(!desk.node->lead().reassign(fire, QLatin1String(to)), to);
        QCOMPARE(desk.node->incidents().incident(fire)->owner(),
                 QStringLiteral("desk-") + desk.node->log().store().deskId());
        auto moved = desk.node->lead().reassign(fire, QStringLiteral("rina"));
        QVERIFY(moved);
        QCOMPARE(moved.value().actor, QStringLiteral("sari"));
        QCOMPARE(moved.value().role, QStringLiteral("shift_lead"));
        QCOMPARE(desk.node->incidents().incident(fire)->owner(), QStringLiteral("rina"));
        QVERIFY(desk.node->alerts().alerts().isEmpty()); // Rina is not at this desk

        // A closed incident is not reassigned.
        QVERIFY(!desk.append(desk.node->commands().changeStatus(fire, QStringLiteral("cancelled"),
                                                                desk.node->session().actor()))
                     .isEmpty());
        QCOMPARE(desk.node->lead().reassign(fire, QStringLiteral("sari")).error().code,
                 QStringLiteral("lead.incident_over"));
    }

    void theAssigneeIsTheNewestReassignmentWhateverTheOrder()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        auto reassigned = [&](const QString &to, qint64 hlc, const QString &origin) {
            Event e;
            e.origin = origin;
            e.seq = 1;
            e.hlc = hlc;
            e.kind = EventKind::IncidentReassigned;
            e.subject = fire;
            e.payload = QCborMap{{QStringLiteral("to"), to}};
            return e;
        };
        const QList<Event> moves{reassigned(QStringLiteral("rina"), 100, QStringLiteral("a")),
                                 reassigned(QStringLiteral("dodi"), 300, QStringLiteral("b")),
                                 reassigned(QStringLiteral("sari"), 200, QStringLiteral("c"))};
        QList<Event> created;
        QVERIFY(desk.node->log().store().forEach(0, [&](const Event &e) { created.append(e); }));
        QList<int> order{0, 1, 2};
        do {
            IncidentProjection projection;
            projection.apply(created);
            for (int i : order)
                projection.apply(moves.at(i));
            QCOMPARE(projection.incident(fire)->owner(), QStringLiteral("dodi"));
        } while (std::next_permutation(order.begin(), order.end()));
    }

    // Authority in the fold: a reassignment, an escalation answer and a room setting take
    // effect only if their author had the role at their point of the log, on every desk in
    // any arrival order. Rina (operator) writes all three and none takes effect; Sari (lead)
    // reassigns and answers, until a registration stamped before her second reassignment takes
    // the lead role away: that one is refused even where it arrived first and was folded.
    void leadActionsTakeEffectOnlyWithTheirAuthority()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        const QList<Event> created = desk.events();
        const QString adi = QStringLiteral("adi"), sari = QStringLiteral("sari"), rina = QStringLiteral("rina");
        const QString answerKey = QStringLiteral("call/c7");
        auto reassign = [&](const QString &by, qint64 hlc, const QString &to) {
            return written(by + QStringLiteral("-desk"), hlc, hlc, EventKind::IncidentReassigned, fire, by,
                           QCborMap{{QStringLiteral("to"), to}});
        };
        const Event rinaReassigns = reassign(rina, 200, rina);
        const Event sariReassignsAfterDemotion = reassign(sari, 130, QStringLiteral("dodi"));
        const Event rinaAnswers
            = written(QStringLiteral("rina-desk"), 150, 150, EventKind::EscalationAnswered, answerKey, rina);
        const Event rinaSetsShifts
            = written(QStringLiteral("rina-desk"), 170, 170, EventKind::RoomShiftsSet, Shifts::Subject, rina,
                      QCborMap{{QStringLiteral("starts_min"), QCborArray{360, 1080}}});
        const QList<Event> log{
            registration(10, adi, QStringLiteral("admin"), QStringLiteral("owner")),
            written(QStringLiteral("admin-desk"), 20, 20, EventKind::OperatorPinSet, adi, adi,
                    QCborMap{{QStringLiteral("pin_hash"), QStringLiteral("x")}}),
            registration(30, sari, QStringLiteral("shift_lead"), adi),
            registration(40, rina, QStringLiteral("operator"), adi),
            reassign(sari, 100, QStringLiteral("budi")),
            registration(120, sari, QStringLiteral("operator"), adi), // the lead role taken away
            sariReassignsAfterDemotion,
            rinaAnswers,
            written(QStringLiteral("sari-desk"), 110, 110, EventKind::EscalationAnswered, answerKey, sari),
            rinaSetsShifts,
            rinaReassigns,
        };
        const QStringList refusedIds{sariReassignsAfterDemotion.id(), rinaAnswers.id(), rinaSetsShifts.id(),
                                     rinaReassigns.id()};

        std::mt19937 shuffler(112);
        int foldsAgain = 0;
        for (int round = 0; round < 40; ++round) {
            QList<Event> arrival = log;
            if (round == 1)
                std::reverse(arrival.begin(), arrival.end());
            else if (round > 1)
                std::shuffle(arrival.begin(), arrival.end(), shuffler);
            FoldingDesk room;
            room.fold.apply(created);
            for (const Event &e : std::as_const(arrival))
                room.receive(e);
            foldsAgain += room.foldsAgain;
            QCOMPARE(room.incidents.incident(fire)->owner(), QStringLiteral("budi"));
            QVERIFY(room.journal.answer(answerKey));
            QCOMPARE(room.journal.answer(answerKey)->actor, sari);
            QVERIFY(!room.gate.tookEffect(rinaSetsShifts));
            QStringList refused;
            for (const RefusedAction &a : room.gate.refused())
                refused << a.eventId;
            refused.sort();
            QStringList expected = refusedIds;
            expected.sort();
            QCOMPARE(refused, expected);
            // What a reader of settings folds is everything else, in arrival order.
            const QList<Event> tookEffect = room.gate.tookEffectOnly(arrival);
            QCOMPARE(tookEffect.size(), arrival.size() - refused.size());
            for (const Event &e : tookEffect)
                QVERIFY(!refused.contains(e.origin + QLatin1Char('-') + QString::number(e.seq)));
            // The gate's decisions survive a snapshot.
            AuthorityGate restored(room.operators, {});
            QVERIFY(restored.restoreSnapshot(room.gate.toSnapshot()));
            QCOMPARE(restored.refused().size(), refusedIds.size());
        }
        QVERIFY2(foldsAgain > 0, "no arrival order took an action back: the fold again was not tried");
    }

    // On a real desk: an operator's desk that writes a reassignment itself (as a changed program
    // could) changes nothing, and the refusal is listed, also after a restart from the snapshot.
    void aReassignmentWithoutTheRoleChangesNothing()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.registerOperator(QStringLiteral("adi"), {Role::Admin}, QStringLiteral("918273")));
        QVERIFY(desk.node->session().signIn(QStringLiteral("adi"), QStringLiteral("918273")));
        QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("482900")));
        QVERIFY(desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead}, QStringLiteral("731900")));
        QVERIFY(desk.node->session().signOut());
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        const QString ownerBefore = desk.node->incidents().incident(fire)->owner();
        QCOMPARE(desk.node->lead().reassign(fire, QStringLiteral("rina")).error().code,
                 QStringLiteral("lead.not_allowed"));
        const QString forged = desk.append(EventDraft{EventKind::IncidentReassigned, 1, fire,
                                                      QCborMap{{QStringLiteral("to"), QStringLiteral("dodi")}},
                                                      QStringLiteral("rina"), QStringLiteral("shift_lead")});
        QVERIFY(!forged.isEmpty());
        QCOMPARE(desk.node->incidents().incident(fire)->owner(), ownerBefore);
        QCOMPARE(desk.node->authority().refused().size(), 1);
        QCOMPARE(desk.node->authority().refused().first().eventId, forged);
        // A room setting needs an administrator: rina's shifts stay the room's three.
        const Actor rina{QStringLiteral("rina"), QStringLiteral("operator")};
        QVERIFY(desk.node->log().append({Shifts::parse(QStringLiteral("06:00,18:00")).value().setting(rina).value()}));
        QCOMPARE(desk.node->shifts().text(), QStringLiteral("07:00,15:00,23:00"));
        QCOMPARE(desk.node->authority().refused().size(), 2);
        // The lead's own reassignment takes effect.
        QVERIFY(desk.node->session().signOut());
        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(desk.node->lead().reassign(fire, QStringLiteral("sari")));
        QCOMPARE(desk.node->incidents().incident(fire)->owner(), QStringLiteral("sari"));
        QVERIFY(desk.node->saveSnapshot());
        QVERIFY(desk.start());
        QVERIFY(desk.node->restoredFromRowId() > 0);
        QCOMPARE(desk.node->authority().refused().size(), 2);
        QCOMPARE(desk.node->shifts().text(), QStringLiteral("07:00,15:00,23:00"));
        QCOMPARE(desk.node->incidents().incident(fire)->owner(), QStringLiteral("sari"));
    }

    void escalationsComeWhenTheirTimeRunsOut()
    {
        Desk desk;
        QVERIFY(desk.start());
        // A call rings: at 20 s it may still ring, past 20 s the lead hears of it.
        QVERIFY(desk.node->log().append({draft(EventKind::CallOffered, QStringLiteral("c1"),
                                               QCborMap{{QStringLiteral("number"), QStringLiteral("081234567890")},
                                                        {QStringLiteral("trunk"), QStringLiteral("112")}})}));
        desk.clock.advanceMs(20000);
        QVERIFY(desk.keys().isEmpty());
        desk.clock.advanceMs(1);
        QCOMPARE(desk.keys(), QStringList{QStringLiteral("call/c1")});
        // Answered, it is no longer waiting.
        QVERIFY(desk.node->log().append({draft(EventKind::CallAnswered, QStringLiteral("c1"), {})}));
        QVERIFY(desk.keys().isEmpty());

        // A medical incident handed to PSC 119 (120 s to acknowledge, 20 min to the scene).
        const qint64 sentAt = desk.clock.nowMs();
        const QString medis = desk.createIncident(QStringLiteral("medis"));
        QVERIFY(
            !desk.append(desk.node->handoffCommands().send(medis, QStringLiteral("psc119-bjm"), QStringLiteral("phone"),
                                                           QStringLiteral("Bu Ani"), desk.node->session().actor()))
                 .isEmpty());
        const QString handoffKey = QStringLiteral("handoff/%1/psc119-bjm/%2").arg(medis).arg(sentAt);
        desk.clock.advanceMs(120000);
        QVERIFY(desk.keys().isEmpty());
        desk.clock.advanceMs(1);
        QCOMPARE(desk.keys(), QStringList{handoffKey});
        QCOMPARE(desk.node->lead().escalations().constFirst().kind, Escalation::Kind::UnacknowledgedHandoff);
        QCOMPARE(desk.node->lead().escalations().constFirst().overdueMs(desk.clock.nowMs()), 1);

        // Only a shift lead answers it; answered, it is gone, and answering again is refused.
        QVERIFY(
            desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead, Role::Operator}, QStringLiteral("731900")));
        QVERIFY(!desk.node->lead().answerEscalation(handoffKey, {}));
        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(!desk.node->lead().answerEscalation(QStringLiteral("call/none"), {}));
        auto answered = desk.node->lead().answerEscalation(handoffKey, QStringLiteral("PSC ditelepon"));
        QVERIFY(answered);
        QVERIFY(desk.keys().isEmpty());
        QCOMPARE(desk.node->journal().answer(handoffKey)->note, QStringLiteral("PSC ditelepon"));
        QCOMPARE(desk.node->journal().answer(handoffKey)->actor, QStringLiteral("sari"));
        QVERIFY(!desk.node->lead().answerEscalation(handoffKey, {}));

        // Refused and sent again: a new round, a new escalation when it too goes unanswered.
        QVERIFY(!desk.append(desk.node->handoffCommands().changeState(
                                 medis, QStringLiteral("psc119-bjm"), QStringLiteral("rejected"),
                                 QStringLiteral("penuh"), desk.node->session().actor()))
                     .isEmpty());
        const qint64 resentAt = desk.clock.nowMs();
        QVERIFY(
            !desk.append(desk.node->handoffCommands().send(medis, QStringLiteral("psc119-bjm"), QStringLiteral("phone"),
                                                           QStringLiteral("Bu Ani"), desk.node->session().actor()))
                 .isEmpty());
        desk.clock.advanceMs(120001);
        QCOMPARE(desk.keys(), QStringList{QStringLiteral("handoff/%1/psc119-bjm/%2").arg(medis).arg(resentAt)});

        // Twenty minutes after it was created with no one on scene: the incident itself.
        desk.clock.setNowMs(sentAt + 20 * 60000 + 1);
        QVERIFY(desk.keys().contains(QStringLiteral("incident/") + medis));
        QCOMPARE(Escalations::categoryTargetMin(desk.node->agencies(), QStringLiteral("medis")), 20);
        QCOMPARE(Escalations::categoryTargetMin(desk.node->agencies(), QStringLiteral("kebakaran")), 15);
        QCOMPARE(Escalations::categoryTargetMin(desk.node->agencies(), QStringLiteral("no-such-category")),
                 Escalations::UnhandledCategoryTargetMin);
        // The longest overdue comes first.
        const QList<Escalation> due = desk.node->lead().escalations();
        for (int i = 1; i < due.size(); ++i)
            QVERIFY(due.at(i - 1).overdueMs(desk.clock.nowMs()) >= due.at(i).overdueMs(desk.clock.nowMs()));
    }

    void theJournalFoldsAlikeInAnyOrder()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead}, QStringLiteral("731900")));
        QVERIFY(desk.registerOperator(QStringLiteral("budi"), {Role::ShiftLead}, QStringLiteral("845100")));
        QVERIFY(desk.registerOperator(QStringLiteral("dewi"), {Role::ShiftLead}, QStringLiteral("662000")));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(!desk.node->lead().writeHandover(QStringLiteral("   ")));
        auto written = desk.node->lead().writeHandover(QStringLiteral("Api di Pasar Lama belum padam."));
        QVERIFY(written);
        const QString handover = written.value().id();
        const Handover *h = desk.node->journal().handover(handover);
        QVERIFY(h);
        QCOMPARE(h->openIncidents, QStringList{fire});
        QVERIFY(h->shiftFromMs <= StartMs && StartMs < h->shiftToMs);
        QCOMPARE(h->shiftToMs - h->shiftFromMs, qint64(8 * 3600 * 1000));
        // Two incoming leads countersign at two desks at once: the earlier holds everywhere.
        const OperatorAccount &budi = *desk.node->operators().account(QStringLiteral("budi"));
        const OperatorAccount &dewi = *desk.node->operators().account(QStringLiteral("dewi"));
        QList<Event> events{written.value()};
        for (const auto &[who, hlc] :
             {std::pair{&budi, written.value().hlc + 20}, std::pair{&dewi, written.value().hlc + 10}}) {
            const EventDraft d = desk.node->lead().commands().acceptHandover(handover, *who).value();
            Event e;
            e.origin = who->id;
            e.seq = 1;
            e.hlc = hlc;
            e.kind = d.kind;
            e.subject = d.subject;
            e.actor = d.actor;
            e.payload = d.payload;
            events.append(e);
        }
        const QString answerKey = QStringLiteral("call/c9");
        for (const auto &[actor, hlc] : {std::pair{"budi", 500}, std::pair{"dewi", 400}}) {
            Event e;
            e.origin = QLatin1String(actor);
            e.seq = 2;
            e.hlc = hlc;
            e.kind = EventKind::EscalationAnswered;
            e.subject = answerKey;
            e.actor = QLatin1String(actor);
            events.append(e);
        }
        QString first;
        QRandomGenerator shuffler(7); // seeded: the same 20 orders in every run
        for (int round = 0; round < 20; ++round) {
            QList<Event> shuffled = events;
            std::shuffle(shuffled.begin(), shuffled.end(), shuffler);
            LeadJournal journal;
            journal.apply(shuffled);
            LeadJournal restored;
            QVERIFY(restored.restoreSnapshot(journal.toSnapshot()));
            for (const LeadJournal *j : {&journal, &restored}) {
                QCOMPARE(j->handover(handover)->incoming, QStringLiteral("dewi"));
                QCOMPARE(j->handover(handover)->note, QStringLiteral("Api di Pasar Lama belum padam."));
                QCOMPARE(j->answer(answerKey)->actor, QStringLiteral("dewi"));
            }
            if (round == 0)
                first = QString::fromLatin1(journal.toSnapshot().toHex());
            QCOMPARE(QString::fromLatin1(journal.toSnapshot().toHex()), first);
        }
        QVERIFY(!LeadJournal().restoreSnapshot(QByteArray("\x82\x01\x02", 3)));
    }

    void assigneesAndTheJournalSurviveARestart()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(
            desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead, Role::Operator}, QStringLiteral("731900")));
        QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("482900")));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(desk.node->lead().reassign(fire, QStringLiteral("rina")));
        const QString handover = desk.node->lead().writeHandover(QStringLiteral("Serah terima.")).value().id();
        const QByteArray hash = desk.node->incidents().stateHash();
        QVERIFY(desk.node->saveSnapshot());
        QVERIFY(desk.start());
        QVERIFY(desk.node->restoredFromRowId() > 0); // from the snapshot, not a whole fold
        QCOMPARE(desk.node->incidents().incident(fire)->owner(), QStringLiteral("rina"));
        QCOMPARE(desk.node->incidents().stateHash(), hash);
        QVERIFY(desk.node->journal().handover(handover));
        QVERIFY(!desk.node->session().signedIn()); // a restarted desk starts with no one signed in
    }

    void theOperatorHearsOfWhatIsStillTheirs()
    {
        Desk desk, leadDesk;
        QVERIFY(desk.start());
        QVERIFY(leadDesk.start());
        QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("482900")));
        QVERIFY(desk.registerOperator(QStringLiteral("dodi"), {Role::Operator}, QStringLiteral("190200")));
        QVERIFY(desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead}, QStringLiteral("731900")));
        const QString fire = desk.createIncident(QStringLiteral("kebakaran"));
        const QString flood = desk.createIncident(QStringLiteral("banjir"));
        const QString crash = desk.createIncident(QStringLiteral("kecelakaan"));
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));
        QVERIFY(desk.node->session().signOut());
        QVERIFY(leadDesk.receiveFrom(desk));
        // While Rina is away, Sari gives her the fire and the crash, then the crash to Dodi;
        // and the flood, which is then cancelled.
        desk.clock.advanceMs(1000);
        leadDesk.clock.setNowMs(desk.clock.nowMs());
        QVERIFY(leadDesk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        QVERIFY(leadDesk.node->lead().reassign(fire, QStringLiteral("rina")));
        QVERIFY(leadDesk.node->lead().reassign(crash, QStringLiteral("rina")));
        QVERIFY(leadDesk.node->lead().reassign(crash, QStringLiteral("dodi")));
        QVERIFY(leadDesk.node->lead().reassign(flood, QStringLiteral("rina")));
        QVERIFY(!leadDesk
                     .append(leadDesk.node->commands().changeStatus(flood, QStringLiteral("cancelled"),
                                                                    leadDesk.node->session().actor()))
                     .isEmpty());
        QVERIFY(desk.receiveFrom(leadDesk));
        QVERIFY(desk.node->alerts().alerts().isEmpty()); // no one is signed in here to hear of it
        // At sign-in: the fire only (the crash is Dodi's now, the flood is closed), by Sari.
        desk.clock.advanceMs(5000);
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));
        QCOMPARE(desk.node->alerts().alerts().size(), 1);
        QCOMPARE(desk.node->alerts().alerts().first().incident, fire);
        QCOMPARE(desk.node->alerts().alerts().first().by, QStringLiteral("sari"));
        // Signing out forgets them; signing in again, nothing is new.
        QVERIFY(desk.node->session().signOut());
        QVERIFY(desk.node->alerts().alerts().isEmpty());
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));
        QVERIFY(desk.node->alerts().alerts().isEmpty());
        // While she is here: the fire given to Dodi is no news for her; the crash given back is.
        QVERIFY(leadDesk.node->lead().reassign(fire, QStringLiteral("dodi")));
        QVERIFY(desk.receiveFrom(leadDesk));
        QVERIFY(desk.node->alerts().alerts().isEmpty());
        QVERIFY(leadDesk.node->lead().reassign(crash, QStringLiteral("rina")));
        QVERIFY(desk.receiveFrom(leadDesk));
        QCOMPARE(desk.node->alerts().alerts().size(), 1);
        QCOMPARE(desk.node->alerts().alerts().first().incident, crash);
    }

    void aHandoverJustAfterTheChangeIsOfTheShiftThatEnded()
    {
        const QTimeZone wita("Asia/Makassar");
        Desk desk;
        desk.clock.setNowMs(QDateTime(QDate(2026, 12, 2), QTime(7, 5), wita).toMSecsSinceEpoch());
        QVERIFY(desk.start());
        const qint64 night = QDateTime(QDate(2026, 12, 1), QTime(23, 0), wita).toMSecsSinceEpoch();
        const qint64 morning = QDateTime(QDate(2026, 12, 2), QTime(7, 0), wita).toMSecsSinceEpoch();
        QCOMPARE(desk.node->lead().handoverShift(), std::make_pair(night, morning));
        desk.clock.setNowMs(morning + 4 * 3600 * 1000 + 1); // past the middle: the morning's
        QCOMPARE(desk.node->lead().handoverShift().first, morning);
    }

    void theRoomSetsItsOwnShifts()
    {
        const QTimeZone wita("Asia/Makassar");
        auto at = [&wita](int day, int h, int m) {
            return QDateTime(QDate(2026, 12, day), QTime(h, m), wita).toMSecsSinceEpoch();
        };
        // The default three.
        QCOMPARE(Shifts().text(), QStringLiteral("07:00,15:00,23:00"));
        QCOMPARE(Shifts().containing(at(2, 6, 59), wita), std::make_pair(at(1, 23, 0), at(2, 7, 0)));
        QCOMPARE(Shifts().containing(at(2, 7, 0), wita), std::make_pair(at(2, 7, 0), at(2, 15, 0)));
        // A room of four shifts, the first one not at midnight.
        const auto four = Shifts::parse(QStringLiteral("06:00, 12:00,18:00,00:30"));
        QVERIFY(!four); // not in order
        const auto rotated = Shifts::parse(QStringLiteral("00:30,06:00,12:00,18:00"));
        QVERIFY(rotated);
        QCOMPARE(rotated.value().containing(at(2, 0, 29), wita), std::make_pair(at(1, 18, 0), at(2, 0, 30)));
        QCOMPARE(rotated.value().containing(at(2, 0, 30), wita), std::make_pair(at(2, 0, 30), at(2, 6, 0)));
        QCOMPARE(rotated.value().containing(at(2, 23, 59), wita), std::make_pair(at(2, 18, 0), at(3, 0, 30)));
        QCOMPARE(Shifts::parse(QStringLiteral("08:00")).value().containing(at(2, 7, 0), wita),
                 std::make_pair(at(1, 8, 0), at(2, 8, 0))); // one shift: a day from 08:00
        for (const char *bad :
             {"", "25:00", "07:00,07:30", "7.00", "23:30,00:10", "01:00,02:00,03:00,04:00,05:00,06:00,07:00"})
            QVERIFY2(!Shifts::parse(QLatin1String(bad)), bad);

        // Set at a desk, the newest holds and it survives a restart; the handover uses it.
        Desk desk;
        QVERIFY(desk.start());
        const Actor admin{QStringLiteral("admin"), QStringLiteral("admin")};
        QVERIFY(desk.node->log().append(
            {Shifts::parse(QStringLiteral("06:00,14:00,22:00")).value().setting(admin).value()}));
        QVERIFY(desk.node->log().append({Shifts::parse(QStringLiteral("06:00,18:00")).value().setting(admin).value()}));
        QCOMPARE(desk.node->shifts().text(), QStringLiteral("06:00,18:00"));
        QVERIFY(desk.start());
        QCOMPARE(desk.node->shifts().text(), QStringLiteral("06:00,18:00"));
        QVERIFY(desk.registerOperator(QStringLiteral("sari"), {Role::ShiftLead}, QStringLiteral("731900")));
        QVERIFY(desk.node->session().signIn(QStringLiteral("sari"), QStringLiteral("731900")));
        const Handover *h
            = desk.node->journal().handover(desk.node->lead().writeHandover(QStringLiteral("12 jam")).value().id());
        QCOMPARE(h->shiftToMs - h->shiftFromMs, qint64(12 * 3600 * 1000));
        // A broken setting (another version of the program wrote one this one cannot read)
        // leaves the default three, never no shifts.
        QCOMPARE(Shifts::fromRoomEvents({}).text(), QStringLiteral("07:00,15:00,23:00"));
        Event broken;
        broken.kind = EventKind::RoomShiftsSet;
        broken.hlc = 1;
        broken.payload = QCborMap{{QStringLiteral("starts_min"), QCborArray{900, 420}}};
        QCOMPARE(Shifts::fromRoomEvents({broken}).text(), QStringLiteral("07:00,15:00,23:00"));
    }

    void theRosterShowsWhoIsSignedInWhere()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("482900")));
        const QString self = desk.node->log().store().deskId();
        QList<DeskRow> rows = DeskRoster::rows({self, {}, 0, {}}, nullptr, desk.node->operators());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().state, QStringLiteral("signed_out"));
        QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("482900")));
        // Someone signed in at another desk this one never met: from the log, disconnected.
        QVERIFY(desk.registerOperator(QStringLiteral("dodi"), {Role::Operator}, QStringLiteral("190200")));
        Event elsewhere;
        elsewhere.origin = QStringLiteral("zz-other-desk");
        elsewhere.seq = 1;
        elsewhere.hlc = (StartMs + 5) << 16;
        elsewhere.kind = EventKind::OperatorSignedIn;
        elsewhere.subject = QStringLiteral("dodi");
        OperatorDirectory directory;
        QList<Event> all;
        QVERIFY(desk.node->log().store().forEach(0, [&](const Event &e) { all.append(e); }));
        directory.apply(all);
        directory.apply(elsewhere);
        rows = DeskRoster::rows({self, QStringLiteral("on_call"), 0, {}}, nullptr, directory);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).desk, self);
        QVERIFY(rows.at(0).self);
        QCOMPARE(rows.at(0).operatorId, QStringLiteral("rina"));
        QCOMPARE(rows.at(0).state, QStringLiteral("on_call"));
        QCOMPARE(rows.at(1).desk, QStringLiteral("zz-other-desk"));
        QCOMPARE(rows.at(1).operatorId, QStringLiteral("dodi"));
        QCOMPARE(rows.at(1).state, QStringLiteral("disconnected"));
    }
};

QTEST_GUILESS_MAIN(tst_Lead)
#include "tst_lead.moc"
