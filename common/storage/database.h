// Database: one open connection to the branch database (SQLite file by default), with the
// pragmas, the schema migrations and the write transactions every store relies on.
// One Database per thread; each has its own Qt SQL connection.
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace antrian {

class Database
{
public:
    enum class OpenMode {
        MustExist,       // apps and most commands: a missing database is an error
        CreateIfMissing, // antrianctl init
    };

    // `location` is a file path (SQLite) or a postgresql:// URL; empty means defaultLocation().
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode = OpenMode::MustExist);
    // The one file every app on this machine opens by default.
    static QString defaultLocation();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares `sql`, binds `values` in order and runs it. On failure `error` (if given)
    // receives the driver's message and the query is returned inactive.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}, QString *error = nullptr) const;
    // Same, as a Result carrying a storage error that names the statement's purpose.
    Result<QSqlQuery> run(const QString &sql, std::initializer_list<QVariant> values = {}) const;

    // Data version of the file as seen by this connection: changes when another
    // connection commits (PRAGMA data_version). Used by the change feed.
    qint64 dataVersion() const;

    QString integrityCheck() const;

private:
    Database(QString location, QString connectionName);
    Outcome configure();
    Outcome migrate();

    QString m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

// One short write transaction: BEGIN IMMEDIATE takes the write lock at once, so concurrent
// writers queue on the busy timeout instead of failing to upgrade a read lock. Rolls back
// unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; if not, error() says why and nothing may be written.
    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }
    Outcome commit();

private:
    const Database &m_db;
    bool m_open = false;
    Error m_error;
};

} // namespace antrian
