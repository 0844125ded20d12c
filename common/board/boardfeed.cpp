// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfeed.h"

#include "queue/queueengine.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBoard, "antrian.board", QtInfoMsg)

namespace antrian {

BoardFeed::BoardFeed(QString location, const Clock &clock, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_clock(clock)
{
    qRegisterMetaType<antrian::BoardState>();
    qRegisterMetaType<antrian::BoardCall>();
}

BoardFeed::~BoardFeed() = default;

Outcome BoardFeed::start(int pollIntervalMs)
{
    Q_ASSERT_X(!m_db, "BoardFeed::start", "called twice");
    if (m_db)
        return Done{};
    auto opened = Database::open(m_location, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    m_engine = std::make_unique<QueueEngine>(*m_db, m_clock);
    auto branch = m_engine->branch();
    if (!branch)
        return branch.error();
    m_board.setBranch(branch->config);
    m_branchRevision = branch->revision;
    m_board.setNow(m_clock.nowUtc()); // before the history, so earlier days' calls are left out
    auto latest = EventStore(*m_db).latestId();
    if (!latest)
        return latest.error();

    // Timers and the feed are made here, on the thread that runs the board.
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &BoardFeed::tick);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(kStatusDelayMs);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        if (!m_catchingUp && refreshStatus())
            publish();
    });
    m_catchUpEnd = new QTimer(this);
    m_catchUpEnd->setSingleShot(true);
    m_catchUpEnd->setInterval(0); // after the feed has handed over every page of the catch-up
    connect(m_catchUpEnd, &QTimer::timeout, this, &BoardFeed::finishCatchUp);

    m_feed = new ChangeFeed(m_location, this);
    connect(m_feed, &ChangeFeed::eventsArrived, this, &BoardFeed::onEvents);
    connect(m_feed, &ChangeFeed::unavailable, this, &BoardFeed::onUnavailable);
    m_catchingUp = true;
    m_caughtUp.clear();
    // The recent history comes in now, through the same path as every later event.
    if (Outcome started = m_feed->start(std::max<qint64>(0, *latest - kHistoryEvents), pollIntervalMs); !started)
        return started.error();
    if (Outcome read = refreshStatus(); !read)
        return read.error();
    finishCatchUp();
    m_tick->start();
    return Done{};
}

void BoardFeed::onEvents(const QList<QueueEvent> &events)
{
    const QList<BoardCall> calls = m_board.apply(events);
    if (m_catchingUp) {
        m_caughtUp += calls;
        m_catchUpEnd->start();
        return;
    }
    publish();
    for (const BoardCall &call : calls)
        emit announce(call);
    if (!m_statusTimer->isActive())
        m_statusTimer->start(); // not restarted: a steady stream must not postpone the counts
}

void BoardFeed::onUnavailable(const QString &reason)
{
    m_failedDuringPoll = true;
    if (!m_available)
        return;
    qCWarning(lcBoard).noquote() << "database out of reach; the board keeps what it shows:" << reason;
    m_available = false;
    m_catchingUp = true; // whatever happens meanwhile is caught up on, not announced as new
    emit availabilityChanged(false, reason);
}

Outcome BoardFeed::refreshStatus()
{
    auto branch = m_engine->branch();
    if (!branch) {
        onUnavailable(branch.error().message);
        return branch.error();
    }
    if (branch->revision != m_branchRevision) {
        m_board.setBranch(branch->config);
        m_branchRevision = branch->revision;
    }
    auto status = m_engine->status();
    if (!status) {
        onUnavailable(status.error().message);
        return status.error();
    }
    m_board.applyStatus(*status);
    return Done{};
}

void BoardFeed::finishCatchUp()
{
    if (!m_catchingUp)
        return;
    m_catchUpEnd->stop();
    if (!refreshStatus())
        return; // still out of reach: the next tick tries again
    m_catchingUp = false;
    const QList<BoardCall> calls = m_policy.afterGap(m_caughtUp, m_board, m_clock.nowUtc());
    if (m_caughtUp.size() > calls.size())
        qCInfo(lcBoard) << "caught up on" << m_caughtUp.size() << "calls;" << m_caughtUp.size() - calls.size()
                        << "were no longer anyone's turn and are shown, not announced";
    m_caughtUp.clear();
    if (!m_available) {
        m_available = true;
        qCInfo(lcBoard) << "database back; board caught up";
        emit availabilityChanged(true, QString());
    }
    publish();
    for (const BoardCall &call : calls)
        emit announce(call);
}

void BoardFeed::tick()
{
    if (!m_feed)
        return;
    const QDate day = m_board.businessDate();
    if (m_board.setNow(m_clock.nowUtc()))
        publish();
    if (m_board.businessDate() != day && !m_catchingUp)
        m_statusTimer->start(); // a new day: every count starts again
    if (m_catchingUp) {
        // Ask the feed once more; if it reads, what it missed has arrived by the time poll() returns.
        m_failedDuringPoll = false;
        m_feed->poll();
        if (!m_failedDuringPoll)
            finishCatchUp();
    }
}

void BoardFeed::publish()
{
    emit boardChanged(m_board);
}

} // namespace antrian
