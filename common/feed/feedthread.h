// SPDX-License-Identifier: GPL-3.0-or-later
// FeedThread: a ChangeFeed that looks from a thread of its own, so a screen never waits for its
// database. On SQLite a look is microseconds; on PostgreSQL a server that stopped answering
// holds a look for the connection's timeouts (seconds), and a screen that waited with it would
// freeze. Connect to feed()'s signals as usual: they arrive queued, on the receiver's thread.
#pragma once

#include "feed/changefeed.h"

#include <QThread>

namespace antrian {

class FeedThread
{
public:
    explicit FeedThread(const QString &location);
    ~FeedThread();
    FeedThread(const FeedThread &) = delete;
    FeedThread &operator=(const FeedThread &) = delete;

    // Lives in the feed's thread: connect to its signals; call its methods only through follow().
    ChangeFeed &feed() { return *m_feed; }
    // ChangeFeed::follow, run in the feed's thread.
    void follow(int intervalMs = ChangeFeed::kDefaultIntervalMs);

    // How long the destructor waits for a look stuck on a dead server before leaving it.
    static constexpr int kStopWaitMs = 1000;

private:
    QThread *m_thread; // left running, not destroyed, if a look is stuck at the end
    ChangeFeed *m_feed = nullptr;
};

} // namespace antrian
