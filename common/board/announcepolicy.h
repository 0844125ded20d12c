// SPDX-License-Identifier: GPL-3.0-or-later
// AnnouncePolicy: which calls the lobby hears. A call that arrives live is announced, every
// one, the moment it arrives. After a gap (the display starting up, or the database out of
// reach for a while) the board catches up on everything, but a call is announced only while it
// is still somebody's turn: made within maxAgeSecs by the branch clock, and its counter still
// waiting for the customer. Announcing a ten-minute-old call as new sends a customer to a
// counter that has long moved on.
#pragma once

#include "board/boardstate.h"

namespace antrian {

class AnnouncePolicy
{
public:
    static constexpr int kDefaultMaxAgeSecs = 60;

    explicit AnnouncePolicy(int maxAgeSecs = kDefaultMaxAgeSecs) : m_maxAgeSecs(maxAgeSecs) {}

    int maxAgeSecs() const { return m_maxAgeSecs; }
    // Older than maxAgeSecs at `now`. A call stamped ahead of `now` (another PC's clock runs
    // fast) is not stale.
    bool isStale(const BoardCall &call, const QDateTime &now) const;

    // Of the calls caught up on after a gap (oldest first), those to announce: each ticket at
    // most once (its latest call), not stale, and still called at its counter on `board`
    // (the board after the catch-up). In their order.
    QList<BoardCall> afterGap(const QList<BoardCall> &caughtUp, const BoardState &board, const QDateTime &now) const;

private:
    int m_maxAgeSecs;
};

} // namespace antrian
