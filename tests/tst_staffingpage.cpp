// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing page in the supervisor's window, headless: it opens on today's weekday, and a
// weekday picked shows, hour by hour, what the staffing advisor says, short hours in words.
#include "staffpolicy.h"
#include "testsupport.h"

#include "counterbackend.h"
#include "staffingpage.h"

#include "core/translation.h"
#include "simulation/branchsimulator.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>

using namespace antrian;
using namespace antrian::test;

namespace {

// Tuesday 3 November 2026: the Mondays before it are 2 November, 26 October, ...
QDateTime tuesday() { return jakarta(2026, 11, 3, 9, 0); }

} // namespace

class TestStaffingPage : public QObject
{
    Q_OBJECT

private slots:
    void aPickedWeekdayShowsTheAdvisorsHoursWithShortHoursInWords()
    {
        Fixture f(smallBranch(), tuesday());
        // Two Mondays with two of the four counters staffed: some hours are short.
        SimulationOptions o;
        o.from = QDate(2026, 10, 26);
        o.to = QDate(2026, 11, 2);
        o.counters = {1, 2};
        o.peakLoad = 1.2;
        auto done = BranchSimulator(f.db()).run(o);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));

        counter::CounterBackend backend(f.path(), f.clock(), quickPolicy());
        QVERIFY(backend.start());
        counter::StaffingPage page(backend.supervisor());
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return page.isSettled() && page.weekdayPicker()->count() == 7; }, 10000));
        // Today's weekday first.
        QCOMPARE(page.weekdayPicker()->itemData(0).toInt(), Qt::Tuesday);
        QCOMPARE(page.advice().weekday, int(Qt::Tuesday));

        const int monday = page.weekdayPicker()->findData(int(Qt::Monday));
        page.weekdayPicker()->setCurrentIndex(monday);
        emit page.weekdayPicker()->activated(monday);
        QVERIFY(QTest::qWaitFor([&] { return page.isSettled() && page.advice().weekday == Qt::Monday; }, 10000));

        auto expected = StaffingAdvisor(f.db(), f.clock()).advise(1, StaffingAdvisor::kDefaultWeeks);
        QVERIFY(expected);
        QCOMPARE(expected->days.size(), 2);
        QTableWidget *table = page.table();
        QCOMPARE(table->rowCount(), int(expected->hours.size()));
        int shortHours = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const HourNeed &h = expected->hours.at(row);
            QCOMPARE(table->item(row, 0)->text(), QStringLiteral("%1:00").arg(h.hour, 2, 10, QLatin1Char('0')));
            QCOMPARE(table->item(row, 3)->text(), QString::number(h.needed));
            QCOMPARE(table->item(row, 4)->text(), currentLocale().toString(h.staffed, 'f', 1));
            QCOMPARE(table->item(row, 5)->text().startsWith(QStringLiteral("Short")), h.isShort);
            shortHours += h.isShort;
        }
        QVERIFY(shortHours > 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("staffingMessage"))->text().contains(QStringLiteral("Short")));

        // The chart: needed and staffed per hour, short hours' bars red, red said in the legend.
        QChart *chart = page.chartView()->chart();
        auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        QCOMPARE(series->barSets().at(0)->count(), int(expected->hours.size()));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), int(expected->hours.size()));
        QCOMPARE(int(series->barSets().at(1)->selectedBars().size()), shortHours);
        QVERIFY(series->barSets().at(2)->label().contains(QStringLiteral("fewer staffed than needed")));
    }

    void moreWeeksReadMoreHistory()
    {
        Fixture f(smallBranch(), tuesday());
        SimulationOptions o;
        o.from = QDate(2026, 10, 26);
        o.to = QDate(2026, 11, 2);
        auto done = BranchSimulator(f.db()).run(o);
        QVERIFY(done);
        counter::CounterBackend backend(f.path(), f.clock(), quickPolicy());
        QVERIFY(backend.start());
        counter::StaffingPage page(backend.supervisor());
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return page.isSettled() && page.weekdayPicker()->count() == 7; }, 10000));
        page.weeksBox()->setValue(1);
        QVERIFY(QTest::qWaitFor([&] { return page.isSettled() && page.advice().weeks == 1; }, 10000));
        // One week back from Tuesday 3 November: Tuesday 27 October alone.
        QCOMPARE(page.advice().days, QList<QDate>{QDate(2026, 10, 27)});
    }
};

QTEST_MAIN(TestStaffingPage)
#include "tst_staffingpage.moc"
