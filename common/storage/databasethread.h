// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseThread: a thread with a database connection of its own, running the jobs posted to
// it one at a time, in the order posted. Each answer goes back to the asking object's thread,
// and never to an object already deleted. QueueWorker and StaffWorker are built on it, so a
// screen never freezes while the database is busy or a PIN is being hashed.
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace antrian {

class Database;

class DatabaseThread
{
public:
    DatabaseThread(QString location, const QString &threadName);
    // Runs the tear-down given to stop() (if not run yet), closes the connection in its
    // thread, and ends the thread.
    ~DatabaseThread();
    DatabaseThread(const DatabaseThread &) = delete;
    DatabaseThread &operator=(const DatabaseThread &) = delete;

    enum class Opening {
        Strict,         // a database that cannot be opened now fails start()
        WaitForDatabase // start() succeeds disconnected; the database connects when it can
    };
    // Opens the database on the thread and runs `setUp` with it there; waits for both.
    Outcome start(const std::function<Outcome(Database &)> &setUp, Opening opening = Opening::Strict);
    const QString &location() const { return m_location; }
    // Runs `tearDown` on the thread, before the connection closes; waits for it.
    void stop(const std::function<void()> &tearDown);

    // Runs `job` on the thread, then `done` with its answer on `receiver`'s thread.
    template<typename R>
    void run(std::function<R()> job, QObject *receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([job = std::move(job), guard, done = std::move(done)] {
            R answer = job();
            if (guard)
                QMetaObject::invokeMethod(guard.data(), [answer = std::move(answer), done] { done(answer); },
                                          Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void()> task);
    void runHere(const std::function<void()> &task);

    QString m_location;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: jobs run in its event loop
    std::unique_ptr<Database> m_db;
    bool m_stopped = false;
};

} // namespace antrian
