// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcepolicy.h"

#include <QSet>

namespace antrian {

bool AnnouncePolicy::isStale(const BoardCall &call, const QDateTime &now) const
{
    return call.at.secsTo(now) > m_maxAgeSecs;
}

QList<BoardCall> AnnouncePolicy::afterGap(const QList<BoardCall> &caughtUp, const BoardState &board,
                                          const QDateTime &now) const
{
    QList<BoardCall> chosen;
    QSet<qint64> tickets;
    // Newest first, so a ticket called and recalled during the gap is announced once.
    for (auto it = caughtUp.crbegin(); it != caughtUp.crend(); ++it) {
        if (tickets.contains(it->ticketId))
            continue;
        tickets.insert(it->ticketId);
        if (!isStale(*it, now) && board.isStillCalled(*it))
            chosen.prepend(*it);
    }
    return chosen;
}

} // namespace antrian
