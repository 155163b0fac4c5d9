// sigapctl: command-line client of a running Sigap desk or node, over DIR/control.sock.
#include "control/controlclient.h"
#include "core/translator.h"
#include "sync/roomsecret.h"
#include "telephony/aml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

using namespace Sigap;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigapctl)
};

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, NoNode = 3 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

void printIncidentLine(const QJsonObject &o)
{
    out() << QStringLiteral("%1  %2  %3  P%4  %5  %6  %7")
                 .arg(o.value(QStringLiteral("id")).toString(), -14)
                 .arg(o.value(QStringLiteral("created_local")).toString())
                 .arg(o.value(QStringLiteral("status")).toString(), -11)
                 .arg(o.value(QStringLiteral("priority")).toInt())
                 .arg(o.value(QStringLiteral("category")).toString(), -16)
                 .arg(o.value(QStringLiteral("kelurahan_name")).toString(), -20)
                 .arg(o.value(QStringLiteral("caller")).toString())
          << Qt::endl;
}

void printIncident(const QJsonObject &o)
{
    printIncidentLine(o);
    if (!o.value(QStringLiteral("address")).toString().isEmpty())
        out() << Texts::tr("  address: %1").arg(o.value(QStringLiteral("address")).toString()) << Qt::endl;
    if (o.contains(QStringLiteral("lat")))
        out() << Texts::tr("  position: %1, %2")
                     .arg(o.value(QStringLiteral("lat")).toDouble(), 0, 'f', 6)
                     .arg(o.value(QStringLiteral("lon")).toDouble(), 0, 'f', 6)
              << Qt::endl;
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject note = n.toObject();
        out() << Texts::tr("  note %1 %2: %3")
                     .arg(note.value(QStringLiteral("time_local")).toString(),
                          note.value(QStringLiteral("actor")).toString(), note.value(QStringLiteral("text")).toString())
              << Qt::endl;
    }
    for (const QJsonValue &c : o.value(QStringLiteral("calls")).toArray())
        out() << Texts::tr("  call: %1").arg(c.toString()) << Qt::endl;
    for (const QJsonValue &c : o.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject conflict = c.toObject();
        out() << Texts::tr("  conflict: %1 -> %2 refused (event %3 by %4)")
                     .arg(conflict.value(QStringLiteral("from")).toString(),
                          conflict.value(QStringLiteral("to")).toString(),
                          conflict.value(QStringLiteral("event")).toString(),
                          conflict.value(QStringLiteral("actor")).toString())
              << Qt::endl;
    }
}

void printHandoffLine(const QJsonObject &o)
{
    const QJsonObject times = o.value(QStringLiteral("times")).toObject();
    QStringList steps;
    for (const QString &state : {QStringLiteral("sent"), QStringLiteral("acknowledged"), QStringLiteral("dispatched"),
                                 QStringLiteral("en_route"), QStringLiteral("on_scene"), QStringLiteral("finished"),
                                 QStringLiteral("rejected"), QStringLiteral("cancelled")})
        if (times.contains(state))
            steps << state + QLatin1Char(' ')
                         + times.value(state).toObject().value(QStringLiteral("local")).toString().mid(11);
    for (const QJsonValue &u : o.value(QStringLiteral("units")).toArray())
        steps << Texts::tr("unit %1 %2")
                     .arg(u.toObject().value(QStringLiteral("id")).toString(),
                          u.toObject().value(QStringLiteral("status")).toString());
    out() << QStringLiteral("%1  %2  %3  %4  %5%6")
                 .arg(o.value(QStringLiteral("incident")).toString(), -14)
                 .arg(o.value(QStringLiteral("agency")).toString(), -14)
                 .arg(o.value(QStringLiteral("state")).toString(), -12)
                 .arg(o.value(QStringLiteral("channel")).toString(), -5)
                 .arg(steps.join(QStringLiteral(", ")))
                 .arg(o.value(QStringLiteral("overdue")).toBool() ? Texts::tr("  OVERDUE: not acknowledged")
                                                                  : QString())
          << Qt::endl;
}

void printKpis(const QJsonObject &o)
{
    out() << Texts::tr("response times %1 to %2 (p50 / p90 in minutes)")
                 .arg(o.value(QStringLiteral("from_local")).toString(), o.value(QStringLiteral("to_local")).toString())
          << Qt::endl;
    const QJsonObject calls = o.value(QStringLiteral("calls")).toObject();
    out() << Texts::tr("calls: %1 offered, %2 answered (p50 %3 s, p90 %4 s), %5 abandoned, %6 ringing; "
                       "answered within %7 s: %8 % (target %9 %)")
                 .arg(calls.value(QStringLiteral("offered")).toInt())
                 .arg(calls.value(QStringLiteral("answered")).toInt())
                 .arg(calls.value(QStringLiteral("answer_p50_ms")).toDouble() / 1000, 0, 'f', 1)
                 .arg(calls.value(QStringLiteral("answer_p90_ms")).toDouble() / 1000, 0, 'f', 1)
                 .arg(calls.value(QStringLiteral("abandoned")).toInt())
                 .arg(calls.value(QStringLiteral("ringing")).toInt())
                 .arg(calls.value(QStringLiteral("target_ms")).toInt() / 1000)
                 .arg(qRound(calls.value(QStringLiteral("share_within_target")).toDouble() * 100))
                 .arg(calls.value(QStringLiteral("target_percent")).toInt())
          << Qt::endl;
    auto minutes = [](const QJsonObject &step) {
        if (step.value(QStringLiteral("count")).toInt() == 0)
            return QStringLiteral("-");
        return QStringLiteral("%1/%2")
            .arg(step.value(QStringLiteral("p50_ms")).toDouble() / 60000, 0, 'f', 1)
            .arg(step.value(QStringLiteral("p90_ms")).toDouble() / 60000, 0, 'f', 1);
    };
    for (const QJsonValue &v : o.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject k = v.toObject();
        const QJsonObject steps = k.value(QStringLiteral("steps")).toObject();
        out() << Texts::tr("%1  %2  %3 handoffs  sent %4  ack %5  dispatched %6  on scene %7  "
                           "answered to on scene %8  within %9 min: %10 %")
                     .arg(k.value(QStringLiteral("agency")).toString(), -14)
                     .arg(k.value(QStringLiteral("category")).toString(), -16)
                     .arg(k.value(QStringLiteral("handoffs")).toInt())
                     .arg(minutes(steps.value(QStringLiteral("answered_to_sent")).toObject()),
                          minutes(steps.value(QStringLiteral("sent_to_acknowledged")).toObject()),
                          minutes(steps.value(QStringLiteral("acknowledged_to_dispatched")).toObject()),
                          minutes(steps.value(QStringLiteral("dispatched_to_on_scene")).toObject()),
                          minutes(steps.value(QStringLiteral("answered_to_on_scene")).toObject()))
                     .arg(k.value(QStringLiteral("target_min")).toInt())
                     .arg(qRound(k.value(QStringLiteral("share_within_target")).toDouble() * 100))
              << Qt::endl;
    }
}

void printPeers(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("sync")).toBool()) {
        out() << Texts::tr("room %1, desk %2: LAN sync is off (no --room-key)")
                     .arg(o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("desk")).toString())
              << Qt::endl;
        return;
    }
    out() << Texts::tr("room %1, desk %2, listening on %3")
                 .arg(o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("desk")).toString(),
                      o.value(QStringLiteral("listen")).toString())
          << Qt::endl;
    const QJsonArray peers = o.value(QStringLiteral("peers")).toArray();
    if (peers.isEmpty())
        out() << Texts::tr("no peers yet") << Qt::endl;
    for (const QJsonValue &v : peers) {
        const QJsonObject p = v.toObject();
        const QString state = p.value(QStringLiteral("state")).toString();
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(p.value(QStringLiteral("desk")).toString(), -14)
                           .arg(p.value(QStringLiteral("address")).toString(), -21)
                           .arg(state, -13);
        if (state == QLatin1String("connected"))
            line += Texts::tr("lag %1 events / %2 ms, behind %3, rtt %4 ms")
                        .arg(p.value(QStringLiteral("lag_events")).toInteger())
                        .arg(p.value(QStringLiteral("lag_ms")).toInteger())
                        .arg(p.value(QStringLiteral("behind_events")).toInteger())
                        .arg(p.value(QStringLiteral("rtt_ms")).toInteger());
        else
            line += Texts::tr("last contact %1; %2")
                        .arg(p.value(QStringLiteral("last_contact_local")).toString().isEmpty()
                                 ? Texts::tr("never")
                                 : p.value(QStringLiteral("last_contact_local")).toString(),
                             p.value(QStringLiteral("last_error")).toString());
        out() << line << Qt::endl;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray())
        out() << Texts::tr("problem %1 (%2×): %3")
                     .arg(v.toObject().value(QStringLiteral("time_local")).toString())
                     .arg(v.toObject().value(QStringLiteral("count")).toInt())
                     .arg(v.toObject().value(QStringLiteral("text")).toString())
              << Qt::endl;
}

void printOperatorLine(const QJsonObject &o)
{
    QStringList roles;
    for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
        roles.append(r.toString());
    const QString agency = o.value(QStringLiteral("agency")).toString();
    const QStringList desks = o.value(QStringLiteral("signed_in_at")).toVariant().toStringList();
    const QString lockedUntil = o.value(QStringLiteral("locked_until")).toString();
    out() << QStringLiteral("%1  %2  %3%4%5%6%7")
                 .arg(o.value(QStringLiteral("id")).toString(), -14)
                 .arg(o.value(QStringLiteral("name")).toString(), -24)
                 .arg(roles.join(QLatin1Char(',')))
                 .arg(agency.isEmpty() ? QString() : Texts::tr("  agency %1").arg(agency))
                 .arg(o.value(QStringLiteral("has_pin")).toBool() ? QString() : Texts::tr("  NO PIN"))
                 .arg(lockedUntil.isEmpty() ? QString() : Texts::tr("  LOCKED OUT until %1").arg(lockedUntil))
                 .arg(desks.isEmpty() ? QString()
                                      : Texts::tr("  signed in at %1").arg(desks.join(QStringLiteral(", "))))
          << Qt::endl;
}

// The PIN comes on standard input, never on the command line (where every user of the
// machine can read it); typed at a terminal, it is not echoed.
QString readPin()
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << Texts::tr("PIN: ") << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString pin = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return pin;
}

void printUnitLine(const QJsonObject &u)
{
    QString where = Texts::tr("no position");
    if (u.value(QStringLiteral("has_position")).toBool())
        where = QStringLiteral("%1, %2  %3")
                    .arg(u.value(QStringLiteral("lat")).toDouble(), 0, 'f', 5)
                    .arg(u.value(QStringLiteral("lon")).toDouble(), 0, 'f', 5)
                    .arg(Texts::tr("%1 s ago%2")
                             .arg(u.value(QStringLiteral("age_s")).toInteger())
                             .arg(u.value(QStringLiteral("stale")).toBool() ? Texts::tr(", STALE") : QString()));
    const QString incident = u.value(QStringLiteral("incident")).toString();
    const int conflicts = int(u.value(QStringLiteral("conflicts")).toArray().size());
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6%7%8")
                 .arg(u.value(QStringLiteral("id")).toString(), -12)
                 .arg(u.value(QStringLiteral("agency")).toString(), -14)
                 .arg(u.value(QStringLiteral("callsign")).toString(), -12)
                 .arg(u.value(QStringLiteral("type")).toString(), -14)
                 .arg(u.value(QStringLiteral("status")).toString(), -14)
                 .arg(where)
                 .arg(incident.isEmpty() ? QString() : Texts::tr("  incident %1").arg(incident))
                 .arg(conflicts ? Texts::tr("  %n conflict(s)", nullptr, conflicts) : QString())
          << Qt::endl;
}

void printRecommendation(const QJsonObject &o)
{
    out() << Texts::tr("nearest available units of %1 for incident %2 (straight line x %3 at %4 km/h):")
                 .arg(o.value(QStringLiteral("agency")).toString(), o.value(QStringLiteral("incident")).toString())
                 .arg(o.value(QStringLiteral("detour_factor")).toDouble())
                 .arg(o.value(QStringLiteral("speed_kmh")).toDouble())
          << Qt::endl;
    const QJsonArray units = o.value(QStringLiteral("units")).toArray();
    if (units.isEmpty())
        out() << Texts::tr("no unit of the agency is available with a fresh position") << Qt::endl;
    int rank = 0;
    for (const QJsonValue &v : units) {
        const QJsonObject u = v.toObject();
        out() << QStringLiteral("%1. %2  %3  %4  ")
                     .arg(++rank)
                     .arg(u.value(QStringLiteral("id")).toString(), -12)
                     .arg(u.value(QStringLiteral("callsign")).toString(), -12)
                     .arg(u.value(QStringLiteral("type")).toString(), -14)
              << Texts::tr("%1 km, about %2 min")
                     .arg(u.value(QStringLiteral("distance_m")).toDouble() / 1000, 0, 'f', 1)
                     .arg((u.value(QStringLiteral("eta_s")).toInteger() + 59) / 60)
              << Qt::endl;
    }
}

// `sigapctl room init`: the one command that needs no running desk.
int initRoom(const QString &room, const QString &outFile, bool training)
{
    if (!RoomSecret::validRoomId(room)) {
        err() << Texts::tr("sigapctl: room init needs --room ID (letters, digits, '.', '_' or '-', up to 64)")
              << Qt::endl;
        return Usage;
    }
    if (outFile.isEmpty()) {
        err() << Texts::tr("sigapctl: room init needs --out FILE") << Qt::endl;
        return Usage;
    }
    if (auto r = RoomSecret::generate(room, training).save(outFile); !r) {
        err() << Texts::tr("sigapctl: %1").arg(r.error().message) << Qt::endl;
        return Failed;
    }
    out() << Texts::tr("wrote the secret of %1 room %2 to %3; copy it to every desk of the room")
                 .arg(training ? Texts::tr("training") : Texts::tr("live"), room, outFile)
          << Qt::endl;
    return Ok;
}

// AML: the decoded fields of a message, as `aml parse` and `aml receive` print them.
void printAml(const QJsonObject &o)
{
    const double radius = o.value(QStringLiteral("radius_m")).toDouble();
    if (o.value(QStringLiteral("has_position")).toBool())
        out() << Texts::tr("position: %1, %2")
                     .arg(o.value(QStringLiteral("lat")).toDouble(), 0, 'f', 6)
                     .arg(o.value(QStringLiteral("lon")).toDouble(), 0, 'f', 6)
              << (radius > 0 ? Texts::tr(" ± %1 m").arg(radius) : Texts::tr(" (radius unknown)")) << Qt::endl;
    else
        out() << Texts::tr("position: none") << Qt::endl;
    if (o.contains(QStringLiteral("positioned_utc")))
        out() << Texts::tr("positioned: %1").arg(o.value(QStringLiteral("positioned_utc")).toString()) << Qt::endl;
    if (o.contains(QStringLiteral("confidence")))
        out() << Texts::tr("confidence: %1 %").arg(o.value(QStringLiteral("confidence")).toInt()) << Qt::endl;
    if (const auto method = Aml::methodFromCode(o.value(QStringLiteral("method")).toString()))
        out() << Texts::tr("method: %1 (%2)").arg(Aml::methodCode(*method), Aml::methodName(*method)) << Qt::endl;
    for (const auto &[key, label] :
         {std::pair{"imsi", "IMSI"}, std::pair{"imei", "IMEI"}, std::pair{"mcc", "MCC"}, std::pair{"mnc", "MNC"}})
        if (o.contains(QLatin1String(key)))
            out() << QStringLiteral("%1: %2").arg(QLatin1String(label), o.value(QLatin1String(key)).toString())
                  << Qt::endl;
    out() << Texts::tr("length: %1").arg(o.value(QStringLiteral("length")).toInt()) << Qt::endl;
    QStringList unknown;
    for (const QJsonValue &key : o.value(QStringLiteral("unknown_keys")).toArray())
        unknown << key.toString();
    if (!unknown.isEmpty())
        out() << Texts::tr("ignored fields: %1").arg(unknown.join(QStringLiteral(", "))) << Qt::endl;
}

// The shift lead's lists, a line each.
const QStringList LeadListCommands{QStringLiteral("desks"), QStringLiteral("alerts"), QStringLiteral("escalations"),
                                   QStringLiteral("handover.list")};
const QStringList LeadWriteCommands{QStringLiteral("reassign"), QStringLiteral("takeover"),
                                    QStringLiteral("escalation.answer"), QStringLiteral("handover.write"),
                                    QStringLiteral("handover.accept")};

void printLeadLine(const QString &cmd, const QJsonObject &o)
{
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (cmd == QLatin1String("desks")) {
        out() << QStringLiteral("%1%2  %3  %4")
                     .arg(text("desk"), o.value(QStringLiteral("self")).toBool() ? QStringLiteral(" *") : QString(),
                          text("operator").isEmpty() ? QStringLiteral("-") : text("operator"), text("state"))
              << Qt::endl;
    } else if (cmd == QLatin1String("alerts")) {
        out() << Texts::tr("%1 given to you by %2").arg(text("incident"), text("by")) << Qt::endl;
    } else if (cmd == QLatin1String("escalations")) {
        out() << Texts::tr("%1  %2, overdue by %3 s")
                     .arg(text("key"), text("kind"))
                     .arg(o.value(QStringLiteral("overdue_ms")).toInteger() / 1000)
              << Qt::endl;
    } else {
        const QString incoming = text("incoming");
        out() << Texts::tr("%1  by %2, %3, %n open incident(s)", nullptr,
                           int(o.value(QStringLiteral("open")).toArray().size()))
                     .arg(text("id"), text("outgoing"),
                          incoming.isEmpty() ? Texts::tr("not countersigned")
                                             : Texts::tr("countersigned by %1").arg(incoming))
              << Qt::endl;
    }
}

// `sigapctl aml parse TEXT`: needs no running desk, like room init. A message the parser
// refuses is "refused" (1), not wrong usage (2): the command was right, the text is not.
int parseAml(const QString &text, bool json)
{
    const auto parsed = Aml::parse(text);
    if (!parsed) {
        err() << Texts::tr("sigapctl: AML refused: %1").arg(parsed.error().message) << Qt::endl;
        return Failed;
    }
    if (json)
        printJson(parsed.value().toJson());
    else
        printAml(parsed.value().toJson());
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("sigapctl"));
    app.setApplicationVersion(QStringLiteral(SIGAP_VERSION));
    installLanguageFromArguments(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("Command-line client of a running Sigap 112 desk or node.\n\n"
                  "Commands:\n"
                  "  room init --room ID --out FILE [--training]   (no running desk needed)\n"
                  "  status [--json]\n"
                  "  peers [--json]\n"
                  "  incident create --category CODE [--kelurahan KODE] [--lat L --lon L] [--caller NUMBER]\n"
                  "                  [--note TEXT] [--address TEXT] [--priority 1-4]\n"
                  "  incident list [--json]\n"
                  "  incident show ID [--json]\n"
                  "  incident note ID TEXT\n"
                  "  incident status ID STATUS\n"
                  "  handoff send INCIDENT AGENCY [--channel desk|eido|phone] [--received-by NAME]\n"
                  "  handoff ack INCIDENT AGENCY [--as OPERATOR]\n"
                  "  handoff state INCIDENT AGENCY STATE [--reason TEXT] [--as OPERATOR]\n"
                  "  handoff list [--json]\n"
                  "  unit list [--json]\n"
                  "  unit status UNIT STATUS [--incident ID --agency ID] [--as OPERATOR]   (available,\n"
                  "                  dispatched, en_route, on_scene, out_of_service; dispatched names the\n"
                  "                  incident and agency)\n"
                  "  unit assign INCIDENT AGENCY UNIT [--as OPERATOR]   (dispatch a unit to the agency's handoff)\n"
                  "  unit recommend INCIDENT AGENCY [--count N] [--json]   (nearest available units)\n"
                  "  kpi [--from ISO --to ISO] [--json]             (default: the current shift)\n"
                  "  operator add ID --name NAME --role ROLE [--role ROLE]... [--agency ID] [--pin-stdin]\n"
                  "                  (roles: operator, liaison, shift_lead, trainer, admin; a liaison names\n"
                  "                  its agency; the PIN is read from standard input)\n"
                  "  operator pin ID   (a new PIN, read from standard input)\n"
                  "  operator unlock ID   (lifts a lockout after wrong PINs)\n"
                  "  operator list [--json]\n"
                  "  signin ID   (at this desk or node; the PIN is read from standard input)\n"
                  "  signout\n"
                  "  desks [--json]   (every desk of the room: who is signed in, on a call, idle...)\n"
                  "  reassign INCIDENT OPERATOR   (shift lead: the incident goes to that operator)\n"
                  "  takeover INCIDENT   (shift lead: the incident goes to the lead signed in here)\n"
                  "  alerts [--json]   (incidents a shift lead gave to the operator signed in here)\n"
                  "  escalations [--json]   (unacknowledged handoffs, calls waiting over 20 s, incidents over\n"
                  "                  their target)\n"
                  "  escalation answer KEY [--note TEXT]   (shift lead)\n"
                  "  handover write --note TEXT   (outgoing shift lead)\n"
                  "  handover accept ID OPERATOR   (the incoming shift lead countersigns with their PIN, read\n"
                  "                  from standard input, and is signed in here)\n"
                  "  handover list [--json]\n"
                  "  clock set MS   (only a node started with --clock-at)\n"
                  "  shifts [--starts HH:MM,HH:MM,...] [--json]   (the room's shifts; default 07:00,15:00,23:00)\n"
                  "  scenario export FILE [--from ISO --to ISO]   (the calls of a period, default the current\n"
                  "                  shift, anonymised into a training scenario)\n"
                  "  aml parse TEXT [--json]   (no running desk needed: the fields of an AML SMS)\n"
                  "  aml receive NUMBER TEXT [--json]   (an AML SMS from NUMBER: recorded and matched to its call)\n"
                  "  retention [--recordings-days N] [--sweep] [--json]   (the room's retention of call\n"
                  "                  recordings: N days, 0 for ever; --sweep deletes this desk's expired ones now)\n"
                  "  state-hash\n"
                  "  verify\n"
                  "  export FILE\n"
                  "  import FILE\n\n"
                  "Exit codes: 0 done, 1 refused or failed, 2 wrong usage, 3 no desk or node running."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), Texts::tr("Data folder of the desk or node."),
                                        Texts::tr("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Texts::tr("Print JSON."));
    const QCommandLineOption categoryOption(QStringLiteral("category"), Texts::tr("Incident category code."),
                                            Texts::tr("CODE"));
    const QCommandLineOption kelurahanOption(QStringLiteral("kelurahan"), Texts::tr("Kelurahan code (Kemendagri)."),
                                             Texts::tr("KODE"));
    const QCommandLineOption latOption(QStringLiteral("lat"), Texts::tr("Latitude."), Texts::tr("L"));
    const QCommandLineOption lonOption(QStringLiteral("lon"), Texts::tr("Longitude."), Texts::tr("L"));
    const QCommandLineOption callerOption(QStringLiteral("caller"), Texts::tr("Caller's phone number."),
                                          Texts::tr("NUMBER"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Texts::tr("First note."), Texts::tr("TEXT"));
    const QCommandLineOption addressOption(QStringLiteral("address"), Texts::tr("Address text."), Texts::tr("TEXT"));
    const QCommandLineOption priorityOption(QStringLiteral("priority"), Texts::tr("Priority, 1 (highest) to 4."),
                                            Texts::tr("P"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Texts::tr("Language: id (default) or en."),
                                        Texts::tr("LANG"));
    const QCommandLineOption roomOption(QStringLiteral("room"), Texts::tr("Room id (room init)."), Texts::tr("ID"));
    const QCommandLineOption outOption(QStringLiteral("out"), Texts::tr("File to write (room init)."),
                                       Texts::tr("FILE"));
    const QCommandLineOption trainingOption(QStringLiteral("training"),
                                            Texts::tr("The new room is a training room (room init)."));
    const QCommandLineOption channelOption(QStringLiteral("channel"),
                                           Texts::tr("Handoff channel: desk, eido or phone."), Texts::tr("CHANNEL"));
    const QCommandLineOption receivedByOption(QStringLiteral("received-by"),
                                              Texts::tr("Who took a phone handoff at the agency."), Texts::tr("NAME"));
    const QCommandLineOption asOption(QStringLiteral("as"), Texts::tr("The agency operator acting (handoff)."),
                                      Texts::tr("OPERATOR"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Texts::tr("Why (a rejected handoff)."),
                                          Texts::tr("TEXT"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Texts::tr("Start of the period (kpi, scenario export)."), Texts::tr("ISO"));
    const QCommandLineOption toOption(QStringLiteral("to"), Texts::tr("End of the period (kpi, scenario export)."),
                                      Texts::tr("ISO"));
    const QCommandLineOption incidentOption(
        QStringLiteral("incident"), Texts::tr("The incident a unit is dispatched to (unit status)."), Texts::tr("ID"));
    const QCommandLineOption agencyOption(
        QStringLiteral("agency"), Texts::tr("The agency whose handoff a unit serves (unit status)."), Texts::tr("ID"));
    const QCommandLineOption countOption(QStringLiteral("count"), Texts::tr("How many units to recommend (default 3)."),
                                         Texts::tr("N"));
    parser.addOptions({dataOption,       jsonOption,   categoryOption, kelurahanOption, latOption,
                       lonOption,        callerOption, noteOption,     addressOption,   priorityOption,
                       langOption,       roomOption,   outOption,      trainingOption,  channelOption,
                       receivedByOption, asOption,     reasonOption,   fromOption,      toOption});
    const QCommandLineOption recordingsDaysOption(
        QStringLiteral("recordings-days"),
        Texts::tr("Days every desk keeps its call recordings, 0 for ever (retention)."), Texts::tr("N"));
    const QCommandLineOption sweepOption(QStringLiteral("sweep"),
                                         Texts::tr("Delete this desk's expired recordings now (retention)."));
    const QCommandLineOption nameOption(QStringLiteral("name"), Texts::tr("The operator's name (operator add)."),
                                        Texts::tr("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), Texts::tr("A role of the operator (operator add)."),
                                        Texts::tr("ROLE"));
    const QCommandLineOption pinStdinOption(QStringLiteral("pin-stdin"),
                                            Texts::tr("Read the operator's PIN from standard input (operator add)."));
    const QCommandLineOption startsOption(QStringLiteral("starts"),
                                          Texts::tr("The times of day the room's shifts begin (shifts)."),
                                          Texts::tr("HH:MM,..."));
    parser.addOptions({incidentOption, agencyOption, countOption, recordingsDaysOption, sweepOption, nameOption,
                       roleOption, pinStdinOption, startsOption});
    parser.addPositionalArgument(QStringLiteral("command"), Texts::tr("The command and its arguments."));
    parser.process(app);

    const QStringList words = parser.positionalArguments();
    auto usage = [&](const QString &message) {
        err() << Texts::tr("sigapctl: %1 (see sigapctl --help)").arg(message) << Qt::endl;
        return Usage;
    };
    if (words.value(0) == QLatin1String("room") && words.value(1) == QLatin1String("init") && words.size() == 2)
        return initRoom(parser.value(roomOption), parser.value(outOption), parser.isSet(trainingOption));
    if (words.value(0) == QLatin1String("aml") && words.value(1) == QLatin1String("parse")) {
        if (words.size() != 3)
            return usage(Texts::tr("aml parse needs the message TEXT as one argument (quote it)"));
        return parseAml(words.at(2), parser.isSet(jsonOption));
    }
    if (!parser.isSet(dataOption))
        return usage(Texts::tr("--data DIR is required"));
    if (words.isEmpty())
        return usage(Texts::tr("no command given"));

    // Translate the command words into one control request.
    QString cmd;
    QJsonObject args;
    const QString first = words.at(0);
    const QString second = words.value(1);
    auto needWords = [&](int n) { return words.size() == n; };
    if (first == QLatin1String("status") && needWords(1)) {
        cmd = QStringLiteral("status");
    } else if (first == QLatin1String("peers") && needWords(1)) {
        cmd = QStringLiteral("peers");
    } else if (first == QLatin1String("state-hash") && needWords(1)) {
        cmd = QStringLiteral("state-hash");
    } else if (first == QLatin1String("verify") && needWords(1)) {
        cmd = QStringLiteral("verify");
    } else if ((first == QLatin1String("export") || first == QLatin1String("import")) && needWords(2)) {
        cmd = first;
        args.insert(QStringLiteral("file"), QDir::current().absoluteFilePath(second));
    } else if (first == QLatin1String("incident") && second == QLatin1String("create") && needWords(2)) {
        cmd = QStringLiteral("incident.create");
        if (!parser.isSet(categoryOption))
            return usage(Texts::tr("incident create needs --category CODE"));
        args.insert(QStringLiteral("category"), parser.value(categoryOption));
        for (const auto &[option, key] : {std::pair{&kelurahanOption, "kelurahan"}, std::pair{&callerOption, "caller"},
                                          std::pair{&addressOption, "address"}}) {
            if (parser.isSet(*option))
                args.insert(QLatin1String(key), parser.value(*option));
        }
        for (const auto &[option, key] :
             {std::pair{&latOption, "lat"}, std::pair{&lonOption, "lon"}, std::pair{&priorityOption, "priority"}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const double value = parser.value(*option).toDouble(&ok);
            if (!ok)
                return usage(Texts::tr("--%1: \"%2\" is not a number").arg(QLatin1String(key), parser.value(*option)));
            args.insert(QLatin1String(key), value);
        }
    } else if (first == QLatin1String("incident") && second == QLatin1String("list") && needWords(2)) {
        cmd = QStringLiteral("incident.list");
    } else if (first == QLatin1String("incident") && second == QLatin1String("show") && needWords(3)) {
        cmd = QStringLiteral("incident.show");
        args.insert(QStringLiteral("id"), words.at(2));
    } else if (first == QLatin1String("incident") && second == QLatin1String("note") && needWords(4)) {
        cmd = QStringLiteral("incident.note");
        args.insert(QStringLiteral("id"), words.at(2));
        args.insert(QStringLiteral("text"), words.at(3));
    } else if (first == QLatin1String("incident") && second == QLatin1String("status") && needWords(4)) {
        cmd = QStringLiteral("incident.status");
        args.insert(QStringLiteral("id"), words.at(2));
        args.insert(QStringLiteral("to"), words.at(3));
    } else if (first == QLatin1String("handoff") && (second == QLatin1String("send") || second == QLatin1String("ack"))
               && needWords(4)) {
        cmd = second == QLatin1String("send") ? QStringLiteral("handoff.send") : QStringLiteral("handoff.state");
        args.insert(QStringLiteral("incident"), words.at(2));
        args.insert(QStringLiteral("agency"), words.at(3));
        if (second == QLatin1String("ack"))
            args.insert(QStringLiteral("to"), QStringLiteral("acknowledged"));
    } else if (first == QLatin1String("handoff") && second == QLatin1String("state") && needWords(5)) {
        cmd = QStringLiteral("handoff.state");
        args.insert(QStringLiteral("incident"), words.at(2));
        args.insert(QStringLiteral("agency"), words.at(3));
        args.insert(QStringLiteral("to"), words.at(4));
    } else if (first == QLatin1String("handoff") && second == QLatin1String("list") && needWords(2)) {
        cmd = QStringLiteral("handoff.list");
    } else if (first == QLatin1String("unit") && second == QLatin1String("list") && needWords(2)) {
        cmd = QStringLiteral("unit.list");
    } else if (first == QLatin1String("unit") && second == QLatin1String("status") && needWords(4)) {
        cmd = QStringLiteral("unit.status");
        args.insert(QStringLiteral("unit"), words.at(2));
        args.insert(QStringLiteral("to"), words.at(3));
        if (parser.isSet(incidentOption))
            args.insert(QStringLiteral("incident"), parser.value(incidentOption));
        if (parser.isSet(agencyOption))
            args.insert(QStringLiteral("agency"), parser.value(agencyOption));
    } else if (first == QLatin1String("unit") && second == QLatin1String("assign") && needWords(5)) {
        cmd = QStringLiteral("unit.assign");
        args.insert(QStringLiteral("incident"), words.at(2));
        args.insert(QStringLiteral("agency"), words.at(3));
        args.insert(QStringLiteral("unit"), words.at(4));
    } else if (first == QLatin1String("unit") && second == QLatin1String("recommend") && needWords(4)) {
        cmd = QStringLiteral("unit.recommend");
        args.insert(QStringLiteral("incident"), words.at(2));
        args.insert(QStringLiteral("agency"), words.at(3));
        if (parser.isSet(countOption)) {
            bool ok = false;
            const int count = parser.value(countOption).toInt(&ok);
            if (!ok)
                return usage(Texts::tr("--count: \"%1\" is not a number").arg(parser.value(countOption)));
            args.insert(QStringLiteral("count"), count);
        }
    } else if (first == QLatin1String("aml") && second == QLatin1String("receive") && needWords(4)) {
        cmd = QStringLiteral("aml.receive");
        args.insert(QStringLiteral("number"), words.at(2));
        args.insert(QStringLiteral("text"), words.at(3));
    } else if (first == QLatin1String("operator") && second == QLatin1String("add") && needWords(3)) {
        cmd = QStringLiteral("operator.add");
        args.insert(QStringLiteral("id"), words.at(2));
        args.insert(QStringLiteral("name"), parser.value(nameOption));
        args.insert(QStringLiteral("roles"), QJsonArray::fromStringList(parser.values(roleOption)));
        if (parser.isSet(agencyOption))
            args.insert(QStringLiteral("agency"), parser.value(agencyOption));
        if (parser.isSet(pinStdinOption))
            args.insert(QStringLiteral("pin"), readPin());
    } else if (first == QLatin1String("operator") && second == QLatin1String("pin") && needWords(3)) {
        cmd = QStringLiteral("operator.pin");
        args.insert(QStringLiteral("id"), words.at(2));
        args.insert(QStringLiteral("pin"), readPin());
    } else if (first == QLatin1String("operator") && second == QLatin1String("unlock") && needWords(3)) {
        cmd = QStringLiteral("operator.unlock");
        args.insert(QStringLiteral("id"), words.at(2));
    } else if (first == QLatin1String("operator") && second == QLatin1String("list") && needWords(2)) {
        cmd = QStringLiteral("operator.list");
    } else if (first == QLatin1String("signin") && needWords(2)) {
        cmd = QStringLiteral("signin");
        args.insert(QStringLiteral("id"), words.at(1));
        args.insert(QStringLiteral("pin"), readPin());
    } else if (first == QLatin1String("signout") && needWords(1)) {
        cmd = QStringLiteral("signout");
    } else if ((first == QLatin1String("desks") || first == QLatin1String("alerts")
                || first == QLatin1String("escalations"))
               && needWords(1)) {
        cmd = first;
    } else if (first == QLatin1String("reassign") && needWords(3)) {
        cmd = QStringLiteral("reassign");
        args.insert(QStringLiteral("id"), words.at(1));
        args.insert(QStringLiteral("to"), words.at(2));
    } else if (first == QLatin1String("takeover") && needWords(2)) {
        cmd = QStringLiteral("takeover");
        args.insert(QStringLiteral("id"), words.at(1));
    } else if (first == QLatin1String("escalation") && second == QLatin1String("answer") && needWords(3)) {
        cmd = QStringLiteral("escalation.answer");
        args.insert(QStringLiteral("id"), words.at(2));
    } else if (first == QLatin1String("handover") && second == QLatin1String("write") && needWords(2)) {
        cmd = QStringLiteral("handover.write");
    } else if (first == QLatin1String("handover") && second == QLatin1String("accept") && needWords(4)) {
        cmd = QStringLiteral("handover.accept");
        args.insert(QStringLiteral("id"), words.at(2));
        args.insert(QStringLiteral("operator"), words.at(3));
        args.insert(QStringLiteral("pin"), readPin());
    } else if (first == QLatin1String("handover") && second == QLatin1String("list") && needWords(2)) {
        cmd = QStringLiteral("handover.list");
    } else if (first == QLatin1String("clock") && second == QLatin1String("set") && needWords(3)) {
        cmd = QStringLiteral("clock.set");
        bool ok = false;
        const qint64 ms = words.at(2).toLongLong(&ok);
        if (!ok)
            return usage(Texts::tr("clock set: \"%1\" is not milliseconds since 1970").arg(words.at(2)));
        args.insert(QStringLiteral("ms"), ms);
    } else if (first == QLatin1String("kpi") && needWords(1)) {
        cmd = QStringLiteral("kpi");
    } else if (first == QLatin1String("scenario") && second == QLatin1String("export") && needWords(3)) {
        cmd = QStringLiteral("scenario.export");
        args.insert(QStringLiteral("file"), QDir::current().absoluteFilePath(words.at(2)));
    } else if (first == QLatin1String("shifts") && needWords(1)) {
        cmd = QStringLiteral("shifts");
    } else if (first == QLatin1String("retention") && needWords(1)) {
        cmd = QStringLiteral("retention");
        if (parser.isSet(recordingsDaysOption)) {
            bool ok = false;
            const int days = parser.value(recordingsDaysOption).toInt(&ok);
            if (!ok)
                return usage(
                    Texts::tr("--recordings-days: \"%1\" is not a number").arg(parser.value(recordingsDaysOption)));
            args.insert(QStringLiteral("recordings_days"), days);
        }
        args.insert(QStringLiteral("sweep"), parser.isSet(sweepOption));
    } else {
        return usage(Texts::tr("unknown command or wrong arguments: %1").arg(words.join(QLatin1Char(' '))));
    }
    // These options belong to some commands only. Given to another they are refused: passed
    // on, --to would override the state a command names ("handoff ack I A --to finished").
    // Those with a key are passed on here; the others the command blocks above read themselves.
    struct CommandOption
    {
        const QCommandLineOption *option;
        const char *key; // null: read above
        QStringList commands;
    };
    const QString handoffSend = QStringLiteral("handoff.send"), handoffState = QStringLiteral("handoff.state");
    const QString unitStatus = QStringLiteral("unit.status"), unitAssign = QStringLiteral("unit.assign");
    const QString kpi = QStringLiteral("kpi"), operatorAdd = QStringLiteral("operator.add");
    const QString incidentCreate = QStringLiteral("incident.create");
    for (const CommandOption &o :
         {CommandOption{&channelOption, "channel", {handoffSend}},
          CommandOption{&receivedByOption, "received_by", {handoffSend}},
          CommandOption{&asOption, "as", {handoffSend, handoffState, unitStatus, unitAssign}},
          CommandOption{&reasonOption, "reason", {handoffState}},
          CommandOption{&fromOption, "from", {kpi, QStringLiteral("scenario.export")}},
          CommandOption{&toOption, "to", {kpi, QStringLiteral("scenario.export")}},
          CommandOption{&nameOption, nullptr, {operatorAdd}}, CommandOption{&roleOption, nullptr, {operatorAdd}},
          CommandOption{&pinStdinOption, nullptr, {operatorAdd}},
          CommandOption{&agencyOption, nullptr, {operatorAdd, unitStatus}},
          CommandOption{&startsOption, "starts", {QStringLiteral("shifts")}},
          CommandOption{&noteOption,
                        "note",
                        {incidentCreate, QStringLiteral("escalation.answer"), QStringLiteral("handover.write")}}}) {
        if (!parser.isSet(*o.option))
            continue;
        if (!o.commands.contains(cmd))
            return usage(Texts::tr("--%1 does not go with \"%2\"")
                             .arg(o.option->names().constFirst(), words.mid(0, 2).join(QLatin1Char(' '))));
        if (o.key)
            args.insert(QLatin1String(o.key), parser.value(*o.option));
    }

    ControlClient client(parser.value(dataOption));
    if (auto connected = client.connectToNode(); !connected) {
        err() << Texts::tr("sigapctl: %1").arg(connected.error().message) << Qt::endl;
        return NoNode;
    }
    auto reply = client.call(cmd, args);
    if (!reply) {
        err() << Texts::tr("sigapctl: %1").arg(reply.error().message) << Qt::endl;
        return reply.error().code == QLatin1String("control.lost") ? NoNode : Failed;
    }
    const QJsonValue result = reply.value();
    const bool json = parser.isSet(jsonOption);
    const QJsonObject o = result.toObject();

    if (cmd == QLatin1String("status")) {
        if (json)
            printJson(result);
        else
            out() << Texts::tr("room %1, desk %2, %3 events, %4 incidents (%5 open), data %6")
                         .arg(o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("desk")).toString())
                         .arg(o.value(QStringLiteral("events")).toInteger())
                         .arg(o.value(QStringLiteral("incidents")).toInteger())
                         .arg(o.value(QStringLiteral("open_incidents")).toInteger())
                         .arg(o.value(QStringLiteral("data_dir")).toString())
                  << Qt::endl;
    } else if (cmd == QLatin1String("peers")) {
        if (json)
            printJson(result);
        else
            printPeers(o);
    } else if (cmd == QLatin1String("kpi")) {
        if (json)
            printJson(result);
        else
            printKpis(o);
    } else if (cmd == QLatin1String("retention")) {
        const int days = o.value(QStringLiteral("recordings_days")).toInt();
        if (json)
            printJson(result);
        else
            out() << (days == 0 ? Texts::tr("call recordings are kept for ever")
                                : Texts::tr("call recordings are kept %n day(s)", nullptr, days))
                  << (parser.isSet(sweepOption) ? Texts::tr("; %n recording(s) removed here", nullptr,
                                                            o.value(QStringLiteral("removed")).toInt())
                                                : QString())
                  << Qt::endl;
    } else if (cmd == QLatin1String("operator.list")) {
        if (json)
            printJson(result);
        else
            for (const QJsonValue &v : result.toArray())
                printOperatorLine(v.toObject());
    } else if (cmd.startsWith(QLatin1String("operator."))) {
        out() << o.value(QStringLiteral("event")).toString() << Qt::endl;
    } else if (cmd == QLatin1String("signin") || cmd == QLatin1String("signout")) {
        const QString who = o.value(QStringLiteral("signed_in")).toString();
        out() << (who.isEmpty() ? Texts::tr("no one is signed in here") : Texts::tr("%1 is signed in here").arg(who))
              << Qt::endl;
    } else if (LeadListCommands.contains(cmd)) {
        if (json)
            printJson(result);
        else
            for (const QJsonValue &v : result.toArray())
                printLeadLine(cmd, v.toObject());
    } else if (cmd == QLatin1String("shifts")) {
        if (json)
            printJson(result);
        else
            out() << Texts::tr("shifts begin at %1; the current one runs from %2 to %3")
                         .arg(o.value(QStringLiteral("starts")).toString(),
                              o.value(QStringLiteral("current_from")).toString(),
                              o.value(QStringLiteral("current_to")).toString())
                  << Qt::endl;
    } else if (cmd == QLatin1String("scenario.export")) {
        out() << Texts::tr("%n call(s) written to %1", nullptr, o.value(QStringLiteral("calls")).toInt())
                     .arg(o.value(QStringLiteral("file")).toString())
              << Qt::endl;
    } else if (cmd == QLatin1String("clock.set")) {
        out() << o.value(QStringLiteral("now_ms")).toInteger() << Qt::endl;
    } else if (o.contains(QStringLiteral("event")) && LeadWriteCommands.contains(cmd)) {
        out() << o.value(QStringLiteral("event")).toString() << Qt::endl;
    } else if (cmd == QLatin1String("unit.list")) {
        if (json)
            printJson(result);
        else
            for (const QJsonValue &v : result.toArray())
                printUnitLine(v.toObject());
    } else if (cmd == QLatin1String("unit.recommend")) {
        if (json)
            printJson(result);
        else
            printRecommendation(o);
    } else if (cmd == QLatin1String("unit.status") || cmd == QLatin1String("unit.assign")) {
        out() << o.value(QStringLiteral("event")).toString() << Qt::endl;
    } else if (cmd == QLatin1String("handoff.list")) {
        if (json)
            printJson(result);
        else
            for (const QJsonValue &v : result.toArray())
                printHandoffLine(v.toObject());
    } else if (cmd == QLatin1String("handoff.send") || cmd == QLatin1String("handoff.state")) {
        out() << o.value(QStringLiteral("event")).toString() << Qt::endl;
    } else if (cmd == QLatin1String("incident.create") || cmd == QLatin1String("incident.note")
               || cmd == QLatin1String("incident.status")) {
        out() << o.value(QStringLiteral("id")).toString() << Qt::endl;
    } else if (cmd == QLatin1String("incident.list")) {
        if (json)
            printJson(result);
        else
            for (const QJsonValue &v : result.toArray())
                printIncidentLine(v.toObject());
    } else if (cmd == QLatin1String("incident.show")) {
        if (json)
            printJson(result);
        else
            printIncident(o);
    } else if (cmd == QLatin1String("aml.receive")) {
        if (json) {
            printJson(result);
        } else {
            const QString call = o.value(QStringLiteral("call")).toString();
            out() << (call.isEmpty() ? Texts::tr("recorded as %1; no call from this number in the last 30 minutes (a "
                                                 "call in the next minute still gets it)")
                                           .arg(o.value(QStringLiteral("event")).toString())
                                     : Texts::tr("recorded as %1 for call %2")
                                           .arg(o.value(QStringLiteral("event")).toString(), call))
                  << Qt::endl;
            printAml(o);
        }
    } else if (cmd == QLatin1String("state-hash")) {
        out() << o.value(QStringLiteral("hash")).toString() << Qt::endl;
    } else if (cmd == QLatin1String("verify")) {
        out() << Texts::tr("ok: %1 events, every hash chain intact")
                     .arg(o.value(QStringLiteral("events_checked")).toInteger())
              << Qt::endl;
    } else if (cmd == QLatin1String("export")) {
        out() << Texts::tr("exported %1 events to %2")
                     .arg(o.value(QStringLiteral("events")).toInteger())
                     .arg(args.value(QStringLiteral("file")).toString())
              << Qt::endl;
    } else if (cmd == QLatin1String("import")) {
        out() << Texts::tr("imported %1 new events (%2 already present)")
                     .arg(o.value(QStringLiteral("added")).toInteger())
                     .arg(o.value(QStringLiteral("already_present")).toInteger())
              << Qt::endl;
    }
    return Ok;
}
