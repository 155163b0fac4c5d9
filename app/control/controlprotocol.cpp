#include "controlprotocol.h"

#include <QDir>
#include <QJsonDocument>

namespace Sigap::ControlProtocol {

QString socketPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("control.sock"));
}

QByteArray encodeLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject request(qint64 id, const QString &cmd, const QJsonObject &args)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("cmd"), cmd}, {QStringLiteral("args"), args}};
}

QJsonObject success(qint64 id, const QJsonValue &result)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QJsonObject failure(qint64 id, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("error"), message}};
}

} // namespace Sigap::ControlProtocol
