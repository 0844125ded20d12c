#include "staffworker.h"

#include "storage/database.h"

namespace antrian {

StaffWorker::StaffWorker(QString location, const Clock &clock, StaffPolicy policy, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_clock(clock), m_policy(policy)
{
    m_thread.setObjectName(QStringLiteral("antrian-staff"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StaffWorker::~StaffWorker()
{
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
            m_context, [this] {
                m_sessions.reset();
                m_db.reset();
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Outcome StaffWorker::start()
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
                m_sessions = std::make_unique<CounterSessions>(*m_db, m_clock, m_policy);
            },
            Qt::BlockingQueuedConnection);
    return outcome;
}

void StaffWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

} // namespace antrian
