// SPDX-License-Identifier: GPL-3.0-or-later
// QueueOrder: the order of the waiting queue, written once. Tickets are called, counted ahead
// and listed by these keys, first key first: priority tickets before the others; then, at a
// counter that calls strictly in its service order, the service's place in that counter's
// list; then the order of issue. The order of issue is the ticket id: it is assigned in the
// issuing transaction (BEGIN IMMEDIATE) and tickets are never deleted, so it follows commit
// order whatever any PC's clock says. A transferred or reinstated ticket keeps its id, and so
// its place. No clock reading is ever a key: a kiosk whose clock was set back once jumped its
// tickets to the front.
//
// TicketStore renders the keys as SQL (the call, the count of people ahead, the lists) and
// queueForCounter compares by them in C++; tst_counterqueue proves on a randomised day that
// they agree.
#pragma once

#include "config/branchconfig.h"
#include "domain/ticket.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace antrian {

enum class QueueKey {
    PriorityFirst,   // priority tickets first
    ServicePosition, // the service's place in the calling counter's list
    IssueOrder,      // the ticket id
};

// The keys a counter with `policy` calls by, first key first.
QList<QueueKey> queueKeys(CallPolicy policy);

// Where a waiting ticket stands in a counter's queue, as the keys see it.
struct QueuePlace
{
    bool priority = false;
    qsizetype servicePosition = -1; // -1: sent straight to the counter, for a service it does not serve
    qint64 issue = 0;               // the ticket id

    static QueuePlace of(const Ticket &t, const CounterConfig &counter);
    // A ticket taken now: behind every ticket of its priority issued so far.
    static QueuePlace newTicket(bool priority);
};

// Whether `a` is called before `b` at a counter with `policy`.
bool callsBefore(const QueuePlace &a, const QueuePlace &b, CallPolicy policy);

// An SQL fragment with the values to bind to its placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// ORDER BY terms for waiting tickets `t` (tickets), joined as `cs` to the counter_services row
// of the calling counter; OldestFirst needs no `cs`.
QString queueOrderSql(CallPolicy policy);
// A condition on tickets `t` of the same service as `place`: the ticket is called before it.
// Within one service the service's place is the same for all, so both policies agree.
SqlFragment aheadOfSql(const QueuePlace &place);

} // namespace antrian
