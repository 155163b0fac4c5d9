#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sigap {

// The people of a command room. An operator may hold several roles (in a small room the shift
// lead also takes calls); what a signed-in person may do is what any of their roles allows.
enum class Role { Operator, Liaison, ShiftLead, Trainer, Admin };

// The actions a role is needed for. Taking calls and writing incidents is open to operators
// and shift leads; a liaison works only the handoffs of its own agency.
enum class Permission {
    TakeCalls,     // answer, classify, write incidents, hand off
    WorkOwnAgency, // move the handoffs of the liaison's own agency
    Reassign,      // move an incident to another operator, take one over
    AnswerEscalations,
    WriteHandover,
    RunTraining,     // prepare and play scenarios (in a training room)
    ManageOperators, // register operators, set PINs, unlock
    ManageRoom,      // the room's settings: shifts, retention of recordings
};

namespace Roles {
QString name(Role role); // "operator", "liaison", "shift_lead", "trainer", "admin": in events
QStringList names(const QList<Role> &roles);
std::optional<Role> fromName(const QString &name);
QString displayName(Role role); // in the desk's language
QList<Role> all();
bool allows(Role role, Permission permission);
bool anyAllows(const QList<Role> &roles, Permission permission);
} // namespace Roles

} // namespace Sigap
