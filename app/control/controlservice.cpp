#include "controlservice.h"

#include "commandtable.h"
#include "controlprotocol.h"

#include <QCoreApplication>
#include <QPointer>

namespace Sigap {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ControlService)
};
} // namespace

ControlService::ControlService(const CommandTable &table, const ControlContext &desk)
    : m_table(table)
    , m_desk(desk)
{
}

void ControlService::handle(const QJsonObject &request, QObject *context, const Respond &respond)
{
    const qint64 id = request.value(QStringLiteral("id")).toInteger(-1);
    const QString cmd = request.value(QStringLiteral("cmd")).toString();
    ControlRequest r;
    r.args = request.value(QStringLiteral("args")).toObject();
    r.context = context;
    r.ok = [id, respond](const QJsonValue &result) { respond(ControlProtocol::success(id, result)); };
    r.fail = [id, respond](const Error &error) { respond(ControlProtocol::failure(id, error.code, error.message)); };
    const ControlCommand *command = m_table.handlerOf(cmd);
    if (!command)
        return r.fail(makeError(QStringLiteral("control.unknown"), Texts::tr("unknown command \"%1\"").arg(cmd)));
    command->handle(m_desk, r);
}

} // namespace Sigap
