// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasethread.h"

#include "database.h"

namespace antrian {

DatabaseThread::DatabaseThread(QString location, const QString &threadName) : m_location(std::move(location))
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    stop([] {});
    m_thread.quit();
    m_thread.wait();
}

void DatabaseThread::runHere(const std::function<void()> &task)
{
    QMetaObject::invokeMethod(m_context, task, Qt::BlockingQueuedConnection);
}

Outcome DatabaseThread::start(const std::function<Outcome(Database &)> &setUp, Opening opening)
{
    Outcome outcome = Done{};
    runHere([this, &setUp, &outcome, opening] {
        if (opening == Opening::WaitForDatabase) {
            m_db = Database::attach(m_location);
            outcome = setUp(*m_db);
            return;
        }
        auto db = Database::open(m_location);
        if (!db) {
            outcome = db.error();
            return;
        }
        m_db = std::move(db).value();
        outcome = setUp(*m_db);
    });
    return outcome;
}

void DatabaseThread::stop(const std::function<void()> &tearDown)
{
    if (m_stopped)
        return;
    m_stopped = true;
    // The connection belongs to the thread: close it there, after what uses it.
    runHere([this, &tearDown] {
        tearDown();
        m_db.reset();
    });
}

void DatabaseThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

} // namespace antrian
