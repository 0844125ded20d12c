// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueworker.h"

namespace antrian {

QueueWorker::QueueWorker(QString location, const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_thread(std::move(location), QStringLiteral("antrian-queue"))
{
}

QueueWorker::~QueueWorker()
{
    m_thread.stop([this] { m_engine.reset(); });
}

Outcome QueueWorker::start(DatabaseThread::Opening opening)
{
    return m_thread.start(
            [this, opening](Database &db) -> Outcome {
                m_engine = std::make_unique<QueueEngine>(db, m_clock);
                if (opening == DatabaseThread::Opening::WaitForDatabase)
                    return Done{};
                auto branch = m_engine->branch();
                return branch ? Outcome(Done{}) : Outcome(branch.error());
            },
            opening);
}

} // namespace antrian
