// Operators, roles and sign-in (app/auth) on a real node and store: PINs kept only as slow
// salted hashes, the lockout after wrong PINs counted the same on every desk whatever order
// the events arrive in, and every event written while someone is signed in carries them.
#include "auth/operatorcommands.h"
#include "auth/operatordirectory.h"
#include "auth/pinhash.h"
#include "auth/roles.h"
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "handoff/agencydirectory.h"
#include "node/node.h"
#include "operatordesk.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Sigap;

namespace {

constexpr qint64 StartMs = 1764547200000; // 2025-12-01 00:00 UTC
const QString RinaPin = QStringLiteral("739154");

struct Desk : SigapTest::OperatorDesk
{
    Desk()
        : OperatorDesk(StartMs)
    {
    }
};

QList<Event> eventsOf(Node &node)
{
    QList<Event> events;
    (void)node.log().store().forEach(0, [&](const Event &e) { events.append(e); });
    return events;
}

// Everything a desk shows of an operator, to compare two folds.
QString describe(const OperatorDirectory &directory, const QString &id, qint64 nowMs)
{
    const OperatorAccount *a = directory.account(id);
    if (!a)
        return QStringLiteral("none");
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(a->name, Roles::names(a->roles).join(QLatin1Char(',')), a->pinHash)
        .arg(a->failedSignIns())
        .arg(directory.lockedUntilMs(*a, nowMs))
        .arg(a->signedInAt().join(QLatin1Char(',')))
        .arg(a->active);
}

} // namespace

class tst_Auth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinHashIsSaltedSlowAndChecked();
    void rolesAllowWhatTheyShould();
    void registrationRefusesBadInput();
    void signInRecordsTheOperatorAsActor();
    void wrongPinsLockOutUntilTimeOrUnlock();
    void foldAgreesInAnyOrderAndThroughASnapshot();
    void operatorChangesTakeEffectOnlyWithAuthority();
    void shortPinsStillSignInAndArePointedOut();
    void pinsArePepperedWithTheRoomKey();
    void pinIsNeverInTheStore();
    void anInactiveOperatorIsSignedOut();
    void restartedDeskSignsOutWhoWasLeft();
};

void tst_Auth::pinHashIsSaltedSlowAndChecked()
{
    const QString hash = PinHash::make(RinaPin);
    QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$%1$").arg(PinHash::DefaultIterations)));
    QVERIFY(PinHash::isWellFormed(hash));
    QVERIFY(!hash.contains(RinaPin));
    QVERIFY(PinHash::verify(RinaPin, hash));
    QVERIFY(!PinHash::verify(QStringLiteral("739155"), hash));
    QVERIFY(!PinHash::verify(QString(), hash));
    // A new salt every time: the same PIN never gives the same hash.
    const QString again = PinHash::make(RinaPin, PinHash::MinimumIterations);
    QVERIFY(again != hash);
    QVERIFY(PinHash::verify(RinaPin, again));
    // Forms that are not ours, or that claim too few rounds, never match.
    QStringList parts = again.split(QLatin1Char('$'));
    parts[1] = QString::number(PinHash::MinimumIterations - 1);
    QVERIFY(!PinHash::verify(RinaPin, parts.join(QLatin1Char('$'))));
    QVERIFY(!PinHash::verify(RinaPin, QStringLiteral("md5$1$abc$def")));
    QVERIFY(!PinHash::verify(RinaPin, RinaPin));
}

void tst_Auth::rolesAllowWhatTheyShould()
{
    QVERIFY(!Roles::allows(Role::Operator, Permission::Reassign));
    QVERIFY(Roles::allows(Role::ShiftLead, Permission::Reassign));
    QVERIFY(!Roles::allows(Role::Liaison, Permission::TakeCalls));
    QVERIFY(Roles::allows(Role::Liaison, Permission::WorkOwnAgency));
    QVERIFY(!Roles::allows(Role::Trainer, Permission::ManageOperators));
    QVERIFY(Roles::anyAllows({Role::Operator, Role::ShiftLead}, Permission::AnswerEscalations));
    for (Role role : Roles::all())
        QCOMPARE(Roles::fromName(Roles::name(role)), role);
    QVERIFY(!Roles::fromName(QStringLiteral("root")));
}

void tst_Auth::registrationRefusesBadInput()
{
    Desk desk;
    QVERIFY(desk.start());
    auto refused = [&](const QString &id, QList<Role> roles, const QString &pin, const QString &agency) {
        auto r = desk.registerOperator(id, std::move(roles), pin, agency);
        return !r ? r.error().message : QString();
    };
    QVERIFY(refused(QStringLiteral("rina wulandari"), {Role::Operator}, RinaPin, {}).contains(QLatin1String("id")));
    QVERIFY(!refused(QStringLiteral("rina"), {}, RinaPin, {}).isEmpty());
    QVERIFY(refused(QStringLiteral("hasan"), {Role::Liaison}, RinaPin, {}).contains(QLatin1String("agency")));
    QVERIFY(refused(QStringLiteral("hasan"), {Role::Liaison}, RinaPin, QStringLiteral("nowhere"))
                .contains(QLatin1String("nowhere")));
    QVERIFY(
        refused(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("123"), {}).contains(QLatin1String("PIN")));
    QVERIFY(desk.node->operators().isEmpty()); // nothing of the refused ones was written
    QVERIFY(desk.registerOperator(QStringLiteral("hasan"), {Role::Liaison}, RinaPin, QStringLiteral("damkar-bjm")));
    QCOMPARE(desk.node->operators().account(QStringLiteral("hasan"))->agency, QStringLiteral("damkar-bjm"));
}

void tst_Auth::signInRecordsTheOperatorAsActor()
{
    Desk desk;
    QVERIFY(desk.start());
    Node &node = *desk.node;
    const QString deskActor = node.session().actor().id;
    QVERIFY(deskActor.startsWith(QLatin1String("desk-")));
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::ShiftLead, Role::Operator}, RinaPin));
    QVERIFY(!node.session().signedIn());

    auto unknown = node.session().signIn(QStringLiteral("budi"), RinaPin);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("operator.unknown"));

    QSignalSpy changes(&node.session(), &DeskSession::signedInChanged);
    QVERIFY(node.session().signIn(QStringLiteral("rina"), RinaPin));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(node.session().signedIn()->id, QStringLiteral("rina"));
    QCOMPARE(node.session().actor().id, QStringLiteral("rina"));
    QCOMPARE(node.session().actor().role, QStringLiteral("shift_lead"));
    QCOMPARE(node.operators().account(QStringLiteral("rina"))->signedInAt(), QStringList{node.log().store().deskId()});

    NewIncident fire;
    fire.category = QStringLiteral("kebakaran");
    auto created = node.log().append({node.commands().create(fire, node.session().actor()).value()});
    QVERIFY(created);
    QCOMPARE(created.value().constFirst().actor, QStringLiteral("rina"));

    QVERIFY(node.session().signOut());
    QVERIFY(!node.session().signedIn());
    QCOMPARE(node.session().actor().id, deskActor);
    QVERIFY(node.operators().account(QStringLiteral("rina"))->signedInAt().isEmpty());
    const QList<Event> events = eventsOf(node);
    QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                           [](const Event &e) {
                               return e.kind == EventKind::OperatorSignedIn && e.actor == QLatin1String("rina");
                           }),
             1);
    QCOMPARE(events.constLast().kind, EventKind::OperatorSignedOut);
}

void tst_Auth::wrongPinsLockOutUntilTimeOrUnlock()
{
    Desk desk;
    QVERIFY(desk.start());
    Node &node = *desk.node;
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, RinaPin));
    // Nothing typed is not a wrong try: refused, and not counted.
    const qint64 registered = node.log().store().lastRowId();
    auto empty = node.session().signIn(QStringLiteral("rina"), QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, QStringLiteral("operator.input"));
    QCOMPARE(node.log().store().lastRowId(), registered);
    for (int i = 1; i <= OperatorDirectory::MaxFailedSignIns; ++i) {
        desk.clock.advanceMs(1000);
        auto wrong = node.session().signIn(QStringLiteral("rina"), QStringLiteral("000000"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("operator.wrong_pin"));
        QVERIFY(!node.session().signedIn());
    }
    const OperatorAccount &rina = *node.operators().account(QStringLiteral("rina"));
    const qint64 lastTry = desk.clock.nowMs();
    QCOMPARE(node.operators().lockedUntilMs(rina, lastTry), lastTry + OperatorDirectory::LockoutMs);

    // Locked out: even the right PIN is refused, and the attempt is not recorded.
    const qint64 eventsBefore = node.log().store().lastRowId();
    auto locked = node.session().signIn(QStringLiteral("rina"), RinaPin);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, QStringLiteral("operator.locked"));
    QCOMPARE(node.log().store().lastRowId(), eventsBefore);

    // The lockout runs out by the clock...
    desk.clock.advanceMs(OperatorDirectory::LockoutMs - 1);
    QVERIFY(!node.session().signIn(QStringLiteral("rina"), RinaPin));
    desk.clock.advanceMs(1);
    QVERIFY(node.session().signIn(QStringLiteral("rina"), RinaPin));
    QCOMPARE(rina.failedSignIns(), 0); // a sign-in starts the count again
    QVERIFY(node.session().signOut());

    // ...or a shift lead lifts it.
    for (int i = 0; i < OperatorDirectory::MaxFailedSignIns; ++i)
        QVERIFY(!node.session().signIn(QStringLiteral("rina"), QStringLiteral("000000")));
    QVERIFY(node.operators().lockedUntilMs(rina, desk.clock.nowMs()) > 0);
    auto unlock = node.operatorCommands().unlock(QStringLiteral("rina"), node.session().actor());
    QVERIFY(unlock);
    QVERIFY(node.log().append({unlock.value()}));
    QCOMPARE(node.operators().lockedUntilMs(rina, desk.clock.nowMs()), 0);
    QVERIFY(node.session().signIn(QStringLiteral("rina"), RinaPin));
}

void tst_Auth::foldAgreesInAnyOrderAndThroughASnapshot()
{
    Desk desk;
    QVERIFY(desk.start());
    Node &node = *desk.node;
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, RinaPin));
    QVERIFY(desk.registerOperator(QStringLiteral("hasan"), {Role::Liaison}, QStringLiteral("432198"),
                                  QStringLiteral("damkar-bjm")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!node.session().signIn(QStringLiteral("rina"), QStringLiteral("1111")));
    QVERIFY(node.session().signIn(QStringLiteral("rina"), RinaPin));
    QVERIFY(node.session().signIn(QStringLiteral("hasan"), QStringLiteral("432198"))); // rina is signed out first
    for (int i = 0; i < OperatorDirectory::MaxFailedSignIns; ++i)
        QVERIFY(!node.session().signIn(QStringLiteral("rina"), QStringLiteral("2222")));
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator, Role::Trainer}, {})); // an edit

    const QList<Event> events = eventsOf(node);
    const qint64 now = desk.clock.nowMs();
    const QString expectedRina = describe(node.operators(), QStringLiteral("rina"), now);
    const QString expectedHasan = describe(node.operators(), QStringLiteral("hasan"), now);
    QVERIFY(expectedRina.contains(QLatin1String("operator,trainer")));
    QVERIFY(node.operators().lockedUntilMs(*node.operators().account(QStringLiteral("rina")), now) > 0);

    std::mt19937 shuffler(19);
    for (int round = 0; round < 20; ++round) {
        QList<Event> shuffled = events;
        if (round == 1)
            std::reverse(shuffled.begin(), shuffled.end());
        else if (round > 1)
            std::shuffle(shuffled.begin(), shuffled.end(), shuffler);
        OperatorDirectory other;
        other.apply(shuffled);
        QCOMPARE(describe(other, QStringLiteral("rina"), now), expectedRina);
        QCOMPARE(describe(other, QStringLiteral("hasan"), now), expectedHasan);
    }

    // Half the log folded, snapshotted and restored, then the rest: the same state.
    OperatorDirectory first;
    first.apply(events.mid(0, events.size() / 2));
    OperatorDirectory restored;
    QVERIFY(restored.restoreSnapshot(first.toSnapshot()));
    restored.apply(events.mid(events.size() / 2));
    QCOMPARE(describe(restored, QStringLiteral("rina"), now), expectedRina);
    QCOMPARE(describe(restored, QStringLiteral("hasan"), now), expectedHasan);
    QVERIFY(!restored.restoreSnapshot(QByteArray("\x81\x01", 2)));
    QVERIFY(restored.isEmpty());
}

// The review's "a key holder writes operator.* events": a change takes effect only if its author
// had the authority at that point of the log (stamp order), whatever order the events arrive in,
// and through a snapshot. The machine's owner registers the first administrator; after that,
// only an administrator registers operators or sets another's PIN. Refused changes stay visible.
void tst_Auth::operatorChangesTakeEffectOnlyWithAuthority()
{
    qint64 seq = 0;
    auto change = [&](const QString &kind, const QString &actor, const QString &subject, const QCborMap &payload) {
        Event e;
        e.origin = QStringLiteral("desk0001");
        e.seq = ++seq;
        e.hlc = Hlc::pack(StartMs + seq * 1000, 0);
        e.kind = kind;
        e.actor = actor;
        e.role = QStringLiteral("operator");
        e.subject = subject;
        e.payload = payload;
        return e;
    };
    auto registration = [](const QString &name, const QString &role) {
        return QCborMap{{QStringLiteral("name"), name},
                        {QStringLiteral("roles"), QCborArray{role}},
                        {QStringLiteral("active"), true}};
    };
    auto pin = [](const char *hash) { return QCborMap{{QStringLiteral("pin_hash"), QLatin1String(hash)}}; };
    const QList<Event> events{
        // Before any administrator: anyone (the machine's owner) may register one.
        change(EventKind::OperatorRegistered, QStringLiteral("desk-desk0001"), QStringLiteral("adm"),
               registration(QStringLiteral("Admin"), QStringLiteral("admin"))),
        change(EventKind::OperatorPinSet, QStringLiteral("desk-desk0001"), QStringLiteral("adm"), pin("adm-1")),
        // From now on the machine may not, nor may an operator make themselves administrator.
        change(EventKind::OperatorRegistered, QStringLiteral("desk-desk0002"), QStringLiteral("evil"),
               registration(QStringLiteral("Evil"), QStringLiteral("admin"))),
        change(EventKind::OperatorRegistered, QStringLiteral("adm"), QStringLiteral("rina"),
               registration(QStringLiteral("Rina"), QStringLiteral("operator"))),
        change(EventKind::OperatorRegistered, QStringLiteral("rina"), QStringLiteral("rina"),
               registration(QStringLiteral("Rina"), QStringLiteral("admin"))),
        change(EventKind::OperatorPinSet, QStringLiteral("rina"), QStringLiteral("adm"), pin("stolen")),
        // An operator may set her own PIN.
        change(EventKind::OperatorPinSet, QStringLiteral("rina"), QStringLiteral("rina"), pin("rina-1")),
    };
    auto describeAll = [](const OperatorDirectory &d) {
        QStringList out;
        for (const QString &id : {QStringLiteral("adm"), QStringLiteral("evil"), QStringLiteral("rina")})
            out << describe(d, id, StartMs + 3600 * 1000);
        out << QString::number(d.refusedChanges().size());
        return out.join(QLatin1Char('\n'));
    };
    OperatorDirectory inOrder;
    inOrder.apply(events);
    QCOMPARE(inOrder.account(QStringLiteral("adm"))->pinHash, QStringLiteral("adm-1"));
    QVERIFY(!inOrder.account(QStringLiteral("evil")));
    QCOMPARE(Roles::names(inOrder.account(QStringLiteral("rina"))->roles), QStringList{QStringLiteral("operator")});
    QCOMPARE(inOrder.account(QStringLiteral("rina"))->pinHash, QStringLiteral("rina-1"));
    QCOMPARE(inOrder.refusedChanges().size(), 3);
    QCOMPARE(inOrder.refusedChanges().constFirst().eventId, events.at(2).id());
    const QString expected = describeAll(inOrder);

    std::mt19937 shuffler(23);
    for (int round = 0; round < 30; ++round) {
        QList<Event> shuffled = events;
        if (round == 0)
            std::reverse(shuffled.begin(), shuffled.end());
        else
            std::shuffle(shuffled.begin(), shuffled.end(), shuffler);
        OperatorDirectory other;
        other.apply(shuffled);
        QCOMPARE(describeAll(other), expected);
        OperatorDirectory half;
        half.apply(shuffled.mid(0, 3));
        OperatorDirectory restored;
        QVERIFY(restored.restoreSnapshot(half.toSnapshot()));
        restored.apply(shuffled.mid(3));
        QCOMPARE(describeAll(restored), expected);
    }

    // A registration that arrives late takes the authority away from what followed it: the
    // administrator made an operator before "evil" was registered... by nobody with the right.
    OperatorDirectory late;
    late.apply(events.mid(2));
    QVERIFY(late.account(QStringLiteral("evil"))); // no administrator known yet: bootstrap
    late.apply(events.mid(0, 2));
    QVERIFY(!late.account(QStringLiteral("evil")));
    QCOMPARE(describeAll(late), expected);
}

// New PINs have 6 characters at least; a 4-digit PIN set before that rule still signs in, and
// the sign-in says so in its event, so the administrator's list shows whose PIN to change.
void tst_Auth::shortPinsStillSignInAndArePointedOut()
{
    Desk desk;
    QVERIFY(desk.start());
    Node &node = *desk.node;
    auto tooShort = desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, QStringLiteral("4321"));
    QVERIFY(!tooShort);
    QCOMPARE(tooShort.error().code, QStringLiteral("operator.input"));

    const Actor machine = node.session().actor();
    const QCborMap registered{{QStringLiteral("name"), QStringLiteral("Rina")},
                              {QStringLiteral("roles"), QCborArray{QStringLiteral("operator")}},
                              {QStringLiteral("active"), true}};
    const QCborMap oldPin{
        {QStringLiteral("pin_hash"), PinHash::make(QStringLiteral("4321"), PinHash::MinimumIterations)}};
    QVERIFY(node.log().append(
        {EventDraft{EventKind::OperatorRegistered, 1, QStringLiteral("rina"), registered, machine.id, machine.role, 0},
         EventDraft{EventKind::OperatorPinSet, 1, QStringLiteral("rina"), oldPin, machine.id, machine.role, 0}}));
    QVERIFY(!node.operators().account(QStringLiteral("rina"))->pinTooShort());
    desk.clock.advanceMs(1000);
    QVERIFY(node.session().signIn(QStringLiteral("rina"), QStringLiteral("4321")));
    QVERIFY(node.operators().account(QStringLiteral("rina"))->pinTooShort());
    QVERIFY(node.session().signOut());

    desk.clock.advanceMs(1000);
    auto newPin = node.operatorCommands().setPin(QStringLiteral("rina"), RinaPin, node.session().actor());
    QVERIFY(newPin);
    QVERIFY(node.log().append({newPin.value()}));
    QVERIFY(!node.operators().account(QStringLiteral("rina"))->pinTooShort());
    QVERIFY(node.session().signIn(QStringLiteral("rina"), RinaPin));
}

// A PIN set at a desk with the room key is peppered with a secret derived from it: the hash in
// the log (and in any copy of the store) cannot be checked, nor guessed against, without it. A
// desk without the pepper says so instead of counting a wrong try.
void tst_Auth::pinsArePepperedWithTheRoomKey()
{
    OperatorDirectory directory;
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    ManualClock clock{StartMs};
    const QByteArray pepper(32, 'p');
    OperatorCommands peppered(directory, agencies, clock);
    peppered.setPinPepper(pepper);
    auto drafts = peppered.registerOperator(
        {QStringLiteral("rina"), QStringLiteral("Rina"), {Role::Operator}, {}, RinaPin, true},
        Actor{QStringLiteral("system"), QStringLiteral("system")});
    QVERIFY(drafts);
    const QString hash = drafts.value().at(1).payload.value(QStringLiteral("pin_hash")).toString();
    QVERIFY(PinHash::isPeppered(hash));
    QVERIFY(PinHash::verify(RinaPin, hash, pepper));
    QVERIFY(!PinHash::verify(RinaPin, hash));
    QVERIFY(!PinHash::verify(RinaPin, hash, QByteArray(32, 'q')));

    qint64 seq = 0;
    for (const EventDraft &d : drafts.value()) {
        Event e;
        e.origin = QStringLiteral("desk0001");
        e.seq = ++seq;
        e.hlc = Hlc::pack(StartMs + seq, 0);
        e.kind = d.kind;
        e.subject = d.subject;
        e.payload = d.payload;
        e.actor = d.actor;
        directory.apply(e);
    }
    OperatorCommands plain(directory, agencies, clock);
    auto withoutPepper = plain.signIn(QStringLiteral("rina"), RinaPin);
    QVERIFY(!withoutPepper);
    QCOMPARE(withoutPepper.error().code, QStringLiteral("operator.pepper"));
    auto withPepper = peppered.signIn(QStringLiteral("rina"), RinaPin);
    QVERIFY(withPepper);
    QVERIFY(withPepper.value().accepted);
}

void tst_Auth::pinIsNeverInTheStore()
{
    Desk desk;
    QVERIFY(desk.start());
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, RinaPin));
    QVERIFY(!desk.node->session().signIn(QStringLiteral("rina"), QStringLiteral("858585")));
    QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), RinaPin));
    QVERIFY(desk.node->saveSnapshot());
    const QString path = desk.node->storePath();
    desk.node.reset(); // closed, its WAL folded into the file
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes.contains("pbkdf2-sha256$"));
    for (const QString &pin : {RinaPin, QStringLiteral("858585")}) {
        QVERIFY2(!bytes.contains(pin.toUtf8()), qPrintable(pin));
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2)),
                 qPrintable(pin));
    }
}

void tst_Auth::anInactiveOperatorIsSignedOut()
{
    Desk desk;
    QVERIFY(desk.start());
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, RinaPin));
    QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), RinaPin));
    OperatorCommands::Registration retired{
        QStringLiteral("rina"), QStringLiteral("Rina"), {Role::Operator}, {}, {}, false};
    QVERIFY(desk.node->log().append(
        desk.node->operatorCommands().registerOperator(retired, desk.node->session().actor()).value()));
    QTRY_VERIFY(!desk.node->session().signedIn());
    QCOMPARE(eventsOf(*desk.node).constLast().kind, EventKind::OperatorSignedOut);
    auto again = desk.node->session().signIn(QStringLiteral("rina"), RinaPin);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("operator.inactive"));
}

void tst_Auth::restartedDeskSignsOutWhoWasLeft()
{
    Desk desk;
    QVERIFY(desk.start());
    QVERIFY(desk.registerOperator(QStringLiteral("rina"), {Role::Operator}, RinaPin));
    QVERIFY(desk.node->session().signIn(QStringLiteral("rina"), RinaPin));
    const QString deskId = desk.node->log().store().deskId();
    desk.node.reset();
    QVERIFY(desk.start());
    QVERIFY(!desk.node->session().signedIn());
    QVERIFY(desk.node->operators().account(QStringLiteral("rina"))->signedInAt().isEmpty());
    const QList<Event> events = eventsOf(*desk.node);
    QCOMPARE(events.constLast().kind, EventKind::OperatorSignedOut);
    QCOMPARE(events.constLast().origin, deskId);
}

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"
