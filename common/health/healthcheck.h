// SPDX-License-Identifier: GPL-3.0-or-later
// HealthCheck: one line of `antrianctl doctor`: what was checked, how it stands, what it means
// for the branch and what to do, in words a branch's IT person acts on; and the report of all
// of them as JSON with names that stay the same from release to release (scripts read them).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace antrian {

struct HealthCheck
{
    enum class Status {
        Ok,
        Warning, // works, but someone should look before it stops working
        Failed,  // this PC cannot do its job in the branch until it is fixed
        Skipped, // not checked: nothing to check on this PC, or an earlier check failed
    };

    QString name; // stable: "database", "disk", "schema", "printer", "sound", "speech", "timeZone", "clock"
    Status status = Status::Skipped;
    QString message; // translated: what is wrong, what it means, what to do
    QJsonObject detail = {}; // figures behind the message, for scripts

    static HealthCheck ok(QString name, QString message, QJsonObject detail = {});
    static HealthCheck warning(QString name, QString message, QJsonObject detail = {});
    static HealthCheck failed(QString name, QString message, QJsonObject detail = {});
    static HealthCheck skipped(QString name, QString message, QJsonObject detail = {});
};

// "ok", "warning", "failed", "skipped": the JSON's words.
QString statusKey(HealthCheck::Status status);

// Whether nothing failed (warnings alone leave a PC working).
bool healthOk(const QList<HealthCheck> &checks);

// {"ok": bool, "checks": [{"name", "status", "message", "detail"}]}
QJsonObject healthJson(const QList<HealthCheck> &checks);
// One line per check: "OK       database  ...", in the language installed now.
QString healthText(const QList<HealthCheck> &checks);

// What antrianctl doctor exits with when a check failed: none of the exit codes of a command
// that could not run (2 bad usage, 3 refused, 4 storage), so a script tells "doctor found a
// problem" from "doctor could not run".
inline constexpr int kHealthFailedExitCode = 5;

} // namespace antrian
