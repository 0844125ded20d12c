// SPDX-License-Identifier: GPL-3.0-or-later
#include "statussource.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace antrian::kiosk {

StatusSource::StatusSource(QueueWorker &worker, ChangeFeed *feed, QObject *parent)
    : QObject(parent), m_worker(worker)
{
    // The feed logs its own trouble once; the controller decides what it means for the screen.
    if (feed)
        connect(feed, &ChangeFeed::eventsArrived, this, &StatusSource::refresh);
}

void StatusSource::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_worker.run<Result<BranchSnapshot>>(
            [](QueueEngine &e) -> Result<BranchSnapshot> {
                auto status = e.status();
                if (!status)
                    return status.error();
                auto branch = e.branch(); // cached by the engine: no extra read unless it changed
                if (!branch)
                    return branch.error();
                return BranchSnapshot{*status, branch->config};
            },
            this, [this](Result<BranchSnapshot> r) {
        m_inFlight = false;
        if (r)
            emit updated(*r);
        else
            emit failed(r.error());
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

} // namespace antrian::kiosk
