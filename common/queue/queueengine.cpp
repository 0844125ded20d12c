// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueengine.h"
#include "queueengine_p.h"

#include "core/translation.h"
#include "queue/queueorder.h"
#include "storage/branchstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/ticketstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQueue, "antrian.queue", QtInfoMsg)

namespace antrian {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What a counter's ticket is once the update the engine just made is applied: the ticket was
// read whole in the same transaction, so reading it back would only repeat it
// (tst_queueengine compares each with the stored row).
Ticket ended(Ticket t, TicketStatus status, const QDateTime &at)
{
    t.status = status;
    t.finishedAt = at;
    return t;
}

} // namespace

QueueEngine::QueueEngine(const Database &db, const Clock &clock)
    : m_db(db),
      m_clock(clock),
      m_stores(std::make_unique<Stores>(db)),
      m_branchStore(m_stores->branch),
      m_tickets(m_stores->tickets),
      m_events(std::make_unique<EventStore>(db))
{
}

QueueEngine::~QueueEngine() = default;

Outcome QueueEngine::refreshBranch()
{
    auto mark = m_branchStore.mark();
    if (!mark)
        return mark.error();
    m_paused = std::move(mark->pausedServices);
    const qint64 revision = mark->revision;
    // A revision counts within one file: a database file replaced by another starts again.
    if (m_branch && m_branch->revision == revision && m_branchGeneration == m_db.generation())
        return Done{};
    auto loaded = m_branchStore.load();
    if (!loaded)
        return loaded.error();
    m_branch = std::move(loaded).value();
    m_branchGeneration = m_db.generation();
    m_calendar = BranchCalendar(m_branch->config.calendar);
    return Done{};
}

BranchCalendar QueueEngine::calendar()
{
    (void)refreshBranch();
    return m_calendar;
}

Outcome QueueEngine::record(const Context &ctx, const NewEvent &event)
{
    auto appended = m_events->append(event, ctx.today, ctx.nowMs);
    return appended ? Outcome(Done{}) : Outcome(appended.error());
}

qint64 QueueEngine::serviceIdOf(const Ticket &t) const
{
    return m_branch->serviceIds.value(t.serviceCode);
}

Outcome QueueEngine::expireEndedDays(const Context &ctx)
{
    // No cron job: the first write of a new business day ends the old days' queues.
    if (m_branch->config.endOfDay == EndOfDay::Keep)
        return Done{};
    // A kiosk's role may not change tickets (roles.h): its first issue of the day leaves the
    // old days' tickets waiting, which every reader already counts as expired, and the first
    // counter write of the day expires them for the record.
    if (!m_db.mayUpdateTickets())
        return Done{};
    // Once a day is enough: after this engine's first write of a day has committed, no waiting
    // ticket of an earlier day is left but one a PC with its clock set back issued since, and
    // every reader counts that one as expired already (minWaitingDate); the next day's first
    // write ends it for the record. (A query less in every write of the day.)
    if (m_daysEndedBefore == ctx.today && m_daysEndedGeneration == m_db.generation())
        return Done{};
    auto ids = m_tickets.waitingBefore(ctx.today);
    if (!ids)
        return ids.error();
    for (qint64 id : *ids) {
        if (Outcome r = m_tickets.markEnded(id, TicketStatus::Expired, ctx.nowMs); !r)
            return r;
        if (Outcome e = record(ctx, {EventKind::Expired, id, 0, 0, 0, {}}); !e)
            return e.error();
    }
    if (!ids->isEmpty())
        qCInfo(lcQueue, "end of day: %lld waiting ticket(s) of days before %s expired", static_cast<long long>(ids->size()),
               qPrintable(ctx.today.toString(Qt::ISODate)));
    return Done{};
}

QDate QueueEngine::minWaitingDate(const QDate &today) const
{
    return m_branch->config.endOfDay == EndOfDay::Keep ? QDate() : today;
}

Result<qint64> QueueEngine::counterId(int number) const
{
    const CounterConfig *c = m_branch->config.counter(number);
    if (!c)
        return Error::badInput(Tr::tr("there is no counter %1 in this branch").arg(number));
    if (!c->active)
        return Error::refused(Tr::tr("counter %1 is switched off in the branch config").arg(number));
    return m_branch->counterIds.value(number);
}

Result<qint64> QueueEngine::serviceId(const QString &code, bool mustBeActive) const
{
    const ServiceConfig *s = m_branch->config.service(code);
    if (!s) {
        QStringList codes;
        for (const ServiceConfig &c : m_branch->config.services) {
            if (c.active)
                codes.append(c.code);
        }
        return Error::badInput(Tr::tr("there is no service \"%1\" in this branch; services: %2")
                                       .arg(code, codes.join(QStringLiteral(", "))));
    }
    if (mustBeActive && !s->active)
        return Error::refused(Tr::tr("service %1 (%2) is not offered").arg(s->code, s->displayName(currentLanguage())));
    return m_branch->serviceIds.value(s->code);
}

Result<Ticket> QueueEngine::reload(qint64 ticketId) const
{
    auto t = m_tickets.byId(ticketId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Error::storage(QStringLiteral("ticket %1 vanished").arg(ticketId));
    return **t;
}

Result<WaitEstimate> QueueEngine::estimateFor(const ServiceConfig &service, qint64 sid, int ahead,
                                              const QHash<int, CounterState> &states)
{
    auto mean = m_tickets.recentServiceMinutes(sid, kEstimateSample);
    if (!mean)
        return mean.error();
    const double minutes = *mean > 0 ? *mean : service.averageServiceMinutes;
    int open = 0; // someone logged in, not on a break
    for (int number : m_branch->config.countersServing(service.code)) {
        if (states.value(number, CounterState::Closed) == CounterState::Open)
            ++open;
    }
    return estimateWait(ahead, minutes, open);
}

Outcome QueueEngine::importConfig(const BranchConfig &config)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    const QDateTime now = m_clock.nowUtc();
    if (Outcome r = m_branchStore.save(config, now.toMSecsSinceEpoch()); !r)
        return r;
    const QDate today = BranchCalendar(config.calendar).businessDate(now);
    if (auto e = m_events->append({EventKind::ConfigImported, 0, 0, 0, 0, {}}, today, now.toMSecsSinceEpoch()); !e)
        return e.error();
    if (Outcome c = tx.commit(); !c)
        return c;
    m_branch.reset();
    return refreshBranch();
}

Result<IssuedTicket> QueueEngine::issue(const QString &serviceCode, const IssueOptions &options)
{
    return write<IssuedTicket>([&](const Context &ctx) -> Result<IssuedTicket> {
        auto sid = serviceId(serviceCode, true);
        if (!sid)
            return sid.error();
        const ServiceConfig *service = m_branch->config.service(serviceCode);
        const QString refusal = m_calendar.ticketRefusal(ctx.now);
        if (!refusal.isEmpty())
            return Error::refused(refusal);
        if (!options.priorityReason.isEmpty()) {
            const auto &reasons = m_branch->config.priorityReasons;
            if (std::none_of(reasons.begin(), reasons.end(),
                             [&](const PriorityReason &r) { return r.code == options.priorityReason; }))
                return Error::badInput(Tr::tr("unknown priority reason \"%1\"").arg(options.priorityReason));
        }
        if (m_paused.contains(service->code))
            return Error::refused(Tr::tr("service %1 (%2) is paused; please ask our staff").arg(service->code, service->displayName(currentLanguage())));
        auto number = m_tickets.nextSequence(ctx.today, *sid);
        if (!number)
            return number.error();
        const int sequence = number->sequence;
        // The number just taken is the count issued: past the limit, the transaction rolls
        // back and the number is not used.
        if (sequence > service->dailyLimit)
            return Error::refused(Tr::tr("service %1 (%2) has reached its daily limit (%3)")
                                          .arg(service->code, service->displayName(currentLanguage()))
                                          .arg(service->dailyLimit));
        NewTicket n;
        n.businessDate = ctx.today;
        n.serviceId = *sid;
        n.serviceCode = service->code;
        n.sequence = sequence;
        n.code = formatTicketCode(service->code, sequence);
        n.priority = service->priority || options.priority || !options.priorityReason.isEmpty();
        n.priorityReason = options.priorityReason;
        n.nowMs = ctx.nowMs;
        auto ticket = m_tickets.insert(n);
        if (!ticket)
            return ticket.error();
        QJsonObject detail;
        if (n.priority)
            detail.insert(QStringLiteral("priority"), true);
        if (!n.priorityReason.isEmpty())
            detail.insert(QStringLiteral("reason"), n.priorityReason);
        if (Outcome e = record(ctx, {EventKind::Issued, ticket->id, *sid, 0, 0, detail.isEmpty() ? QString() : json(detail)}); !e)
            return e.error();
        // Everyone in the line before the new ticket joined it stands ahead: today's line, read
        // with the number. A branch that keeps its queues overnight adds the older days' lines,
        // where the new ticket, now in, counts itself.
        int ahead = n.priority ? number->linePriority : number->lineWaiting;
        if (!minWaitingDate(ctx.today).isValid()) {
            auto inLine = m_tickets.lineAhead(*sid, n.priority, QDate());
            if (!inLine)
                return inLine.error();
            ahead = *inLine - 1;
        }
        auto states = m_branchStore.counterStates();
        if (!states)
            return states.error();
        auto estimate = estimateFor(*service, *sid, std::max(0, ahead), *states);
        if (!estimate)
            return estimate.error();
        return IssuedTicket{*ticket, *estimate};
    });
}

Result<Ticket> QueueEngine::callNext(int counter, qint64 staffId)
{
    return counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &active,
                                               qint64 staff) -> Result<Ticket> {
        if (active)
            return Error::refused(active->status == TicketStatus::Serving
                                          ? Tr::tr("counter %1 is already serving %2").arg(counter).arg(active->code)
                                          : Tr::tr("counter %1 has already called %2; start, recall or mark it no-show first")
                                                    .arg(counter)
                                                    .arg(active->code));
        auto states = m_branchStore.storedCounterStates();
        if (!states)
            return states.error();
        if (states->value(counter) == CounterState::Paused)
            return Error::refused(Tr::tr("counter %1 is paused; resume it first").arg(counter));
        const CallPolicy policy = m_branch->config.counter(counter)->policy;
        auto next = m_tickets.nextFor(cid, policy, minWaitingDate(ctx.today));
        if (!next)
            return next.error();
        if (!next->has_value())
            return Error::refused(Tr::tr("no ticket waiting for counter %1").arg(counter));
        const qint64 id = **next;
        if (Outcome r = m_tickets.markCalled(id, cid, staff, ctx.nowMs); !r)
            return r.error();
        auto ticket = reload(id);
        if (!ticket)
            return ticket.error();
        if (Outcome e = record(ctx, {EventKind::Called, id, serviceIdOf(*ticket), cid, staff, {}}); !e)
            return e.error();
        return ticket;
    });
}

Result<Ticket> QueueEngine::recall(int counter, qint64 staffId)
{
    return counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &active,
                                               qint64 staff) -> Result<Ticket> {
        if (!active)
            return Error::refused(Tr::tr("counter %1 has no called ticket to recall").arg(counter));
        if (active->status != TicketStatus::Called)
            return Error::refused(Tr::tr("%1 is already being served at counter %2").arg(active->code).arg(counter));
        if (Outcome r = m_tickets.markRecalled(active->id); !r)
            return r.error();
        const QString detail = json({{QStringLiteral("recall"), active->recallCount + 1}});
        if (Outcome e = record(ctx, {EventKind::Recalled, active->id, serviceIdOf(*active), cid, staff, detail}); !e)
            return e.error();
        Ticket recalled = *active;
        ++recalled.recallCount;
        return recalled;
    });
}

Result<Ticket> QueueEngine::start(int counter, qint64 staffId)
{
    return counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &active,
                                               qint64 staff) -> Result<Ticket> {
        if (!active)
            return Error::refused(Tr::tr("counter %1 has no called ticket to start serving").arg(counter));
        if (active->status == TicketStatus::Serving)
            return Error::refused(Tr::tr("counter %1 is already serving %2").arg(counter).arg(active->code));
        if (Outcome r = m_tickets.markStarted(active->id, ctx.nowMs); !r)
            return r.error();
        if (Outcome e = record(ctx, {EventKind::Started, active->id, serviceIdOf(*active), cid, staff, {}}); !e)
            return e.error();
        Ticket started = *active;
        started.status = TicketStatus::Serving;
        started.startedAt = ctx.at();
        return started;
    });
}

Result<Ticket> QueueEngine::finish(int counter, qint64 staffId)
{
    return finish(counter, staffId, FinishOptions{});
}

Result<Ticket> QueueEngine::finish(int counter, qint64 staffId, const FinishOptions &options)
{
    return counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &active,
                                               qint64 staff) -> Result<Ticket> {
        if (!active)
            return Error::refused(Tr::tr("counter %1 is not serving anyone").arg(counter));
        if (active->status != TicketStatus::Serving)
            return Error::refused(Tr::tr("%1 has been called but not started; start serving it or mark it no-show")
                                          .arg(active->code));
        const QString code = options.outcome.trimmed().toLower();
        const QString note = options.note.trimmed();
        const BranchConfig &config = m_branch->config;
        QStringList offered;
        for (const ServiceOutcome &o : config.outcomes)
            offered.append(o.code);
        const ServiceOutcome *outcome = code.isEmpty() ? nullptr : config.outcome(code);
        if (!code.isEmpty() && !outcome)
            return Error::badInput(Tr::tr("unknown outcome \"%1\"; outcomes: %2")
                                           .arg(code, offered.isEmpty() ? QStringLiteral("-") : offered.join(QStringLiteral(", "))));
        const ServiceConfig *service = config.service(active->serviceCode);
        if (!outcome && service && service->outcomeRequired)
            return Error::refused(Tr::tr("%1 needs an outcome before it is finished; choose one of: %2")
                                          .arg(active->code, offered.join(QStringLiteral(", "))));
        if (note.size() > kMaxOutcomeNoteLength)
            return Error::badInput(Tr::tr("the note is %1 characters long; at most %2 are kept")
                                           .arg(note.size())
                                           .arg(kMaxOutcomeNoteLength));
        if (Outcome r = m_tickets.markEnded(active->id, TicketStatus::Done, ctx.nowMs); !r)
            return r.error();
        const bool followUp = outcome && outcome->followUp;
        if (outcome || !note.isEmpty()) {
            if (Outcome r = m_tickets.setOutcome(active->id, code, note, followUp); !r)
                return r.error();
        }
        // The note stays on the ticket: the audit log, shipped on to head office, keeps the code.
        const QString detail = outcome ? json({{QStringLiteral("outcome"), code}}) : QString();
        if (Outcome e = record(ctx, {EventKind::Finished, active->id, serviceIdOf(*active), cid, staff, detail}); !e)
            return e.error();
        Ticket done = ended(*active, TicketStatus::Done, ctx.at());
        done.outcome = code;
        done.outcomeNote = note;
        done.followUp = followUp;
        return done;
    });
}

Result<Ticket> QueueEngine::markNoShow(int counter, qint64 staffId)
{
    return counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &active,
                                               qint64 staff) -> Result<Ticket> {
        if (!active)
            return Error::refused(Tr::tr("counter %1 has no called ticket to mark as no-show").arg(counter));
        if (active->status != TicketStatus::Called)
            return Error::refused(Tr::tr("%1 is being served at counter %2; finish it instead").arg(active->code).arg(counter));
        if (Outcome r = m_tickets.markEnded(active->id, TicketStatus::NoShow, ctx.nowMs); !r)
            return r.error();
        if (Outcome e = record(ctx, {EventKind::NoShow, active->id, serviceIdOf(*active), cid, staff, {}}); !e)
            return e.error();
        return ended(*active, TicketStatus::NoShow, ctx.at());
    });
}

Result<Ticket> QueueEngine::requeue(const Context &ctx, const Ticket &t, const TransferTarget &target, qint64 staffId)
{
    const QString toService = target.serviceCode.isEmpty() ? t.serviceCode : target.serviceCode.toUpper();
    auto sid = serviceId(toService, true);
    if (!sid)
        return sid.error();
    qint64 targetCounterId = 0;
    if (target.counterNumber > 0) {
        auto cid = counterId(target.counterNumber);
        if (!cid)
            return cid.error();
        if (t.isActive() && t.counterNumber == target.counterNumber)
            return Error::refused(Tr::tr("%1 is already at counter %2").arg(t.code).arg(target.counterNumber));
        targetCounterId = *cid;
    } else if (m_branch->config.countersServing(toService).isEmpty()) {
        return Error::refused(Tr::tr("no counter serves service %1").arg(toService));
    }
    const qint64 fromId = serviceIdOf(t);
    if (Outcome r = m_tickets.requeue(t.id, *sid, fromId, targetCounterId); !r)
        return r.error();
    QJsonObject detail{{QStringLiteral("from"), t.serviceCode}, {QStringLiteral("to"), toService}};
    if (target.counterNumber > 0)
        detail.insert(QStringLiteral("toCounter"), target.counterNumber);
    const qint64 fromCounter = t.isActive() ? m_branch->counterIds.value(t.counterNumber) : 0;
    if (Outcome e = record(ctx, {EventKind::Transferred, t.id, *sid, fromCounter, staffId, json(detail)}); !e)
            return e.error();
    return reload(t.id);
}

Result<Ticket> QueueEngine::transfer(int counter, const TransferTarget &target, qint64 staffId)
{
    return counterAction(counter, staffId, [&](const Context &ctx, qint64, const std::optional<Ticket> &active,
                                               qint64 staff) -> Result<Ticket> {
        if (!active)
            return Error::refused(Tr::tr("counter %1 has no ticket to transfer").arg(counter));
        return requeue(ctx, *active, target, staff);
    });
}

Result<Ticket> QueueEngine::transferWaiting(const QString &code, const TransferTarget &target, qint64 staffId)
{
    return ticketAction(code, staffId, [&](const Context &ctx, const Ticket &t, qint64 staff) -> Result<Ticket> {
        if (t.status != TicketStatus::Waiting)
            return Error::refused(Tr::tr("%1 is %2, not waiting; a called ticket is transferred by the counter that holds it")
                                          .arg(t.code, statusDisplayName(t.status)));
        return requeue(ctx, t, target, staff);
    });
}

Result<Ticket> QueueEngine::cancel(const QString &code, qint64 staffId)
{
    return ticketAction(code, staffId, [&](const Context &ctx, const Ticket &t, qint64 staff) -> Result<Ticket> {
        if (t.status != TicketStatus::Waiting)
            return Error::refused(Tr::tr("%1 is %2; only a waiting ticket can be cancelled").arg(t.code, statusDisplayName(t.status)));
        if (Outcome r = m_tickets.markEnded(t.id, TicketStatus::Cancelled, ctx.nowMs); !r)
            return r.error();
        if (Outcome e = record(ctx, {EventKind::Cancelled, t.id, serviceIdOf(t), 0, staff, {}}); !e)
            return e.error();
        return reload(t.id);
    });
}

Result<Ticket> QueueEngine::reinstate(const QString &code, qint64 staffId)
{
    return ticketAction(code, staffId, [&](const Context &ctx, const Ticket &t, qint64 staff) -> Result<Ticket> {
        if (t.status != TicketStatus::NoShow)
            return Error::refused(Tr::tr("%1 is %2; only a no-show ticket can be reinstated").arg(t.code, statusDisplayName(t.status)));
        const int window = m_branch->config.noShowReinstateMinutes;
        if (t.finishedAt.secsTo(ctx.now) > window * 60 || t.businessDate != ctx.today)
            return Error::refused(Tr::tr("%1 was marked no-show more than %n minutes ago and cannot be reinstated", nullptr, window)
                                          .arg(t.code));
        const qint64 sid = serviceIdOf(t);
        const qint64 fromId = m_branch->serviceIds.value(t.transferredFromService);
        if (Outcome r = m_tickets.requeue(t.id, sid, fromId, 0); !r)
            return r.error();
        if (Outcome e = record(ctx, {EventKind::Reinstated, t.id, sid, 0, staff, {}}); !e)
            return e.error();
        return reload(t.id);
    });
}

} // namespace antrian
