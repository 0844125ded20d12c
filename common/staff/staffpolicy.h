// SPDX-License-Identifier: GPL-3.0-or-later
// StaffPolicy: the rules for staff accounts and counter logins, in one place so tests and a
// branch can see them: what a PIN may be, how many wrong PINs lock an account and for how
// long, and when an abandoned counter session may be taken over.
#pragma once

#include "pinhash.h"

#include <QDateTime>
#include <QString>

namespace antrian {

struct StaffPolicy
{
    int minPinDigits = 4;
    int maxPinDigits = 8;
    // Consecutive wrong PINs that lock an account, and for how long. A success resets the
    // count; so does the lock itself, so after it ends there are again `maxFailedAttempts`.
    int maxFailedAttempts = 5;
    int lockMinutes = 5;
    int pinIterations = kPinIterations;
    // A counter app touches its session every `heartbeatSeconds`; a session not touched for
    // `staleSessionSeconds` belongs to an app that crashed or lost power, and the next
    // login at that counter (or by that person) takes it over instead of being refused.
    int heartbeatSeconds = 30;
    int staleSessionSeconds = 120;
};

// Why `pin` is not acceptable as a new PIN; empty when it is. Never repeats the PIN.
// ASCII digits only, minPinDigits..maxPinDigits long, not one digit repeated (0000) and
// not a straight run up or down (1234, 9876): the first guesses of anyone at the counter.
QString pinProblem(const QString &pin, const StaffPolicy &policy = {});

// Why `username` is not acceptable; empty when it is. 2-32 characters: lower-case letters,
// digits, '.', '_' or '-', starting with a letter (what staff type quickly, unambiguous).
QString usernameProblem(const QString &username);
// Why `fullName` is not acceptable; empty when it is (1-80 characters, no line breaks).
QString fullNameProblem(const QString &fullName);

// The account's state after one more wrong PIN at `now`.
struct FailedAttempt
{
    int failedAttempts = 0; // to store
    QDateTime lockedUntil;  // valid when this attempt locked the account
    int attemptsLeft = 0;   // before the lock; 0 when locked now
};
FailedAttempt afterWrongPin(int failedSoFar, const QDateTime &now, const StaffPolicy &policy = {});

// Whether a session last seen at `seenAt` is abandoned at `now`.
bool isSessionStale(const QDateTime &seenAt, const QDateTime &now, const StaffPolicy &policy = {});

} // namespace antrian
