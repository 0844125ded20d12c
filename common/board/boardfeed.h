// SPDX-License-Identifier: GPL-3.0-or-later
// BoardFeed: keeps a BoardState up to date from the database for a lobby display. At start it
// reads the setup, the recent events (for the last calls) and a status snapshot; then it
// follows the change feed, applying each event as it comes and reading one status snapshot
// per burst for the waiting counts. It says which calls to announce (AnnouncePolicy), and when
// the database is out of reach and back.
//
// Reads only. It may live on a thread of its own: create it, move it there, and call start()
// on that thread; everything it opens is opened by start(), and its signals carry copies.
#pragma once

#include "board/announcepolicy.h"
#include "board/boardstate.h"
#include "core/clock.h"
#include "core/result.h"
#include "feed/changefeed.h"

#include <QObject>

#include <memory>

class QTimer;

namespace antrian {

class Database;
class QueueEngine;

class BoardFeed : public QObject
{
    Q_OBJECT
public:
    // Events read back at start for the last calls: many more than a few calls' worth.
    static constexpr int kHistoryEvents = 1000;
    // One status read for a burst of events, this long after the first of them.
    static constexpr int kStatusDelayMs = 50;
    // How often the clock is looked at (opening, closing, a new day) and a lost database retried.
    static constexpr int kTickMs = 1000;

    // `clock` must outlive the feed and be safe to read from its thread (all are).
    BoardFeed(QString location, const Clock &clock, QObject *parent = nullptr);
    ~BoardFeed() override;

    // Opens the database and shows the board as it is; calls of the last maxCatchUpAgeSecs
    // still awaiting their customer are announced (the display restarted in the middle of a
    // morning). A missing database or an unreadable one is an error, not a crash. Called once:
    // after a failure, make a new BoardFeed.
    Outcome start(int pollIntervalMs = ChangeFeed::kDefaultIntervalMs);

    const BoardState &board() const { return m_board; }
    bool isAvailable() const { return m_available; }
    // Set before start().
    void setMaxCatchUpAgeSecs(int secs) { m_policy = AnnouncePolicy(secs); }

    // Looks at the clock now; runs every kTickMs by itself once started.
    void tick();

signals:
    // After every change of what the board shows.
    void boardChanged(const antrian::BoardState &board);
    // A call or recall to announce, in order; emitted after the boardChanged that shows it.
    void announce(const antrian::BoardCall &call);
    // The database could not be read (false, why), or can again (true).
    void availabilityChanged(bool available, const QString &reason);

private:
    void onEvents(const QList<QueueEvent> &events);
    void onUnavailable(const QString &reason);
    Outcome refreshStatus();
    void finishCatchUp();
    void publish();

    QString m_location;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
    ChangeFeed *m_feed = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_catchUpEnd = nullptr;
    BoardState m_board;
    AnnouncePolicy m_policy;
    qint64 m_branchRevision = -1;
    // Start-up or a gap: calls wait for the catch-up to end and are then judged by m_policy.
    bool m_catchingUp = false;
    QList<BoardCall> m_caughtUp;
    bool m_available = true;
    bool m_failedDuringPoll = false;
};

} // namespace antrian
