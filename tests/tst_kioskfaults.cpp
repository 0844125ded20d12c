// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk when its database fails under it, headless, with the real QML window: the file
// removed, replaced (by a text file, by another database), made unwritable. The customer must
// see the out-of-service page, never a kiosk that looks normal and says "busy" at every
// touch, and the kiosk must come back by itself when the file does. Also the antrian-kiosk
// binary given a database it cannot use.
#include "dbfaults.h"
#include "kioskparts.h"

#include "kioskapp.h"

#include "core/translation.h"

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::test;
using Fault = DatabaseFaults::Fault;
using Screen = KioskController::Screen;

namespace {

constexpr int kWaitMs = 15000; // generous: the page must come, not come fast

KioskTimings faultTimings()
{
    KioskTimings t = kiosk::test::quick();
    t.retryMs = 200;
    return t;
}

struct RunningKiosk
{
    explicit RunningKiosk(const QString &path, Fixture &f)
        : app(path, f.clock(), f.engine().branch()->config, QStringLiteral("id"), sized(), faultTimings())
    {
        installTranslations(QStringLiteral("id"));
        started = app.start();
    }
    static KioskOptions sized()
    {
        KioskOptions o;
        o.size = QSize(1280, 800);
        return o;
    }
    bool shown(const char *name)
    {
        QQuickItem *i = findItem(app.window()->contentItem(), QString::fromLatin1(name));
        return i && i->isVisible();
    }
    QString text(const char *name)
    {
        QQuickItem *i = findItem(app.window()->contentItem(), QString::fromLatin1(name));
        return i ? i->property("text").toString() : QString();
    }
    KioskController &kiosk() { return *app.controller(); }
    // One touch on a service, answered.
    void touch(const QString &service)
    {
        kiosk().chooseService(service);
        if (!QTest::qWaitFor([this] { return !kiosk().issuing(); }, kWaitMs))
            qWarning("the touch was not answered");
    }

    KioskApp app;
    Outcome started = Done{};
};

} // namespace

class TestKioskFaults : public QObject
{
    Q_OBJECT

private slots:
    void faultUnderARunningKioskShowsOutOfServiceUntilTheFileIsBack_data();
    void faultUnderARunningKioskShowsOutOfServiceUntilTheFileIsBack();
    void kioskStartedWithoutItsDatabaseComesUpWhenItIsCreated();
    void oneFailedTouchIsANoticeNotOutOfService();
};

void TestKioskFaults::faultUnderARunningKioskShowsOutOfServiceUntilTheFileIsBack_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("removed") << Fault::Removed;
    QTest::newRow("replaced by a text file") << Fault::ReplacedByText;
    QTest::newRow("replaced by another database") << Fault::ReplacedByDatabase;
    QTest::newRow("unwritable") << Fault::Unwritable;
}

void TestKioskFaults::faultUnderARunningKioskShowsOutOfServiceUntilTheFileIsBack()
{
    QFETCH(Fault, fault);
    QString why;
    if (fault == Fault::Unwritable && !DatabaseFaults::canMakeUnwritable(&why))
        QSKIP(qPrintable(why));
    Fixture f;
    RunningKiosk k(f.path(), f);
    QVERIFY2(k.started.ok(), k.started ? "" : qPrintable(k.started.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(k.shown("startScreen"), kWaitMs);
    const int before = ticketsIn(f.path());

    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(fault));
    if (fault == Fault::Unwritable) {
        // Reads still work: only touches find out, and after a few the kiosk says so.
        for (int i = 0; i < DatabaseWatch::kFailureLimit && k.kiosk().screen() == Screen::Start; ++i)
            k.touch(QStringLiteral("A"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(k.kiosk().screen(), Screen::OutOfService, kWaitMs);
    QVERIFY(k.shown("outOfService"));
    QVERIFY(!k.shown("startScreen"));
    QCOMPARE(k.text("outOfServiceTitle"), QStringLiteral("Mesin antrian sedang tidak dapat digunakan."));
    QCOMPARE(k.text("outOfServiceDetail"), QStringLiteral("Silakan hubungi petugas kami."));
    // A touch while out of service issues nothing anywhere.
    k.touch(QStringLiteral("A"));

    QVERIFY(faults.undo(fault));
    QTRY_COMPARE_WITH_TIMEOUT(k.kiosk().screen(), Screen::Start, kWaitMs);
    QVERIFY(k.shown("startScreen"));
    QVERIFY(!k.shown("outOfService"));
    QCOMPARE(ticketsIn(f.path()), before); // nothing went into a removed or replaced file

    // And it issues into the file at the path again.
    QSignalSpy issued(&k.kiosk(), &KioskController::ticketIssued);
    k.touch(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(issued.count(), 1, kWaitMs);
    QCOMPARE(ticketsIn(f.path()), before + 1);
}

void TestKioskFaults::kioskStartedWithoutItsDatabaseComesUpWhenItIsCreated()
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later/antrian.db"));
    RunningKiosk k(path, f);
    QVERIFY2(k.started.ok(), k.started ? "" : qPrintable(k.started.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(k.kiosk().screen(), Screen::OutOfService, kWaitMs);
    QVERIFY(k.shown("outOfService"));
    QVERIFY(k.kiosk().outOfServiceReason().contains(path));

    const ProcessResult init = runCtl({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(init.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(k.kiosk().screen(), Screen::Start, kWaitMs);
    QVERIFY(k.shown("startScreen"));
}

void TestKioskFaults::oneFailedTouchIsANoticeNotOutOfService()
{
    QString why;
    if (!DatabaseFaults::canMakeUnwritable(&why))
        QSKIP(qPrintable(why));
    Fixture f;
    RunningKiosk k(f.path(), f);
    QTRY_VERIFY_WITH_TIMEOUT(k.shown("startScreen"), kWaitMs);
    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(Fault::Unwritable));
    k.touch(QStringLiteral("A"));
    QVERIFY(faults.undo(Fault::Unwritable));
    QVERIFY(!k.kiosk().errorText().isEmpty());
    QCOMPARE(k.kiosk().screen(), Screen::Start);
    k.kiosk().dismissError();
    QSignalSpy issued(&k.kiosk(), &KioskController::ticketIssued);
    k.touch(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(issued.count(), 1, kWaitMs);
}

QTEST_MAIN(TestKioskFaults)
#include "tst_kioskfaults.moc"
