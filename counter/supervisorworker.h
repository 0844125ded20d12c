// SPDX-License-Identifier: GPL-3.0-or-later
// SupervisorWorker: the supervisor's pages' own database connection and thread, so the floor
// is read (FloorReader writes its alerts as it reads), a supervisor's PIN is hashed and the
// floor's actions run without freezing the screen, and without queueing behind the desk's
// calls on the queue worker. Like QueueWorker: one job at a time, in the order asked, each
// answer delivered on the asking object's thread, never to an object already deleted.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "floor/floorreader.h"
#include "queue/queueengine.h"
#include "reports/reportreader.h"
#include "staff/staffaccounts.h"
#include "staff/staffmanagement.h"
#include "staff/staffpolicy.h"
#include "staffing/staffingadvisor.h"
#include "storage/databasethread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace antrian::counter {

// What a supervisor's job may use, all on the worker's one connection.
struct SupervisorTools
{
    SupervisorTools(const Database &db, const Clock &clock, StaffPolicy policy)
        : engine(db, clock), floor(db, clock), management(db, clock, policy), accounts(db, clock, policy), staffing(db, clock), reports(db, clock)
    {
    }
    QueueEngine engine;
    FloorReader floor;
    StaffManagement management;
    StaffAccounts accounts;
    StaffingAdvisor staffing;
    ReportReader reports;
};

class SupervisorWorker : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive the worker and be safe to read from another thread (all are).
    SupervisorWorker(QString location, const Clock &clock, StaffPolicy policy = {}, QObject *parent = nullptr);
    ~SupervisorWorker() override;

    Outcome start(DatabaseThread::Opening opening = DatabaseThread::Opening::Strict);

    template<typename R>
    void run(std::function<R(SupervisorTools &)> job, QObject *receiver, std::function<void(R)> done)
    {
        m_thread.run<R>([this, job = std::move(job)] { return job(*m_tools); }, receiver, std::move(done));
    }

private:
    const Clock &m_clock;
    StaffPolicy m_policy;
    DatabaseThread m_thread;
    std::unique_ptr<SupervisorTools> m_tools; // used on m_thread only
};

} // namespace antrian::counter
