// Training: a live room's calls of a period as an anonymised training scenario.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "store/eventlog.h"
#include "training/loganonymiser.h"

#include <QSaveFile>

namespace Sigap {

namespace {

using namespace ControlReplies;

// The calls of a period (default: the current shift), anonymised into a training scenario
// (training/loganonymiser.h) at file.
void exportScenario(ControlContext &desk, const ControlRequest &request)
{
    auto p = period(desk, request.args);
    if (!p)
        return request.fail(p.error());
    desk.log.flush();
    auto scenario = LogAnonymiser(desk.gazetteer).anonymise(desk.log.store(), p.value().first, p.value().second - 1);
    if (!scenario)
        return request.fail(scenario.error());
    const QString file = request.args.value(QStringLiteral("file")).toString();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(scenario.value().toJson()) < 0 || !out.commit())
        return request.fail(
            makeError(QStringLiteral("scenario.write"), ServiceTexts::tr("%1: %2").arg(file, out.errorString())));
    request.ok(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("calls"), scenario.value().calls.size()}});
}

} // namespace

void addTrainingCommands(CommandTable &table)
{
    ControlCommand exportCommand;
    exportCommand.words = {QStringLiteral("scenario"), QStringLiteral("export")};
    exportCommand.request = QStringLiteral("scenario.export");
    exportCommand.arguments = {{QStringLiteral("file"), QStringLiteral("FILE"), ValueKind::Path}};
    exportCommand.options
        = {{QStringLiteral("from"), QStringLiteral("from")}, {QStringLiteral("to"), QStringLiteral("to")}};
    exportCommand.printsJson = false;
    exportCommand.note = Texts::tr("the calls of a period, default the current shift, anonymised into a training "
                                   "scenario");
    exportCommand.handle = exportScenario;
    exportCommand.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        out << Texts::tr("%n call(s) written to %1", nullptr, result.toObject().value(QStringLiteral("calls")).toInt())
                   .arg(text(result, "file"))
            << Qt::endl;
    };
    table.add(exportCommand);
}

} // namespace Sigap
