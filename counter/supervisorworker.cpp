// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorworker.h"

namespace antrian::counter {

SupervisorWorker::SupervisorWorker(QString location, const Clock &clock, StaffPolicy policy, QObject *parent)
    : QObject(parent), m_clock(clock), m_policy(policy), m_thread(std::move(location), QStringLiteral("antrian-supervisor"))
{
}

SupervisorWorker::~SupervisorWorker()
{
    m_thread.stop([this] { m_tools.reset(); });
}

Outcome SupervisorWorker::start(DatabaseThread::Opening opening)
{
    return m_thread.start(
            [this](Database &db) -> Outcome {
                m_tools = std::make_unique<SupervisorTools>(db, m_clock, m_policy);
                return Done{};
            },
            opening);
}

} // namespace antrian::counter
