// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk as a customer meets it, headless: the real QML window, real touches on its buttons,
// and the database checked afterwards. Also the antrian-kiosk binary itself, as a process.
#include "kioskparts.h"

#include "kioskapp.h"

#include "core/translation.h"

#include <QCursor>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextLayout>
#include <QGuiApplication>
#include <QImage>
#include <QPointingDevice>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::test;
using Screen = KioskController::Screen;

namespace {

// Shown on screen: the item and all its ancestors are visible.
bool isShown(QQuickItem *item)
{
    return item && item->isVisible() && item->opacity() > 0;
}

// The kiosk window on a fixture's database, at the fixture's clock.
struct Screenful
{
    explicit Screenful(Fixture &f, KioskOptions options = {}, KioskTimings timings = {})
        : app(f.path(), f.clock(), f.engine().branch()->config, QStringLiteral("id"), withSize(options), timings)
    {
        installTranslations(QStringLiteral("id"));
        const Outcome started = app.start();
        if (!started)
            qFatal("kiosk did not start: %s", qPrintable(started.error().message));
        touch = QTest::createTouchDevice();
    }
    static KioskOptions withSize(KioskOptions o)
    {
        o.size = QSize(1920, 1080);
        return o;
    }

    QQuickItem *item(const QString &name) { return findItem(app.window()->contentItem(), name); }
    QString text(const QString &name)
    {
        QQuickItem *i = item(name);
        return i ? i->property("text").toString() : QStringLiteral("<no item %1>").arg(name);
    }
    QPoint centreOf(const QString &name)
    {
        QQuickItem *i = item(name);
        if (!i)
            qFatal("no item named %s", qPrintable(name));
        return i->mapToScene(QPointF(i->width() / 2, i->height() / 2)).toPoint();
    }
    // A finger on the glass: touch down and up at the item's centre.
    void tap(const QString &name) { tapAt(centreOf(name)); }
    void tapAt(QPoint p)
    {
        QTest::touchEvent(app.window(), touch).press(0, p, app.window());
        QTest::touchEvent(app.window(), touch).release(0, p, app.window());
    }
    KioskController &kiosk() { return *app.controller(); }
    // ANTRIAN_KIOSK_SHOTS=DIR keeps a picture of the moment, for a person to look at.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("ANTRIAN_KIOSK_SHOTS");
        if (!dir.isEmpty()) {
            QTest::qWait(300);
            app.window()->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    KioskApp app;
    QPointingDevice *touch = nullptr;
};

QString kioskPath()
{
    return QStringLiteral(ANTRIAN_KIOSK_PATH);
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void touchingAServiceIssuesExactlyOneTicketWithTheCodeShown();
    void doubleTapIssuesOneTicket();
    void closedScreenAtAFixedClockOutsideHours();
    void languageSwitchByTouch();
    void priorityPathTakesDeliberateTouches();
    void unavailableServiceSaysSoOnItsButton();
    void ticketPreviewForScreenshotsIsNotIssued();
    void kioskModeIsFramelessFullScreenAndCannotBeClosed();
    void appSavesAScreenshotOfTheClosedScreen();
    void appRefusesAScreenItCannotShowHonestly();
    void appRejectsABadPrinterWithAClearMessage();
    void serviceLettersSitAtOneHeightInARow();
    void hyphenatedWordIsNeverBrokenAtItsHyphen();
    void priorityBarLeadsWithTheGroupsItIsFor();
    void kioskModeCoversTheScreenWithoutAWindowManager();
};

void TestKiosk::touchingAServiceIssuesExactlyOneTicketWithTheCodeShown()
{
    Fixture f(sampleBranch());
    f.issue(QStringLiteral("B")); // someone came before
    Screenful s(f);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("startScreen"))));
    QTRY_COMPARE(s.text(QStringLiteral("waiting_B")), QStringLiteral("1 orang menunggu"));
    QTest::qWait(900); // past the start screen's guard against stray touches
    s.tap(QStringLiteral("serviceButton_B"));
    QTRY_VERIFY(isShown(s.item(QStringLiteral("ticketScreen"))));
    QVERIFY(!isShown(s.item(QStringLiteral("startScreen"))));
    const QString shown = s.text(QStringLiteral("ticketCode"));
    const auto tickets = f.engine().tickets({});
    QCOMPARE(tickets->size(), 2);
    QCOMPARE(tickets->constLast().code, shown);
    QCOMPARE(shown, QStringLiteral("B-002"));
    QCOMPARE(s.text(QStringLiteral("ticketService")), QStringLiteral("Teller"));
    QCOMPARE(s.text(QStringLiteral("factValue_ahead")), QStringLiteral("1 orang"));
    QCOMPARE(s.text(QStringLiteral("factValue_time")), QStringLiteral("09.00"));
    QCOMPARE(s.text(QStringLiteral("printNoticeText")), QStringLiteral("Mohon ingat nomor antrian Anda: B-002"));
}

void TestKiosk::doubleTapIssuesOneTicket()
{
    Fixture f(sampleBranch());
    Screenful s(f); // the kiosk's real guards
    QTRY_VERIFY(isShown(s.item(QStringLiteral("startScreen"))));
    QTest::qWait(900);
    const QPoint a = s.centreOf(QStringLiteral("serviceButton_A"));
    s.tapAt(a);
    QTest::qWait(60); // a quick double-tap
    s.tapAt(a);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("ticketScreen"))));
    s.tapAt(a); // and a third, landing on the fresh ticket screen
    QTest::qWait(500);
    QVERIFY(isShown(s.item(QStringLiteral("ticketScreen"))));
    QCOMPARE(f.engine().tickets({})->size(), 1);
    QCOMPARE(s.text(QStringLiteral("ticketCode")), QStringLiteral("A-001"));
}

void TestKiosk::closedScreenAtAFixedClockOutsideHours()
{
    Fixture f(sampleBranch(), jakarta(2026, 11, 22, 10, 0)); // a Sunday
    Screenful s(f);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("closedScreen"))));
    QVERIFY(!isShown(s.item(QStringLiteral("startScreen"))));
    QCOMPARE(s.text(QStringLiteral("closedTitle")), QStringLiteral("Kami sedang tutup"));
    QCOMPARE(s.text(QStringLiteral("reopens")), QStringLiteral("besok, Senin 23 November 2026, pukul 08.00"));
    QTest::qWait(900);
    s.tapAt(QPoint(960, 600));
    QTest::qWait(300);
    QCOMPARE(f.engine().tickets({})->size(), 0);
}

void TestKiosk::languageSwitchByTouch()
{
    Fixture f(sampleBranch());
    Screenful s(f);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("startScreen"))));
    QCOMPARE(s.text(QStringLiteral("startTitle")), QStringLiteral("Silakan pilih layanan"));
    s.tap(QStringLiteral("language_en"));
    QTRY_COMPARE(s.text(QStringLiteral("startTitle")), QStringLiteral("Please choose a service"));
    QCOMPARE(s.text(QStringLiteral("waiting_A")), QStringLiteral("No one waiting"));
    QCOMPARE(s.kiosk().language(), QStringLiteral("en"));
    QTest::qWait(900);
    s.tap(QStringLiteral("serviceButton_A"));
    QTRY_VERIFY(isShown(s.item(QStringLiteral("ticketScreen"))));
    QCOMPARE(s.text(QStringLiteral("ticketService")), QStringLiteral("Customer Service"));
    s.tap(QStringLiteral("language_id")); // hidden on the ticket screen: nothing happens
    QCOMPARE(s.kiosk().language(), QStringLiteral("en"));
    QTest::qWait(1600);
    s.tapAt(QPoint(960, 900)); // done: back to the start, in Indonesian for the next customer
    QTRY_COMPARE(s.text(QStringLiteral("startTitle")), QStringLiteral("Silakan pilih layanan"));
}

void TestKiosk::priorityPathTakesDeliberateTouches()
{
    Fixture f(sampleBranch());
    Screenful s(f);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("startScreen"))));
    QTest::qWait(900);
    QVERIFY(!isShown(s.item(QStringLiteral("priorityPanel"))));
    s.tap(QStringLiteral("priorityButton"));
    QTRY_VERIFY(isShown(s.item(QStringLiteral("priorityPanel"))));
    // A touch beside the panel's card closes it and issues nothing.
    s.tapAt(QPoint(40, 1040));
    QTRY_VERIFY(!isShown(s.item(QStringLiteral("priorityPanel"))));
    QCOMPARE(f.engine().tickets({})->size(), 0);
    s.tap(QStringLiteral("priorityButton"));
    QTRY_VERIFY(isShown(s.item(QStringLiteral("priorityPanel"))));
    s.shot(QStringLiteral("priority-panel"));
    s.tap(QStringLiteral("priorityReason_elderly"));
    QTRY_VERIFY(!isShown(s.item(QStringLiteral("priorityPanel"))));
    QCOMPARE(s.text(QStringLiteral("startTitle")), QStringLiteral("Nomor prioritas untuk: Lansia"));
    QCOMPARE(f.engine().tickets({})->size(), 0); // choosing the reason issued nothing yet
    s.shot(QStringLiteral("priority-mode"));
    s.tap(QStringLiteral("serviceButton_A"));
    QTRY_VERIFY(isShown(s.item(QStringLiteral("ticketScreen"))));
    const Ticket t = f.engine().tickets({})->constFirst();
    QVERIFY(t.priority);
    QCOMPARE(t.priorityReason, QStringLiteral("elderly"));
    QCOMPARE(s.text(QStringLiteral("ticketCode")), t.code);
    s.shot(QStringLiteral("priority-ticket"));
}

void TestKiosk::unavailableServiceSaysSoOnItsButton()
{
    Fixture f(sampleBranch());
    QVERIFY(f.engine().pauseService(QStringLiteral("A")).ok());
    Screenful s(f);
    QTRY_COMPARE(s.text(QStringLiteral("waiting_A")), QStringLiteral("Sementara tidak tersedia"));
    QTest::qWait(900);
    s.tap(QStringLiteral("serviceButton_A"));
    QTest::qWait(300);
    QVERIFY(isShown(s.item(QStringLiteral("startScreen"))));
    QCOMPARE(f.engine().tickets({})->size(), 0);
    // A supervisor resumes it from elsewhere: the button comes back by itself.
    QVERIFY(f.engine().resumeService(QStringLiteral("A")).ok());
    QTRY_COMPARE(s.text(QStringLiteral("waiting_A")), QStringLiteral("Belum ada yang menunggu"));
}

void TestKiosk::ticketPreviewForScreenshotsIsNotIssued()
{
    Fixture f(sampleBranch());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("ticket.png"));
    KioskOptions o;
    o.screen = KioskOptions::Screen::Ticket;
    Screenful s(f, o);
    int exitCode = -1;
    s.app.saveScreenshot(png, [&](int code) { exitCode = code; });
    QTRY_COMPARE_WITH_TIMEOUT(exitCode, 0, 10000);
    QCOMPARE(QImage(png).size(), QSize(1920, 1080));
    QVERIFY(isShown(s.item(QStringLiteral("previewMark"))));
    QCOMPARE(s.text(QStringLiteral("ticketCode")), QStringLiteral("A-001"));
    QCOMPARE(f.engine().tickets({})->size(), 0);
}

void TestKiosk::kioskModeIsFramelessFullScreenAndCannotBeClosed()
{
    Fixture f(sampleBranch());
    KioskOptions o;
    o.kioskMode = true;
    Screenful s(f, o);
    QQuickWindow *w = s.app.window();
    QTRY_VERIFY(w->isVisible());
    QVERIFY(w->flags() & Qt::FramelessWindowHint);
    QCOMPARE(w->windowStates() & Qt::WindowFullScreen, Qt::WindowFullScreen);
    QVERIFY(QGuiApplication::overrideCursor());
    QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
    // The window manager's close (Alt+F4, the close button) and the usual keys do nothing.
    QVERIFY(!w->close());
    QTest::keyClick(w, Qt::Key_Escape);
    QTest::keyClick(w, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(w, Qt::Key_Q, Qt::ControlModifier);
    QTest::qWait(100);
    QVERIFY(w->isVisible());
    QTRY_VERIFY(isShown(s.item(QStringLiteral("startScreen"))));
}

void TestKiosk::appSavesAScreenshotOfTheClosedScreen()
{
    Fixture f(sampleBranch());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("closed.png"));
    const ProcessResult r =
            runProgram(kioskPath(), {QStringLiteral("--db"), f.path(), QStringLiteral("--now"), QStringLiteral("2026-11-22T10:00:00+07:00"),
                                     QStringLiteral("--size"), QStringLiteral("1080x1920"), QStringLiteral("--screen"),
                                     QStringLiteral("closed"), QStringLiteral("--screenshot"), png});
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(1080, 1920));
}

void TestKiosk::appRefusesAScreenItCannotShowHonestly()
{
    Fixture f(sampleBranch());
    QTemporaryDir dir;
    // Monday 09:00: the branch is open, so there is no closed screen to show.
    const ProcessResult r =
            runProgram(kioskPath(), {QStringLiteral("--db"), f.path(), QStringLiteral("--now"), QStringLiteral("2026-11-23T09:00:00+07:00"),
                                     QStringLiteral("--screen"), QStringLiteral("closed"), QStringLiteral("--screenshot"),
                                     dir.filePath(QStringLiteral("x.png"))});
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("pick a --now outside its hours"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

void TestKiosk::appRejectsABadPrinterWithAClearMessage()
{
    Fixture f(sampleBranch());
    const ProcessResult r = runProgram(kioskPath(), {QStringLiteral("--db"), f.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("--printer"), QStringLiteral("escpos-tcp:10.0.0.5:99999")});
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed().split(u'\n').constLast(),
             QStringLiteral("antrian-kiosk: --printer: printer \"escpos-tcp:10.0.0.5:99999\": port must be from 1 to 65535, got 99999"));
}

void TestKiosk::serviceLettersSitAtOneHeightInARow()
{
    // The sample's three services side by side, with descriptions of one and of two lines.
    Fixture f(sampleBranch());
    Screenful s(f);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("serviceButton_P"))));
    QTest::qWait(50);
    QList<qreal> tops;
    for (const char *code : {"A", "B", "P"}) {
        QQuickItem *letter = s.item(QStringLiteral("serviceLetter_%1").arg(QLatin1String(code)));
        QVERIFY2(letter, code);
        tops.append(letter->mapToScene(QPointF(0, 0)).y());
    }
    QVERIFY2(qAbs(tops.at(0) - tops.at(1)) < 0.5 && qAbs(tops.at(0) - tops.at(2)) < 0.5,
             qPrintable(QStringLiteral("letters at %1, %2, %3").arg(tops.at(0)).arg(tops.at(1)).arg(tops.at(2))));
}

void TestKiosk::hyphenatedWordIsNeverBrokenAtItsHyphen()
{
    // "Buka rekening, kartu ATM, m-banking, pengaduan": laid out at every width a button may
    // give it, no line ends at the hyphen of "m-banking".
    Fixture f(sampleBranch());
    Screenful s(f);
    QTRY_VERIFY(s.kiosk().services()->rowCount() > 0);
    const QString description = s.kiosk().services()->data(s.kiosk().services()->index(0), ServiceListModel::DescriptionRole).toString();
    QVERIFY2(description.contains(QStringLiteral("banking")), qPrintable(description));
    QFont font;
    font.setPixelSize(30);
    for (int width = 60; width <= 700; width += 4) {
        QTextLayout layout(description, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString text = description.mid(line.textStart(), line.textLength()).trimmed();
            QVERIFY2(!text.endsWith(u'-'), qPrintable(QStringLiteral("%1 px: a line ends \"%2\"").arg(width).arg(text)));
        }
        layout.endLayout();
    }
}

void TestKiosk::priorityBarLeadsWithTheGroupsItIsFor()
{
    // Service P is "Nasabah Prioritas": the amber bar must not read as that service.
    Fixture f(sampleBranch());
    Screenful s(f);
    QTRY_VERIFY(isShown(s.item(QStringLiteral("priorityButton"))));
    const QString title = s.text(QStringLiteral("priorityButtonTitle"));
    QVERIFY2(title.startsWith(QStringLiteral("Lansia, Penyandang disabilitas, Ibu hamil")), qPrintable(title));
}

void TestKiosk::kioskModeCoversTheScreenWithoutAWindowManager()
{
    // As under cage or a bare X server: nobody to honour "full screen" but the kiosk itself.
    if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QSKIP("needs Xvfb and xdotool (apt-get install xvfb xdotool)");
    int display = 170;
    while (QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(display))
           || QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)))
        ++display;
    const QString name = QStringLiteral(":%1").arg(display);
    RunningProgram xvfb;
    QVERIFY(xvfb.start(QStringLiteral("Xvfb"), {name, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1600x900x24"),
                                                QStringLiteral("-nolisten"), QStringLiteral("tcp")},
                       RunOptions().timeout(5000).channelMode(QProcess::MergedChannels)));
    auto stopAll = qScopeGuard([&] { xvfb.stop(3000); });

    RunOptions onScreen = RunOptions().timeout(5000);
    onScreen.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    onScreen.env.insert(QStringLiteral("DISPLAY"), name);
    QString said; // everything xdotool printed, for the message when this fails
    auto xdotool = [&](const QStringList &args) {
        const ProcessResult x = runProgram(QStringLiteral("xdotool"), args, onScreen);
        if (x.timedOut) {
            said += QStringLiteral("xdotool %1: no answer in 5 s\n").arg(args.join(u' '));
            return QString();
        }
        const QString out = QString::fromLocal8Bit(x.out).trimmed();
        said += QStringLiteral("xdotool %1: %2 %3\n").arg(args.join(u' '), out, QString::fromLocal8Bit(x.err).trimmed());
        return out;
    };
    // The X server itself must answer first; one that cannot is this machine's problem, not the kiosk's.
    QDeadlineTimer serverUp(15000);
    while (!xdotool({QStringLiteral("getdisplaygeometry")}).contains(QStringLiteral("1600 900"))) {
        if (serverUp.hasExpired() || !xvfb.isRunning())
            QSKIP(qPrintable(QStringLiteral("Xvfb %1 did not come up: %2 %3").arg(name, said,
                                                                             QString::fromLocal8Bit(xvfb.output()))));
        QTest::qWait(100);
    }

    Fixture f(sampleBranch());
    RunOptions kioskOnScreen = onScreen;
    kioskOnScreen.channels = QProcess::MergedChannels;
    RunningProgram kiosk;
    // The software renderer: this is about the window's place, not how the machine draws.
    QVERIFY(kiosk.start(kioskPath(), {QStringLiteral("--db"), f.path(), QStringLiteral("--now"), QStringLiteral("2026-11-23T09:00:00+07:00"),
                                      QStringLiteral("--kiosk"), QStringLiteral("--renderer"), QStringLiteral("software")},
                        kioskOnScreen));
    auto stopKiosk = qScopeGuard([&] { kiosk.kill(); });
    auto geometry = [&] {
        const QString window = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                                        QString::number(kiosk.pid())})
                                       .section(u'\n', 0, 0);
        return window.isEmpty() ? QString() : xdotool({QStringLiteral("getwindowgeometry"), window});
    };
    auto why = [&] {
        said = said.right(1500);
        return QStringLiteral("kiosk %1 said:\n%2\n%3").arg(kiosk.isRunning() ? u"running" : u"ended",
                                                                    QString::fromLocal8Bit(kiosk.output()), said)
                .toLocal8Bit();
    };
    QDeadlineTimer shownIn(20000);
    while (!geometry().contains(QStringLiteral("Geometry:"))) {
        QVERIFY2(!shownIn.hasExpired() && kiosk.isRunning(), why().constData());
        QTest::qWait(100);
    }
    QTest::qWait(500); // a late resize would show now
    const QString shown = geometry();
    QVERIFY2(shown.contains(QStringLiteral("Position: 0,0")) && shown.contains(QStringLiteral("Geometry: 1600x900")), why().constData());
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
