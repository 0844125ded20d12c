// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "staffpolicy.h"

#include "config/configloader.h"
#include "staff/countersessions.h"

#include <QTest>
#include <QTimeZone>

namespace antrian::test {

QDateTime jakarta(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Jakarta")).toUTC();
}

BranchConfig sampleBranch()
{
    auto config = ConfigLoader::fromFile(ConfigLoader::bundledSamplePath());
    if (!config)
        qFatal("bundled sample does not load: %s", qPrintable(config.error().message));
    return *config;
}

BranchConfig withRoomForEveryTicket(BranchConfig config)
{
    for (ServiceConfig &s : config.services)
        s.dailyLimit = 9999;
    return config;
}

BranchConfig smallBranch()
{
    BranchConfig c;
    c.name = QStringLiteral("Test Branch");
    c.calendar.timeZone = QTimeZone("Asia/Jakarta");
    c.calendar.lastTicketMinutesBeforeClose = 15;
    for (int day = 0; day < 6; ++day)
        c.calendar.weekly[day] = DayHours{8 * 60, 15 * 60};
    c.priorityReasons = {{QStringLiteral("elderly"), QStringLiteral("Lansia"), QStringLiteral("Elderly")}};
    auto service = [](const char *code, int minutes, bool priority) {
        ServiceConfig s;
        s.code = QString::fromLatin1(code);
        s.name = QStringLiteral("Service %1").arg(s.code);
        s.averageServiceMinutes = minutes;
        s.priority = priority;
        s.dailyLimit = 999;
        return s;
    };
    c.services = {service("A", 10, false), service("B", 4, false), service("P", 8, true)};
    auto counter = [](int number, QStringList services, CallPolicy policy) {
        CounterConfig k;
        k.number = number;
        k.name = QStringLiteral("Loket %1").arg(number);
        k.services = services;
        k.policy = policy;
        return k;
    };
    c.counters = {counter(1, {QStringLiteral("A")}, CallPolicy::OldestFirst),
                  counter(2, {QStringLiteral("A"), QStringLiteral("B")}, CallPolicy::OldestFirst),
                  counter(3, {QStringLiteral("B"), QStringLiteral("A")}, CallPolicy::ServiceOrder),
                  counter(4, {QStringLiteral("P"), QStringLiteral("A")}, CallPolicy::ServiceOrder)};
    return c;
}

Fixture::Fixture(const BranchConfig &config, const QDateTime &now)
    : m_path(freshDatabaseLocation(m_dir)), m_clock(now)
{
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("cannot create test database: %s", qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_engine = std::make_unique<QueueEngine>(*m_db, m_clock);
    if (Outcome r = m_engine->importConfig(config); !r)
        qFatal("cannot import test branch: %s", qPrintable(r.error().message));
}

Ticket Fixture::issue(const QString &service, const IssueOptions &options)
{
    auto issued = m_engine->issue(service, options);
    if (!issued) {
        QTest::qFail(qPrintable(QStringLiteral("issue %1 refused: %2").arg(service, issued.error().message)), __FILE__,
                     __LINE__);
        return {};
    }
    return issued->ticket;
}

void Fixture::staff(const QList<int> &counters)
{
    CounterSessions sessions(*m_db, m_clock, quickPolicy());
    for (int number : counters) {
        const QString username = QStringLiteral("staff%1").arg(number);
        auto added = sessions.accounts().add({username, QStringLiteral("Staff %1").arg(number), StaffRole::Staff},
                                             QStringLiteral("4821"));
        auto in = added ? sessions.login(username, QStringLiteral("4821"), number) : Result<CounterSession>(added.error());
        if (!in)
            QTest::qFail(qPrintable(QStringLiteral("login at counter %1 refused: %2").arg(number).arg(in.error().message)),
                         __FILE__, __LINE__);
    }
}

QString antrianctlPath()
{
    return QStringLiteral(ANTRIANCTL_PATH);
}

QString streamWriterPath()
{
    return QStringLiteral(STREAM_WRITER_PATH);
}

ProcessResult runCtl(const QStringList &args, const RunOptions &options)
{
    return runProgram(antrianctlPath(), args, options);
}

} // namespace antrian::test
