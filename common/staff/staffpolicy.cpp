// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace antrian {

namespace {

// lupdate files these strings under "StaffPolicy", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffPolicy)
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// 1234, 6789, 9876, 3210: each digit one more (or one less) than the one before.
bool isStraightRun(const QString &digits)
{
    for (int step : {1, -1}) {
        bool run = true;
        for (qsizetype i = 1; i < digits.size() && run; ++i)
            run = digits.at(i).unicode() - digits.at(i - 1).unicode() == step;
        if (run)
            return true;
    }
    return false;
}

} // namespace

QString pinProblem(const QString &pin, const StaffPolicy &policy)
{
    const auto length = pin.size();
    if (length == 0)
        return Tr::tr("the PIN is empty; it must be %1 to %2 digits").arg(policy.minPinDigits).arg(policy.maxPinDigits);
    if (!std::all_of(pin.begin(), pin.end(), isAsciiDigit))
        return Tr::tr("the PIN must be digits 0-9 only");
    if (length < policy.minPinDigits || length > policy.maxPinDigits)
        return Tr::tr("the PIN has %n digit(s); it must have %1 to %2", nullptr, int(length))
                .arg(policy.minPinDigits)
                .arg(policy.maxPinDigits);
    if (pin.count(pin.at(0)) == length)
        return Tr::tr("the PIN repeats one digit (like 0000); choose a harder one");
    if (isStraightRun(pin))
        return Tr::tr("the PIN is a straight run (like 1234 or 9876); choose a harder one");
    return {};
}

QString usernameProblem(const QString &username)
{
    if (username.isEmpty())
        return Tr::tr("the username is empty");
    if (username.size() < 2 || username.size() > 32)
        return Tr::tr("the username \"%1\" must be 2 to 32 characters long").arg(username);
    if (!(username.at(0) >= u'a' && username.at(0) <= u'z'))
        return Tr::tr("the username \"%1\" must start with a lower-case letter a-z").arg(username);
    for (QChar c : username) {
        const bool allowed = (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'.' || c == u'_' || c == u'-';
        if (!allowed)
            return Tr::tr("the username \"%1\" may hold only lower-case letters a-z, digits, '.', '_' and '-'")
                    .arg(username);
    }
    return {};
}

QString fullNameProblem(const QString &fullName)
{
    const QString trimmed = fullName.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("the full name is empty; give it with --name \"Full Name\"");
    if (trimmed.size() > 80)
        return Tr::tr("the full name is longer than 80 characters");
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Tr::tr("the full name holds a line break or another control character");
    return {};
}

FailedAttempt afterWrongPin(int failedSoFar, const QDateTime &now, const StaffPolicy &policy)
{
    FailedAttempt a;
    const int failures = std::max(0, failedSoFar) + 1;
    if (failures >= policy.maxFailedAttempts) {
        a.failedAttempts = 0;
        a.lockedUntil = now.addSecs(qint64(policy.lockMinutes) * 60);
        a.attemptsLeft = 0;
    } else {
        a.failedAttempts = failures;
        a.attemptsLeft = policy.maxFailedAttempts - failures;
    }
    return a;
}

bool isSessionStale(const QDateTime &seenAt, const QDateTime &now, const StaffPolicy &policy)
{
    return !seenAt.isValid() || seenAt.secsTo(now) >= policy.staleSessionSeconds;
}

} // namespace antrian
