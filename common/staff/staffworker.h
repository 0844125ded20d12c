// StaffWorker: runs logins, logouts and heartbeats on a thread of its own, so the counter
// screen keeps answering while a PIN is hashed (about 0.2 s) or the database is busy. Like
// QueueWorker: one job at a time, in the order asked, each answer delivered on the asking
// object's thread, never to an object already deleted.
#pragma once

#include "countersessions.h"
#include "staffpolicy.h"

#include "core/clock.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace antrian {

class Database;

class StaffWorker : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive the worker and be safe to read from another thread (all are).
    StaffWorker(QString location, const Clock &clock, StaffPolicy policy = {}, QObject *parent = nullptr);
    ~StaffWorker() override;

    // Opens the database on the worker thread and waits for it.
    Outcome start();

    template<typename R>
    void run(std::function<R(CounterSessions &)> job, QObject *receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, job = std::move(job), guard, done = std::move(done)] {
            R answer = job(*m_sessions);
            if (guard)
                QMetaObject::invokeMethod(guard.data(), [answer = std::move(answer), done] { done(answer); },
                                          Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void()> task);

    QString m_location;
    const Clock &m_clock;
    StaffPolicy m_policy;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: jobs run in its event loop
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CounterSessions> m_sessions;
};

} // namespace antrian
