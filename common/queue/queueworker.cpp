#include "queueworker.h"

#include "storage/database.h"

namespace antrian {

QueueWorker::QueueWorker(QString location, const Clock &clock, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("antrian-queue"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

QueueWorker::~QueueWorker()
{
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
            m_context, [this] {
                m_engine.reset();
                m_db.reset();
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Outcome QueueWorker::start()
{
    Outcome outcome = Done{};
    QMetaObject::invokeMethod(
            m_context, [this, &outcome] {
                auto db = Database::open(m_location);
                if (!db) {
                    outcome = db.error();
                    return;
                }
                m_db = std::move(db).value();
                m_engine = std::make_unique<QueueEngine>(*m_db, m_clock);
                auto branch = m_engine->branch();
                if (!branch)
                    outcome = branch.error();
            },
            Qt::BlockingQueuedConnection);
    return outcome;
}

void QueueWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

} // namespace antrian
