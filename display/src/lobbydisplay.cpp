#include "lobbydisplay.h"

#include "announce/announcement.h"

#include <QLoggingCategory>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDisplay)

namespace antrian::display {

LobbyDisplay::LobbyDisplay(QString dbLocation, const Clock &clock, Speaker *speaker, QObject *parent)
    : QObject(parent), m_location(std::move(dbLocation)), m_clock(clock), m_view(clock), m_queue(speaker)
{
    m_thread.setObjectName(QStringLiteral("board feed"));
}

LobbyDisplay::~LobbyDisplay()
{
    m_thread.quit();
    m_thread.wait();
}

Outcome LobbyDisplay::start(int pollIntervalMs)
{
    if (m_feed)
        return Done{};
    m_feed = new BoardFeed(m_location, m_clock);
    m_feed->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    connect(m_feed, &BoardFeed::boardChanged, &m_view, &BoardViewModel::show);
    connect(m_feed, &BoardFeed::availabilityChanged, &m_view, &BoardViewModel::setAvailability);
    connect(m_feed, &BoardFeed::announce, this, &LobbyDisplay::announce);
    m_thread.start();

    std::optional<Outcome> started;
    QMetaObject::invokeMethod(
            m_feed, [&] { started = m_feed->start(pollIntervalMs); }, Qt::BlockingQueuedConnection);
    return *started;
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
