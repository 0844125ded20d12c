// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeFeed: tells a reader (display, counter, kiosk) what happened in the database since it
// last looked, whoever wrote it. On SQLite it polls PRAGMA data_version, which changes only
// when another connection commits, and then reads the new rows of `events`. On PostgreSQL it
// LISTENs: every write transaction NOTIFYs at its commit, and the feed then reads the new rows;
// a slower look (kServerLookMs) notices a server that went away and reads anything a lost
// connection missed. After a reconnect to the server it catches up from the last event id it
// delivered: nothing is skipped, nothing delivered twice.
// One class, one signal; the apps never poll tables themselves.
// Each look first checks that the file at the path is still the file open (Database::verify):
// a database removed or replaced under the app is reported unavailable, not read on.
#pragma once

#include "core/result.h"
#include "domain/queueevent.h"
#include "storage/dialect.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace antrian {

class Database;

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 20;
    // On PostgreSQL, how often the feed looks even without a notification: a lost server is
    // seen within this plus the connection's own timeouts (Database), well inside 5 s.
    static constexpr int kServerLookMs = 1000;

    // Opens its own connection to `location`, in the calling thread.
    explicit ChangeFeed(QString location, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts watching. Events with id > `afterId` are delivered; -1 means "from now on".
    Outcome start(qint64 afterId = -1, int intervalMs = kDefaultIntervalMs);
    // Starts watching from now on even when the database cannot be opened now: until it can,
    // each look reports unavailable; then events newer than that moment are delivered.
    void follow(int intervalMs = kDefaultIntervalMs);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    qint64 lastEventId() const { return m_lastId; }
    // Checks once, now, without waiting for the timer.
    void poll();

signals:
    // New events, oldest first. Never the same event twice; none skipped.
    void eventsArrived(const QList<antrian::QueueEvent> &events);
    // The database could not be read; the feed keeps trying and catches up when it can.
    void unavailable(const QString &reason);
    // The file at the path is no longer the one open (removed or replaced), or can no longer
    // be opened: emitted once as it goes, then unavailable() at each look until it is back.
    void lost(const QString &reason);

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
    QTimer m_timer;
    void fail(const QString &reason);
    void listen();
    int lookInterval(int intervalMs) const;

    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
    int m_generation = 0; // of m_db when m_lastId was read: another file has other ids
    bool m_failing = false;
    bool m_wasConnected = false;
    QObject *m_listening = nullptr; // the driver whose notifications reach poll()
};

} // namespace antrian
