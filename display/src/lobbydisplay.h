// SPDX-License-Identifier: GPL-3.0-or-later
// LobbyDisplay: the lobby TV without its window: the board feed on a thread of its own (so a
// slow database never freezes the screen), the view-model the screen binds to, and the
// announcement queue that says each call through a Speaker. main() gives it the real speaker;
// the UI tests and the benchmark give it a fake one.
#pragma once

#include "boardviewmodel.h"

#include "announce/announcementqueue.h"
#include "board/boardfeed.h"
#include "core/clock.h"
#include "core/result.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace antrian {
class Speaker;
}

namespace antrian::display {

class LobbyDisplay : public QObject
{
    Q_OBJECT
public:
    // `clock` and `speaker` (may be null: nothing said) must outlive the display.
    LobbyDisplay(QString dbLocation, const Clock &clock, Speaker *speaker, QObject *parent = nullptr);
    ~LobbyDisplay() override;

    // Opens the database and reads the board as it is now, then follows the change feed.
    // A database that cannot be used now is not a failure: the board is marked unavailable
    // (the out-of-service page) and the start is tried again every retryMs until it works.
    Outcome start(int pollIntervalMs = ChangeFeed::kDefaultIntervalMs);
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    // Why the board is out of service; empty when it is not.
    QString outOfServiceReason() const { return m_reason; }

    // --mute: nothing is chimed or said; the board still shows every call.
    void setMuted(bool muted) { m_queue.setMuted(muted); }

    BoardViewModel *view() { return &m_view; }
    AnnouncementQueue *announcements() { return &m_queue; }

private:
    void announce(const BoardCall &call);
    Outcome startFeed();
    void onAvailability(bool available, const QString &reason);

    QString m_location;
    const Clock &m_clock;
    BoardViewModel m_view;
    AnnouncementQueue m_queue;
    QThread m_thread;
    BoardFeed *m_feed = nullptr; // lives on m_thread, deleted there
    QTimer m_retry;
    int m_pollIntervalMs = ChangeFeed::kDefaultIntervalMs;
    QString m_reason;
};

} // namespace antrian::display
