// The shift lead's work across two real desks (sigap-node processes syncing over the LAN),
// both on a standing clock the test moves (sigap-node --clock-at, sigapctl clock set, which a
// live room refuses, so the room is a rehearsal: a training room):
// reassigning an incident alerts the desk it goes to, an operator may not reassign, an
// unacknowledged handoff is escalated on every desk when its time runs out and is gone
// everywhere once a lead answers it, and a handover is countersigned by the incoming lead.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SigapTest;

namespace {

constexpr qint64 StartMs = 1796100000000; // the standing clock's first reading
const QString Room = QStringLiteral("bjm-lead");

QJsonValue jsonOf(const QString &dir, const QStringList &args)
{
    const Run r = ctl(dir, args + QStringList{QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).isArray()
                                 ? QJsonValue(QJsonDocument::fromJson(r.out.toUtf8()).array())
                                 : QJsonValue(QJsonDocument::fromJson(r.out.toUtf8()).object())
                           : QJsonValue();
}

QStringList escalationKeys(const QString &dir)
{
    QStringList keys;
    for (const QJsonValue &e : jsonOf(dir, {QStringLiteral("escalations")}).toArray())
        keys << e.toObject().value(QStringLiteral("key")).toString();
    return keys;
}

QString ownerOf(const QString &dir, const QString &incident)
{
    return jsonOf(dir, {QStringLiteral("incident"), QStringLiteral("show"), incident})
        .toObject()
        .value(QStringLiteral("owner"))
        .toString();
}

bool setClock(const QStringList &dirs, qint64 ms)
{
    for (const QString &dir : dirs)
        if (ctl(dir, {QStringLiteral("clock"), QStringLiteral("set"), QString::number(ms)}).exitCode != 0)
            return false;
    return true;
}

} // namespace

class tst_LeadPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reassignAlertsTheReceivingDesk();
    void escalationIsAnsweredOnceForTheRoom();
    void handoverIsCountersignedByTheIncomingLead();
    void cleanupTestCase();

private:
    QTemporaryDir m_tmp;
    QString m_a, m_b; // the lead's desk and an operator's desk
    std::unique_ptr<NodeProcess> m_nodeA, m_nodeB;
    QString m_incident;
};

void tst_LeadPrograms::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString key = m_tmp.filePath(QStringLiteral("room.key"));
    const Run init = runProgram(QStringLiteral("sigapctl"),
                                {QStringLiteral("room"), QStringLiteral("init"), QStringLiteral("--room"), Room,
                                 QStringLiteral("--out"), key, QStringLiteral("--training")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    m_a = m_tmp.filePath(QStringLiteral("lead-desk"));
    m_b = m_tmp.filePath(QStringLiteral("operator-desk"));
    const QStringList common{QStringLiteral("--room-key"),     key,
                             QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--no-multicast"), QStringLiteral("--clock-at"),
                             QString::number(StartMs)};
    m_nodeA = std::make_unique<NodeProcess>(m_a, common);
    QVERIFY2(m_nodeA->start(), qPrintable(m_nodeA->errorOutput()));
    const QString addressA
        = jsonOf(m_a, {QStringLiteral("status")}).toObject().value(QStringLiteral("sync_listen")).toString();
    QVERIFY(!addressA.isEmpty());
    m_nodeB = std::make_unique<NodeProcess>(m_b, common + QStringList{QStringLiteral("--peer"), addressA});
    QVERIFY2(m_nodeB->start(), qPrintable(m_nodeB->errorOutput()));

    // The room's people, registered at the lead's desk; desk B learns them by sync.
    const struct
    {
        const char *id, *name, *role, *pin;
    } people[] = {{"sari", "Sari Lestari", "shift_lead", "731904\n"},
                  {"budi", "Budi Santoso", "shift_lead", "845120\n"},
                  {"rina", "Rina Wati", "operator", "482916\n"},
                  {"dodi", "Dodi Pratama", "operator", "190283\n"}};
    for (const auto &p : people) {
        const Run add = ctlWithInput(m_a,
                                     {QStringLiteral("operator"), QStringLiteral("add"), QLatin1String(p.id),
                                      QStringLiteral("--name"), QLatin1String(p.name), QStringLiteral("--role"),
                                      QLatin1String(p.role), QStringLiteral("--pin-stdin")},
                                     p.pin);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return jsonOf(m_b, {QStringLiteral("operator"), QStringLiteral("list")}).toArray().size() == 4;
        },
        60000));
    QCOMPARE(ctlWithInput(m_a, {QStringLiteral("signin"), QStringLiteral("sari")}, "731904\n").exitCode, 0);
    QCOMPARE(ctlWithInput(m_b, {QStringLiteral("signin"), QStringLiteral("rina")}, "482916\n").exitCode, 0);
}

void tst_LeadPrograms::reassignAlertsTheReceivingDesk()
{
    const Run created
        = ctl(m_a, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                    QStringLiteral("kebakaran"), QStringLiteral("--note"), QStringLiteral("Rumah terbakar")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    m_incident = created.out.trimmed();
    QVERIFY(QTest::qWaitFor([&] { return ownerOf(m_b, m_incident) == QLatin1String("sari"); }, 60000));

    // Rina is an operator: she may not move work between operators.
    const Run refused = ctl(m_b, {QStringLiteral("reassign"), m_incident, QStringLiteral("rina")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("shift lead role")), qPrintable(refused.err));
    QCOMPARE(ownerOf(m_b, m_incident), QStringLiteral("sari"));
    QVERIFY(jsonOf(m_b, {QStringLiteral("alerts")}).toArray().isEmpty());

    // Sari gives it to Rina: Rina's desk, and only hers, is alerted, and it is Rina's now.
    const Run moved = ctl(m_a, {QStringLiteral("reassign"), m_incident, QStringLiteral("rina")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY(QTest::qWaitFor([&] { return !jsonOf(m_b, {QStringLiteral("alerts")}).toArray().isEmpty(); }, 60000));
    const QJsonObject alert = jsonOf(m_b, {QStringLiteral("alerts")}).toArray().first().toObject();
    QCOMPARE(alert.value(QStringLiteral("incident")).toString(), m_incident);
    QCOMPARE(alert.value(QStringLiteral("by")).toString(), QStringLiteral("sari"));
    QCOMPARE(alert.value(QStringLiteral("at_ms")).toInteger(), StartMs);
    QCOMPARE(ownerOf(m_b, m_incident), QStringLiteral("rina"));
    QVERIFY(jsonOf(m_a, {QStringLiteral("alerts")}).toArray().isEmpty());
    // Given to whoever has it already, or to someone who is not an operator: refused.
    QCOMPARE(ctl(m_a, {QStringLiteral("reassign"), m_incident, QStringLiteral("rina")}).exitCode, 1);
    QCOMPARE(ctl(m_a, {QStringLiteral("reassign"), m_incident, QStringLiteral("nobody")}).exitCode, 1);

    // The board on either desk shows both desks and who sits at them.
    const QJsonArray desks = jsonOf(m_a, {QStringLiteral("desks")}).toArray();
    QStringList seated;
    for (const QJsonValue &d : desks)
        seated << d.toObject().value(QStringLiteral("operator")).toString();
    seated.sort();
    QCOMPARE(seated, (QStringList{QStringLiteral("rina"), QStringLiteral("sari")}));

    // The lead takes it over again.
    QCOMPARE(ctl(m_a, {QStringLiteral("takeover"), m_incident}).exitCode, 0);
    QVERIFY(QTest::qWaitFor([&] { return ownerOf(m_b, m_incident) == QLatin1String("sari"); }, 60000));
}

void tst_LeadPrograms::escalationIsAnsweredOnceForTheRoom()
{
    const Run sent = ctl(m_a, {QStringLiteral("handoff"), QStringLiteral("send"), m_incident,
                               QStringLiteral("damkar-bjm"), QStringLiteral("--channel"), QStringLiteral("phone"),
                               QStringLiteral("--received-by"), QStringLiteral("Pak Anwar")});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    const QString key = QStringLiteral("handoff/%1/damkar-bjm/%2").arg(m_incident).arg(StartMs);
    // Damkar has 120 s to acknowledge (agencies.json): at 120 s it is not yet late.
    QVERIFY(setClock({m_a, m_b}, StartMs + 120000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return ctl(m_b, {QStringLiteral("handoff"), QStringLiteral("list")}).out.contains(m_incident);
        },
        60000));
    QVERIFY(escalationKeys(m_a).isEmpty());
    QVERIFY(escalationKeys(m_b).isEmpty());
    QVERIFY(setClock({m_a, m_b}, StartMs + 121000));
    QCOMPARE(escalationKeys(m_a), QStringList{key});
    QCOMPARE(escalationKeys(m_b), QStringList{key});

    // The operator may not answer it; the lead does, and every desk sees it answered.
    QCOMPARE(ctl(m_b, {QStringLiteral("escalation"), QStringLiteral("answer"), key}).exitCode, 1);
    const Run answered = ctl(m_a, {QStringLiteral("escalation"), QStringLiteral("answer"), key,
                                   QStringLiteral("--note"), QStringLiteral("Damkar called, unit on its way")});
    QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
    QVERIFY(escalationKeys(m_a).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return escalationKeys(m_b).isEmpty(); }, 60000));
    QCOMPARE(ctl(m_a, {QStringLiteral("escalation"), QStringLiteral("answer"), key}).exitCode, 1); // once

    // A fire has 15 minutes to a unit on scene: past that, the incident itself is escalated.
    QVERIFY(setClock({m_a, m_b}, StartMs + 15 * 60000 + 1));
    QCOMPARE(escalationKeys(m_b), QStringList{QStringLiteral("incident/") + m_incident});
    // Once Damkar is on scene, it is not.
    for (const char *state : {"acknowledged", "dispatched", "on_scene"})
        QCOMPARE(ctl(m_a, {QStringLiteral("handoff"), QStringLiteral("state"), m_incident, QStringLiteral("damkar-bjm"),
                           QLatin1String(state)})
                     .exitCode,
                 0);
    QVERIFY(QTest::qWaitFor([&] { return escalationKeys(m_b).isEmpty(); }, 60000));
    // The clock of a desk only moves forward.
    QCOMPARE(ctl(m_a, {QStringLiteral("clock"), QStringLiteral("set"), QString::number(StartMs)}).exitCode, 1);
}

void tst_LeadPrograms::handoverIsCountersignedByTheIncomingLead()
{
    const Run written = ctl(m_a, {QStringLiteral("handover"), QStringLiteral("write"), QStringLiteral("--note"),
                                  QStringLiteral("Kebakaran Pasar Lama masih ditangani Damkar.")});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const QString handover = written.out.trimmed();

    // The outgoing lead cannot countersign their own handover; a wrong PIN countersigns nothing.
    QCOMPARE(ctlWithInput(m_a, {QStringLiteral("handover"), QStringLiteral("accept"), handover, QStringLiteral("sari")},
                          "731904\n")
                 .exitCode,
             1);
    QCOMPARE(ctlWithInput(m_a, {QStringLiteral("handover"), QStringLiteral("accept"), handover, QStringLiteral("budi")},
                          "000000\n")
                 .exitCode,
             1);
    // An operator is no shift lead.
    QCOMPARE(ctlWithInput(m_a, {QStringLiteral("handover"), QStringLiteral("accept"), handover, QStringLiteral("dodi")},
                          "190283\n")
                 .exitCode,
             1);
    // Face to face, at the desk where the outgoing lead is signed in: not at Rina's desk.
    const Run elsewhere = ctlWithInput(
        m_b, {QStringLiteral("handover"), QStringLiteral("accept"), handover, QStringLiteral("budi")}, "845120\n");
    QCOMPARE(elsewhere.exitCode, 1);
    QVERIFY2(elsewhere.err.contains(QLatin1String("countersigned at the desk")), qPrintable(elsewhere.err));
    const Run accepted = ctlWithInput(
        m_a, {QStringLiteral("handover"), QStringLiteral("accept"), handover, QStringLiteral("budi")}, "845120\n");
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));

    // Budi now sits at the lead's desk, and the other desk holds the signed handover with the
    // open incident in it.
    QVERIFY(ctl(m_a, {QStringLiteral("desks")}).out.contains(QLatin1String("budi")));
    QJsonObject h;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray list = jsonOf(m_b, {QStringLiteral("handover"), QStringLiteral("list")}).toArray();
            h = list.isEmpty() ? QJsonObject() : list.first().toObject();
            return h.value(QStringLiteral("incoming")).toString() == QLatin1String("budi");
        },
        60000));
    QCOMPARE(h.value(QStringLiteral("outgoing")).toString(), QStringLiteral("sari"));
    QCOMPARE(h.value(QStringLiteral("note")).toString(),
             QStringLiteral("Kebakaran Pasar Lama masih ditangani Damkar."));
    QCOMPARE(h.value(QStringLiteral("open")).toArray(), QJsonArray{m_incident});
    QVERIFY(h.value(QStringLiteral("accepted_ms")).toInteger() >= h.value(QStringLiteral("written_ms")).toInteger());
    // Countersigned once.
    QCOMPARE(ctlWithInput(m_a, {QStringLiteral("handover"), QStringLiteral("accept"), handover, QStringLiteral("sari")},
                          "731904\n")
                 .exitCode,
             1);
}

void tst_LeadPrograms::cleanupTestCase()
{
    m_nodeB.reset();
    m_nodeA.reset();
}

QTEST_GUILESS_MAIN(tst_LeadPrograms)
#include "tst_leadprograms.moc"
