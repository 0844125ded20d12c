// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl staff ...: PINs from the terminal (echo off, asked twice) or one line of stdin,
// never from the arguments; the exit codes and what `staff list` shows.
#include "ctlfixture.h"

#include "staff/countersessions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace antrian;
using namespace antrian::test;

namespace {

// What `staff list --json` shows.
QJsonArray staffList(const CtlFixture &f)
{
    return f.json({"staff", "list"}).array();
}

// Runs antrianctl on a pseudo-terminal, typing each of `lines` when a prompt ends with
// ": ", and returns everything the terminal showed.
QByteArray runOnTerminal(const QStringList &args, const QList<QByteArray> &lines, int *exitCode)
{
    QList<QByteArray> argv{antrianctlPath().toLocal8Bit()};
    for (const QString &a : args)
        argv.append(a.toLocal8Bit());
    std::vector<char *> cargv;
    for (QByteArray &a : argv)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        execv(cargv[0], cargv.data());
        _exit(127);
    }
    QByteArray screen;
    qsizetype typed = 0;
    char buffer[512];
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(master, &fds);
        timeval tv{0, 100000};
        if (select(master + 1, &fds, nullptr, nullptr, &tv) > 0) {
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // the program ended and closed the terminal
            screen.append(buffer, n);
        }
        if (typed < lines.size() && screen.count(": ") > typed) {
            const QByteArray line = lines.at(typed++) + '\n';
            if (write(master, line.constData(), size_t(line.size())) < 0)
                break;
        }
    }
    // A program still waiting after 30 s has failed the test; it must not hang the suite.
    int status = 0;
    QElapsedTimer grace;
    grace.start();
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (grace.elapsed() > 5000) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        usleep(10000);
    }
    close(master);
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return screen;
}

} // namespace

class TestStaffCtl : public QObject
{
    Q_OBJECT

private slots:
    void addReadsThePinAsOneLineOfStdin();
    void pinIsNeverTakenFromTheArguments();
    void pinTypedAtATerminalIsNotShownAndIsAskedTwice();
    void twoDifferentPinsAtTheTerminalChangeNothing();
    void badInputExitsTwoAndAddsNothing_data();
    void badInputExitsTwoAndAddsNothing();
    void passwdSetsANewPinAndLiftsTheLock();
    void listShowsLocksAndWhoIsAtWhichCounter();
    void releaseLogsOutWhoeverHoldsTheCounter();
    void disabledAccountIsListedAsSuchAndCannotLogIn();
    void aSupervisorNamedByAsIsInTheEventAndAClerkIsRefused_data();
    void aSupervisorNamedByAsIsInTheEventAndAClerkIsRefused();
    void roleChangesTheRoleAndKeepsTheLastSupervisor();
    void disableLogsTheAccountOutAndSendsItsCalledTicketBack();
};

void TestStaffCtl::addReadsThePinAsOneLineOfStdin()
{
    CtlFixture f;
    const ProcessResult r = f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Added Siti Rahma (siti), staff."), r.out.constData());
    QVERIFY(!r.out.contains("4821") && !r.err.contains("4821"));
    QCOMPARE(f.ctlWithInput({"staff", "add", "budi", "--name", "Budi Santoso", "--role", "supervisor"}, "7390").exitCode, 0);
    const QJsonArray list = staffList(f);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value("role").toString(), QStringLiteral("supervisor"));
    // The PIN works: a login with it succeeds.
    auto db = Database::open(f.path());
    FixedClock clock(mondayMorning());
    QVERIFY(StaffAccounts(**db, clock).authenticate(QStringLiteral("siti"), QStringLiteral("4821")).ok());
}

void TestStaffCtl::pinIsNeverTakenFromTheArguments()
{
    CtlFixture f;
    const ProcessResult r = f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma", "--pin", "4821"}, "4821\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Unknown option 'pin'"));
    const ProcessResult extra = f.ctlWithInput({"staff", "add", "siti", "4821", "--name", "Siti Rahma"}, "4821\n");
    QCOMPARE(extra.exitCode, 2);
    QVERIFY(staffList(f).isEmpty());
}

void TestStaffCtl::pinTypedAtATerminalIsNotShownAndIsAskedTwice()
{
    CtlFixture f;
    int exitCode = -1;
    const QByteArray screen = runOnTerminal(f.base() + QStringList{"staff", "add", "siti", "--name", "Siti Rahma"},
                                            {"4821", "4821"}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(screen.contains("PIN for siti (4 to 8 digits): "), screen.constData());
    QVERIFY2(screen.contains("Type the PIN again: "), screen.constData());
    QVERIFY2(screen.contains("Added Siti Rahma (siti)"), screen.constData());
    QVERIFY2(!screen.contains("4821"), screen.constData()); // echo was off
    QCOMPARE(staffList(f).size(), 1);
}

void TestStaffCtl::twoDifferentPinsAtTheTerminalChangeNothing()
{
    CtlFixture f;
    int exitCode = -1;
    const QByteArray screen = runOnTerminal(f.base() + QStringList{"staff", "add", "siti", "--name", "Siti Rahma"},
                                            {"4821", "4812"}, &exitCode);
    QCOMPARE(exitCode, 2);
    QVERIFY2(screen.contains("the two PINs differ; nothing was changed"), screen.constData());
    QVERIFY(staffList(f).isEmpty());
}

void TestStaffCtl::badInputExitsTwoAndAddsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("weak pin") << QStringList{"staff", "add", "andi", "--name", "Andi"} << QByteArray("1234\n")
                              << QByteArray("straight run");
    QTest::newRow("no pin") << QStringList{"staff", "add", "andi", "--name", "Andi"} << QByteArray()
                            << QByteArray("no PIN on standard input");
    QTest::newRow("no name") << QStringList{"staff", "add", "andi"} << QByteArray("5821\n")
                             << QByteArray("full name is empty");
    QTest::newRow("bad role") << QStringList{"staff", "add", "andi", "--name", "Andi", "--role", "boss"}
                              << QByteArray("5821\n") << QByteArray("--role: expected staff or supervisor");
    QTest::newRow("bad username") << QStringList{"staff", "add", "Andi W", "--name", "Andi"} << QByteArray("5821\n")
                                  << QByteArray("must start with a lower-case letter");
    QTest::newRow("unknown subcommand") << QStringList{"staff", "remove", "andi"} << QByteArray()
                                        << QByteArray("usage: antrianctl staff add");
    QTest::newRow("passwd unknown") << QStringList{"staff", "passwd", "nobody"} << QByteArray("5821\n")
                                    << QByteArray("no staff account \"nobody\"");
}

void TestStaffCtl::badInputExitsTwoAndAddsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, pin);
    QFETCH(QByteArray, message);
    CtlFixture f;
    const ProcessResult r = f.ctlWithInput(args, pin);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(staffList(f).isEmpty());
}

void TestStaffCtl::passwdSetsANewPinAndLiftsTheLock()
{
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    auto db = Database::open(f.path());
    FixedClock clock(mondayMorning());
    StaffAccounts accounts(**db, clock);
    for (int i = 0; i < 5; ++i)
        (void)accounts.authenticate(QStringLiteral("siti"), QStringLiteral("1357"));
    QVERIFY(staffList(f).at(0).toObject().value("locked").toBool());
    const ProcessResult r = f.ctlWithInput({"staff", "passwd", "siti"}, "6142\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("any lock is lifted"));
    QVERIFY(!staffList(f).at(0).toObject().value("locked").toBool());
    QVERIFY(!accounts.authenticate(QStringLiteral("siti"), QStringLiteral("4821")).ok());
    QVERIFY(accounts.authenticate(QStringLiteral("siti"), QStringLiteral("6142")).ok());
}

void TestStaffCtl::listShowsLocksAndWhoIsAtWhichCounter()
{
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    QCOMPARE(f.ctlWithInput({"staff", "add", "budi", "--name", "Budi Santoso"}, "7390\n").exitCode, 0);
    auto db = Database::open(f.path());
    FixedClock clock(mondayMorning());
    CounterSessions sessions(**db, clock);
    QVERIFY(sessions.login(QStringLiteral("siti"), QStringLiteral("4821"), 3).ok());
    for (int i = 0; i < 5; ++i)
        (void)sessions.accounts().authenticate(QStringLiteral("budi"), QStringLiteral("1357"));

    const QJsonArray list = staffList(f);
    const QJsonObject budi = list.at(0).toObject();
    const QJsonObject siti = list.at(1).toObject();
    QCOMPARE(siti.value("counter").toInt(), 3);
    QCOMPARE(siti.value("since").toString(), QStringLiteral("2026-11-23T09:00:00+07:00"));
    QVERIFY(budi.value("locked").toBool());
    QCOMPARE(budi.value("lockedUntil").toString(), QStringLiteral("2026-11-23T09:05:00+07:00"));
    QVERIFY(budi.value("counter").isNull());
    const QByteArray text = f.ctl({"staff", "list"}).out;
    QVERIFY2(text.contains("locked until 09:05"), text.constData());
    QVERIFY2(text.contains("3 since 09:00"), text.constData());
}

void TestStaffCtl::releaseLogsOutWhoeverHoldsTheCounter()
{
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    const ProcessResult nobody = f.ctl({"staff", "release", "3"});
    QCOMPARE(nobody.exitCode, 3);
    QVERIFY(nobody.err.contains("nobody is logged in at counter 3"));
    QCOMPARE(f.ctl({"staff", "release", "9"}).exitCode, 2);

    auto db = Database::open(f.path());
    FixedClock clock(mondayMorning());
    CounterSessions sessions(**db, clock);
    QVERIFY(sessions.login(QStringLiteral("siti"), QStringLiteral("4821"), 3).ok());
    QCOMPARE(f.ctl({"issue", "B"}).exitCode, 0);
    QCOMPARE(f.ctl({"call", "3"}).exitCode, 0);
    const ProcessResult released = f.ctl({"staff", "release", "3"});
    QCOMPARE(released.exitCode, 0);
    QVERIFY2(released.out.contains("Siti Rahma (siti) is logged out"), released.out.constData());
    // The customer called never reached the desk: back in line, in their place.
    QVERIFY2(released.out.contains("B-001 is waiting again, in its place"), released.out.constData());
    QVERIFY(!sessions.sessionAt(3)->has_value());

    // A customer at the desk stays there for whoever logs in next.
    QVERIFY(sessions.login(QStringLiteral("siti"), QStringLiteral("4821"), 3).ok());
    QCOMPARE(f.ctl({"call", "3"}).exitCode, 0);
    QCOMPARE(f.ctl({"start", "3"}).exitCode, 0);
    const ProcessResult serving = f.ctl({"staff", "release", "3"});
    QCOMPARE(serving.exitCode, 0);
    QVERIFY2(serving.out.contains("It still holds B-001"), serving.out.constData());
    QVERIFY(!sessions.sessionAt(3)->has_value());
}

void TestStaffCtl::disabledAccountIsListedAsSuchAndCannotLogIn()
{
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    QCOMPARE(f.ctl({"staff", "disable", "siti"}).exitCode, 0);
    QCOMPARE(f.ctl({"staff", "disable", "siti"}).exitCode, 3);
    QVERIFY(f.ctl({"staff", "list"}).out.contains("disabled"));
    auto db = Database::open(f.path());
    FixedClock clock(mondayMorning());
    QVERIFY(!CounterSessions(**db, clock).login(QStringLiteral("siti"), QStringLiteral("4821"), 1).ok());
    QCOMPARE(f.ctl({"staff", "enable", "siti"}).exitCode, 0);
    QVERIFY(CounterSessions(**db, clock).login(QStringLiteral("siti"), QStringLiteral("4821"), 1).ok());
}

void TestStaffCtl::aSupervisorNamedByAsIsInTheEventAndAClerkIsRefused_data()
{
    // The supervisor's PIN is the first line of stdin; a new PIN, if asked, the second.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("after"); // stdin after the PIN of --as
    QTest::addColumn<QString>("kind");
    QTest::newRow("add") << QStringList{"staff", "add", "andi", "--name", "Andi Wijaya"} << QByteArray("5829\n")
                         << QStringLiteral("staff_added");
    QTest::newRow("disable") << QStringList{"staff", "disable", "eka"} << QByteArray() << QStringLiteral("staff_disabled");
    QTest::newRow("reset-pin") << QStringList{"staff", "reset-pin", "eka"} << QByteArray("6142\n")
                               << QStringLiteral("staff_pin_changed");
    QTest::newRow("role") << QStringList{"staff", "role", "eka", "supervisor"} << QByteArray()
                          << QStringLiteral("staff_role_changed");
    QTest::newRow("unlock") << QStringList{"staff", "unlock", "eka"} << QByteArray() << QStringLiteral("staff_unlocked");
}

void TestStaffCtl::aSupervisorNamedByAsIsInTheEventAndAClerkIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, after);
    QFETCH(QString, kind);
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    QCOMPARE(f.ctlWithInput({"staff", "add", "budi", "--name", "Budi Santoso", "--role", "supervisor"}, "7390\n").exitCode, 0);
    QCOMPARE(f.ctlWithInput({"staff", "add", "eka", "--name", "Eka Putri"}, "6031\n").exitCode, 0);
    auto db = Database::open(f.path());
    QVERIFY(db);
    auto eventsOf = [&] {
        QSqlQuery q = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ?"), {kind});
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int before = eventsOf();

    const ProcessResult clerk = f.ctlWithInput(args + QStringList{"--as", "siti"}, "4821\n" + after);
    QCOMPARE(clerk.exitCode, 3);
    QVERIFY2(clerk.err.contains("only a supervisor may manage staff accounts; siti is staff"), clerk.err.constData());
    QCOMPARE(eventsOf(), before);
    const ProcessResult wrongPin = f.ctlWithInput(args + QStringList{"--as", "budi"}, "1357\n" + after);
    QCOMPARE(wrongPin.exitCode, 3);
    QCOMPARE(eventsOf(), before);

    const ProcessResult supervisor = f.ctlWithInput(args + QStringList{"--as", "budi", "--json"}, "7390\n" + after);
    QVERIFY2(supervisor.exitCode == 0, supervisor.err.constData());
    QVERIFY(!supervisor.out.contains("7390") && !supervisor.err.contains("7390"));
    QSqlQuery q = (*db)->exec(QStringLiteral("SELECT detail FROM events WHERE kind = ? ORDER BY id DESC"), {kind});
    QVERIFY(q.next());
    const qint64 budi = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value("by").toInteger();
    QSqlQuery id = (*db)->exec(QStringLiteral("SELECT id FROM staff WHERE username = 'budi'"));
    QVERIFY(id.next());
    QCOMPARE(budi, id.value(0).toLongLong());
}

void TestStaffCtl::roleChangesTheRoleAndKeepsTheLastSupervisor()
{
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    QCOMPARE(f.ctlWithInput({"staff", "add", "budi", "--name", "Budi Santoso", "--role", "supervisor"}, "7390\n").exitCode, 0);
    const ProcessResult last = f.ctl({"staff", "role", "budi", "staff"});
    QCOMPARE(last.exitCode, 3);
    QVERIFY2(last.err.contains("Budi Santoso (budi) is the last supervisor of this branch"), last.err.constData());
    QCOMPARE(f.ctl({"staff", "role", "siti", "boss"}).exitCode, 2);
    const QJsonObject siti = f.json({"staff", "role", "siti", "supervisor"}).object();
    QCOMPARE(siti.value("role").toString(), QStringLiteral("supervisor"));
    const ProcessResult budi = f.ctl({"staff", "role", "budi", "staff"});
    QCOMPARE(budi.exitCode, 0);
    QVERIFY2(budi.out.contains("Budi Santoso (budi) is now staff."), budi.out.constData());
}

void TestStaffCtl::disableLogsTheAccountOutAndSendsItsCalledTicketBack()
{
    CtlFixture f;
    QCOMPARE(f.ctlWithInput({"staff", "add", "siti", "--name", "Siti Rahma"}, "4821\n").exitCode, 0);
    auto db = Database::open(f.path());
    FixedClock clock(mondayMorning());
    CounterSessions sessions(**db, clock);
    QVERIFY(sessions.login(QStringLiteral("siti"), QStringLiteral("4821"), 3).ok());
    QCOMPARE(f.ctl({"issue", "B"}).exitCode, 0);
    QCOMPARE(f.ctl({"call", "3"}).exitCode, 0);
    const ProcessResult disabled = f.ctl({"staff", "disable", "siti"});
    QCOMPARE(disabled.exitCode, 0);
    QVERIFY2(disabled.out.contains("They were logged out of counter 3, which is now closed."), disabled.out.constData());
    QVERIFY2(disabled.out.contains("B-001, called there but not started, is back at the front of its line."),
             disabled.out.constData());
    QVERIFY(!sessions.sessionAt(3)->has_value());
    const QJsonArray tickets = f.json({"tickets"}).array();
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.at(0).toObject().value("status").toString(), QStringLiteral("waiting"));
}

QTEST_GUILESS_MAIN(TestStaffCtl)
#include "tst_staffctl.moc"
