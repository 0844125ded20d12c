// SPDX-License-Identifier: GPL-3.0-or-later
// ReportReader: a report (report.h) over a range of business dates, read from the tickets in
// one pass and built in C++ by reportbuilder.h, the one home of every figure's definition.
#pragma once

#include "report.h"

#include "core/clock.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>

namespace antrian {

class Database;

class ReportReader
{
public:
    ReportReader(const Database &db, const Clock &clock);

    // Bad input for from > to; a storage failure as such.
    Result<Report> read(ReportGrouping by, const QDate &from, const QDate &to);

private:
    Result<Report> readInTransaction(ReportGrouping by, const QDate &from, const QDate &to);

    const Database &m_db;
    const Clock &m_clock;
};

// The definitions of the figures, a sentence each, in the current language (tr), as the
// README, antrianctl and every report's footer (CSV, PDF, window) write them.
QStringList reportDefinitions();
// The same and what a row of `by` counts (and, for staff, the idle time): a report's footer.
QStringList reportDefinitions(ReportGrouping by);

} // namespace antrian
