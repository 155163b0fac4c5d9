#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sigap {

class OperatorDirectory;
class RoomSync;

// One desk of the room as the shift lead's board shows it.
struct DeskRow
{
    QString desk;
    QString operatorId; // empty: no one signed in
    QString operatorName;
    // signed_out, available, on_call, wrap_up, break (what the desk announces), or
    // disconnected (this desk has no session with it now).
    QString state;
    qint64 sinceMs = 0; // when the desk's state began; 0: unknown
    bool self = false;  // the desk the board runs on
    QString config;     // short hash of the room configuration it runs; empty: unknown
};

// Every desk of the room: this one, the desks the LAN sync knows (connected or not), and any
// desk the log says someone is signed in at. Who is signed in comes from the log (every desk
// agrees on it); the operator state comes from the desks' presence, which is not logged.
class DeskRoster
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::DeskRoster)

public:
    struct Self
    {
        QString desk;
        QString state; // this desk's presence; empty: signed_out or available from the sign-in
        qint64 sinceMs = 0;
        QString config; // this desk's configuration, short hash
    };

    // sync may be null (a desk that does not sync only knows itself and the log).
    static QList<DeskRow> rows(const Self &self, const RoomSync *sync, const OperatorDirectory &operators);
    static QString stateLabel(const QString &state); // for people
};

} // namespace Sigap
