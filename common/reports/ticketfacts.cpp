// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfacts.h"

#include "storage/database.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QSqlDriver>

#include <algorithm>
#include <array>
#include <charconv>
#include <thread>
#include <vector>

namespace antrian {

namespace {

// The columns SQLite's scan reads, in its order, by one statement (PostgreSQL's: kCopyColumnList).
const char *const kColumnList =
        "business_date, service_id, origin_service_id, counter_id, staff_id, status, issued_at,"
        " first_called_at, called_at, started_at, finished_at,"
        " CASE WHEN transferred_from_service_id IS NULL THEN 0 ELSE 1 END, rating, outcome, id";

qint64 number(std::string_view text)
{
    qint64 value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// The tickets come in the order of issue, a day's together: the date's text is parsed once a day.
class DayCache
{
public:
    qint64 julianDay(std::string_view text)
    {
        if (text != std::string_view(m_text.data(), m_size)) {
            m_size = std::min(text.size(), m_text.size());
            std::copy_n(text.data(), m_size, m_text.data());
            m_day = julianDayOfIso(text);
        }
        return m_day;
    }

private:
    std::array<char, 16> m_text{};
    std::size_t m_size = 0;
    qint64 m_day = 0;
};

template<typename Handle>
Handle *driverHandle(const Database &db, std::initializer_list<const char *> typeNames)
{
    const QVariant handle = db.connection().driver() ? db.connection().driver()->handle() : QVariant();
    for (const char *name : typeNames)
        if (handle.isValid() && qstrcmp(handle.typeName(), name) == 0)
            return *static_cast<Handle *const *>(handle.constData());
    return nullptr;
}

// SQLite's planner, without statistics, reads a range of dates through the (business_date,
// code) index, a lookup per row: right for a day (5,000 of 1.5 million tickets: 8 ms against a
// 0.25 s scan), twice as slow as a plain scan for a year (1.76 s against 0.81 s). So a range
// over more than 40% of the stored dates (MIN and MAX come from that index at once) scans.
bool readsMostOfTheTable(sqlite3 *handle, const QDate &from, const QDate &to)
{
    sqlite3_stmt *stmt = nullptr;
    // Two subqueries: SQLite reads MIN or MAX from the index's end only when each stands alone.
    if (sqlite3_prepare_v2(handle, "SELECT (SELECT MIN(business_date) FROM tickets), (SELECT MAX(business_date) FROM tickets)",
                           -1, &stmt, nullptr)
        != SQLITE_OK)
        return false;
    bool most = false;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
        auto date = [&](int i) {
            return QDate::fromString(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i))), Qt::ISODate);
        };
        const QDate first = date(0), last = date(1);
        const qint64 stored = first.daysTo(last) + 1;
        const qint64 asked = std::max(first, from).daysTo(std::min(last, to)) + 1;
        most = stored > 0 && asked * 10 > stored * 4;
    }
    sqlite3_finalize(stmt);
    return most;
}

Outcome scanSqlite(const Database &db, const QDate &from, const QDate &to, const TicketFactSink &sink)
{
    sqlite3 *handle = driverHandle<sqlite3>(db, {"sqlite3*"});
    if (!handle)
        return Error::storage(QStringLiteral("the report needs the SQLite connection's handle"));
    const QByteArray sql = QByteArray("SELECT ") + kColumnList + " FROM tickets"
            + (readsMostOfTheTable(handle, from, to) ? " NOT INDEXED" : "") + " WHERE business_date BETWEEN ?1 AND ?2";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return Error::storage(QStringLiteral("reading the tickets: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const QByteArray fromText = from.toString(Qt::ISODate).toLatin1();
    const QByteArray toText = to.toString(Qt::ISODate).toLatin1();
    sqlite3_bind_text(stmt, 1, fromText.constData(), int(fromText.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, toText.constData(), int(toText.size()), SQLITE_STATIC);
    int rc = SQLITE_ROW;
    DayCache days;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        TicketFact f;
        auto integer = [&](int i) { return sqlite3_column_int64(stmt, i); };
        auto text = [&](int i) {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(stmt, i))) : std::string_view();
        };
        f.businessDay = days.julianDay(text(0));
        f.serviceId = integer(1);
        f.originServiceId = integer(2);
        f.counterId = integer(3);
        f.staffId = integer(4);
        f.status = factStatusOfKey(text(5));
        f.issuedAt = integer(6);
        f.firstCalledAt = integer(7);
        f.calledAt = integer(8);
        f.startedAt = integer(9);
        f.finishedAt = integer(10);
        f.transferred = integer(11) != 0;
        f.rating = int(integer(12));
        f.outcome = text(13);
        f.id = integer(14);
        sink(f);
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (!error.isEmpty())
        return Error::storage(QStringLiteral("reading the tickets: %1").arg(error));
    return Done{};
}

// What COPY sends, one text row a ticket. The server's cost is turning each value into text
// (about 0.08 s a column over 1.5 million rows, the scan itself 0.2 s), so it sends less than
// SQLite's list: times after the issue as durations (shorter numbers), the service issued for
// only when a transfer changed it, and the id only of a transferred ticket (its presence says
// transferred). NULL, sent as \N, costs no formatting. 1.56 s -> 1.3 s a year at the server.
constexpr int kCopyColumns = 14;
const char *const kCopyColumnList =
        "business_date, service_id, NULLIF(origin_service_id, service_id), counter_id, staff_id, status, issued_at,"
        " first_called_at - issued_at, called_at - issued_at, started_at - issued_at, finished_at - issued_at,"
        " rating, outcome, CASE WHEN transferred_from_service_id IS NULL THEN NULL ELSE id END";

// Decodes one row of kCopyColumnList given as text columns (absent: NULL).
TicketFact factOfCopyRow(const std::array<std::string_view, kCopyColumns> &c, DayCache &days)
{
    TicketFact f;
    f.businessDay = days.julianDay(c[0]);
    f.serviceId = number(c[1]);
    f.originServiceId = c[2].data() ? number(c[2]) : f.serviceId;
    f.counterId = number(c[3]);
    f.staffId = number(c[4]);
    f.status = factStatusOfKey(c[5]);
    f.issuedAt = number(c[6]);
    auto after = [&](std::string_view delta) { return delta.data() ? f.issuedAt + number(delta) : 0; };
    f.firstCalledAt = after(c[7]);
    f.calledAt = after(c[8]);
    f.startedAt = after(c[9]);
    f.finishedAt = after(c[10]);
    f.rating = int(number(c[11]));
    f.outcome = c[12];
    f.transferred = c[13].data() != nullptr;
    f.id = number(c[13]);
    return f;
}

// COPY's text format: columns split by tabs, \N for NULL, one row per PQgetCopyData. The
// values here are numbers, ISO dates and config words, which COPY never escapes.
Outcome scanPostgres(PGconn *pg, const QDate &from, const QDate &to, const TicketFactSink &sink)
{
    // COPY takes no parameters; the dates are QDate's own ISO text.
    const QByteArray sql = QByteArray("COPY (SELECT ") + kCopyColumnList + " FROM tickets WHERE business_date BETWEEN '"
            + from.toString(Qt::ISODate).toLatin1() + "' AND '" + to.toString(Qt::ISODate).toLatin1() + "') TO STDOUT";
    PGresult *started = PQexec(pg, sql.constData());
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        const QString error = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
        PQclear(started);
        return Error::storage(QStringLiteral("reading the tickets: %1").arg(error));
    }
    PQclear(started);
    std::array<std::string_view, kCopyColumns> columns;
    DayCache days;
    char *row = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(pg, &row, 0)) > 0) {
        std::string_view line(row, std::size_t(length));
        if (!line.empty() && line.back() == '\n')
            line.remove_suffix(1);
        for (int i = 0; i < kCopyColumns; ++i) {
            const std::size_t tab = i + 1 < kCopyColumns ? line.find('\t') : line.size();
            const std::string_view field = line.substr(0, tab);
            columns[std::size_t(i)] = field == "\\N" ? std::string_view() : field;
            line.remove_prefix(std::min(line.size(), tab + 1));
        }
        sink(factOfCopyRow(columns, days));
        PQfreemem(row);
    }
    QString error = length == -2 ? QString::fromUtf8(PQerrorMessage(pg)).trimmed() : QString();
    while (PGresult *result = PQgetResult(pg)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!error.isEmpty())
        return Error::storage(QStringLiteral("reading the tickets: %1").arg(error));
    return Done{};
}

PGconn *postgresHandle(const Database &db)
{
    return driverHandle<PGconn>(db, {"PGconn*", "pg_conn*"});
}

QByteArray firstValueOf(PGconn *pg, const char *sql, QString *error)
{
    PGresult *result = PQexec(pg, sql);
    QByteArray value;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
        value = QByteArray(PQgetvalue(result, 0, 0));
    else if (PQresultStatus(result) != PGRES_COMMAND_OK)
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return value;
}

// A second connection to the server of `pg`, made with the very parameters libpq used for it
// (host, port, user, database, the password it found), inside a read transaction on the
// snapshot `snapshot` exported by `pg`'s transaction: it sees exactly what `pg` sees.
class SnapshotConnection
{
public:
    SnapshotConnection(PGconn *pg, const QByteArray &snapshot)
    {
        PQconninfoOption *options = PQconninfo(pg);
        std::vector<const char *> keywords, values;
        for (PQconninfoOption *o = options; o && o->keyword; ++o) {
            if (o->val && *o->val) {
                keywords.push_back(o->keyword);
                values.push_back(o->val);
            }
        }
        keywords.push_back(nullptr);
        values.push_back(nullptr);
        m_conn = PQconnectdbParams(keywords.data(), values.data(), 0);
        PQconninfoFree(options);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            return;
        }
        const QByteArray begin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '" + snapshot + "'";
        firstValueOf(m_conn, begin.constData(), &m_error);
    }
    ~SnapshotConnection()
    {
        PQfinish(m_conn); // ends its read-only transaction
    }
    SnapshotConnection(const SnapshotConnection &) = delete;
    SnapshotConnection &operator=(const SnapshotConnection &) = delete;

    PGconn *handle() const { return m_error.isEmpty() ? m_conn : nullptr; }
    const QString &error() const { return m_error; }

private:
    PGconn *m_conn = nullptr;
    QString m_error;
};

// Over more than a day on PostgreSQL, the dates' first half comes over the caller's connection
// and the second half at the same time over a second one on the same snapshot, each parsed and
// handed to its sink on its own thread. The server spends a year report turning values into
// text (1.3 s of its time for 1.5 million tickets, one process a connection): two processes
// halve that, and the two halves are parsed on two cores. If the second connection cannot be
// made (the server's connection limit, say), the caller's reads the second half after the first.
Outcome scanPostgresInHalves(const Database &db, const QDate &from, const QDate &to, const TicketFactSink &first,
                             const TicketFactSink &second)
{
    PGconn *pg = postgresHandle(db);
    if (!pg)
        return Error::storage(QStringLiteral("the report needs the PostgreSQL connection's handle"));
    if (from == to)
        return scanPostgres(pg, from, to, first);
    const QDate firstHalfEnd = from.addDays(from.daysTo(to) / 2);
    QString error;
    const QByteArray snapshot = firstValueOf(pg, "SELECT pg_export_snapshot()", &error);
    if (snapshot.isEmpty())
        return Error::storage(QStringLiteral("reading the tickets: %1").arg(error));
    Outcome secondRead = Done{};
    bool secondConnected = false;
    std::thread reader([&] {
        SnapshotConnection other(pg, snapshot);
        secondConnected = other.handle() != nullptr;
        if (secondConnected)
            secondRead = scanPostgres(other.handle(), firstHalfEnd.addDays(1), to, second);
    });
    Outcome firstRead = scanPostgres(pg, from, firstHalfEnd, first);
    reader.join();
    if (!firstRead)
        return firstRead;
    if (!secondConnected)
        return scanPostgres(pg, firstHalfEnd.addDays(1), to, second);
    return secondRead;
}

} // namespace

qint64 julianDayOfIso(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return 0;
    const QDate date(int(number(t.substr(0, 4))), int(number(t.substr(5, 2))), int(number(t.substr(8, 2))));
    return date.isValid() ? date.toJulianDay() : 0;
}

FactStatus factStatusOfKey(std::string_view key)
{
    // The stored words of TicketStatus (domain/ticket.h), which the schema's CHECK lists.
    static constexpr std::array<std::pair<std::string_view, FactStatus>, 7> kWords{{
            {"waiting", FactStatus::Waiting},
            {"called", FactStatus::Called},
            {"serving", FactStatus::Serving},
            {"done", FactStatus::Done},
            {"no_show", FactStatus::NoShow},
            {"cancelled", FactStatus::Cancelled},
            {"expired", FactStatus::Expired},
    }};
    for (const auto &[word, status] : kWords)
        if (word == key)
            return status;
    return FactStatus::Unknown;
}

Outcome scanTicketFacts(const Database &db, const QDate &from, const QDate &to, const TicketFactSink &first,
                        const TicketFactSink &second)
{
    return db.engine() == Engine::PostgreSQL ? scanPostgresInHalves(db, from, to, first, second)
                                             : scanSqlite(db, from, to, first);
}

} // namespace antrian
