// SPDX-License-Identifier: GPL-3.0-or-later
// AnnouncementQueue: plays announcements one after the other, in the order they came, through
// one Speaker. A new call never cuts off the one being spoken and none is dropped: calls
// arriving together wait their turn. A speaker that never says it has finished is given up on
// after a while, so one stuck announcement cannot silence the lobby for the rest of the day.
#pragma once

#include "announce/announcement.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace antrian {

class Speaker;

class AnnouncementQueue : public QObject
{
    Q_OBJECT
public:
    // Silence between two announcements, so that "loket tiga" and the next chime do not run
    // together.
    static constexpr int kDefaultPauseMs = 800;
    // Longer than any chime and sentence; past it the speaker is stopped and the queue moves on.
    static constexpr int kDefaultTimeoutMs = 30000;

    // `speaker` may be null: then nothing is played (as muted). It must outlive the queue or be
    // deleted with it.
    explicit AnnouncementQueue(Speaker *speaker, QObject *parent = nullptr);

    // Queues `announcement` behind those waiting, or plays it now when idle. The same event
    // (eventId > 0) is announced once however often it is queued; a recall is an event of its
    // own and is announced again.
    void enqueue(const Announcement &announcement);

    // Muted: nothing is chimed or spoken; what is waiting is discarded, and so is what comes
    // while muted. The board goes on showing every call.
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    // Playing, or in the pause after an announcement.
    bool isBusy() const { return m_current.has_value() || m_pause.isActive(); }
    int pendingCount() const { return int(m_pending.size()); }

    void setPauseMs(int ms) { m_pause.setInterval(ms); }
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }

signals:
    void started(const antrian::Announcement &announcement);
    void finished(const antrian::Announcement &announcement);

private:
    void playNext();
    void onSpeakerFinished();
    void onTimeout();
    bool alreadyAnnounced(qint64 eventId);

    QPointer<Speaker> m_speaker;
    QList<Announcement> m_pending;
    std::optional<Announcement> m_current;
    QSet<qint64> m_seen;        // event ids queued so far (bounded, see alreadyAnnounced)
    QList<qint64> m_seenOrder;
    QTimer m_pause;
    QTimer m_timeout;
    bool m_muted = false;
};

} // namespace antrian
