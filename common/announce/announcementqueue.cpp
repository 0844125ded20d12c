// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementqueue.h"

#include "announce/speaker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnnounce, "antrian.announce", QtInfoMsg)

namespace antrian {

namespace {
// Event ids remembered for de-duplication: far more than one burst of calls, bounded for a
// display that runs for months.
constexpr qsizetype kSeenLimit = 2000;
} // namespace

AnnouncementQueue::AnnouncementQueue(Speaker *speaker, QObject *parent) : QObject(parent), m_speaker(speaker)
{
    qRegisterMetaType<antrian::Announcement>();
    m_pause.setSingleShot(true);
    m_pause.setInterval(kDefaultPauseMs);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_pause, &QTimer::timeout, this, &AnnouncementQueue::playNext);
    connect(&m_timeout, &QTimer::timeout, this, &AnnouncementQueue::onTimeout);
    if (m_speaker)
        connect(m_speaker, &Speaker::finished, this, &AnnouncementQueue::onSpeakerFinished);
}

bool AnnouncementQueue::alreadyAnnounced(qint64 eventId)
{
    if (eventId <= 0)
        return false;
    if (m_seen.contains(eventId))
        return true;
    m_seen.insert(eventId);
    m_seenOrder.append(eventId);
    if (m_seenOrder.size() > kSeenLimit)
        m_seen.remove(m_seenOrder.takeFirst());
    return false;
}

void AnnouncementQueue::enqueue(const Announcement &announcement)
{
    if (alreadyAnnounced(announcement.eventId)) {
        qCDebug(lcAnnounce) << "already announced event" << announcement.eventId << announcement.text;
        return;
    }
    if (m_muted || !m_speaker) {
        qCInfo(lcAnnounce).noquote() << "muted, not announced:" << announcement.text;
        return;
    }
    m_pending.append(announcement);
    if (!isBusy())
        playNext();
}

void AnnouncementQueue::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    if (muted) {
        m_pending.clear();
        m_pause.stop();
        if (m_current) {
            m_timeout.stop();
            m_current.reset();
            if (m_speaker)
                m_speaker->stop();
        }
    }
}

void AnnouncementQueue::playNext()
{
    if (m_current || m_pending.isEmpty() || !m_speaker)
        return;
    m_current = m_pending.takeFirst();
    qCInfo(lcAnnounce).noquote() << "announcing:" << m_current->text;
    m_timeout.start();
    emit started(*m_current);
    // Last: a speaker may finish at once (no audio at all), re-entering onSpeakerFinished.
    m_speaker->play(*m_current);
}

void AnnouncementQueue::onSpeakerFinished()
{
    if (!m_current)
        return; // late word from an announcement already given up on
    m_timeout.stop();
    const Announcement done = *m_current;
    m_current.reset();
    m_pause.start(); // the next one, if any, after a breath
    emit finished(done);
}

void AnnouncementQueue::onTimeout()
{
    if (!m_current)
        return;
    qCWarning(lcAnnounce).noquote() << "the speaker did not finish within" << m_timeout.interval() << "ms; moving on from:"
                                    << m_current->text;
    if (m_speaker)
        m_speaker->stop();
    onSpeakerFinished();
}

} // namespace antrian
