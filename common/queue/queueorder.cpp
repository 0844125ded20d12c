// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueorder.h"

#include <limits>

namespace antrian {

QList<QueueKey> queueKeys(CallPolicy policy)
{
    if (policy == CallPolicy::ServiceOrder)
        return {QueueKey::PriorityFirst, QueueKey::ServicePosition, QueueKey::IssueOrder};
    return {QueueKey::PriorityFirst, QueueKey::IssueOrder};
}

QueuePlace QueuePlace::of(const Ticket &t, const CounterConfig &counter)
{
    return {t.priority, counter.services.indexOf(t.serviceCode), t.id};
}

QueuePlace QueuePlace::newTicket(bool priority)
{
    return {priority, -1, std::numeric_limits<qint64>::max()};
}

bool callsBefore(const QueuePlace &a, const QueuePlace &b, CallPolicy policy)
{
    for (QueueKey key : queueKeys(policy)) {
        switch (key) {
        case QueueKey::PriorityFirst:
            if (a.priority != b.priority)
                return a.priority;
            break;
        case QueueKey::ServicePosition:
            if (a.servicePosition != b.servicePosition)
                return a.servicePosition < b.servicePosition;
            break;
        case QueueKey::IssueOrder:
            if (a.issue != b.issue)
                return a.issue < b.issue;
            break;
        }
    }
    return false;
}

QString queueOrderSql(CallPolicy policy)
{
    QStringList terms;
    for (QueueKey key : queueKeys(policy)) {
        switch (key) {
        case QueueKey::PriorityFirst: terms << QStringLiteral("t.priority DESC"); break;
        // counter_services positions count from 0 in the counter's order, as indexOf does.
        case QueueKey::ServicePosition: terms << QStringLiteral("COALESCE(cs.position, -1)"); break;
        case QueueKey::IssueOrder: terms << QStringLiteral("t.id"); break;
        }
    }
    return terms.join(QStringLiteral(", "));
}

SqlFragment aheadOfSql(const QueuePlace &place)
{
    // Lexicographic "before" over the keys: before on the first key, or equal on it and
    // before on the next, and so on.
    SqlFragment before;
    SqlFragment equalSoFar;
    QStringList alternatives;
    for (QueueKey key : queueKeys(CallPolicy::OldestFirst)) {
        QString less;
        QString equal;
        QVariant value;
        switch (key) {
        case QueueKey::PriorityFirst:
            less = QStringLiteral("t.priority > ?");
            equal = QStringLiteral("t.priority = ?");
            value = int(place.priority);
            break;
        case QueueKey::ServicePosition:
            continue;
        case QueueKey::IssueOrder:
            less = QStringLiteral("t.id < ?");
            equal = QStringLiteral("t.id = ?");
            value = place.issue;
            break;
        }
        QStringList terms = equalSoFar.sql.isEmpty() ? QStringList() : QStringList{equalSoFar.sql};
        terms << less;
        alternatives << u'(' + terms.join(QStringLiteral(" AND ")) + u')';
        before.values << equalSoFar.values << value;
        equalSoFar.sql = equalSoFar.sql.isEmpty() ? equal : equalSoFar.sql + QStringLiteral(" AND ") + equal;
        equalSoFar.values << value;
    }
    before.sql = u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    return before;
}

} // namespace antrian
