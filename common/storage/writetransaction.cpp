// SPDX-License-Identifier: GPL-3.0-or-later
// WriteTransaction (declared in database.h): BEGIN with the engine's write lock, the server's
// time on PostgreSQL, COMMIT with the change notification, and what a lost COMMIT means.
#include "database.h"

#include "core/clock.h"
#include "dialect.h"
#include "storagetr.h"

namespace antrian {

using storage::Tr;

WriteTransaction::WriteTransaction(const Database &db) : m_db(db)
{
    if (Outcome usable = m_db.verify(); !usable) {
        m_error = usable.error();
        return;
    }
    QString error;
    for (const QString &statement : dialect::beginWrite(m_db.engine())) {
        QSqlQuery q = m_db.exec(statement, {}, &error);
        if (!error.isEmpty())
            break;
        m_db.m_inTransaction = true; // from here on a lost connection has taken the transaction with it
        if (m_db.engine() == Engine::PostgreSQL && q.next())
            ServerClock::instance().sync(q.value(1).toLongLong()); // the time this write is stamped with
    }
    m_open = error.isEmpty();
    if (!m_open) {
        if (m_db.engine() == Engine::PostgreSQL && m_db.m_inTransaction)
            m_db.exec(QStringLiteral("ROLLBACK")); // BEGIN went through, the lock did not
        m_db.m_inTransaction = false;
        m_error = Error::storage(Tr::tr("the database %1 is busy or unavailable: %2").arg(m_db.location(), error));
        return;
    }
    // Once more with the write lock held: nothing is ever written into a file already removed
    // from its path, where no other app would see it.
    if (Outcome usable = m_db.verify(); !usable) {
        m_open = false; // the lost connection is closed, and its transaction with it
        m_db.m_inTransaction = false;
        m_error = usable.error();
        return;
    }
    m_db.beginReuse();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        m_db.endReuse();
        m_db.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.m_inTransaction = false;
}

Outcome WriteTransaction::commit()
{
    if (!m_open)
        return m_error;
    m_db.endReuse();
    // The statements inside did not look (Database::execOnce): a file removed or replaced while
    // this transaction wrote is refused here, and the transaction rolled back with its
    // connection, instead of committed into a file no other app sees.
    if (Outcome usable = m_db.verify(); !usable) {
        m_open = false;
        m_db.m_inTransaction = false;
        return usable.error();
    }
    QString error;
    if (const QString notify = dialect::notifyChanges(m_db.engine()); !notify.isEmpty()) {
        m_db.exec(notify, {}, &error);
        if (!error.isEmpty())
            return Error::storage(Tr::tr("could not save to %1: %2").arg(m_db.location(), error));
    }
    m_db.exec(QStringLiteral("COMMIT"), {}, &error);
    if (!error.isEmpty() && !m_db.fault().isEmpty()) {
        // The COMMIT was sent and its answer never came: the server may have saved it or not.
        m_open = false;
        m_db.m_inTransaction = false;
        return Error::storage(Tr::tr("the connection to the database server was lost while saving, so it is not known "
                                     "whether this was saved; once the server answers again the screen shows what it holds (%1)")
                                      .arg(error));
    }
    if (!error.isEmpty())
        return Error::storage(Tr::tr("could not save to %1: %2").arg(m_db.location(), error));
    m_open = false;
    m_db.m_inTransaction = false;
    return Done{};
}

} // namespace antrian
