// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine after service: the customer's rating (faces or the SKM questionnaire), the pad's
// question of which ticket to ask about, the SKM figures, and the supervisor's follow-up list.
#include "queueengine.h"
#include "queueengine_p.h"

#include "core/translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace antrian {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Outcome QueueEngine::checkRating(const Ticket &t) const
{
    if (m_branch->config.rating == RatingMode::Off)
        return Error::refused(Tr::tr("this branch asks its customers for no rating (\"rating\": \"off\" in its config)"));
    if (t.status != TicketStatus::Done)
        return Error::refused(Tr::tr("%1 is %2; only a finished ticket can be rated").arg(t.code, statusDisplayName(t.status)));
    if (t.isRated())
        return Error::refused(Tr::tr("%1 has been rated already").arg(t.code));
    return Done{};
}

Result<Ticket> QueueEngine::rate(const QString &code, int score)
{
    return ticketAction(code, 0, [&](const Context &ctx, const Ticket &t, qint64) -> Result<Ticket> {
        if (Outcome ok = checkRating(t); !ok)
            return ok.error();
        if (score < 1 || score > 5)
            return Error::badInput(Tr::tr("a rating is a score from 1 to 5, not %1").arg(score));
        if (Outcome r = m_tickets.setRating(t.id, score); !r)
            return r.error();
        // The staff member and counter rated, as the ticket holds them: no one acts for the customer.
        const qint64 counterId = m_branch->counterIds.value(t.counterNumber);
        if (Outcome e = record(ctx, {EventKind::Rated, t.id, serviceIdOf(t), counterId, t.staffId,
                                     json({{QStringLiteral("score"), score}})});
            !e)
            return e.error();
        Ticket rated = t;
        rated.rating = score;
        return rated;
    });
}

Result<Ticket> QueueEngine::rateSkm(const QString &code, const QList<int> &answers)
{
    return ticketAction(code, 0, [&](const Context &ctx, const Ticket &t, qint64) -> Result<Ticket> {
        if (Outcome ok = checkRating(t); !ok)
            return ok.error();
        if (answers.size() != kSkmElementCount)
            return Error::badInput(Tr::tr("an SKM questionnaire has nine answers, one per element, not %1").arg(answers.size()));
        NewSkmResponse response;
        QJsonArray given;
        for (int i = 0; i < kSkmElementCount; ++i) {
            const int a = answers.at(i);
            if (a < kSkmLowestAnswer || a > kSkmHighestAnswer)
                return Error::badInput(Tr::tr("SKM answers are from 1 to 4; answer %1 (%2) is %3")
                                               .arg(i + 1)
                                               .arg(skmElements().at(i).displayName(currentLanguage()))
                                               .arg(a));
            response.answers[i] = a;
            given.append(a);
        }
        response.ticketId = t.id;
        response.businessDate = t.businessDate;
        response.serviceId = serviceIdOf(t);
        response.counterId = m_branch->counterIds.value(t.counterNumber);
        response.staffId = t.staffId;
        response.nowMs = ctx.nowMs;
        if (Outcome r = m_stores->ratings.insert(response); !r)
            return r.error();
        if (Outcome e = record(ctx, {EventKind::SkmAnswered, t.id, response.serviceId, response.counterId, t.staffId,
                                     json({{QStringLiteral("answers"), given}})});
            !e)
            return e.error();
        Ticket rated = t;
        rated.skmAnswered = true;
        return rated;
    });
}

Result<std::optional<Ticket>> QueueEngine::ticketToRate(int counter)
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    auto cid = counterId(counter);
    if (!cid)
        return cid.error();
    if (m_branch->config.rating == RatingMode::Off)
        return std::optional<Ticket>();
    const qint64 since = m_clock.nowUtc().toMSecsSinceEpoch() - kRatingWindowSeconds * 1000LL;
    auto last = m_tickets.lastFinishedAt(*cid, since);
    if (!last)
        return last.error();
    // Only the last customer is still at the counter: a rated one means nobody to ask.
    if (!last->has_value() || (*last)->isRated())
        return std::optional<Ticket>();
    return last;
}

Result<SkmReport> QueueEngine::skmReport(const QDate &from, const QDate &to)
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    auto responses = m_stores->ratings.responses(from, to);
    if (!responses)
        return responses.error();
    SkmReport report;
    report.from = from;
    report.to = to;
    QList<SkmAnswers> all;
    QHash<QString, QList<SkmAnswers>> byService;
    for (const SkmResponse &r : *responses) {
        all.append(r.answers);
        byService[r.serviceCode].append(r.answers);
    }
    report.overall = skmFigures(all);
    for (const ServiceConfig &s : m_branch->config.services) {
        if (byService.contains(s.code))
            report.services.append({s.code, skmFigures(byService.value(s.code))});
    }
    return report;
}

Result<QList<Ticket>> QueueEngine::followUps()
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    return m_tickets.openFollowUps();
}

Result<Ticket> QueueEngine::closeFollowUp(const QString &code, qint64 staffId)
{
    return ticketAction(code, staffId, [&](const Context &ctx, const Ticket &t, qint64 staff) -> Result<Ticket> {
        if (!t.followUp)
            return Error::refused(Tr::tr("%1 is not on the follow-up list").arg(t.code));
        if (!t.followUpOpen())
            return Error::refused(Tr::tr("the follow-up of %1 is closed already").arg(t.code));
        if (Outcome r = m_tickets.closeFollowUp(t.id, staff, ctx.nowMs); !r)
            return r.error();
        if (Outcome e = record(ctx, {EventKind::FollowUpClosed, t.id, serviceIdOf(t), 0, staff, {}}); !e)
            return e.error();
        Ticket closed = t;
        closed.followUpClosedAt = ctx.at();
        closed.followUpClosedBy = staff;
        return closed;
    });
}

} // namespace antrian
