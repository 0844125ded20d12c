// SPDX-License-Identifier: GPL-3.0-or-later
#include "floormodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCounterFloor, "antrian.counter.floor", QtInfoMsg)

namespace antrian::counter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FloorModel)
};

Result<FloorView> readView(SupervisorTools &t)
{
    auto branch = t.engine.branch();
    if (!branch)
        return branch.error();
    auto floor = t.floor.read();
    if (!floor)
        return floor.error();
    auto followUps = t.engine.followUps();
    if (!followUps)
        return followUps.error();
    QHash<qint64, QString> names;
    if (!followUps->isEmpty()) {
        auto staff = t.accounts.list();
        if (!staff)
            return staff.error();
        for (const StaffMember &m : *staff)
            names.insert(m.id, m.fullName.isEmpty() ? m.username : m.fullName);
    }
    FloorView view{*floor, {}, branch->config};
    for (const Ticket &ticket : *followUps)
        view.followUps.append({ticket, names.value(ticket.staffId)});
    return view;
}

// On PostgreSQL only a supervisor PC's role may write floor_alerts (storage/roles.cpp): a counter
// PC's read of the floor is refused by the server. Not an outage: the database is there.
bool mayNotManageFloor(const Error &error)
{
    return error.kind == Error::Kind::Storage && error.message.contains(QLatin1String("permission denied"), Qt::CaseInsensitive);
}

} // namespace

FloorModel::FloorModel(CounterBackend &backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kDefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &FloorModel::refresh);
    // Any event may change a figure of the floor: one read for the whole batch.
    connect(&m_backend.feed(), &ChangeFeed::eventsArrived, this, [this] { refresh(); });
}

void FloorModel::begin(const StaffMember &supervisor)
{
    m_supervisor = supervisor;
    m_hasView = false;
    m_message.clear();
    m_messageIsError = false;
    m_timer->start();
    refresh();
    emit changed();
}

void FloorModel::end()
{
    m_supervisor = {};
    m_timer->stop();
    m_hasView = false;
    m_view = {};
    m_message.clear();
    emit changed();
}

void FloorModel::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

int FloorModel::refreshInterval() const
{
    return m_timer->interval();
}

QString FloorModel::explain(const Error &error)
{
    if (mayNotManageFloor(error))
        return Tr::tr("This PC's database account may not manage the floor; use the supervisor PC.");
    return error.message;
}

void FloorModel::setMessage(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    m_messageFromRead = false;
    emit changed();
}

void FloorModel::refresh()
{
    if (!isActive())
        return;
    if (m_readInFlight) {
        m_readAgain = true;
        return;
    }
    m_readInFlight = true;
    m_backend.supervisor().run<Result<FloorView>>(readView, this, [this](Result<FloorView> r) {
        m_readInFlight = false;
        if (r)
            m_backend.watch().succeeded(DatabaseWatch::Access::Read);
        else if (!mayNotManageFloor(r.error()))
            m_backend.watch().failed(DatabaseWatch::Access::Read, r.error());
        if (isActive()) {
            if (r) {
                m_view = *r;
                m_hasView = true;
                if (m_messageFromRead)
                    m_message.clear(); // a failed read's reason is over once a read works
                m_messageFromRead = false;
            } else {
                qCWarning(lcCounterFloor) << "cannot read the floor:" << r.error().message;
                m_message = explain(r.error());
                m_messageIsError = true;
                m_messageFromRead = true;
            }
            emit changed();
        }
        if (m_readAgain) {
            m_readAgain = false;
            refresh();
        }
    });
}

template<typename R>
void FloorModel::act(std::function<R(SupervisorTools &, qint64)> job, std::function<QString(const R &)> done)
{
    if (!isActive())
        return;
    ++m_actionsInFlight;
    const qint64 by = m_supervisor.id;
    m_backend.supervisor().run<R>([job, by](SupervisorTools &t) { return job(t, by); }, this, [this, done](R r) {
        --m_actionsInFlight;
        if (r)
            m_backend.watch().succeeded(DatabaseWatch::Access::Write);
        else if (!mayNotManageFloor(r.error()))
            m_backend.watch().failed(DatabaseWatch::Access::Write, r.error());
        if (!isActive())
            return;
        if (r)
            setMessage(done(r), false);
        else
            setMessage(explain(r.error()), true);
        refresh(); // the feed says so too; this also covers a change that recorded no event
    });
}

void FloorModel::handleAlert(qint64 alertId)
{
    act<Outcome>([alertId](SupervisorTools &t, qint64 by) { return t.floor.handle(alertId, by); },
                 [](const Outcome &) { return Tr::tr("Alert marked handled."); });
}

void FloorModel::setServicePaused(const QString &serviceCode, bool pause)
{
    act<Outcome>(
            [serviceCode, pause](SupervisorTools &t, qint64 by) {
                return pause ? t.engine.pauseService(serviceCode, by) : t.engine.resumeService(serviceCode, by);
            },
            [serviceCode, pause](const Outcome &) {
                return pause ? Tr::tr("Service %1 is paused: the kiosk issues no tickets for it. Those waiting are still called.")
                                       .arg(serviceCode)
                             : Tr::tr("Service %1 is open again.").arg(serviceCode);
            });
}

void FloorModel::releaseCounter(int counter)
{
    act<Result<CounterRelease>>([counter](SupervisorTools &t, qint64 by) { return t.engine.releaseCounter(counter, by); },
                                [counter](const Result<CounterRelease> &r) {
                                    QString text = r->staffId > 0
                                            ? Tr::tr("Counter %1 released: %2 is logged out there.").arg(counter).arg(r->staffName)
                                            : Tr::tr("Counter %1 released.").arg(counter);
                                    if (r->putBack)
                                        text += u' ' + Tr::tr("%1 is waiting again, in its place.").arg(r->putBack->code);
                                    if (r->stillServing)
                                        text += u' ' + Tr::tr("%1 stays at the counter for whoever logs in there next.")
                                                               .arg(r->stillServing->code);
                                    return text;
                                });
}

void FloorModel::sendWaiting(const QString &fromService, const QString &toService)
{
    act<Result<QList<Ticket>>>(
            [fromService, toService](SupervisorTools &t, qint64 by) { return t.engine.sendWaiting(fromService, toService, by); },
            [fromService, toService](const Result<QList<Ticket>> &r) {
                return Tr::tr("%n waiting ticket(s) sent from %1 to %2.", nullptr, int(r->size())).arg(fromService, toService);
            });
}

void FloorModel::closeFollowUp(const QString &code)
{
    act<Result<Ticket>>([code](SupervisorTools &t, qint64 by) { return t.engine.closeFollowUp(code, by); },
                        [code](const Result<Ticket> &) { return Tr::tr("Follow-up of %1 closed.").arg(code); });
}

} // namespace antrian::counter
