// SPDX-License-Identifier: GPL-3.0-or-later
// How antrianctl shows the core's answers: JSON for scripts, aligned tables for people.
#pragma once

#include "queue/branchstatus.h"
#include "queue/queueengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace antrian::cli {

QJsonObject ticketJson(const Ticket &t, const QTimeZone &zone);
QJsonObject issuedJson(const IssuedTicket &issued, const QTimeZone &zone);
QJsonObject statusJson(const BranchStatus &s, const QTimeZone &zone);

QString ticketLine(const Ticket &t, const BranchConfig &config);
QString issuedText(const IssuedTicket &issued, const BranchConfig &config);
QString statusText(const BranchStatus &s, const BranchCalendar &calendar);
QString ticketsTable(const QList<Ticket> &tickets, const QTimeZone &zone);

// Columns padded to their widest cell; the first row is the header.
QString table(const QList<QStringList> &rows);

} // namespace antrian::cli
