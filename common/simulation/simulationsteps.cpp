// SPDX-License-Identifier: GPL-3.0-or-later
// What each event of a simulated day does, through the real engine and staff sessions.
#include "branchsimulator_p.h"

#include "storage/database.h"

namespace antrian::simulation_detail {

namespace {

// A refusal the simulation did not expect is a bug in it or in the engine: stop and say so.
template<typename T>
Outcome expected(const Result<T> &r, const char *what, int counter)
{
    if (r)
        return Done{};
    return Error{r.error().kind, Tr::tr("simulation, %1 at counter %2: %3").arg(QLatin1String(what)).arg(counter).arg(r.error().message)};
}

} // namespace

Outcome Run::handle(const Event &e)
{
    Desk *desk = e.desk >= 0 ? &m_desks[e.desk] : nullptr;
    const int number = desk ? desk->counter.number : 0;
    const qint64 staff = desk ? desk->session.staffId : 0;
    switch (e.step) {
    case Step::Login: {
        auto session = m_sessions->login(desk->username, QString::fromLatin1(BranchSimulator::kSimulationPin), number);
        if (Outcome ok = expected(session, "login", number); !ok)
            return ok;
        desk->session = *session;
        desk->loggedIn = true;
        schedule(m_now, Step::Ready, e.desk);
        return Done{};
    }
    case Step::Arrive: {
        IssueOptions options;
        if (e.priority)
            options.priorityReason = m_config.priorityReasons.first().code;
        auto issued = m_engine.issue(e.text, options);
        if (!issued) {
            if (issued.error().kind != Error::Kind::Refused)
                return issued.error();
            ++m_summary.refusedByLimit; // the service's daily limit
            return Done{};
        }
        ++m_summary.tickets;
        ++m_summary.ticketsPerService[e.text];
        wakeOne(e.text);
        return Done{};
    }
    case Step::Ready: {
        if (!desk->breaksDue.isEmpty() && desk->breaksDue.first() <= m_now && m_now < m_cutoff) {
            desk->breaksDue.removeFirst();
            if (Outcome ok = m_engine.pauseCounter(number, staff); !ok)
                return expected(ok, "pause", number);
            desk->paused = true;
            ++m_summary.breaks;
            schedule(m_now + static_cast<Ms>(m_draw.lognormal(11.0, 0.25) * kMinute), Step::BreakEnd, e.desk);
            return Done{};
        }
        auto called = m_engine.callNext(number, staff);
        if (!called) {
            if (called.error().kind != Error::Kind::Refused)
                return called.error();
            if (m_now >= m_cutoff) {
                if (Outcome out = m_sessions->logout(desk->session); !out)
                    return expected(out, "logout", number);
                desk->loggedIn = false;
            } else {
                desk->idle = true;
            }
            return Done{};
        }
        if (m_draw.chance(m_options.noShowShare))
            schedule(m_now + kMinute, Step::Recall, e.desk);
        else
            schedule(m_now + walk(), Step::Start, e.desk);
        return Done{};
    }
    case Step::Recall:
        if (Outcome ok = expected(m_engine.recall(number, staff), "recall", number); !ok)
            return ok;
        schedule(m_now + kMinute, Step::NoShow, e.desk);
        return Done{};
    case Step::NoShow:
        if (Outcome ok = expected(m_engine.markNoShow(number, staff), "no-show", number); !ok)
            return ok;
        ++m_summary.noShows;
        schedule(m_now + gap(), Step::Ready, e.desk);
        return Done{};
    case Step::Start: {
        auto started = m_engine.start(number, staff);
        if (Outcome ok = expected(started, "start", number); !ok)
            return ok;
        const Ms service = static_cast<Ms>(m_draw.lognormal(serviceMinutes(started->serviceCode), m_options.serviceSigma) * kMinute);
        schedule(m_now + std::max<Ms>(service, 10 * kSecond), Step::Finish, e.desk, started->serviceCode);
        return Done{};
    }
    case Step::Finish: {
        QStringList others = m_services;
        others.removeAll(e.text);
        if (m_now < m_cutoff && !others.isEmpty() && m_draw.chance(m_options.transferShare)) {
            const QString to = others.at(m_draw.index(static_cast<int>(others.size())));
            if (Outcome ok = expected(m_engine.transfer(number, {to, 0}, staff), "transfer", number); !ok)
                return ok;
            ++m_summary.transfers;
            wakeOne(to);
            schedule(m_now + gap(), Step::Ready, e.desk);
            return Done{};
        }
        FinishOptions options;
        if (!m_config.outcomes.isEmpty()) {
            const int n = static_cast<int>(m_config.outcomes.size());
            options.outcome = m_config.outcomes.at(n == 1 || m_draw.chance(0.85) ? 0 : 1 + m_draw.index(n - 1)).code;
        }
        auto finished = m_engine.finish(number, staff, options);
        if (Outcome ok = expected(finished, "finish", number); !ok)
            return ok;
        ++m_summary.served;
        if (m_config.rating != RatingMode::Off && m_draw.chance(m_options.ratingShare))
            schedule(m_now + static_cast<Ms>(m_draw.between(3, 25) * kSecond), Step::Rate, -1, finished->code);
        schedule(m_now + gap(), Step::Ready, e.desk);
        return Done{};
    }
    case Step::Rate: {
        Result<Ticket> rated = Error::storage({});
        if (m_config.rating == RatingMode::Skm) {
            QList<int> answers;
            for (int i = 0; i < kSkmElementCount; ++i)
                answers.append(m_draw.chance(0.1) ? 2 : m_draw.chance(0.55) ? 3 : 4);
            rated = m_engine.rateSkm(e.text, answers);
        } else {
            const double u = m_draw.uniform();
            rated = m_engine.rate(e.text, u < 0.45 ? 5 : u < 0.80 ? 4 : u < 0.92 ? 3 : u < 0.97 ? 2 : 1);
        }
        if (Outcome ok = expected(rated, "rating", 0); !ok)
            return ok;
        ++m_summary.ratings;
        return Done{};
    }
    case Step::BreakDue:
        if (desk->loggedIn && desk->idle && !desk->paused) {
            desk->idle = false;
            schedule(m_now, Step::Ready, e.desk);
        }
        return Done{};
    case Step::BreakEnd:
        if (Outcome ok = m_engine.resumeCounter(number, staff); !ok)
            return expected(ok, "resume", number);
        desk->paused = false;
        schedule(m_now, Step::Ready, e.desk);
        return Done{};
    case Step::Cutoff:
        // Nothing new will come: the idle counters finish their day.
        for (int i = 0; i < m_desks.size(); ++i) {
            if (m_desks[i].loggedIn && m_desks[i].idle) {
                m_desks[i].idle = false;
                schedule(m_now, Step::Ready, i);
            }
        }
        return Done{};
    }
    return Done{};
}

} // namespace antrian::simulation_detail
