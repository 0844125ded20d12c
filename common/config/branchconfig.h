// SPDX-License-Identifier: GPL-3.0-or-later
// BranchConfig: the setup of one branch (services, counters, calendar, settings) as value
// types. It is read from a config file by ConfigLoader, stored by BranchStore, and the
// database copy is the one every app uses.
#pragma once

#include "core/vocabulary.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace antrian {

// How a counter picks the next ticket among its services (after priority tickets).
enum class CallPolicy {
    OldestFirst,  // the ticket waiting longest across all its services
    ServiceOrder, // its first service until empty, then the next
};
// As stored and configured: "oldest", "service_order".
QString callPolicyKey(CallPolicy policy);
std::optional<CallPolicy> callPolicyFromKey(QStringView key);
QStringList callPolicyKeys();

// What happens to tickets still waiting when the business day ends.
enum class EndOfDay {
    Expire, // they become "expired" (kept, never deleted); numbering restarts either way
    Keep,   // they keep their place and are called the next business day
};
// As stored and configured: "expire", "keep".
QString endOfDayKey(EndOfDay mode);
std::optional<EndOfDay> endOfDayFromKey(QStringView key);
QStringList endOfDayKeys();

// What the customer-facing pad asks after service (the branch object's "rating").
enum class RatingMode {
    Faces, // one touch on five faces: a score 1..5 on the ticket
    Skm,   // the nine-element Survei Kepuasan Masyarakat (Permenpan RB 14/2017), each 1..4
    Off,   // nothing is asked
};
// As stored and configured: "faces", "skm", "off".
QString ratingModeKey(RatingMode mode);
std::optional<RatingMode> ratingModeFromKey(QStringView key);
QStringList ratingModeKeys();

struct ServiceConfig
{
    QString code;           // one capital letter: the ticket prefix ("A")
    QString name;           // Indonesian
    QString nameEn;
    QString description;    // Indonesian, one short line for the kiosk button
    QString descriptionEn;
    int dailyLimit = 999;   // tickets per business day
    int averageServiceMinutes = 10; // used for the wait estimate until there is history
    bool priority = false;  // every ticket of this service is a priority ticket
    bool active = true;     // inactive services are kept for history but issue nothing
    bool outcomeRequired = false; // a ticket of it is finished only with an outcome
    // Service standards (the supervisor's floor): a customer should be called within
    // targetWaitMinutes, targetPercent of them at least, and served within targetServiceMinutes.
    int targetWaitMinutes = 15;
    int targetPercent = 80;
    int targetServiceMinutes = 20; // the loader's default: twice averageServiceMinutes

    QString displayName(const QString &lang) const { return lang == u"en" && !nameEn.isEmpty() ? nameEn : name; }
    QString displayDescription(const QString &lang) const
    {
        return lang == u"en" && !descriptionEn.isEmpty() ? descriptionEn : description;
    }
};

struct CounterConfig
{
    int number = 0;         // what the customer hears: "loket tiga"
    QString name;           // "Loket 3"
    QString nameEn;         // "Counter 3"; empty: the same name in English
    QStringList services;   // service codes, in the counter's order
    CallPolicy policy = CallPolicy::OldestFirst;
    bool active = true;

    QString displayName(const QString &lang) const { return lang == u"en" && !nameEn.isEmpty() ? nameEn : name; }
};

// A reason a customer may take a priority ticket: elderly, disabled, pregnant, ...
struct PriorityReason
{
    QString code;
    QString name;
    QString nameEn;
};

// How a served visit ended, chosen at finish: "selesai" (resolved), "perlu_tindak_lanjut"
// (resolved later: it goes on the supervisor's follow-up list), "dirujuk" (referred elsewhere).
struct ServiceOutcome
{
    QString code;          // lower-case word, stored on the ticket
    QString name;          // Indonesian
    QString nameEn;
    bool resolved = false; // counts as a problem solved (the resolution rate)
    bool followUp = false; // the ticket stays on the follow-up list until closed

    QString displayName(const QString &lang) const { return lang == u"en" && !nameEn.isEmpty() ? nameEn : name; }
};

// Opening hours of one day as minutes from local midnight; closeMinute may be 1440.
struct DayHours
{
    int openMinute = -1;
    int closeMinute = -1;
    bool isOpen() const { return openMinute >= 0 && closeMinute > openMinute; }
    static DayHours closed() { return {}; }
};

// A date that differs from the weekly hours: a holiday (closed) or a special day.
struct CalendarDay
{
    QDate date;
    QString name;
    DayHours hours; // closed for a holiday
};

struct CalendarConfig
{
    QTimeZone timeZone = QTimeZone("Asia/Jakarta");
    std::array<DayHours, 7> weekly{}; // Monday first, as QDate::dayOfWeek() - 1
    int lastTicketMinutesBeforeClose = 0;
    QMap<QDate, CalendarDay> days;
};

struct BranchConfig
{
    QString name;
    QString code;
    QString language = QStringLiteral("id");             // default language of the apps
    QString announcementLanguage = QStringLiteral("id"); // language the display speaks
    QString runningText;                                 // notice line on the lobby TV
    QString runningTextEn;                               // the same in English; empty: none
    // A folder of recorded WAV clips the display announces with (see resources/voicepack);
    // relative to the config file when imported; empty: the synthesised voice alone.
    QString voicePack;
    EndOfDay endOfDay = EndOfDay::Expire;
    int noShowReinstateMinutes = 15;
    RatingMode rating = RatingMode::Faces;
    int breakLimitMinutes = 15; // a counter on a break longer than this is an alert on the floor
    CalendarConfig calendar;
    QList<PriorityReason> priorityReasons;
    QList<ServiceConfig> services;
    QList<CounterConfig> counters;
    QList<ServiceOutcome> outcomes; // in the order the counter offers them

    QString displayRunningText(const QString &lang) const
    {
        return lang == u"en" && !runningTextEn.isEmpty() ? runningTextEn : runningText;
    }

    const ServiceConfig *service(const QString &code) const;
    const CounterConfig *counter(int number) const;
    const ServiceOutcome *outcome(const QString &code) const;
    // Active counters that serve `serviceCode`.
    QList<int> countersServing(const QString &serviceCode) const;
};

} // namespace antrian
