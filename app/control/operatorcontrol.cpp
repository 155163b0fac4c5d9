// Operators and sign-in. sigapctl speaks for whoever may use this machine's control socket
// (its owner only), so registering operators, setting PINs and unlocking need no sign-in
// here: that is how a room gets its first administrator. The PIN never leaves the handler.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/authoritygate.h"
#include "auth/desksession.h"
#include "auth/operatorcommands.h"
#include "auth/operatordirectory.h"
#include "core/clock.h"

#include <QDateTime>

namespace Sigap {

namespace {

using namespace ControlReplies;

QJsonObject operatorToJson(const ControlContext &desk, const OperatorAccount &a)
{
    const qint64 lockedUntil = desk.operators.lockedUntilMs(a, desk.clock.nowMs());
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("roles"), QJsonArray::fromStringList(Roles::names(a.roles))},
        {QStringLiteral("agency"), a.agency},
        {QStringLiteral("active"), a.active},
        {QStringLiteral("has_pin"), !a.pinHash.isEmpty()},
        {QStringLiteral("failed_sign_ins"), a.failedSignIns()},
        {QStringLiteral("pin_too_short"), a.pinTooShort()},
        {QStringLiteral("locked_until"),
         lockedUntil ? QDateTime::fromMSecsSinceEpoch(lockedUntil, QTimeZone::utc()).toString(Qt::ISODate) : QString()},
        {QStringLiteral("signed_in_at"), QJsonArray::fromStringList(a.signedInAt())}};
}

void printOperatorLine(QTextStream &out, const QJsonObject &o)
{
    QStringList roles;
    for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
        roles.append(r.toString());
    const QString agency = o.value(QStringLiteral("agency")).toString();
    const QStringList desks = o.value(QStringLiteral("signed_in_at")).toVariant().toStringList();
    const QString lockedUntil = o.value(QStringLiteral("locked_until")).toString();
    out << QStringLiteral("%1  %2  %3%4%5%6%7")
               .arg(o.value(QStringLiteral("id")).toString(), -14)
               .arg(o.value(QStringLiteral("name")).toString(), -24)
               .arg(roles.join(QLatin1Char(',')))
               .arg(agency.isEmpty() ? QString() : Texts::tr("  agency %1").arg(agency))
               .arg(!o.value(QStringLiteral("has_pin")).toBool()
                        ? Texts::tr("  NO PIN")
                        : (o.value(QStringLiteral("pin_too_short")).toBool()
                               ? Texts::tr("  PIN TOO SHORT: set one of at least %1 characters")
                                     .arg(OperatorCommands::MinPinLength)
                               : QString()))
               .arg(lockedUntil.isEmpty() ? QString() : Texts::tr("  LOCKED OUT until %1").arg(lockedUntil))
               .arg(desks.isEmpty() ? QString() : Texts::tr("  signed in at %1").arg(desks.join(QStringLiteral(", "))))
        << Qt::endl;
}

Result<QList<EventDraft>> registration(const ControlContext &desk, const QJsonObject &args)
{
    OperatorCommands::Registration r;
    r.id = args.value(QStringLiteral("id")).toString();
    r.name = args.value(QStringLiteral("name")).toString();
    for (const QJsonValue &name : args.value(QStringLiteral("roles")).toArray()) {
        const auto role = Roles::fromName(name.toString());
        if (!role)
            return makeError(QStringLiteral("operator.input"),
                             ServiceTexts::tr("\"%1\" is not a role (%2)")
                                 .arg(name.toString(), Roles::names(Roles::all()).join(QStringLiteral(", "))));
        r.roles.append(*role);
    }
    r.agency = args.value(QStringLiteral("agency")).toString();
    r.pin = args.value(QStringLiteral("pin")).toString();
    r.active = args.value(QStringLiteral("active")).toBool(true);
    return desk.operatorCommands.registerOperator(r, desk.session.actor());
}

Result<QList<EventDraft>> one(const Result<EventDraft> &draft)
{
    if (!draft)
        return draft.error();
    return QList<EventDraft>{draft.value()};
}

void answerSignedIn(ControlContext &desk, const ControlRequest &request, const Result<void> &done)
{
    if (!done)
        return request.fail(done.error());
    const OperatorAccount *now = desk.session.signedIn();
    request.ok(QJsonObject{{QStringLiteral("signed_in"), now ? now->id : QString()}});
}

void printSignedIn(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QString who = text(result, "signed_in");
    out << (who.isEmpty() ? Texts::tr("no one is signed in here") : Texts::tr("%1 is signed in here").arg(who))
        << Qt::endl;
}

const CommandArgument OperatorId{QStringLiteral("id"), QStringLiteral("ID")};

} // namespace

void addOperatorCommands(CommandTable &table)
{
    ControlCommand add;
    add.words = {QStringLiteral("operator"), QStringLiteral("add")};
    add.request = QStringLiteral("operator.add");
    add.arguments = {OperatorId};
    add.options = {{QStringLiteral("name"), QStringLiteral("name")},
                   {QStringLiteral("role"), QStringLiteral("roles"), ValueKind::TextList},
                   {QStringLiteral("agency"), QStringLiteral("agency")},
                   {QStringLiteral("pin-stdin"), QStringLiteral("pin"), ValueKind::PinFromStdin}};
    add.printsJson = false;
    add.note = Texts::tr("roles: operator, liaison, shift_lead, trainer, admin, the option once per role; a liaison "
                         "names its agency; the PIN is read from standard input");
    add.handle = [](ControlContext &desk, const ControlRequest &r) { appendAll(desk, r, registration(desk, r.args)); };
    add.print = printEvent;
    table.add(add);

    ControlCommand pin;
    pin.words = {QStringLiteral("operator"), QStringLiteral("pin")};
    pin.request = QStringLiteral("operator.pin");
    pin.arguments = {OperatorId};
    pin.readsPin = true;
    pin.printsJson = false;
    pin.note = Texts::tr("a new PIN, read from standard input");
    pin.handle = [](ControlContext &desk, const ControlRequest &r) {
        appendAll(
            desk, r,
            one(desk.operatorCommands.setPin(r.args.value(QStringLiteral("id")).toString(),
                                             r.args.value(QStringLiteral("pin")).toString(), desk.session.actor())));
    };
    pin.print = printEvent;
    table.add(pin);

    ControlCommand unlock;
    unlock.words = {QStringLiteral("operator"), QStringLiteral("unlock")};
    unlock.request = QStringLiteral("operator.unlock");
    unlock.arguments = {OperatorId};
    unlock.printsJson = false;
    unlock.note = Texts::tr("lifts a lockout after wrong PINs");
    unlock.handle = [](ControlContext &desk, const ControlRequest &r) {
        appendAll(
            desk, r,
            one(desk.operatorCommands.unlock(r.args.value(QStringLiteral("id")).toString(), desk.session.actor())));
    };
    unlock.print = printEvent;
    table.add(unlock);

    ControlCommand list;
    list.words = {QStringLiteral("operator"), QStringLiteral("list")};
    list.request = QStringLiteral("operator.list");
    list.handle = [](ControlContext &desk, const ControlRequest &r) {
        QJsonArray all;
        for (const OperatorAccount *a : desk.operators.all())
            all.append(operatorToJson(desk, *a));
        r.ok(all);
    };
    list.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray())
            printOperatorLine(out, v.toObject());
    };
    table.add(list);

    ControlCommand refused;
    refused.words = {QStringLiteral("operator"), QStringLiteral("refused")};
    refused.request = QStringLiteral("operator.refused");
    refused.note = Texts::tr("operator changes, lead actions and room settings in the log that took no effect: "
                             "their author lacked the authority");
    refused.handle = [](ControlContext &desk, const ControlRequest &r) {
        QJsonArray all;
        auto listRefused
            = [&all](const QString &event, const QString &kind, const QString &subject, const QString &by) {
                  all.append(QJsonObject{{QStringLiteral("event"), event},
                                         {QStringLiteral("kind"), kind},
                                         {QStringLiteral("subject"), subject},
                                         {QStringLiteral("by"), by}});
              };
        for (const RefusedOperatorChange &c : desk.operators.refusedChanges())
            listRefused(c.eventId, c.kind, c.subject, c.actor);
        for (const RefusedAction &a : desk.authority.refused())
            listRefused(a.eventId, a.kind, a.subject, a.actor);
        r.ok(all);
    };
    refused.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        if (result.toArray().isEmpty())
            out << Texts::tr("nothing refused") << Qt::endl;
        for (const QJsonValue &v : result.toArray()) {
            const QJsonObject c = v.toObject();
            out << Texts::tr("%1  %2 of %3 by %4: refused, no authority")
                       .arg(c.value(QStringLiteral("event")).toString(), c.value(QStringLiteral("kind")).toString(),
                            c.value(QStringLiteral("subject")).toString(), c.value(QStringLiteral("by")).toString())
                << Qt::endl;
        }
    };
    table.add(refused);

    ControlCommand signIn;
    signIn.words = {QStringLiteral("signin")};
    signIn.request = QStringLiteral("signin");
    signIn.arguments = {OperatorId};
    signIn.readsPin = true;
    signIn.printsJson = false;
    signIn.note = Texts::tr("at this desk or node; the PIN is read from standard input");
    signIn.handle = [](ControlContext &desk, const ControlRequest &r) {
        answerSignedIn(desk, r,
                       desk.session.signIn(r.args.value(QStringLiteral("id")).toString(),
                                           r.args.value(QStringLiteral("pin")).toString()));
    };
    signIn.print = printSignedIn;
    table.add(signIn);

    ControlCommand signOut;
    signOut.words = {QStringLiteral("signout")};
    signOut.request = QStringLiteral("signout");
    signOut.printsJson = false;
    signOut.handle
        = [](ControlContext &desk, const ControlRequest &r) { answerSignedIn(desk, r, desk.session.signOut()); };
    signOut.print = printSignedIn;
    table.add(signOut);
}

} // namespace Sigap
