// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "storage/database.h"
#include "storage/eventstore.h"

#include <QLoggingCategory>

#include <algorithm>
#include <QSqlDriver>

Q_LOGGING_CATEGORY(lcFeed, "antrian.feed", QtInfoMsg)

namespace antrian {

ChangeFeed::ChangeFeed(QString location, QObject *parent) : QObject(parent), m_location(std::move(location))
{
    m_timer.setParent(this); // moves with the feed to another thread (FeedThread)
    qRegisterMetaType<antrian::QueueEvent>();
    qRegisterMetaType<QList<antrian::QueueEvent>>();
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed() = default;

Outcome ChangeFeed::start(qint64 afterId, int intervalMs)
{
    if (!m_db) {
        auto opened = Database::open(m_location, Database::OpenMode::MustExist);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
        m_db->setStatementDeadline(Database::kAppStatementDeadlineMs); // a screen's feed
    }
    if (afterId < 0) {
        auto latest = EventStore(*m_db).latestId();
        if (!latest)
            return latest.error();
        afterId = *latest;
    }
    m_lastId = afterId;
    m_generation = m_db->generation();
    m_dataVersion = -1; // read once at the first poll, in case something is already newer
    listen();
    m_timer.start(lookInterval(intervalMs));
    poll();
    return Done{};
}

void ChangeFeed::follow(int intervalMs)
{
    if (!m_db)
        m_db = Database::attach(m_location);
    m_generation = 0; // the first poll that reads takes "now" from the file it finds
    m_dataVersion = -1;
    m_timer.start(lookInterval(intervalMs));
    poll();
}

void ChangeFeed::fail(const QString &reason)
{
    if (m_wasConnected && !m_db->fault().isEmpty()) {
        m_wasConnected = false;
        emit lost(reason); // once, as the file goes
    }
    if (!m_failing)
        qCWarning(lcFeed) << "change feed cannot read" << m_location << reason;
    m_failing = true;
    emit unavailable(reason);
}

int ChangeFeed::lookInterval(int intervalMs) const
{
    // Notifications say when to look on a server; the timer is only the safety net there.
    return engineOf(m_location) == Engine::PostgreSQL ? std::max(intervalMs, kServerLookMs) : intervalMs;
}

void ChangeFeed::listen()
{
    if (m_db->engine() != Engine::PostgreSQL || !m_db->fault().isEmpty())
        return;
    QSqlDriver *driver = m_db->connection().driver();
    // A new connection has no subscriptions: subscribe on each, and connect the signal once.
    if (!driver->subscribedToNotifications().contains(QLatin1String(dialect::kChangeChannel))
        && !driver->subscribeToNotification(QLatin1String(dialect::kChangeChannel)))
        qCWarning(lcFeed) << "cannot LISTEN on" << m_location << "; looking every" << kServerLookMs << "ms instead";
    if (m_listening != driver) {
        m_listening = driver;
        connect(driver, &QSqlDriver::notification, this, [this] {
            if (m_timer.isActive()) // a stopped feed reads nothing, told or not
                poll();
        });
    }
}

void ChangeFeed::stop()
{
    m_timer.stop();
}

void ChangeFeed::poll()
{
    if (!m_db)
        return;
    m_wasConnected = m_db->fault().isEmpty();
    if (Outcome usable = m_db->verify(); !usable) {
        fail(usable.error().message);
        return;
    }
    if (m_db->generation() != m_generation && m_db->engine() == Engine::PostgreSQL && m_generation > 0) {
        // Back on the same server after a lost connection: catch up from the last id delivered.
        m_generation = m_db->generation();
        listen();
    } else if (m_db->generation() != m_generation) {
        // Connected for the first time, or to another file than the one the ids came from.
        auto latest = EventStore(*m_db).latestId();
        if (!latest) {
            fail(latest.error().message);
            return;
        }
        m_lastId = *latest;
        m_generation = m_db->generation();
        m_dataVersion = -1;
        listen();
    }
    const qint64 version = m_db->dataVersion();
    if (version >= 0 && version == m_dataVersion && !m_failing)
        return;
    EventStore events(*m_db);
    // Read in pages, so a reader that was away for hours catches up on every event.
    while (true) {
        auto batch = events.since(m_lastId);
        if (!batch) {
            fail(batch.error().message);
            return;
        }
        m_failing = false;
        if (batch->isEmpty())
            break;
        m_lastId = batch->constLast().id;
        emit eventsArrived(*batch);
    }
    m_dataVersion = version;
}

} // namespace antrian
