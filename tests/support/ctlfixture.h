// SPDX-License-Identifier: GPL-3.0-or-later
// A database initialised through antrianctl itself, as an installer does it, and antrianctl run
// on it the way the command-line suites need it: --db, a fixed --now, English messages, --json
// parsed. One fixture for tst_antrianctl, tst_staffctl, tst_crash and tst_concurrency.
#pragma once

#include "testsupport.h"

#include <QJsonDocument>

namespace antrian::test {

// Monday 23 November 2026, 09:00 in Jakarta, as antrianctl's --now takes it.
inline const QString kCtlMonday = QStringLiteral("2026-11-23T09:00:00+07:00");

class CtlFixture
{
public:
    // `config`: a branch config's JSON, written once into the fixture's folder and imported by
    // `init --config` at `now`; empty: a plain `init` with the bundled sample branch. An init
    // that fails fails the running test (in init(), the test function is then not run).
    explicit CtlFixture(const QByteArray &config = {}, const QString &now = kCtlMonday);

    QString path() const { return m_path; } // the database, for --db
    QString dir() const { return m_dir.path(); }
    QTemporaryDir &folder() { return m_dir; }
    QString configPath() const { return m_config; } // empty: the sample branch
    bool ok() const { return m_ok; }

    // What every call starts with: --db, --now (`now`, or the fixture's), --lang en.
    QStringList base(const QString &now = {}) const;
    ProcessResult ctl(const QStringList &args, const QString &now = {}) const;
    // antrianctl with `input` on its stdin (a pipe, not a terminal).
    ProcessResult ctlWithInput(const QStringList &args, const QByteArray &input) const;
    // The --json output of `args`.
    QJsonDocument json(const QStringList &args, const QString &now = {}) const;

    // Someone logs in at each of `counters` (a counter is open only while someone is), as the
    // counter app would: antrianctl has no login.
    void staff(const QList<int> &counters);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_now;
    QString m_config;
    bool m_ok = false;
};

} // namespace antrian::test
