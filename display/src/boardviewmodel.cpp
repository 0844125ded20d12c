// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardviewmodel.h"

#include "core/translation.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDisplay, "antrian.display", QtInfoMsg)

namespace antrian::display {

BoardViewModel::BoardViewModel(const Clock &clock, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_counters({QStringLiteral("number"), QStringLiteral("label"), QStringLiteral("open"), QStringLiteral("onBreak"),
                  QStringLiteral("ticket"),
                  QStringLiteral("serving"), QStringLiteral("newest")}),
      m_previousCalls({QStringLiteral("ticket"), QStringLiteral("counter"), QStringLiteral("label"),
                       QStringLiteral("recall"), QStringLiteral("time")}),
      m_services({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("waiting"), QStringLiteral("paused"),
                  QStringLiteral("full")})
{
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &BoardViewModel::updateClock);
    m_clockTimer.start();
}

void BoardViewModel::show(const BoardState &board)
{
    m_board = board;
    m_state = board.branchState();
    m_ready = true;
    const BoardCall *newest = board.newestCall();

    QList<QVariantMap> counters;
    for (const BoardCounter &c : board.counters()) {
        const CounterState state = c.shownState();
        counters.append({{QStringLiteral("number"), c.number},
                         {QStringLiteral("label"), counterLabel(c.number)},
                         {QStringLiteral("open"), state == CounterState::Open},
                         {QStringLiteral("onBreak"), state == CounterState::Paused},
                         {QStringLiteral("ticket"), c.ticketCode},
                         {QStringLiteral("serving"), c.serving},
                         {QStringLiteral("newest"), newest && newest->counterNumber == c.number
                                                            && newest->ticketId == c.ticketId}});
    }
    m_counters.setRows(counters);

    QList<QVariantMap> calls;
    for (const BoardCall &call : board.recentCalls()) {
        if (newest && call.ticketId == newest->ticketId)
            continue; // shown large above
        if (calls.size() == kPreviousCalls)
            break;
        calls.append({{QStringLiteral("ticket"), call.ticketCode},
                      {QStringLiteral("counter"), call.counterNumber},
                      {QStringLiteral("label"), counterLabel(call.counterNumber)},
                      {QStringLiteral("recall"), call.recall},
                      {QStringLiteral("time"), localTime(call.at)}});
    }
    m_previousCalls.setRows(calls);

    QList<QVariantMap> services;
    for (const BoardService &s : board.services()) {
        services.append({{QStringLiteral("code"), s.service.code},
                         {QStringLiteral("name"), s.service.displayName(currentLanguage())},
                         {QStringLiteral("waiting"), s.waiting},
                         {QStringLiteral("paused"), s.paused},
                         {QStringLiteral("full"), s.limitReached}});
    }
    m_services.setRows(services);

    emit boardChanged();
    updateClock();
}

void BoardViewModel::flash()
{
    ++m_callSerial;
    emit callFlashed();
}

void BoardViewModel::setAvailability(bool available, const QString &reason)
{
    if (available == m_available)
        return;
    m_available = available;
    if (!available)
        qCWarning(lcDisplay).noquote() << "showing the last known board; the database cannot be read:" << reason;
    emit availabilityChanged();
}

void BoardViewModel::updateClock()
{
    const QDateTime now = m_board.calendar().toLocal(m_clock.nowUtc());
    const QLocale locale = currentLocale();
    const QString time = locale.toString(now.time(), QLocale::ShortFormat);
    const QString date = locale.toString(now.date(), QStringLiteral("dddd, d MMMM yyyy"));
    if (time == m_timeText && date == m_dateText)
        return;
    m_timeText = time;
    m_dateText = date;
    emit clockChanged();
}

QString BoardViewModel::closedReason() const
{
    return m_state.detail;
}

QString BoardViewModel::stateNotice() const
{
    if (!m_ready || m_state.acceptsTickets() || m_board.showsClosedScreen())
        return {};
    // Past the last ticket, or closed while those inside are still served.
    return m_state.title + QStringLiteral(". ") + stillServedText();
}

QString BoardViewModel::nextOpeningDay() const
{
    const QDateTime next = m_board.nextOpening();
    if (!next.isValid())
        return {};
    const QDate day = m_board.calendar().toLocal(next).date();
    const QDate today = m_board.calendar().toLocal(m_board.now()).date();
    const QLocale locale = currentLocale();
    if (day == today)
        return tr("today");
    if (day == today.addDays(1))
        return tr("tomorrow, %1").arg(locale.toString(day, QStringLiteral("dddd, d MMMM")));
    return locale.toString(day, QStringLiteral("dddd, d MMMM yyyy"));
}

QString BoardViewModel::nextOpeningTime() const
{
    const QDateTime next = m_board.nextOpening();
    return next.isValid() ? localTime(next) : QString();
}

QString BoardViewModel::newestTicket() const
{
    const BoardCall *c = m_board.newestCall();
    return c ? c->ticketCode : QString();
}

int BoardViewModel::newestCounter() const
{
    const BoardCall *c = m_board.newestCall();
    return c ? c->counterNumber : 0;
}

QString BoardViewModel::newestCounterName() const
{
    const BoardCall *c = m_board.newestCall();
    return c ? counterLabel(c->counterNumber) : QString();
}

QString BoardViewModel::newestServiceName() const
{
    const BoardCall *c = m_board.newestCall();
    return c ? serviceName(c->serviceCode) : QString();
}

bool BoardViewModel::newestRecall() const
{
    const BoardCall *c = m_board.newestCall();
    return c && c->recall;
}

QString BoardViewModel::counterLabel(int number) const
{
    // "Teller 1" says something "Loket 1" does not; "Loket 1" under "LOKET 1" says nothing.
    const BoardCounter *c = m_board.counter(number);
    if (!c)
        return {};
    const CounterConfig *config = m_board.branch().counter(number);
    const QString name = (config ? config->displayName(currentLanguage()) : c->name).trimmed();
    for (const QString &plain : {QStringLiteral("Loket %1").arg(number), QStringLiteral("Counter %1").arg(number),
                                 QString::number(number)}) {
        if (name.compare(plain, Qt::CaseInsensitive) == 0)
            return {};
    }
    return name;
}

QString BoardViewModel::serviceName(const QString &code) const
{
    const ServiceConfig *s = m_board.branch().service(code);
    return s ? s->displayName(currentLanguage()) : code;
}

QString BoardViewModel::localTime(const QDateTime &utc) const
{
    return currentLocale().toString(m_board.calendar().toLocal(utc).time(), QLocale::ShortFormat);
}

} // namespace antrian::display
