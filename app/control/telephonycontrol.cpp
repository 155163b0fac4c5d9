// Calls: the caller's handset location (AML) and the room's retention of call recordings.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/desksession.h"
#include "core/clock.h"
#include "store/eventlog.h"
#include "telephony/aml.h"
#include "telephony/amlintake.h"
#include "telephony/recordingretention.h"
#include "telephony/recordingsweeper.h"

#include <QJsonDocument>

#include <algorithm>

namespace Sigap {

namespace {

using namespace ControlReplies;

// The decoded fields of a message, as `aml parse` and `aml receive` print them.
void printAml(QTextStream &out, const QJsonObject &o)
{
    const double radius = o.value(QStringLiteral("radius_m")).toDouble();
    if (o.value(QStringLiteral("has_position")).toBool())
        out << Texts::tr("position: %1, %2")
                   .arg(o.value(QStringLiteral("lat")).toDouble(), 0, 'f', 6)
                   .arg(o.value(QStringLiteral("lon")).toDouble(), 0, 'f', 6)
            << (radius > 0 ? Texts::tr(" ± %1 m").arg(radius) : Texts::tr(" (radius unknown)")) << Qt::endl;
    else
        out << Texts::tr("position: none") << Qt::endl;
    if (o.contains(QStringLiteral("positioned_utc")))
        out << Texts::tr("positioned: %1").arg(o.value(QStringLiteral("positioned_utc")).toString()) << Qt::endl;
    if (o.contains(QStringLiteral("confidence")))
        out << Texts::tr("confidence: %1 %").arg(o.value(QStringLiteral("confidence")).toInt()) << Qt::endl;
    if (const auto method = Aml::methodFromCode(o.value(QStringLiteral("method")).toString()))
        out << Texts::tr("method: %1 (%2)").arg(Aml::methodCode(*method), Aml::methodName(*method)) << Qt::endl;
    for (const auto &[key, label] :
         {std::pair{"imsi", "IMSI"}, std::pair{"imei", "IMEI"}, std::pair{"mcc", "MCC"}, std::pair{"mnc", "MNC"}})
        if (o.contains(QLatin1String(key)))
            out << QStringLiteral("%1: %2").arg(QLatin1String(label), o.value(QLatin1String(key)).toString())
                << Qt::endl;
    out << Texts::tr("length: %1").arg(o.value(QStringLiteral("length")).toInt()) << Qt::endl;
    QStringList unknown;
    for (const QJsonValue &key : o.value(QStringLiteral("unknown_keys")).toArray())
        unknown << key.toString();
    if (!unknown.isEmpty())
        out << Texts::tr("ignored fields: %1").arg(unknown.join(QStringLiteral(", "))) << Qt::endl;
}

// `sigapctl aml parse TEXT`: needs no running desk. A message the parser refuses is
// "refused" (1), not wrong usage (2): the command was right, the text is not.
int parseAml(const QJsonObject &args, bool json)
{
    QTextStream out(stdout);
    const auto parsed = Aml::parse(args.value(QStringLiteral("text")).toString());
    if (!parsed) {
        QTextStream(stderr) << Texts::tr("sigapctl: AML refused: %1").arg(parsed.error().message) << Qt::endl;
        return 1;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(parsed.value().toJson()).toJson(QJsonDocument::Indented));
    else
        printAml(out, parsed.value().toJson());
    return 0;
}

void receiveAml(ControlContext &desk, const ControlRequest &request)
{
    // Received now by this node's clock, as the SMS channel would stamp it.
    const QString number = request.args.value(QStringLiteral("number")).toString();
    const QString text = request.args.value(QStringLiteral("text")).toString();
    auto event = desk.aml.receive(number, text, desk.clock.nowMs());
    if (!event)
        return request.fail(event.error());
    QJsonObject o = Aml::parse(text).value().toJson(); // accepted just now
    o.insert(QStringLiteral("call"), event.value().subject);
    o.insert(QStringLiteral("event"), event.value().id());
    request.ok(o);
}

// Sets the room's retention of call recordings when recordings_days is given, and sweeps
// this desk's expired recordings when sweep is true.
void retention(ControlContext &desk, const ControlRequest &request)
{
    const QJsonValue days = request.args.value(QStringLiteral("recordings_days"));
    if (!days.isUndefined()) {
        if (!days.isDouble() || days.toDouble() != double(days.toInteger(-1)))
            return request.fail(makeError(QStringLiteral("retention.days"),
                                          ServiceTexts::tr("recordings_days: a whole number of days is expected")));
        const qint64 wanted = std::clamp<qint64>(days.toInteger(-1), -1, RecordingRetention::MaxDays + 1);
        auto draft = RecordingRetention::setting(int(wanted), desk.session.actor());
        if (!draft)
            return request.fail(draft.error());
        if (auto allowed = mayManageRoom(desk); !allowed)
            return request.fail(allowed.error());
        if (auto appended = desk.log.append(QList<EventDraft>{draft.value()}); !appended)
            return request.fail(appended.error());
    }
    int removed = 0;
    if (request.args.value(QStringLiteral("sweep")).toBool()) {
        auto swept = desk.recordings.sweep();
        if (!swept)
            return request.fail(swept.error());
        removed = swept.value();
    }
    request.ok(QJsonObject{{QStringLiteral("recordings_days"), desk.recordings.retentionDays()},
                           {QStringLiteral("removed"), removed}});
}

} // namespace

void addTelephonyCommands(CommandTable &table)
{
    ControlCommand parse;
    parse.words = {QStringLiteral("aml"), QStringLiteral("parse")};
    parse.request = QStringLiteral("aml.parse");
    parse.arguments = {{QStringLiteral("text"), QStringLiteral("TEXT")}};
    parse.needsDesk = false;
    parse.note = Texts::tr("the fields of an AML SMS (no running desk needed; quote TEXT)");
    parse.runAlone = parseAml;
    table.add(parse);

    ControlCommand receive;
    receive.words = {QStringLiteral("aml"), QStringLiteral("receive")};
    receive.request = QStringLiteral("aml.receive");
    receive.arguments
        = {{QStringLiteral("number"), QStringLiteral("NUMBER")}, {QStringLiteral("text"), QStringLiteral("TEXT")}};
    receive.note = Texts::tr("an AML SMS from NUMBER: recorded and matched to its call");
    receive.handle = receiveAml;
    receive.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        const QString call = text(result, "call");
        out << (call.isEmpty() ? Texts::tr("recorded as %1; no call from this number in the last 30 minutes (a "
                                           "call in the next minute still gets it)")
                                     .arg(text(result, "event"))
                               : Texts::tr("recorded as %1 for call %2").arg(text(result, "event"), call))
            << Qt::endl;
        printAml(out, result.toObject());
    };
    table.add(receive);

    ControlCommand keep;
    keep.words = {QStringLiteral("retention")};
    keep.request = QStringLiteral("retention");
    keep.options = {{QStringLiteral("recordings-days"), QStringLiteral("recordings_days"), ValueKind::Integer},
                    {QStringLiteral("sweep"), QStringLiteral("sweep"), ValueKind::Flag}};
    keep.note = Texts::tr("the room's retention of call recordings: N days, 0 for ever; --sweep deletes this "
                          "desk's expired ones now");
    keep.handle = retention;
    keep.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &args) {
        const int days = result.toObject().value(QStringLiteral("recordings_days")).toInt();
        out << (days == 0 ? Texts::tr("call recordings are kept for ever")
                          : Texts::tr("call recordings are kept %n day(s)", nullptr, days))
            << (args.value(QStringLiteral("sweep")).toBool()
                    ? Texts::tr("; %n recording(s) removed here", nullptr,
                                result.toObject().value(QStringLiteral("removed")).toInt())
                    : QString())
            << Qt::endl;
    };
    table.add(keep);
}

} // namespace Sigap
