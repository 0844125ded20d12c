// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchconfig.h"

namespace antrian {

namespace {
constexpr Words<CallPolicy, 2> kCallPolicies{{
        {CallPolicy::OldestFirst, u"oldest"},
        {CallPolicy::ServiceOrder, u"service_order"},
}};
constexpr Words<EndOfDay, 2> kEndOfDay{{
        {EndOfDay::Expire, u"expire"},
        {EndOfDay::Keep, u"keep"},
}};
constexpr Words<RatingMode, 3> kRatingModes{{
        {RatingMode::Faces, u"faces"},
        {RatingMode::Skm, u"skm"},
        {RatingMode::Off, u"off"},
}};
} // namespace

QString callPolicyKey(CallPolicy policy) { return wordOf(kCallPolicies, policy); }
std::optional<CallPolicy> callPolicyFromKey(QStringView key) { return valueOf(kCallPolicies, key); }
QStringList callPolicyKeys() { return allWords(kCallPolicies); }

QString endOfDayKey(EndOfDay mode) { return wordOf(kEndOfDay, mode); }
std::optional<EndOfDay> endOfDayFromKey(QStringView key) { return valueOf(kEndOfDay, key); }
QStringList endOfDayKeys() { return allWords(kEndOfDay); }

QString ratingModeKey(RatingMode mode) { return wordOf(kRatingModes, mode); }
std::optional<RatingMode> ratingModeFromKey(QStringView key) { return valueOf(kRatingModes, key); }
QStringList ratingModeKeys() { return allWords(kRatingModes); }

const ServiceConfig *BranchConfig::service(const QString &code) const
{
    for (const ServiceConfig &s : services) {
        if (s.code.compare(code, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const CounterConfig *BranchConfig::counter(int number) const
{
    for (const CounterConfig &c : counters) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

const ServiceOutcome *BranchConfig::outcome(const QString &code) const
{
    for (const ServiceOutcome &o : outcomes) {
        if (o.code == code)
            return &o;
    }
    return nullptr;
}

QList<int> BranchConfig::countersServing(const QString &serviceCode) const
{
    QList<int> numbers;
    for (const CounterConfig &c : counters) {
        if (c.active && c.services.contains(serviceCode))
            numbers.append(c.number);
    }
    return numbers;
}

} // namespace antrian
