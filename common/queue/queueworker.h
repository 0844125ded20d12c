// QueueWorker: runs QueueEngine calls on a thread of its own, one at a time and in the order
// asked, so a kiosk or counter screen never freezes while the database is busy. Each answer
// comes back on the asking object's thread; none comes back to an object already deleted.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "queue/queueengine.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace antrian {

class Database;

class QueueWorker : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive the worker and be safe to read from another thread (all are).
    QueueWorker(QString location, const Clock &clock, QObject *parent = nullptr);
    ~QueueWorker() override;

    // Opens the database on the worker thread and waits for it.
    Outcome start();

    // Runs `job` on the worker thread, then `done` with its answer on `receiver`'s thread.
    template<typename R>
    void run(std::function<R(QueueEngine &)> job, QObject *receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, job = std::move(job), guard, done = std::move(done)] {
            R answer = job(*m_engine);
            if (guard)
                QMetaObject::invokeMethod(guard.data(), [answer = std::move(answer), done] { done(answer); },
                                          Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void()> task);

    QString m_location;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: tasks run in its event loop
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
};

} // namespace antrian
