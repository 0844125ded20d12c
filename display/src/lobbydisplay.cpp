// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbydisplay.h"

#include "storage/dialect.h"

#include "announce/announcement.h"
#include "app/databasewatch.h"

#include <QLoggingCategory>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDisplay)

namespace antrian::display {

LobbyDisplay::LobbyDisplay(QString dbLocation, const Clock &clock, Speaker *speaker, QObject *parent)
    : QObject(parent), m_location(std::move(dbLocation)), m_clock(clock), m_view(clock), m_queue(speaker)
{
    m_thread.setObjectName(QStringLiteral("board feed"));
    m_view.setKeepsBoardOffline(engineOf(m_location) == Engine::PostgreSQL);
    m_retry.setInterval(DatabaseWatch::kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (startFeed())
            m_retry.stop();
    });
}

LobbyDisplay::~LobbyDisplay()
{
    m_thread.quit();
    m_thread.wait();
}

Outcome LobbyDisplay::start(int pollIntervalMs)
{
    if (m_feed || m_retry.isActive())
        return Done{};
    m_pollIntervalMs = pollIntervalMs;
    Outcome started = startFeed();
    if (!started && started.error().kind == Error::Kind::Storage) {
        m_retry.start();
        return Done{}; // out of service until the database is back
    }
    return started;
}

Outcome LobbyDisplay::startFeed()
{
    if (!m_thread.isRunning())
        m_thread.start();
    auto *feed = new BoardFeed(m_location, m_clock);
    feed->moveToThread(&m_thread);
    connect(feed, &BoardFeed::boardChanged, &m_view, &BoardViewModel::show);
    connect(feed, &BoardFeed::availabilityChanged, this, &LobbyDisplay::onAvailability);
    connect(feed, &BoardFeed::announce, this, &LobbyDisplay::announce);
    std::optional<Outcome> started;
    QMetaObject::invokeMethod(
            feed, [&] { started = feed->start(m_pollIntervalMs); }, Qt::BlockingQueuedConnection);
    if (!*started) {
        // A feed that failed to start is not started again (BoardFeed::start): a new one next time.
        disconnect(feed, nullptr, this, nullptr);
        disconnect(feed, nullptr, &m_view, nullptr);
        QMetaObject::invokeMethod(feed, [feed] { delete feed; }, Qt::BlockingQueuedConnection);
        onAvailability(false, started->error().message);
        return *started;
    }
    m_feed = feed;
    connect(&m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    onAvailability(true, QString());
    return Done{};
}

void LobbyDisplay::onAvailability(bool available, const QString &reason)
{
    if (available) {
        if (!m_reason.isEmpty())
            qCInfo(lcDisplay).noquote() << "back in service: the database answers again";
        m_reason.clear();
    } else if (reason != m_reason) {
        // Once per cause: the retries every few seconds say nothing new.
        qCWarning(lcDisplay).noquote() << "out of service:" << reason;
        m_reason = reason;
    }
    m_view.setAvailability(available, reason);
}

void LobbyDisplay::announce(const BoardCall &call)
{
    m_view.flash();
    // The board copy that shows this call has arrived before it (same sender, same order).
    const QString language = m_view.board().branch().announcementLanguage;
    auto announcement = buildAnnouncement(call.ticketCode, call.counterNumber, language);
    if (!announcement) {
        qCWarning(lcDisplay).noquote() << "not announced:" << announcement.error().message;
        return;
    }
    announcement->eventId = call.eventId;
    announcement->recall = call.recall;
    m_queue.enqueue(*announcement);
}

} // namespace antrian::display
