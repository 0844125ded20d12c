#include "staffevents.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace antrian {

QTimeZone branchTimeZone(const Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT time_zone FROM branch WHERE id = 1"));
    const QByteArray id = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    q.finish();
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

Outcome recordStaffEvent(const Database &db, const QDateTime &now, const NewEvent &event)
{
    const QDate businessDate = now.toTimeZone(branchTimeZone(db)).date();
    auto appended = EventStore(db).append(event, businessDate, now.toMSecsSinceEpoch());
    return appended ? Outcome(Done{}) : Outcome(appended.error());
}

QString branchTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
}

} // namespace antrian
