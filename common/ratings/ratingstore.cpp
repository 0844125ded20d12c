// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingstore.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace antrian {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Outcome RatingStore::insert(const NewSkmResponse &r)
{
    const SkmAnswers &a = r.answers;
    auto q = m_db.run(QStringLiteral("INSERT INTO skm_responses (ticket_id, business_date, service_id, counter_id, staff_id,"
                                     " answered_at, u1, u2, u3, u4, u5, u6, u7, u8, u9)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {r.ticketId, r.businessDate.toString(Qt::ISODate), r.serviceId, idOrNull(r.counterId),
                       idOrNull(r.staffId), r.nowMs, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]});
    if (!q)
        return q.error();
    return Done{};
}

Result<QList<SkmResponse>> RatingStore::responses(const QDate &from, const QDate &to) const
{
    auto q = m_db.run(QStringLiteral("SELECT s.code, r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9"
                                     " FROM skm_responses r JOIN services s ON s.id = r.service_id"
                                     " WHERE r.business_date >= ? AND r.business_date <= ? ORDER BY r.ticket_id"),
                      {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<SkmResponse> list;
    while (q->next()) {
        SkmResponse response;
        response.serviceCode = q->value(0).toString();
        for (int i = 0; i < kSkmElementCount; ++i)
            response.answers[i] = q->value(1 + i).toInt();
        list.append(response);
    }
    return list;
}

} // namespace antrian
