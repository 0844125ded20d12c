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
    void bothLayoutsGetTheLinesInPrintOrderWithoutEmptyOnes();
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

// What the ESC/POS encoder and the page printer lay out: the slip's lines, in order, each with
// the style it stands out by; a line with nothing to say (no priority, a branch that keeps
// tickets overnight) is not printed as an empty one.
void TestTicketSlip::bothLayoutsGetTheLinesInPrintOrderWithoutEmptyOnes()
{
    using Style = SlipLine::Style;
    BranchConfig keep = smallBranch();
    keep.endOfDay = EndOfDay::Keep;
    Fixture f(keep);
    auto issued = f.engine().issue(QStringLiteral("A"));
    QVERIFY(issued.ok());
    const TicketSlip slip = TicketSlip::build(*issued, keep);
    QStringList printed;
    for (const SlipLine &line : slip.lines()) {
        QCOMPARE(line.text.isEmpty(), line.style == Style::Rule || line.style == Style::Gap);
        printed << QStringLiteral("%1 %2").arg(int(line.style)).arg(line.text);
    }
    const auto at = [](Style style, const QString &text) { return QStringLiteral("%1 %2").arg(int(style)).arg(text); };
    QCOMPARE(printed, (QStringList{at(Style::Title, slip.branchName), at(Style::Rule, {}), at(Style::Normal, slip.heading),
                                   at(Style::Code, QStringLiteral("A-001")), at(Style::Service, slip.serviceName),
                                   at(Style::Rule, {}), at(Style::Emphasis, QStringLiteral("You are next in line")),
                                   at(Style::Normal, slip.waitLine), at(Style::Normal, slip.issuedLine), at(Style::Gap, {}),
                                   at(Style::Normal, QStringLiteral("Thank you for your patience"))}));

    auto priority = f.engine().issue(QStringLiteral("A"), {true, {}});
    QVERIFY(priority.ok());
    const QList<SlipLine> lines = TicketSlip::build(*priority, smallBranch()).lines();
    QCOMPARE(lines.at(5).style, Style::Emphasis);
    QCOMPARE(lines.at(5).text, QStringLiteral("Priority ticket"));
    QCOMPARE(lines.at(lines.size() - 3).style, Style::Small);
    QCOMPARE(lines.at(lines.size() - 3).text, QStringLiteral("Valid today only"));
}

QTEST_GUILESS_MAIN(TestTicketSlip)
#include "tst_ticketslip.moc"
