#pragma once

#include "controlcontext.h"

#include <QJsonObject>

#include <functional>

class QObject;

namespace Sigap {

class CommandTable;

// The desk's side of the control socket: each request goes to the handler its command
// registered in the CommandTable, which acts on the desk's parts (ControlContext).
class ControlService
{
public:
    using Respond = std::function<void(const QJsonObject &response)>;

    ControlService(const CommandTable &table, const ControlContext &desk);

    // context: answers are dropped if it is destroyed first (the client went away).
    void handle(const QJsonObject &request, QObject *context, const Respond &respond);

private:
    const CommandTable &m_table;
    ControlContext m_desk;
};

} // namespace Sigap
