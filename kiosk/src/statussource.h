// SPDX-License-Identifier: GPL-3.0-or-later
// StatusSource: keeps the kiosk's picture of the branch fresh: asks the engine for the status
// (on the queue worker's thread) at start, whenever the change feed reports a commit from any
// process, and when asked (the clock's minute tick, for opening and closing times). Requests
// that arrive while one is under way are folded into one more.
#pragma once

#include "feed/changefeed.h"
#include "queue/branchstatus.h"
#include "queue/queueworker.h"

#include <QObject>

namespace antrian::kiosk {

// The branch now, and the setup it was read with (a supervisor may import a new config while
// the kiosk runs: names, reasons and hours follow it).
struct BranchSnapshot
{
    BranchStatus status;
    BranchConfig config;
};

class StatusSource : public QObject
{
    Q_OBJECT
public:
    // `feed` may be null (no live updates: tests of the view-model alone).
    StatusSource(QueueWorker &worker, ChangeFeed *feed, QObject *parent = nullptr);

    void refresh();
    bool isRefreshing() const { return m_inFlight; }

signals:
    void updated(const antrian::kiosk::BranchSnapshot &snapshot);
    void failed(const antrian::Error &error);

private:
    QueueWorker &m_worker;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace antrian::kiosk
