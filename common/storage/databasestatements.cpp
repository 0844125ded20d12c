// SPDX-License-Identifier: GPL-3.0-or-later
// Database's statements: running one (with its deadline on PostgreSQL, its values bound, kept
// prepared inside a write transaction) and telling what went wrong; database.cpp opens,
// checks, reconnects and migrates the connection they run on.
#include "database.h"

#include "statementwatchdog.h"
#include "storagetr.h"

#include <libpq-fe.h>

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace antrian {

namespace {

using storage::Tr;

constexpr size_t kMaxPrepared = 200;

// An empty QString is text, not NULL; NULL is asked for with a typed null QVariant.
QVariant bindable(const QVariant &v)
{
    const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
    return nullText ? QVariant(QStringLiteral("")) : v;
}

// A socket the watchdog may shut down, or -1.
int socketOf(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !connection.driver())
        return -1;
    const QVariant handle = connection.driver()->handle();
    // Qt names the type after libpq's struct: "pg_conn*" (older Qt said "PGconn*").
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return -1;
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    return pg ? PQsocket(pg) : -1;
}

} // namespace

// The statement deadline of one exec(), armed for its whole length.
class Database::Deadline
{
public:
    explicit Deadline(const Database &db)
    {
        if (db.m_engine != Engine::PostgreSQL || db.m_deadlineMs <= 0)
            return;
        if (const int socket = socketOf(db.connection()); socket >= 0)
            m_token = StatementWatchdog::instance().arm(socket, db.m_deadlineMs);
    }
    ~Deadline()
    {
        if (m_token)
            StatementWatchdog::instance().disarm(m_token);
    }

private:
    int m_token = 0;
};

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values, QString *error) const
{
    return exec(sql, QVariantList(values), error);
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    const bool mayRunAgain = m_engine == Engine::PostgreSQL && !m_inTransaction && !m_connecting && !m_fault;
    QElapsedTimer took;
    took.start();
    QSqlQuery q = execOnce(sql, values, error);
    if (!mayRunAgain || !m_fault || took.elapsed() > kStaleConnectionMs)
        return q;
    // The connection was gone before this statement (a server restarted or a backend ended while
    // the app sat idle): a fresh one, at once, spares the screen a "connection lost" when the
    // server is already back. A failure that took time (a silent link) is reported as it is.
    m_lastAttempt.invalidate();
    if (!connect(OpenMode::MustExist).ok())
        return q;
    return execOnce(sql, values, error);
}

QSqlQuery Database::execOnce(const QString &sql, const QVariantList &values, QString *error) const
{
    // Every statement first checks that the file is still the one open: a stat(), microseconds
    // beside the statement itself. Not while connecting, which is what records that file, nor
    // inside a write transaction: WriteTransaction checks once it holds the lock and again just
    // before COMMIT, and a file removed between two statements of one transaction is refused
    // there all the same (an issue sent eleven stat() calls for one commit).
    if (!m_connecting && !m_inTransaction) {
        if (Outcome usable = verify(); !usable) {
            if (error)
                *error = usable.error().message;
            return QSqlQuery();
        }
    }
    ++m_statements;
    if (m_reusing && !m_connecting)
        return execPrepared(sql, values, error);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    const Deadline deadline(*this);
    // A statement without values runs as it is: PostgreSQL cannot PREPARE a BEGIN, a SET or a
    // CREATE TABLE, and there is nothing to bind anyway.
    if (values.size() == 0) {
        const bool done = q.exec(sql);
        return finished(q, done, sql, error);
    }
    bool ok = q.prepare(sql);
    if (ok) {
        for (const QVariant &v : values)
            q.addBindValue(bindable(v));
        ok = q.exec();
    }
    return finished(q, ok, sql, error);
}

namespace {

// Statements worth keeping prepared: the queries and writes, not BEGIN, COMMIT, SET or DDL
// (PostgreSQL cannot PREPARE those).
bool keepable(const QString &sql, const QVariantList &values)
{
    if (!values.isEmpty())
        return true;
    for (const char *verb : {"SELECT ", "INSERT ", "UPDATE ", "DELETE "}) {
        if (sql.startsWith(QLatin1String(verb)))
            return true;
    }
    return false;
}

} // namespace

QSqlQuery Database::execPrepared(const QString &sql, const QVariantList &values, QString *error) const
{
    const Deadline deadline(*this);
    if (!keepable(sql, values)) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        const bool done = q.exec(sql);
        return finished(q, done, sql, error);
    }
    auto kept = m_prepared.find(sql);
    if (kept == m_prepared.end()) {
        // The stores' statements are a few dozen fixed texts; a text built with values in it
        // (none should be) must not grow the cache without end.
        if (m_prepared.size() >= kMaxPrepared)
            m_prepared.clear();
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return finished(q, false, sql, error);
        kept = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &query = kept->second;
    query.finish(); // whatever its last run left unread
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), bindable(values.at(i)));
    const bool ok = query.exec();
    // A copy shares the kept query's result (QSqlQuery is implicitly shared): the caller reads
    // the rows, the kept one stays prepared. Qt deprecated copying so that nobody takes copies
    // for independent queries; sharing is the point here.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery shared(query);
    QT_WARNING_POP
    return finished(shared, ok, sql, error); // a lost connection drops the kept ones
}

void Database::endReuse() const
{
    for (auto &[sql, q] : m_prepared) {
        if (q.isActive())
            q.finish();
    }
    m_reusing = false;
}

void Database::dropPrepared() const
{
    m_prepared.clear();
    m_reusing = false;
}

QSqlQuery Database::finished(QSqlQuery &q, bool ok, const QString &sql, QString *error) const
{
    if (error)
        *error = ok ? QString() : q.lastError().text();
    if (ok)
        return std::move(q);
    const QSqlError failure = q.lastError();
    // Qt's driver closes a PostgreSQL connection itself when its socket fails (it watches it
    // for notifications): a statement then fails with no text at all.
    const bool closedUnderUs = m_engine == Engine::PostgreSQL && !m_connecting && !connection().isOpen();
    if (closedUnderUs || dialect::isConnectionLost(m_engine, failure.nativeErrorCode(), failure.text())) {
        // Every later statement fails with this reason, until a reconnect (verify) succeeds.
        m_lastAttempt.start();
        const QString why = closedUnderUs ? Tr::tr("the server closed it") : failure.text().trimmed();
        (void)disconnect(Error::storage(Tr::tr("connection to the database server lost: %1").arg(why)));
        if (error)
            *error = m_fault->message;
        return QSqlQuery();
    }
    if (error && dialect::isPermissionDenied(m_engine, failure.nativeErrorCode()))
        *error = Tr::tr("the database server refused this for this PC's role: %1").arg(failure.databaseText().trimmed());
    if (!m_connecting) // a file that is not a database is reported by connect(), as a fault
        qCWarning(lcStorage) << "statement failed:" << sql << failure.text();
    return std::move(q);
}

Result<QSqlQuery> Database::run(const QString &sql, std::initializer_list<QVariant> values) const
{
    return run(sql, QVariantList(values));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QString error;
    QSqlQuery q = exec(sql, values, &error);
    if (m_fault)
        return *m_fault; // disconnected: the reason says it all
    if (!error.isEmpty())
        return Error::storage(Tr::tr("database error in %1: %2").arg(m_location, error));
    return q;
}

qint64 Database::dataVersion() const
{
    if (m_engine == Engine::PostgreSQL)
        return -1;
    QSqlQuery q = exec(QStringLiteral("PRAGMA data_version"));
    const qint64 v = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return v;
}

QString Database::integrityCheck() const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("ok"); // the server checks its own pages; there is no file to check here
    QSqlQuery q = exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

} // namespace antrian
