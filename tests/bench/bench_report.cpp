// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report: how long a report takes (ReportReader::read: the setup, the sessions, one pass
// over the tickets, the figures), over one day and over the database's whole range, for each
// --by, on a database made by `antrianctl simulate` (or any Antrian SQLite database).
// --engine postgresql copies that database's rows into a throwaway cluster (COPY FROM STDIN:
// the branch's setup, every ticket, the session and transfer events the report reads) and
// times the same reports there. Prints the median and p90 of N rounds; asserts nothing.
// Run: build/tests/bench/bench_report --db FILE [--rounds N] [--day DATE] [--engine sqlite|postgresql]
#include "benchsupport.h"
#include "testsupport.h"

#include "reports/reportreader.h"
#include "storage/database.h"

#include <libpq-fe.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>

using namespace antrian;
using namespace antrian::bench;
using namespace antrian::test;

namespace {

// What the report reads, table by table, in the order the foreign keys need. Staff PINs stay
// behind (BLOBs the report never reads); events only of the kinds it reads.
struct CopiedTable
{
    const char *name;
    const char *columns;
    const char *where;
};
const CopiedTable kTables[] = {
        {"branch", "id, name, time_zone, imported_at", ""},
        {"services", "id, code, name, name_en, daily_limit, average_service_minutes, position, active, target_wait_minutes", ""},
        {"counters", "id, number, name, name_en, policy, active", ""},
        {"counter_services", "counter_id, service_id, position", ""},
        {"staff", "id, username, full_name, role, active", ""},
        {"outcomes", "code, name, name_en, resolved, position", ""},
        {"tickets",
         "id, business_date, service_id, origin_service_id, sequence, code, priority, status, issued_at, queued_at,"
         " called_at, first_called_at, started_at, finished_at, counter_id, target_counter_id,"
         " transferred_from_service_id, staff_id, recall_count, call_count, rating, outcome",
         ""},
        {"events", "id, at, business_date, kind, ticket_id, service_id, counter_id, staff_id",
         " WHERE kind IN ('counter_login','counter_logout','transferred')"},
};

// COPY's text format: \N for NULL, backslash, tab and line ends escaped.
QByteArray copyField(const QVariant &v)
{
    if (v.isNull())
        return "\\N";
    QByteArray text = v.toString().toUtf8();
    text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    return text;
}

void copyToPostgres(const Database &from, const Database &to)
{
    PGconn *pg = *static_cast<PGconn *const *>(to.connection().driver()->handle().constData());
    auto exec = [&](const QByteArray &sql, ExecStatusType expected) {
        PGresult *r = PQexec(pg, sql.constData());
        if (PQresultStatus(r) != expected)
            fatal(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(PQresultErrorMessage(r))));
        PQclear(r);
    };
    // A bulk load as a restore does it: no statement timeout, and (as the superuser) neither the
    // waiting line's triggers nor the foreign keys' checks per row; the rows were valid there.
    exec("SET statement_timeout = 0", PGRES_COMMAND_OK);
    exec("SET session_replication_role = replica", PGRES_COMMAND_OK);
    exec("BEGIN", PGRES_COMMAND_OK);
    for (const char *table : {"events", "tickets", "outcomes", "staff", "counter_services", "counters", "services", "branch"})
        exec(QByteArray("DELETE FROM ") + table, PGRES_COMMAND_OK);
    for (const CopiedTable &t : kTables) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery q = from.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(QLatin1String(t.columns), QLatin1String(t.name),
                                                                          QLatin1String(t.where)));
        if (!q.isActive())
            fatal(QStringLiteral("reading %1 failed").arg(QLatin1String(t.name)));
        exec(QByteArray("COPY ") + t.name + " (" + t.columns + ") FROM STDIN", PGRES_COPY_IN);
        const int columns = q.record().count();
        QByteArray buffer;
        qint64 rows = 0;
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                buffer += copyField(q.value(i));
                buffer += i + 1 < columns ? '\t' : '\n';
            }
            ++rows;
            if (buffer.size() > (1 << 20)) {
                PQputCopyData(pg, buffer.constData(), int(buffer.size()));
                buffer.clear();
            }
        }
        if (!buffer.isEmpty())
            PQputCopyData(pg, buffer.constData(), int(buffer.size()));
        if (PQputCopyEnd(pg, nullptr) != 1)
            fatal(QString::fromUtf8(PQerrorMessage(pg)));
        while (PGresult *r = PQgetResult(pg)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK)
                fatal(QStringLiteral("COPY %1: %2").arg(QLatin1String(t.name), QString::fromUtf8(PQresultErrorMessage(r))));
            PQclear(r);
        }
        std::printf("copied %-16s %9lld rows in %6.1f s\n", t.name, rows, timer.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    exec("COMMIT", PGRES_COMMAND_OK);
    exec("SET session_replication_role = origin", PGRES_COMMAND_OK);
    exec("ANALYZE", PGRES_COMMAND_OK);
}

double percentileMs(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double rank = q * double(v.size() - 1);
    const auto below = std::size_t(rank);
    const std::size_t above = std::min(below + 1, v.size() - 1);
    return v[below] + (v[above] - v[below]) * (rank - double(below));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times reports over one day and the whole range, per --by."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("An Antrian SQLite database (antrianctl simulate)."), QStringLiteral("file")},
                       {QStringLiteral("rounds"), QStringLiteral("Rounds per case (default 5)."), QStringLiteral("n"), QStringLiteral("5")},
                       {QStringLiteral("day"), QStringLiteral("The one day (default the last business date)."), QStringLiteral("date")},
                       {QStringLiteral("engine"), QStringLiteral("sqlite (default) or postgresql."), QStringLiteral("engine"),
                        QStringLiteral("sqlite")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")))
        fatal(QStringLiteral("--db FILE is required"));
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    auto source = Database::open(parser.value(QStringLiteral("db")));
    if (!source)
        fatal(source.error().message);
    std::unique_ptr<Database> db = std::move(source).value();
    QSqlQuery range = db->exec(QStringLiteral("SELECT MIN(business_date), MAX(business_date), COUNT(*) FROM tickets"));
    if (!range.next() || range.value(0).isNull())
        fatal(QStringLiteral("the database has no tickets"));
    const QDate first = QDate::fromString(range.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(range.value(1).toString(), Qt::ISODate);
    const qint64 tickets = range.value(2).toLongLong();
    range = QSqlQuery();
    const QDate day = parser.isSet(QStringLiteral("day")) ? QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate) : last;

    std::unique_ptr<Database> pg;
    if (parser.value(QStringLiteral("engine")) == u"postgresql") {
        PgCluster &cluster = PgCluster::instance();
        if (!cluster.ok())
            fatal(cluster.error());
        auto opened = Database::open(cluster.createDatabase(), Database::OpenMode::CreateIfMissing);
        if (!opened)
            fatal(opened.error().message);
        pg = std::move(opened).value();
        copyToPostgres(*db, *pg);
        db = std::move(pg);
    }
    FixedClock clock(QDateTime(last.addDays(1), QTime(12, 0), QTimeZone::utc()));
    std::printf("%s, %lld tickets, %s to %s; %d rounds\n", db->engine() == Engine::PostgreSQL ? "PostgreSQL" : "SQLite",
                tickets, qPrintable(first.toString(Qt::ISODate)), qPrintable(last.toString(Qt::ISODate)), rounds);
    std::printf("%-8s %-24s %6s %10s %10s\n", "by", "period", "rows", "median ms", "p90 ms");
    ReportReader reader(*db, clock);
    for (ReportGrouping by : {ReportGrouping::Service, ReportGrouping::Counter, ReportGrouping::Staff, ReportGrouping::Hour,
                              ReportGrouping::Day}) {
        for (const auto &[from, to] : {std::pair(day, day), std::pair(first, last)}) {
            std::vector<double> ms;
            int rows = 0;
            for (int i = 0; i < rounds; ++i) {
                QElapsedTimer timer;
                timer.start();
                auto report = reader.read(by, from, to);
                ms.push_back(timer.nsecsElapsed() / 1e6);
                if (!report)
                    fatal(report.error().message);
                rows = int(report->rows.size());
            }
            const QString period = from == to ? from.toString(Qt::ISODate)
                                              : from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
            std::printf("%-8s %-24s %6d %10.1f %10.1f\n", qPrintable(reportGroupingKey(by)), qPrintable(period), rows,
                        percentileMs(ms, 0.5), percentileMs(ms, 0.9));
            std::fflush(stdout);
        }
    }
    return 0;
}
