// Handoffs: the agency directory file, the state machine, an order-independent fold with
// conflicts, escalation of unacknowledged handoffs on the injected clock, the snapshot, and
// the commands' refusals.
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffcommands.h"
#include "handoff/handoffprojection.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Sigap;

namespace {

const qint64 T0 = 1795000000000;

Event handoffEvent(const char *originText, qint64 seq, qint64 wallMs, const char *incident, const char *agency,
                   const char *toText, const char *actorText = "op-1")
{
    const QString origin = QString::fromLatin1(originText), to = QString::fromLatin1(toText),
                  actor = QString::fromLatin1(actorText);
    Event e;
    e.origin = origin;
    e.seq = seq;
    e.hlc = Hlc::pack(wallMs, 0);
    e.actor = actor;
    e.subject = QString::fromLatin1(incident);
    e.payload.insert(QStringLiteral("agency"), QString::fromLatin1(agency));
    if (to == QLatin1String("sent")) {
        e.kind = EventKind::HandoffSent;
        e.payload.insert(QStringLiteral("channel"), QStringLiteral("desk"));
    } else {
        e.kind = EventKind::HandoffStatusChanged;
        e.payload.insert(QStringLiteral("to"), to);
        if (to == QLatin1String("rejected"))
            e.payload.insert(QStringLiteral("reason"), QStringLiteral("unit busy"));
    }
    return e;
}

// What the EIDO channel recorded of a send ("origin-seq"): delivered, or refused with a status.
Event deliveryEvent(const char *originText, qint64 seq, qint64 wallMs, const char *incident, const char *agency,
                    const char *send, int httpStatus, int attempts = 1)
{
    Event e;
    e.origin = QString::fromLatin1(originText);
    e.seq = seq;
    e.hlc = Hlc::pack(wallMs, 0);
    e.actor = QStringLiteral("desk-a");
    e.subject = QString::fromLatin1(incident);
    e.kind = httpStatus < 300 ? EventKind::HandoffDelivered : EventKind::HandoffDeliveryFailed;
    e.payload.insert(QStringLiteral("agency"), QString::fromLatin1(agency));
    e.payload.insert(QStringLiteral("send"), QString::fromLatin1(send));
    e.payload.insert(QStringLiteral("http_status"), httpStatus);
    e.payload.insert(QStringLiteral("attempts"), attempts);
    if (httpStatus >= 300)
        e.payload.insert(QStringLiteral("reason"), QStringLiteral("HTTP %1").arg(httpStatus));
    return e;
}

QByteArray describe(const HandoffProjection &p)
{
    QByteArray out;
    for (const Handoff *h : p.all()) {
        out += (h->incident + QLatin1Char('/') + h->agency + QLatin1Char('=') + HandoffStates::name(h->state)).toUtf8();
        for (const auto &[state, ms] : h->reachedMs)
            out += ' ' + HandoffStates::name(state).toUtf8() + '@' + QByteArray::number(ms);
        for (const HandoffConflict &c : h->conflicts)
            out += " conflict:" + HandoffStates::name(c.from).toUtf8() + "->" + HandoffStates::name(c.to).toUtf8();
        if (const auto d = h->currentDelivery())
            out += (d->delivered ? " delivered:" : " refused:") + QByteArray::number(d->httpStatus) + '/'
                   + QByteArray::number(d->attempts);
        out += '\n';
    }
    return out;
}

} // namespace

class tst_Handoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateMachine_data();
    void stateMachine();
    void foldIsTheSameInAnyOrder();
    void aLaterStepSkipsForwardAndABackwardOneIsAConflict();
    void handedAgainAfterARefusalStartsANewRound();
    void unacknowledgedHandoffsEscalateOnTime();
    void snapshotRestoresTheSameHandoffs();
    void bundledDirectoryHasTheCitysAgencies();
    void brokenAgenciesAreLeftOutByLineAndField();
    void unreadableDirectoryIsRefused();
    void commandsRefuseBadInput();
};

void tst_Handoff::stateMachine_data()
{
    // Written out independently of HandoffStates::isLegal: s=sent a=acknowledged d=dispatched
    // e=en_route o=on_scene f=finished r=rejected c=cancelled; each row lists the legal targets.
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("legal");
    QTest::newRow("sent") << QStringLiteral("sent") << QStringLiteral("adeofrc");
    QTest::newRow("acknowledged") << QStringLiteral("acknowledged") << QStringLiteral("deofrc");
    QTest::newRow("dispatched") << QStringLiteral("dispatched") << QStringLiteral("eofc");
    QTest::newRow("en_route") << QStringLiteral("en_route") << QStringLiteral("ofc");
    QTest::newRow("on_scene") << QStringLiteral("on_scene") << QStringLiteral("fc");
    QTest::newRow("finished") << QStringLiteral("finished") << QStringLiteral("");
    QTest::newRow("rejected") << QStringLiteral("rejected") << QStringLiteral("s");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("s");
}

void tst_Handoff::stateMachine()
{
    QFETCH(QString, from);
    QFETCH(QString, legal);
    const QHash<QChar, QString> letters{{u's', QStringLiteral("sent")},       {u'a', QStringLiteral("acknowledged")},
                                        {u'd', QStringLiteral("dispatched")}, {u'e', QStringLiteral("en_route")},
                                        {u'o', QStringLiteral("on_scene")},   {u'f', QStringLiteral("finished")},
                                        {u'r', QStringLiteral("rejected")},   {u'c', QStringLiteral("cancelled")}};
    const HandoffState f = *HandoffStates::fromName(from);
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        const HandoffState to = *HandoffStates::fromName(it.value());
        QVERIFY2(HandoffStates::isLegal(f, to) == legal.contains(it.key()),
                 qPrintable(from + QStringLiteral(" -> ") + it.value()));
    }
}

void tst_Handoff::foldIsTheSameInAnyOrder()
{
    // Two desks move the same handoffs concurrently; a third agency is handed and refused.
    QList<Event> events{
        handoffEvent("a", 1, T0, "a-1", "damkar", "sent"),
        handoffEvent("a", 2, T0 + 30000, "a-1", "damkar", "acknowledged"),
        handoffEvent("b", 1, T0 + 31000, "a-1", "damkar", "cancelled"),
        handoffEvent("a", 3, T0 + 60000, "a-1", "damkar", "dispatched"),
        handoffEvent("a", 4, T0 + 500, "a-1", "psc119", "sent"),
        handoffEvent("b", 2, T0 + 40000, "a-1", "psc119", "rejected"),
        handoffEvent("b", 3, T0 + 90000, "a-1", "psc119", "sent"),
        handoffEvent("a", 5, T0 + 95000, "a-1", "psc119", "on_scene"),
        handoffEvent("a", 6, T0 + 1000, "a-2", "polres", "sent"),
        handoffEvent("b", 4, T0 + 1000, "a-2", "polres", "finished"),
        // EIDO: psc119's first send was refused, its second (b-3) delivered; a late refusal
        // of the delivered send does not undo the delivery.
        deliveryEvent("a", 7, T0 + 2000, "a-1", "psc119", "a-4", 422),
        deliveryEvent("b", 5, T0 + 91000, "a-1", "psc119", "b-3", 200),
        deliveryEvent("b", 6, T0 + 92000, "a-1", "psc119", "b-3", 409),
        // Two records of one delivery (a desk restarted between the agency's answer and its
        // record, then delivered again): the earlier one is kept on every desk.
        deliveryEvent("b", 7, T0 + 93000, "a-1", "psc119", "b-3", 201, 4),
    };
    HandoffProjection reference;
    reference.apply(events);
    const QByteArray expected = describe(reference);
    QVERIFY(expected.contains("a-1/damkar=cancelled"));
    QVERIFY(expected.contains("conflict:cancelled->dispatched"));
    QVERIFY(expected.contains("a-1/psc119=on_scene"));
    QVERIFY2(expected.contains("delivered:200/1"), expected.constData());
    QVERIFY(!expected.contains("refused"));
    QRandomGenerator random(112);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(events.begin(), events.end(), random);
        HandoffProjection shuffled;
        for (const Event &e : std::as_const(events))
            shuffled.apply(e);
        QCOMPARE(describe(shuffled), expected);
    }
}

void tst_Handoff::aLaterStepSkipsForwardAndABackwardOneIsAConflict()
{
    HandoffProjection p;
    p.apply(handoffEvent("a", 1, T0, "a-1", "damkar", "sent"));
    p.apply(handoffEvent("a", 2, T0 + 120000, "a-1", "damkar", "on_scene", "damkar-rudi"));
    p.apply(handoffEvent("a", 3, T0 + 130000, "a-1", "damkar", "en_route", "damkar-rudi"));
    const Handoff *h = p.handoff(QStringLiteral("a-1"), QStringLiteral("damkar"));
    QVERIFY(h);
    QCOMPARE(h->state, HandoffState::OnScene);
    QCOMPARE(h->at(HandoffState::OnScene).value_or(0), T0 + 120000);
    QVERIFY(!h->at(HandoffState::Acknowledged)); // skipped: no time invented
    QCOMPARE(h->conflicts.size(), 1);
    QCOMPARE(h->conflicts.first().actor, QStringLiteral("damkar-rudi"));
    QCOMPARE(h->conflicts.first().to, HandoffState::EnRoute);
}

void tst_Handoff::handedAgainAfterARefusalStartsANewRound()
{
    HandoffProjection p;
    p.apply(handoffEvent("a", 1, T0, "a-1", "psc119", "sent"));
    p.apply(handoffEvent("a", 2, T0 + 10000, "a-1", "psc119", "rejected"));
    QCOMPARE(p.handoff(QStringLiteral("a-1"), QStringLiteral("psc119"))->reason, QStringLiteral("unit busy"));
    p.apply(handoffEvent("a", 3, T0 + 20000, "a-1", "psc119", "sent"));
    const Handoff *h = p.handoff(QStringLiteral("a-1"), QStringLiteral("psc119"));
    QCOMPARE(h->state, HandoffState::Sent);
    QCOMPARE(h->at(HandoffState::Sent).value_or(0), T0 + 20000);
    QVERIFY(!h->at(HandoffState::Rejected));
    QVERIFY(h->reason.isEmpty());
    QVERIFY(h->conflicts.isEmpty());
}

void tst_Handoff::unacknowledgedHandoffsEscalateOnTime()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    const Agency *damkar = agencies.byId(QStringLiteral("damkar-bjm"));
    QVERIFY(damkar);
    ManualClock clock(T0);
    HandoffProjection p;
    p.apply(handoffEvent("a", 1, clock.nowMs(), "a-1", "damkar-bjm", "sent"));
    p.apply(handoffEvent("a", 2, clock.nowMs(), "a-2", "damkar-bjm", "sent"));
    clock.advanceMs(qint64(damkar->ackTimeoutS) * 1000);
    QVERIFY(p.overdue(clock.nowMs(), agencies).isEmpty()); // exactly at the limit: not yet
    p.apply(handoffEvent("a", 3, clock.nowMs(), "a-2", "damkar-bjm", "acknowledged"));
    clock.advanceMs(1000);
    const QList<const Handoff *> overdue = p.overdue(clock.nowMs(), agencies);
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first()->incident, QStringLiteral("a-1"));
}

void tst_Handoff::snapshotRestoresTheSameHandoffs()
{
    HandoffProjection p;
    p.apply(handoffEvent("a", 1, T0, "a-1", "damkar", "sent"));
    p.apply(handoffEvent("a", 2, T0 + 5000, "a-1", "damkar", "finished"));
    p.apply(handoffEvent("b", 1, T0 + 6000, "a-1", "damkar", "dispatched"));
    p.apply(handoffEvent("a", 3, T0 + 7000, "a-3", "pln", "sent"));
    p.apply(deliveryEvent("a", 4, T0 + 8000, "a-3", "pln", "a-3", 503));
    QVERIFY(describe(p).contains("refused:503"));
    HandoffProjection restored;
    QVERIFY(restored.restoreSnapshot(p.toSnapshot()));
    QCOMPARE(describe(restored), describe(p));
    QVERIFY(!restored.restoreSnapshot(QByteArray("\x83\x01")));
    QVERIFY(restored.all().isEmpty()); // a broken snapshot leaves nothing half-restored
}

void tst_Handoff::bundledDirectoryHasTheCitysAgencies()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    QCOMPARE(agencies.agencies().size(), 10);
    QVERIFY2(agencies.problems().isEmpty(), qPrintable(agencies.problems().join(QLatin1Char('\n'))));
    QStringList fire;
    for (const Agency *a : agencies.forCategory(QStringLiteral("kebakaran")))
        fire << a->id;
    QCOMPARE(fire, (QStringList{QStringLiteral("damkar-bjm"), QStringLiteral("relawan-bjm")}));
    const Agency *damkar = agencies.byId(QStringLiteral("damkar-bjm"));
    QCOMPARE(damkar->targetMinFor(QStringLiteral("kebakaran")), 15); // Permendagri 114/2018
    QCOMPARE(damkar->targetMinFor(QStringLiteral("hewan_berbahaya")), 30);
    QCOMPARE(agencies.byId(QStringLiteral("bpbd-bjm"))->channel, HandoffChannel::Eido);
}

void tst_Handoff::brokenAgenciesAreLeftOutByLineAndField()
{
    const QByteArray json = "{\"format\": \"sigap-agencies\", \"version\": 1, \"agencies\": [\n"
                            "  {\"id\": \"ok\", \"name\": \"OK\", \"kind\": \"damkar\", \"channel\": \"desk\"},\n"
                            "  {\"id\": \"ok\", \"name\": \"Twice\", \"kind\": \"damkar\", \"channel\": \"desk\"},\n"
                            "  {\"id\": \"ch\", \"name\": \"Ch\", \"kind\": \"polri\", \"channel\": \"fax\"},\n"
                            "  {\"id\": \"ph\", \"name\": \"Ph\", \"kind\": \"polri\", \"channel\": \"phone\"},\n"
                            "  {\"id\": \"ei\", \"name\": \"Ei\", \"kind\": \"bpbd\", \"channel\": \"eido\",\n"
                            "   \"eido_url\": \"http://plain.example/eido\"},\n"
                            "  {\"id\": \"to\", \"name\": \"To\", \"kind\": \"pln\", \"channel\": \"desk\", "
                            "\"ack_timeout_s\": -5},\n"
                            "  {\"id\": \"tg\", \"name\": \"Tg\", \"kind\": \"pln\", \"channel\": \"desk\", "
                            "\"target_min\": {\"banjir\": \"soon\"}},\n"
                            "  {\"id\": \"good\", \"name\": \"Good\", \"kind\": \"pmi\", \"channel\": \"phone\", "
                            "\"phones\": [\"0511\"]}\n"
                            "]}";
    auto parsed = AgencyDirectory::parse(json, QStringLiteral("agencies.json"));
    QVERIFY(parsed);
    const AgencyDirectory &d = parsed.value();
    QCOMPARE(d.agencies().size(), 2);
    QVERIFY(d.byId(QStringLiteral("ok")) && d.byId(QStringLiteral("good")));
    const QStringList expected{
        QStringLiteral("agencies.json:3: agency 1: id: "),
        QStringLiteral("agencies.json:4: agency 2: channel: "),
        QStringLiteral("agencies.json:5: agency 3: phones: "),
        QStringLiteral("agencies.json:6: agency 4: eido_url: "),
        QStringLiteral("agencies.json:8: agency 5: ack_timeout_s: "),
        QStringLiteral("agencies.json:9: agency 6: target_min: "),
    };
    QCOMPARE(d.problems().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(d.problems().at(i).contains(expected.at(i)), qPrintable(d.problems().at(i)));
}

void tst_Handoff::unreadableDirectoryIsRefused()
{
    auto badJson = AgencyDirectory::parse("{\"format\": \"sigap-agencies\",\n \"version\": 1,\n oops}",
                                          QStringLiteral("a.json"));
    QVERIFY(!badJson);
    QVERIFY2(badJson.error().message.contains(QLatin1String("a.json:3: ")), qPrintable(badJson.error().message));
    auto wrongFormat = AgencyDirectory::parse("{\"format\": \"sigap-cameras\", \"version\": 1, \"cameras\": []}",
                                              QStringLiteral("a.json"));
    QVERIFY(!wrongFormat);
    QCOMPARE(wrongFormat.error().code, QStringLiteral("agencies.format"));
}

void tst_Handoff::commandsRefuseBadInput()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    IncidentProjection incidents;
    Event created;
    created.origin = QStringLiteral("a");
    created.seq = 1;
    created.hlc = Hlc::pack(T0, 0);
    created.kind = EventKind::IncidentCreated;
    created.payload.insert(QStringLiteral("category"), QStringLiteral("kebakaran"));
    incidents.apply(created);
    const HandoffCommands commands(agencies, incidents);
    const Actor actor{QStringLiteral("op-1"), QStringLiteral("operator")};

    auto ok = commands.send(QStringLiteral("a-1"), QStringLiteral("polresta-bjm"), {}, QStringLiteral("Bripka Andi"),
                            actor);
    QVERIFY(ok);
    QCOMPARE(ok.value().payload.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(ok.value().payload.value(QStringLiteral("received_by")).toString(), QStringLiteral("Bripka Andi"));
    const QList<std::pair<Result<EventDraft>, QString>> refused{
        {commands.send(QStringLiteral("a-9"), QStringLiteral("damkar-bjm"), {}, {}, actor),
         QStringLiteral("handoff.incident")},
        {commands.send(QStringLiteral("a-1"), QStringLiteral("ghostbusters"), {}, {}, actor),
         QStringLiteral("handoff.agency")},
        {commands.send(QStringLiteral("a-1"), QStringLiteral("damkar-bjm"), QStringLiteral("pigeon"), {}, actor),
         QStringLiteral("handoff.channel")},
        {commands.send(QStringLiteral("a-1"), QStringLiteral("damkar-bjm"), QStringLiteral("eido"), {}, actor),
         QStringLiteral("handoff.channel")},
        {commands.changeState(QStringLiteral("a-1"), QStringLiteral("damkar-bjm"), QStringLiteral("sent"), {}, actor),
         QStringLiteral("handoff.state")},
        {commands.changeState(QStringLiteral("a-1"), QStringLiteral("damkar-bjm"), QStringLiteral("rejected"), {},
                              actor),
         QStringLiteral("handoff.reason")},
    };
    for (const auto &[result, code] : refused) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
    }
}

QTEST_GUILESS_MAIN(tst_Handoff)
#include "tst_handoff.moc"
