// SPDX-License-Identifier: GPL-3.0-or-later
// BranchSimulator: fills a database with realistic days of a branch through the real queue
// engine and the real staff sessions, so every rule of the queue holds in what it writes. A
// discrete-event loop per open business day of the branch's calendar, on a FixedClock set
// before each call; one std::mt19937_64 seeded once, no wall clock: the same seed, config and
// dates give the same tickets, codes and times.
//
// What a day holds (the choices, so a reader of its reports knows them):
// - Arrivals: a Poisson process per service whose rate is constant within each local hour and
//   follows ArrivalShape (morning peak, lunch dip, afternoon peak; Mondays and paydays busier),
//   from opening to the last-ticket cutoff. The services share arrivals in proportion to the
//   counters the config gives them (a counter of k services gives each 1/k) over their mean
//   time at a counter, so every counter group is about equally loaded.
// - Scale: by default an ordinary day's busiest hour offers peakLoad (0.82) of the staffed
//   counters' capacity: busy, not saturated, and a Monday payday runs over for a while.
//   ticketsPerDay instead fixes the expected tickets of an ordinary full-length day.
// - Service time: lognormal with mean = the service's averageServiceMinutes and shape
//   sigma 0.5 (about 5% run past targetServiceMinutes when the target is twice the average).
// - Walk from the call to the desk 15-45 s; 5-20 s between a finish and the next call.
// - 4% of calls are no-shows (recalled after 60 s, marked no-show 60 s later); 2% of services
//   end in a transfer to another staffed service (never after the last-ticket cutoff, so no
//   ticket is left waiting); 65% of finished tickets are rated (faces or SKM, by the branch's
//   mode); every finish carries an outcome where the config has outcomes (the first 85%).
// - Staff: one person per staffed counter per day, logged in 5-1 minutes before opening and
//   out when nothing is left to call after the cutoff, from a pool of simulation accounts
//   (sim01, sim02, ...; made once, reused by later runs). One or two breaks each, a pause of
//   about 11 minutes (9% run past a 15-minute break limit).
#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace antrian {

class Database;

// What the simulator has done when it tells its progress (after each calendar month).
struct SimulationProgress
{
    QDate month;          // the first of the month just simulated
    int openDays = 0;     // of that month
    qint64 tickets = 0;   // of that month
    qint64 totalTickets = 0;
};

struct SimulationOptions
{
    QDate from;
    QDate to;
    quint64 seed = 1;
    // Scale: 0 derives the arrival rate from peakLoad.
    int ticketsPerDay = 0;
    double peakLoad = 0.82;
    // Counters staffed (each with its configured services); empty: every active counter.
    QList<int> counters;

    // The texture of a real day. An idealQueue() turns it off, for a check against Erlang C.
    double walkSecondsMin = 15;
    double walkSecondsMax = 45;
    double gapSecondsMin = 5;
    double gapSecondsMax = 20;
    double noShowShare = 0.04;
    double transferShare = 0.02;
    double priorityShare = 0.02; // tickets taken with a priority reason, where the config has reasons
    double ratingShare = 0.65;
    bool breaks = true;
    double serviceSigma = 0.5;           // lognormal shape; 0 draws exponential service times
    QHash<QString, double> serviceMinutes; // mean per service code, instead of the config's average
    // When set, these arrivals per hour per service code in every open hour, with no hourly
    // shape and no day factors (other services get none).
    QHash<QString, double> flatArrivalsPerHour;

    // Told after each simulated calendar month (and the last, partial one).
    std::function<void(const SimulationProgress &)> progress;

    // No walk, no gap, no no-shows, no transfers, no breaks, exponential service: the M/M/c
    // queue Erlang C describes.
    static SimulationOptions idealQueue(const QDate &from, const QDate &to);
};

struct SimulationSummary
{
    int openDays = 0;
    int closedDays = 0;
    qint64 tickets = 0;
    QMap<QString, qint64> ticketsPerService; // by the service a ticket was issued for
    qint64 served = 0;
    qint64 noShows = 0;
    qint64 transfers = 0;
    qint64 ratings = 0;
    qint64 breaks = 0;
    qint64 refusedByLimit = 0; // arrivals turned away by a service's daily limit
    qint64 staffAccountsMade = 0;
};

class BranchSimulator
{
public:
    // A PIN hash of simulation accounts. Their PIN is no secret (they exist to be logged in by
    // this class, thousands of times): a cheap hash keeps each login under a millisecond where
    // kPinIterations costs 0.19 s. Never used for a person's account.
    static constexpr int kSimulationPinIterations = 1000;
    static constexpr const char *kSimulationPin = "2580";

    explicit BranchSimulator(Database &db);

    // Simulates every date from..to. Refused (nothing written) when the database already holds
    // tickets of one of those dates, or a counter to staff is held by someone.
    Result<SimulationSummary> run(const SimulationOptions &options);

private:
    Database &m_db;
};

} // namespace antrian
