// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby display when its database fails under it, headless, with the real QML window: the
// file removed or replaced (by a text file, by another database) shows the out-of-service page
// instead of a stale board that looks live, and the board comes back by itself with the file.
// An unwritable database is no fault for a screen that only reads.
#include "dbfaults.h"
#include "quickitems.h"

#include "displaywindow.h"
#include "lobbydisplay.h"

#include "core/translation.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Antrian_DisplayPlugin)

using namespace antrian;
using namespace antrian::display;
using namespace antrian::test;
using Fault = DatabaseFaults::Fault;

namespace {

constexpr int kWaitMs = 15000;

// The display (muted) on `path`, its window at 1920x1080.
struct RunningDisplay
{
    RunningDisplay(const QString &path, const Clock &clock) : display(path, clock, nullptr)
    {
        installTranslations(QStringLiteral("id"));
        display.setMuted(true);
        display.setRetryInterval(200);
        started = display.start(5);
        DisplayOptions options;
        options.windowSize = QSize(1920, 1080);
        window = std::make_unique<DisplayWindow>(display.view(), options);
        shown = window->show();
    }
    QQuickItem *item(const char *name) { return findItem(window->window()->contentItem(), QString::fromLatin1(name)); }
    bool isShown(const char *name)
    {
        QQuickItem *i = item(name);
        return i && i->isVisible();
    }
    QString text(const char *name)
    {
        QQuickItem *i = item(name);
        return i ? i->property("text").toString() : QString();
    }
    bool outOfService() { return isShown("outOfService") && !display.view()->isAvailable(); }

    LobbyDisplay display;
    std::unique_ptr<DisplayWindow> window;
    Outcome started = Done{};
    Outcome shown = Done{};
};

} // namespace

class TestDisplayFaults : public QObject
{
    Q_OBJECT

private slots:
    void fileLostUnderARunningBoardShowsOutOfServiceUntilItIsBack_data();
    void fileLostUnderARunningBoardShowsOutOfServiceUntilItIsBack();
    void unwritableDatabaseLeavesTheBoardInService();
    void boardStartedWithoutItsDatabaseComesUpWhenItIsCreated();
};

void TestDisplayFaults::fileLostUnderARunningBoardShowsOutOfServiceUntilItIsBack_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("removed") << Fault::Removed;
    QTest::newRow("replaced by a text file") << Fault::ReplacedByText;
    QTest::newRow("replaced by another database") << Fault::ReplacedByDatabase;
}

void TestDisplayFaults::fileLostUnderARunningBoardShowsOutOfServiceUntilItIsBack()
{
    QFETCH(Fault, fault);
    Fixture f;
    RunningDisplay d(f.path(), f.clock());
    QVERIFY(d.started.ok());
    QVERIFY(d.shown.ok());
    QTRY_VERIFY_WITH_TIMEOUT(d.display.view()->isReady(), kWaitMs);
    QVERIFY(!d.isShown("outOfService"));

    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(fault));
    QTRY_VERIFY_WITH_TIMEOUT(d.outOfService(), kWaitMs);
    // Over the whole window, the last item drawn: nothing of the stale board shows.
    QCOMPARE(d.item("outOfService")->size(), QSizeF(d.window->window()->size()));
    QCOMPARE(d.window->window()->contentItem()->childItems().constLast(), d.item("outOfService"));
    QCOMPARE(d.text("outOfServiceTitle"), QStringLiteral("Papan antrian sedang tidak dapat digunakan."));

    QVERIFY(faults.undo(fault));
    QTRY_VERIFY_WITH_TIMEOUT(d.display.view()->isAvailable(), kWaitMs);
    QVERIFY(!d.isShown("outOfService"));
    // And it follows the file at the path again: a new call shows.
    QVERIFY(f.engine().issue(QStringLiteral("A")).ok());
    QVERIFY(f.engine().callNext(1, 0).ok());
    QTRY_COMPARE_WITH_TIMEOUT(d.display.view()->newestTicket(), QStringLiteral("A-001"), kWaitMs);
}

void TestDisplayFaults::unwritableDatabaseLeavesTheBoardInService()
{
    QString why;
    if (!DatabaseFaults::canMakeUnwritable(&why))
        QSKIP(qPrintable(why));
    Fixture f;
    RunningDisplay d(f.path(), f.clock());
    QTRY_VERIFY_WITH_TIMEOUT(d.display.view()->isReady(), kWaitMs);
    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(Fault::Unwritable));
    // A few retry periods: nothing the board reads has changed.
    QTest::qWait(1000);
    QVERIFY(d.display.view()->isAvailable());
    QVERIFY(!d.isShown("outOfService"));
    QVERIFY(faults.undo(Fault::Unwritable));
}

void TestDisplayFaults::boardStartedWithoutItsDatabaseComesUpWhenItIsCreated()
{
    FixedClock clock(mondayMorning());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later/antrian.db"));
    RunningDisplay d(path, clock);
    QVERIFY(d.started.ok()); // not a failure: the page says it
    QVERIFY(d.outOfService());
    QVERIFY(d.display.outOfServiceReason().contains(path));
    QCOMPARE(runCtl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(d.display.view()->isAvailable(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(d.display.view()->isReady(), kWaitMs);
    QVERIFY(!d.isShown("outOfService"));
}

QTEST_MAIN(TestDisplayFaults)
#include "tst_displayfaults.moc"
