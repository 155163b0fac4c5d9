#include "roles.h"

#include <algorithm>

namespace Sigap::Roles {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Roles)
};
} // namespace

QString name(Role role)
{
    switch (role) {
    case Role::Operator: return QStringLiteral("operator");
    case Role::Liaison: return QStringLiteral("liaison");
    case Role::ShiftLead: return QStringLiteral("shift_lead");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

QStringList names(const QList<Role> &roles)
{
    QStringList list;
    for (Role role : roles)
        list.append(name(role));
    return list;
}

std::optional<Role> fromName(const QString &text)
{
    for (Role role : all()) {
        if (name(role) == text)
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Operator: return Texts::tr("operator");
    case Role::Liaison: return Texts::tr("agency liaison");
    case Role::ShiftLead: return Texts::tr("shift lead");
    case Role::Trainer: return Texts::tr("trainer");
    case Role::Admin: return Texts::tr("administrator");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Operator, Role::Liaison, Role::ShiftLead, Role::Trainer, Role::Admin};
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::TakeCalls: return role == Role::Operator || role == Role::ShiftLead;
    case Permission::WorkOwnAgency: return role == Role::Liaison;
    case Permission::Reassign:
    case Permission::AnswerEscalations:
    case Permission::WriteHandover: return role == Role::ShiftLead;
    case Permission::RunTraining: return role == Role::Trainer;
    case Permission::ManageOperators:
    case Permission::ManageRoom: return role == Role::Admin;
    }
    return false;
}

bool anyAllows(const QList<Role> &roles, Permission permission)
{
    return std::any_of(roles.cbegin(), roles.cend(), [permission](Role r) { return allows(r, permission); });
}

} // namespace Sigap::Roles
