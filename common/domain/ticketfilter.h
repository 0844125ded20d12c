// SPDX-License-Identifier: GPL-3.0-or-later
// TicketFilter: which tickets a list asks for (dates, status, service), as antrianctl's
// `tickets` and the reports ask the engine for them.
#pragma once

#include "domain/ticket.h"

#include <QDate>
#include <QString>

#include <optional>

namespace antrian {

struct TicketFilter
{
    QDate from;                  // business dates from..to inclusive; invalid = unbounded
    QDate to;
    std::optional<TicketStatus> status;
    QString serviceCode;         // empty = all
    int limit = 10000;
};

} // namespace antrian
