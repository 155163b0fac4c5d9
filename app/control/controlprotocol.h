#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The local control protocol between sigapctl (or a test) and a running desk or node, over
// the Unix socket DIR/control.sock (owner-only). One JSON object per line each way:
//   request  {"id": 7, "cmd": "incident.create", "args": {...}}
//   response {"id": 7, "ok": true, "result": ...}
//            {"id": 7, "ok": false, "code": "incident.category", "error": "category: ..."}
// Responses carry the request id; a desk may answer pipelined requests out of order.
namespace Sigap::ControlProtocol {

constexpr qint64 MaxLineBytes = 16 * 1024 * 1024;

QString socketPath(const QString &dataDir);

QByteArray encodeLine(const QJsonObject &object);

QJsonObject request(qint64 id, const QString &cmd, const QJsonObject &args);
QJsonObject success(qint64 id, const QJsonValue &result);
QJsonObject failure(qint64 id, const QString &code, const QString &message);

} // namespace Sigap::ControlProtocol
