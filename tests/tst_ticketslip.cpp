// SPDX-License-Identifier: GPL-3.0-or-later
// TicketSlip: what a printed ticket says, built from a ticket the engine really issued.
#include "testsupport.h"

#include "core/translation.h"
#include "printing/ticketslip.h"

#include <QTest>

using namespace antrian;
using namespace antrian::test;

class TestTicketSlip : public QObject
{
    Q_OBJECT

private slots:
    void init() { installTranslations(QStringLiteral("en")); }
    void slipCarriesBranchServiceCodeAheadWaitAndTime();
    void firstInLineIsToldSo();
    void priorityReasonIsNamedInTheSlipLanguage();
    void priorityServiceNeedsNoExtraLine();
    void timeIsTheBranchsLocalTimeWhateverTheMachineZone();
    void validityFollowsTheBranchEndOfDay();
};

void TestTicketSlip::slipCarriesBranchServiceCodeAheadWaitAndTime()
{
    Fixture f(sampleBranch(), jakarta(2026, 11, 23, 9, 41));
    f.staff({4});
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    auto issued = f.engine().issue(QStringLiteral("A"));
    QVERIFY(issued.ok());
    const TicketSlip s = TicketSlip::build(*issued, sampleBranch());
    QCOMPARE(s.branchName, QStringLiteral("Bank Nusantara KCP Sudirman"));
    QCOMPARE(s.heading, QStringLiteral("Queue number"));
    QCOMPARE(s.code, QStringLiteral("A-004"));
    QCOMPARE(s.serviceName, QStringLiteral("Customer Service"));
    QCOMPARE(s.ahead, 3);
    QCOMPARE(s.aheadLine, QStringLiteral("3 people ahead of you"));
    QCOMPARE(s.waitLine, QStringLiteral("Estimated wait: ") + describeWait(issued->estimate));
    QVERIFY(s.waitLine.contains(QStringLiteral("minutes")));
    QCOMPARE(s.issuedLine, QStringLiteral("Monday, 23 November 2026 09:41"));
    QVERIFY(s.priorityLine.isEmpty());
    QCOMPARE(s.thanks, QStringLiteral("Thank you for your patience"));
}

void TestTicketSlip::firstInLineIsToldSo()
{
    Fixture f(sampleBranch());
    f.staff({1});
    auto issued = f.engine().issue(QStringLiteral("B"));
    QVERIFY(issued.ok());
    const TicketSlip s = TicketSlip::build(*issued, sampleBranch());
    QCOMPARE(s.ahead, 0);
    QCOMPARE(s.aheadLine, QStringLiteral("You are next in line"));
    QCOMPARE(s.waitLine, QStringLiteral("Estimated wait: no wait"));
}

void TestTicketSlip::priorityReasonIsNamedInTheSlipLanguage()
{
    Fixture f(sampleBranch());
    auto issued = f.engine().issue(QStringLiteral("A"), {true, QStringLiteral("pregnant")});
    QVERIFY(issued.ok());
    QCOMPARE(TicketSlip::build(*issued, sampleBranch()).priorityLine, QStringLiteral("Priority: Pregnant"));
    // In Indonesian the reason is the config's Indonesian name, whatever the translations say.
    installTranslations(QStringLiteral("id"));
    const TicketSlip id = TicketSlip::build(*issued, sampleBranch());
    QVERIFY2(id.priorityLine.endsWith(QStringLiteral("Ibu hamil")), qPrintable(id.priorityLine));
    QCOMPARE(id.serviceName, QStringLiteral("Layanan Nasabah"));
    QVERIFY2(id.issuedLine.startsWith(QStringLiteral("Senin, 23 November 2026")), qPrintable(id.issuedLine));
}

void TestTicketSlip::priorityServiceNeedsNoExtraLine()
{
    Fixture f(sampleBranch());
    auto p = f.engine().issue(QStringLiteral("P"));
    QVERIFY(p.ok());
    QVERIFY(p->ticket.priority);
    QVERIFY(TicketSlip::build(*p, sampleBranch()).priorityLine.isEmpty());
    auto a = f.engine().issue(QStringLiteral("A"), {true, {}});
    QVERIFY(a.ok());
    QCOMPARE(TicketSlip::build(*a, sampleBranch()).priorityLine, QStringLiteral("Priority ticket"));
}

void TestTicketSlip::timeIsTheBranchsLocalTimeWhateverTheMachineZone()
{
    // 23:30 UTC on Sunday is 06:30 on Monday in Jakarta; a branch open from 06:00 takes it.
    BranchConfig early = smallBranch();
    early.calendar.weekly[0] = DayHours{6 * 60, 15 * 60};
    Fixture f(early, QDateTime(QDate(2026, 11, 22), QTime(23, 30), QTimeZone::utc()));
    auto issued = f.engine().issue(QStringLiteral("A"));
    QVERIFY2(issued.ok(), issued ? "" : qPrintable(issued.error().message));
    const TicketSlip s = TicketSlip::build(*issued, early);
    QCOMPARE(s.issuedLine, QStringLiteral("Monday, 23 November 2026 06:30"));
    QCOMPARE(s.issuedAtLocal.time(), QTime(6, 30));
}

void TestTicketSlip::validityFollowsTheBranchEndOfDay()
{
    BranchConfig keep = smallBranch();
    keep.endOfDay = EndOfDay::Keep;
    Fixture f(keep);
    auto issued = f.engine().issue(QStringLiteral("A"));
    QVERIFY(issued.ok());
    QVERIFY(TicketSlip::build(*issued, keep).validityLine.isEmpty());
    QCOMPARE(TicketSlip::build(*issued, smallBranch()).validityLine, QStringLiteral("Valid today only"));
}

QTEST_GUILESS_MAIN(TestTicketSlip)
#include "tst_ticketslip.moc"
