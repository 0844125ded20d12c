// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticket.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace antrian {

namespace {
constexpr std::array<std::pair<TicketStatus, const char16_t *>, 7> kKeys{{
        {TicketStatus::Waiting, u"waiting"},
        {TicketStatus::Called, u"called"},
        {TicketStatus::Serving, u"serving"},
        {TicketStatus::Done, u"done"},
        {TicketStatus::NoShow, u"no_show"},
        {TicketStatus::Cancelled, u"cancelled"},
        {TicketStatus::Expired, u"expired"},
}};
} // namespace

QString statusKey(TicketStatus status)
{
    for (const auto &[s, key] : kKeys) {
        if (s == status)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<TicketStatus> statusFromKey(QStringView key)
{
    for (const auto &[s, k] : kKeys) {
        if (key == QStringView(k))
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting: return QCoreApplication::translate("Ticket", "waiting");
    case TicketStatus::Called: return QCoreApplication::translate("Ticket", "called");
    case TicketStatus::Serving: return QCoreApplication::translate("Ticket", "being served");
    case TicketStatus::Done: return QCoreApplication::translate("Ticket", "done");
    case TicketStatus::NoShow: return QCoreApplication::translate("Ticket", "no-show");
    case TicketStatus::Cancelled: return QCoreApplication::translate("Ticket", "cancelled");
    case TicketStatus::Expired: return QCoreApplication::translate("Ticket", "expired");
    }
    return {};
}

QString formatTicketCode(const QString &serviceCode, int sequence)
{
    return QStringLiteral("%1-%2").arg(serviceCode).arg(sequence, 3, 10, QLatin1Char('0'));
}

} // namespace antrian
