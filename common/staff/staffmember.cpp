// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffmember.h"

#include <QCoreApplication>

namespace antrian {

namespace {
// lupdate files these strings under "StaffMember", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffMember)
};
} // namespace

QString staffRoleKey(StaffRole role)
{
    return role == StaffRole::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("staff");
}

std::optional<StaffRole> staffRoleFromKey(QStringView key)
{
    if (key == u"staff")
        return StaffRole::Staff;
    if (key == u"supervisor")
        return StaffRole::Supervisor;
    return std::nullopt;
}

QString staffRoleDisplayName(StaffRole role)
{
    return role == StaffRole::Supervisor ? Tr::tr("supervisor")
                                         : Tr::tr("staff");
}

} // namespace antrian
