// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace antrian {

namespace {

QVariant minuteOrNull(int minute)
{
    return minute >= 0 ? QVariant(minute) : QVariant(QMetaType::fromType<int>());
}

DayHours hoursFrom(const QVariant &open, const QVariant &close)
{
    return open.isNull() ? DayHours::closed() : DayHours{open.toInt(), close.toInt()};
}

} // namespace

Outcome BranchStore::save(const BranchConfig &c, qint64 nowMs)
{
    const CalendarConfig &cal = c.calendar;
    auto r = m_db.run(QStringLiteral(
                              "INSERT INTO branch (id, name, code, language, announcement_language, running_text,"
                              " running_text_en, voice_pack,"
                              " end_of_day, noshow_reinstate_minutes, time_zone, last_ticket_minutes, imported_at, rating,"
                              " break_limit_minutes)"
                              " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                              " ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code,"
                              " language = excluded.language, announcement_language = excluded.announcement_language,"
                              " running_text = excluded.running_text, running_text_en = excluded.running_text_en,"
                              " voice_pack = excluded.voice_pack, end_of_day = excluded.end_of_day,"
                              " noshow_reinstate_minutes = excluded.noshow_reinstate_minutes,"
                              " time_zone = excluded.time_zone, last_ticket_minutes = excluded.last_ticket_minutes,"
                              " imported_at = excluded.imported_at, rating = excluded.rating,"
                              " break_limit_minutes = excluded.break_limit_minutes,"
                              " config_revision = branch.config_revision + 1"),
                      {c.name, c.code, c.language, c.announcementLanguage, c.runningText, c.runningTextEn, c.voicePack,
                       endOfDayKey(c.endOfDay),
                       c.noShowReinstateMinutes, QString::fromUtf8(cal.timeZone.id()), cal.lastTicketMinutesBeforeClose,
                       nowMs, ratingModeKey(c.rating), c.breakLimitMinutes});
    if (!r)
        return r.error();

    for (const char *table : {"opening_hours", "calendar_days", "priority_reasons", "outcomes", "counter_services"}) {
        if (auto d = m_db.run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !d)
            return d.error();
    }
    for (int day = 1; day <= 7; ++day) {
        const DayHours h = cal.weekly.at(day - 1);
        if (auto i = m_db.run(QStringLiteral("INSERT INTO opening_hours (weekday, open_minute, close_minute) VALUES (?, ?, ?)"),
                              {day, minuteOrNull(h.isOpen() ? h.openMinute : -1),
                               minuteOrNull(h.isOpen() ? h.closeMinute : -1)});
            !i)
            return i.error();
    }
    for (const CalendarDay &d : cal.days) {
        if (auto i = m_db.run(QStringLiteral("INSERT INTO calendar_days (day, name, open_minute, close_minute) VALUES (?, ?, ?, ?)"),
                              {d.date.toString(Qt::ISODate), d.name,
                               minuteOrNull(d.hours.isOpen() ? d.hours.openMinute : -1),
                               minuteOrNull(d.hours.isOpen() ? d.hours.closeMinute : -1)});
            !i)
            return i.error();
    }
    for (int i = 0; i < c.priorityReasons.size(); ++i) {
        const PriorityReason &p = c.priorityReasons.at(i);
        if (auto q = m_db.run(QStringLiteral("INSERT INTO priority_reasons (code, name, name_en, position) VALUES (?, ?, ?, ?)"),
                              {p.code, p.name, p.nameEn, i});
            !q)
            return q.error();
    }

    for (int i = 0; i < c.outcomes.size(); ++i) {
        const ServiceOutcome &o = c.outcomes.at(i);
        if (auto q = m_db.run(QStringLiteral("INSERT INTO outcomes (code, name, name_en, resolved, follow_up, position)"
                                             " VALUES (?, ?, ?, ?, ?, ?)"),
                              {o.code, o.name, o.nameEn, int(o.resolved), int(o.followUp), i});
            !q)
            return q.error();
    }

    if (auto d = m_db.run(QStringLiteral("UPDATE services SET active = 0")); !d)
        return d.error();
    for (int i = 0; i < c.services.size(); ++i) {
        const ServiceConfig &s = c.services.at(i);
        if (auto q = m_db.run(QStringLiteral(
                                      "INSERT INTO services (code, name, name_en, description, description_en, daily_limit,"
                                      " average_service_minutes, priority, active, position, outcome_required,"
                                      " target_wait_minutes, target_percent, target_service_minutes)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,"
                                      " description = excluded.description, description_en = excluded.description_en,"
                                      " daily_limit = excluded.daily_limit,"
                                      " average_service_minutes = excluded.average_service_minutes,"
                                      " priority = excluded.priority, active = excluded.active, position = excluded.position,"
                                      " outcome_required = excluded.outcome_required,"
                                      " target_wait_minutes = excluded.target_wait_minutes, target_percent = excluded.target_percent,"
                                      " target_service_minutes = excluded.target_service_minutes"),
                              {s.code, s.name, s.nameEn, s.description, s.descriptionEn, s.dailyLimit,
                               s.averageServiceMinutes, int(s.priority), int(s.active), i, int(s.outcomeRequired),
                               s.targetWaitMinutes, s.targetPercent, s.targetServiceMinutes});
            !q)
            return q.error();
    }

    if (auto d = m_db.run(QStringLiteral("UPDATE counters SET active = 0")); !d)
        return d.error();
    for (const CounterConfig &counter : c.counters) {
        if (auto q = m_db.run(QStringLiteral("INSERT INTO counters (number, name, name_en, policy, active) VALUES (?, ?, ?, ?, ?)"
                                             " ON CONFLICT (number) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,"
                                             " policy = excluded.policy, active = excluded.active"),
                              {counter.number, counter.name, counter.nameEn, callPolicyKey(counter.policy), int(counter.active)});
            !q)
            return q.error();
        for (int i = 0; i < counter.services.size(); ++i) {
            if (auto q = m_db.run(QStringLiteral("INSERT INTO counter_services (counter_id, service_id, position)"
                                                 " SELECT c.id, s.id, ? FROM counters c, services s"
                                                 " WHERE c.number = ? AND s.code = ?"),
                                  {i, counter.number, counter.services.at(i)});
                !q)
                return q.error();
        }
    }
    return Done{};
}

qint64 BranchStore::revision() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT config_revision FROM branch WHERE id = 1"));
    const qint64 revision = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return revision;
}

bool BranchStore::isInitialised() const
{
    return revision() > 0;
}

Result<StoredBranch> BranchStore::load() const
{
    StoredBranch stored;
    BranchConfig &c = stored.config;
    auto b = m_db.run(QStringLiteral("SELECT name, code, language, announcement_language, running_text, end_of_day,"
                                     " noshow_reinstate_minutes, time_zone, last_ticket_minutes, config_revision,"
                                     " running_text_en, voice_pack, rating, break_limit_minutes FROM branch WHERE id = 1"));
    if (!b)
        return b.error();
    if (!b->next())
        return Error::badInput(QCoreApplication::translate("BranchStore",
                                                           "the database %1 holds no branch setup yet; "
                                                           "import one with: antrianctl init --config FILE")
                                       .arg(m_db.location()));
    c.name = b->value(0).toString();
    c.code = b->value(1).toString();
    c.language = b->value(2).toString();
    c.announcementLanguage = b->value(3).toString();
    c.runningText = b->value(4).toString();
    c.endOfDay = endOfDayFromKey(b->value(5).toString()).value_or(EndOfDay::Expire);
    c.noShowReinstateMinutes = b->value(6).toInt();
    c.calendar.timeZone = QTimeZone(b->value(7).toString().toUtf8());
    c.calendar.lastTicketMinutesBeforeClose = b->value(8).toInt();
    stored.revision = b->value(9).toLongLong();
    c.runningTextEn = b->value(10).toString();
    c.voicePack = b->value(11).toString();
    c.rating = ratingModeFromKey(b->value(12).toString()).value_or(RatingMode::Faces);
    c.breakLimitMinutes = b->value(13).toInt();
    b->finish();

    auto hours = m_db.run(QStringLiteral("SELECT weekday, open_minute, close_minute FROM opening_hours"));
    if (!hours)
        return hours.error();
    while (hours->next())
        c.calendar.weekly[hours->value(0).toInt() - 1] = hoursFrom(hours->value(1), hours->value(2));

    auto days = m_db.run(QStringLiteral("SELECT day, name, open_minute, close_minute FROM calendar_days"));
    if (!days)
        return days.error();
    while (days->next()) {
        CalendarDay d{QDate::fromString(days->value(0).toString(), Qt::ISODate), days->value(1).toString(),
                      hoursFrom(days->value(2), days->value(3))};
        c.calendar.days.insert(d.date, d);
    }

    auto reasons = m_db.run(QStringLiteral("SELECT code, name, name_en FROM priority_reasons ORDER BY position"));
    if (!reasons)
        return reasons.error();
    while (reasons->next())
        c.priorityReasons.append({reasons->value(0).toString(), reasons->value(1).toString(), reasons->value(2).toString()});

    auto outcomes = m_db.run(QStringLiteral("SELECT code, name, name_en, resolved, follow_up FROM outcomes ORDER BY position"));
    if (!outcomes)
        return outcomes.error();
    while (outcomes->next())
        c.outcomes.append({outcomes->value(0).toString(), outcomes->value(1).toString(), outcomes->value(2).toString(),
                           outcomes->value(3).toBool(), outcomes->value(4).toBool()});

    auto services = m_db.run(QStringLiteral("SELECT id, code, name, name_en, description, description_en, daily_limit,"
                                            " average_service_minutes, priority, active, outcome_required,"
                                            " target_wait_minutes, target_percent, target_service_minutes"
                                            " FROM services ORDER BY position, id"));
    if (!services)
        return services.error();
    while (services->next()) {
        ServiceConfig s;
        s.code = services->value(1).toString();
        s.name = services->value(2).toString();
        s.nameEn = services->value(3).toString();
        s.description = services->value(4).toString();
        s.descriptionEn = services->value(5).toString();
        s.dailyLimit = services->value(6).toInt();
        s.averageServiceMinutes = services->value(7).toInt();
        s.priority = services->value(8).toBool();
        s.active = services->value(9).toBool();
        s.outcomeRequired = services->value(10).toBool();
        s.targetWaitMinutes = services->value(11).toInt();
        s.targetPercent = services->value(12).toInt();
        s.targetServiceMinutes = services->value(13).toInt();
        stored.serviceIds.insert(s.code, services->value(0).toLongLong());
        c.services.append(s);
    }

    auto counters = m_db.run(QStringLiteral("SELECT id, number, name, policy, active, name_en FROM counters ORDER BY number"));
    if (!counters)
        return counters.error();
    while (counters->next()) {
        CounterConfig counter;
        counter.number = counters->value(1).toInt();
        counter.name = counters->value(2).toString();
        counter.policy = callPolicyFromKey(counters->value(3).toString()).value_or(CallPolicy::OldestFirst);
        counter.active = counters->value(4).toBool();
        counter.nameEn = counters->value(5).toString();
        stored.counterIds.insert(counter.number, counters->value(0).toLongLong());
        c.counters.append(counter);
    }

    auto links = m_db.run(QStringLiteral("SELECT c.number, s.code FROM counter_services cs"
                                         " JOIN counters c ON c.id = cs.counter_id"
                                         " JOIN services s ON s.id = cs.service_id ORDER BY c.number, cs.position"));
    if (!links)
        return links.error();
    while (links->next()) {
        const int number = links->value(0).toInt();
        for (CounterConfig &counter : c.counters) {
            if (counter.number == number)
                counter.services.append(links->value(1).toString());
        }
    }
    return stored;
}

namespace {

CounterState storedState(const QString &key)
{
    return counterStateFromKey(key).value_or(CounterState::Open); // the schema's CHECK allows no other word
}

} // namespace

Result<QHash<int, CounterState>> BranchStore::counterStates() const
{
    auto q = m_db.run(QStringLiteral("SELECT c.number, c.state, s.counter_id IS NOT NULL FROM counters c"
                                     " LEFT JOIN counter_sessions s ON s.counter_id = c.id WHERE c.active = 1"));
    if (!q)
        return q.error();
    QHash<int, CounterState> states;
    while (q->next()) {
        const bool staffed = q->value(2).toBool();
        const CounterState stored = storedState(q->value(1).toString());
        // Nobody there: closed, whatever was stored (after init every row says 'open').
        states.insert(q->value(0).toInt(), !staffed ? CounterState::Closed
                                           : stored == CounterState::Paused ? CounterState::Paused
                                                                            : CounterState::Open);
    }
    return states;
}

Result<QHash<int, CounterState>> BranchStore::storedCounterStates() const
{
    auto q = m_db.run(QStringLiteral("SELECT number, state FROM counters WHERE active = 1"));
    if (!q)
        return q.error();
    QHash<int, CounterState> states;
    while (q->next())
        states.insert(q->value(0).toInt(), storedState(q->value(1).toString()));
    return states;
}

Outcome BranchStore::setCounterState(qint64 counterId, CounterState state)
{
    auto q = m_db.run(QStringLiteral("UPDATE counters SET state = ? WHERE id = ?"), {counterStateKey(state), counterId});
    if (!q)
        return q.error();
    return Done{};
}

Result<BranchMark> BranchStore::mark() const
{
    // One row per paused service, or one row with no code when none is paused.
    auto q = m_db.run(QStringLiteral("SELECT b.config_revision, s.code FROM branch b"
                                     " LEFT JOIN services s ON s.paused = 1 AND s.active = 1 WHERE b.id = 1"));
    if (!q)
        return q.error();
    BranchMark mark;
    while (q->next()) {
        mark.revision = q->value(0).toLongLong();
        if (!q->value(1).isNull())
            mark.pausedServices.insert(q->value(1).toString());
    }
    return mark;
}

Outcome BranchStore::setServicePaused(qint64 serviceId, bool paused)
{
    auto q = m_db.run(QStringLiteral("UPDATE services SET paused = ? WHERE id = ?"), {int(paused), serviceId});
    if (!q)
        return q.error();
    return Done{};
}

QTimeZone BranchStore::timeZone() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT time_zone FROM branch WHERE id = 1"));
    const QByteArray id = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    q.finish();
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace antrian
