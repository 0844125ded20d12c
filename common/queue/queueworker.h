// SPDX-License-Identifier: GPL-3.0-or-later
// QueueWorker: runs QueueEngine calls on a thread of its own, one at a time and in the order
// asked, so a kiosk or counter screen never freezes while the database is busy. Each answer
// comes back on the asking object's thread; none comes back to an object already deleted.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "queue/queueengine.h"
#include "storage/databasethread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace antrian {

class QueueWorker : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive the worker and be safe to read from another thread (all are).
    QueueWorker(QString location, const Clock &clock, QObject *parent = nullptr);
    ~QueueWorker() override;

    // Opens the database on the worker thread and waits for it. WaitForDatabase: succeeds even
    // when the database cannot be opened now; every job then fails with the reason until it can.
    Outcome start(DatabaseThread::Opening opening = DatabaseThread::Opening::Strict);
    const QString &location() const { return m_thread.location(); }

    // Runs `job` on the worker thread, then `done` with its answer on `receiver`'s thread.
    template<typename R>
    void run(std::function<R(QueueEngine &)> job, QObject *receiver, std::function<void(R)> done)
    {
        m_thread.run<R>([this, job = std::move(job)] { return job(*m_engine); }, receiver, std::move(done));
    }

private:
    const Clock &m_clock;
    DatabaseThread m_thread;
    std::unique_ptr<QueueEngine> m_engine; // used on m_thread only
};

} // namespace antrian
