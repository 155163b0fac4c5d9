#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocalSocket>

namespace Sigap {

// A blocking client of the control socket, for sigapctl and tests.
class ControlClient
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ControlClient)

public:
    explicit ControlClient(const QString &dataDir);

    // Error code "control.nonode" when nothing runs on the data folder.
    Result<void> connectToNode(int timeoutMs = 3000);
    Result<QJsonValue> call(const QString &cmd, const QJsonObject &args = {}, int timeoutMs = 120000);

private:
    QString m_dataDir;
    QString m_socketPath;
    QLocalSocket m_socket;
    qint64 m_nextId = 1;
};

} // namespace Sigap
