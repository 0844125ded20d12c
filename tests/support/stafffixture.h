// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by tst_staff and tst_staffsessions: a branch with two staff accounts, Siti (staff) and
// Budi (supervisor), and what the tests ask of it.
#pragma once

#include "staffpolicy.h"
#include "testsupport.h"

#include "staff/countersessions.h"

#include <QSqlQuery>
#include <QTest>

namespace antrian::test {

inline const QString kSitiPin = QStringLiteral("4821");
inline const QString kBudiPin = QStringLiteral("7390");

struct Staffed
{
    Fixture f;
    CounterSessions sessions{f.db(), f.clock(), quickPolicy()};

    Staffed()
    {
        QVERIFY(sessions.accounts().add({QStringLiteral("siti"), QStringLiteral("Siti Rahma"), StaffRole::Staff}, kSitiPin));
        QVERIFY(sessions.accounts().add({QStringLiteral("budi"), QStringLiteral("Budi Santoso"), StaffRole::Supervisor},
                                        kBudiPin));
    }
    StaffMember member(const QString &username)
    {
        auto m = sessions.accounts().find(username);
        return m && m->has_value() ? **m : StaffMember{};
    }
    int events(EventKind kind)
    {
        QSqlQuery q = f.db().exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ?"), {eventKindKey(kind)});
        return q.next() ? q.value(0).toInt() : -1;
    }
    CounterState stateOf(int counter)
    {
        auto s = f.engine().status();
        for (const CounterStatus &c : s->counters) {
            if (c.counter.number == counter)
                return c.state;
        }
        return CounterState::Closed;
    }
};

inline QString messageOf(const Result<CounterSession> &r)
{
    return r ? QStringLiteral("(logged in)") : r.error().message;
}

} // namespace antrian::test
