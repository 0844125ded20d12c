// SPDX-License-Identifier: GPL-3.0-or-later
// StaffWorker: runs logins, logouts, heartbeats and a supervisor's staff changes on a thread of
// its own, so the counter screen keeps answering while a PIN is hashed (about 0.2 s) or the
// database is busy. Like QueueWorker: one job at a time, in the order asked, each answer
// delivered on the asking object's thread, never to an object already deleted.
#pragma once

#include "countersessions.h"
#include "staffmanagement.h"
#include "staffpolicy.h"

#include "core/clock.h"
#include "core/result.h"

#include "storage/databasethread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace antrian {

class StaffWorker : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive the worker and be safe to read from another thread (all are).
    StaffWorker(QString location, const Clock &clock, StaffPolicy policy = {}, QObject *parent = nullptr);
    ~StaffWorker() override;

    // Opens the database on the worker thread and waits for it (see QueueWorker::start).
    Outcome start(DatabaseThread::Opening opening = DatabaseThread::Opening::Strict);

    template<typename R>
    void run(std::function<R(CounterSessions &)> job, QObject *receiver, std::function<void(R)> done)
    {
        m_thread.run<R>([this, job = std::move(job)] { return job(*m_sessions); }, receiver, std::move(done));
    }
    // The same for a supervisor's changes to accounts (the staff page), in the same queue.
    template<typename R>
    void runManagement(std::function<R(StaffManagement &)> job, QObject *receiver, std::function<void(R)> done)
    {
        m_thread.run<R>([this, job = std::move(job)] { return job(*m_management); }, receiver, std::move(done));
    }

private:
    const Clock &m_clock;
    StaffPolicy m_policy;
    DatabaseThread m_thread;
    std::unique_ptr<CounterSessions> m_sessions; // used on m_thread only
    std::unique_ptr<StaffManagement> m_management; // likewise
};

} // namespace antrian
