#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace Sigap {

class ControlService;

// Transport only: accepts local connections on DIR/control.sock, splits lines, hands each
// request to the ControlService and writes the answers back.
class ControlServer : public QObject
{
    Q_OBJECT

public:
    ControlServer(ControlService &service, QObject *parent = nullptr);
    ~ControlServer() override;

    Result<void> listen(const QString &socketPath);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    ControlService &m_service;
    QLocalServer *m_server;
};

} // namespace Sigap
