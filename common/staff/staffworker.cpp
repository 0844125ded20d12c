// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffworker.h"

namespace antrian {

StaffWorker::StaffWorker(QString location, const Clock &clock, StaffPolicy policy, QObject *parent)
    : QObject(parent), m_clock(clock), m_policy(policy), m_thread(std::move(location), QStringLiteral("antrian-staff"))
{
}

StaffWorker::~StaffWorker()
{
    m_thread.stop([this] {
        m_management.reset();
        m_sessions.reset();
    });
}

Outcome StaffWorker::start(DatabaseThread::Opening opening)
{
    return m_thread.start(
            [this](Database &db) -> Outcome {
                m_sessions = std::make_unique<CounterSessions>(db, m_clock, m_policy);
                m_management = std::make_unique<StaffManagement>(db, m_clock, m_policy);
                return Done{};
            },
            opening);
}

} // namespace antrian
