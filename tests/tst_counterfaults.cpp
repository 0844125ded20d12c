// SPDX-License-Identifier: GPL-3.0-or-later
// The counter station when its database fails under it, headless, with the real window: the
// file removed, replaced (by a text file, by another database) or made unwritable puts up the
// out-of-service page with the technical reason for staff, and the desk comes back by itself
// with the file, still logged in. Also a station started on a database that is not there yet.
#include "dbfaults.h"
#include "deskpage.h"
#include "outofservicepage.h"
#include "counterstation.h"

#include "core/translation.h"

#include <QLabel>
#include <QTest>

using namespace antrian;
using namespace antrian::test;
using Fault = DatabaseFaults::Fault;

namespace {

constexpr int kWaitMs = 15000;
const QString kPin = QStringLiteral("4821");

bool onOutOfServicePage(Station &s)
{
    return s.window->currentPage() == s.window->outOfServicePage();
}

} // namespace

class TestCounterFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("id")); }
    void faultUnderARunningCounterShowsOutOfServiceUntilTheFileIsBack_data();
    void faultUnderARunningCounterShowsOutOfServiceUntilTheFileIsBack();
    void stationStartedWithoutItsDatabaseComesUpWhenItIsCreated();
};

void TestCounterFaults::faultUnderARunningCounterShowsOutOfServiceUntilTheFileIsBack_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("removed") << Fault::Removed << QStringLiteral("dihapus");
    QTest::newRow("replaced by a text file") << Fault::ReplacedByText << QStringLiteral("diganti");
    QTest::newRow("replaced by another database") << Fault::ReplacedByDatabase << QStringLiteral("diganti");
    QTest::newRow("unwritable") << Fault::Unwritable << QString();
}

void TestCounterFaults::faultUnderARunningCounterShowsOutOfServiceUntilTheFileIsBack()
{
    QFETCH(Fault, fault);
    QFETCH(QString, reason);
    QString why;
    if (fault == Fault::Unwritable && !DatabaseFaults::canMakeUnwritable(&why))
        QSKIP(qPrintable(why));
    Fixture f;
    addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kPin);
    for (int i = 0; i < 4; ++i)
        f.issue(QStringLiteral("A"));
    Station s(f.path(), f.clock(), f.engine().branch()->config, 0);
    s.backend.watch().setRetryInterval(200);
    QVERIFY(s.logIn(QStringLiteral("siti"), kPin, 1));

    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(fault));
    if (fault == Fault::Unwritable) {
        // Reads still work: the actions find out, and after a few the counter says so.
        for (int i = 0; i < DatabaseWatch::kFailureLimit && !onOutOfServicePage(s); ++i) {
            s.desk().callNext();
            s.settle();
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(onOutOfServicePage(s), kWaitMs);
    QCOMPARE(s.text("outOfServiceTitle"), QStringLiteral("Loket ini sedang tidak dapat digunakan"));
    const QString shownReason = s.text("outOfServiceReason");
    QVERIFY2(!shownReason.isEmpty() && shownReason.contains(reason), qPrintable(shownReason));

    QVERIFY(faults.undo(fault));
    QTRY_VERIFY_WITH_TIMEOUT(!onOutOfServicePage(s), kWaitMs);
    QCOMPARE(s.window->currentPage(), static_cast<QWidget *>(s.window->deskPage()));
    QVERIFY(s.desk().isActive());
    // Serving goes on, into the file at the path.
    QTRY_VERIFY_WITH_TIMEOUT(s.desk().isEnabled(CounterAction::CallNext), kWaitMs);
    // What went wrong while the file was away is over: no red line left under a working desk.
    QTRY_VERIFY_WITH_TIMEOUT(!s.desk().messageIsError(), kWaitMs);
    s.click("callNextButton");
    QTRY_VERIFY_WITH_TIMEOUT(s.shownCode().startsWith(QStringLiteral("A-00")), kWaitMs);
}

void TestCounterFaults::stationStartedWithoutItsDatabaseComesUpWhenItIsCreated()
{
    FixedClock clock(mondayMorning());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later/antrian.db"));
    counter::CounterBackend backend(path, clock, quickPolicy());
    QVERIFY(backend.start().ok()); // not a failure: the page says it
    backend.watch().setRetryInterval(200);
    backend.watch().lost(Database::attach(path)->fault()); // what main() does with AppSetup's fault
    counter::CounterWindow window(backend, BranchConfig{}, 0);
    window.show();
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.outOfServicePage()));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("outOfServiceReason"))->text().contains(path));

    QCOMPARE(runCtl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), static_cast<QWidget *>(window.loginPage()), kWaitMs);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("loginCounter"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 0, kWaitMs); // the counters are read from the new file
}

QTEST_MAIN(TestCounterFaults)
#include "tst_counterfaults.moc"
