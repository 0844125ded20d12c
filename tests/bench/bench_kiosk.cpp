// SPDX-License-Identifier: GPL-3.0-or-later
// bench_kiosk: how long a customer waits between touching a service and seeing the ticket, in the
// real kiosk window (offscreen), with the database on disk. Printed for a person to read; never a
// pass/fail (DESIGN.md, Testing).
//
//   touch -> ticket screen: from the touch event delivered to the window to the first frame
//   drawn with the ticket on it (QQuickWindow::frameSwapped), through the queue worker thread,
//   the BEGIN IMMEDIATE transaction with synchronous=FULL, and the QML update.
//
//   bench_kiosk [--tickets 200] [--dir /tmp] [--with-writer]
//   --with-writer: another process (antrian_stream_writer) issues tickets all the while, so the
//   kiosk's writes queue behind someone else's on the database lock.
#include "quickitems.h"
#include "testsupport.h"
#include "benchsupport.h"

#include "kioskapp.h"

#include "core/translation.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStorageInfo>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::test;
using namespace antrian::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("tickets"), QStringLiteral("touches to time"), QStringLiteral("n"), QStringLiteral("200")},
                       {QStringLiteral("dir"), QStringLiteral("folder for the database (on disk)"), QStringLiteral("path"),
                        QDir::tempPath()},
                       {QStringLiteral("with-writer"), QStringLiteral("another process issues tickets meanwhile")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("tickets")).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("antrian.kiosk.info=false"));

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/bench_kiosk-XXXXXX"));
    if (!dir.isValid())
        fatal(QStringLiteral("cannot make a folder in %1").arg(parser.value(QStringLiteral("dir"))));
    const QString path = dir.filePath(QStringLiteral("antrian.db"));
    const BranchConfig branch = withRoomForEveryTicket(sampleBranch());
    FixedClock clock(mondayMorning());
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            fatal(db.error().message);
        QueueEngine engine(**db, clock);
        if (Outcome r = engine.importConfig(branch); !r)
            fatal(r.error().message);
    }
    const QStorageInfo storage(dir.path());
    say(QStringLiteral("bench_kiosk: %1 touches, database %2 (%3, %4)%5")
                .arg(count)
                .arg(path, QString::fromUtf8(storage.fileSystemType()), QString::fromUtf8(storage.device()),
                     parser.isSet(QStringLiteral("with-writer")) ? QStringLiteral(", another process issuing meanwhile")
                                                                 : QString()));

    RunningProgram writer;
    if (parser.isSet(QStringLiteral("with-writer"))) {
        if (!writer.start(streamWriterPath(), {QStringLiteral("--db"), path, QStringLiteral("--service"), QStringLiteral("B"),
                                               QStringLiteral("--now"), mondayMorning().toString(Qt::ISODate),
                                               QStringLiteral("--pause-ms"), QStringLiteral("5")}))
            fatal(QStringLiteral("cannot start the writer"));
    }

    installTranslations(QStringLiteral("id"));
    KioskOptions options;
    options.size = QSize(1920, 1080);
    KioskTimings timings;
    timings.dismissGuardMs = 0; // the benchmark taps again at once; the guards time customers
    timings.startGuardMs = 0;
    KioskApp kiosk(path, clock, branch, QStringLiteral("id"), options, timings);
    if (Outcome r = kiosk.start(); !r)
        fatal(r.error().message);
    KioskController &c = *kiosk.controller();
    QQuickWindow *window = kiosk.window();
    if (!spinUntil([&] { return c.screen() == KioskController::Screen::Start; }))
        fatal(QStringLiteral("the start screen did not come"));
    QPointingDevice *touch = QTest::createTouchDevice();

    qint64 swappedAt = 0;
    bool ticketShown = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        if (c.screen() == KioskController::Screen::Ticket && !ticketShown) {
            ticketShown = true;
            swappedAt = steadyNs();
        }
    });
    qint64 issuedAt = 0;
    QObject::connect(&c, &KioskController::ticketIssued, [&] { issuedAt = steadyNs(); });

    std::vector<double> toFrame, toIssued;
    for (int i = 0; i < count; ++i) {
        const QString code = i % 2 ? QStringLiteral("A") : QStringLiteral("P");
        QQuickItem *button = findItem(window->contentItem(), QStringLiteral("serviceButton_") + code);
        if (!button)
            fatal(QStringLiteral("no button for %1").arg(code));
        spinUntil([] { return false; }, 30); // let the start screen settle on a frame of its own
        const QPoint p = button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint();
        ticketShown = false;
        const qint64 start = steadyNs();
        QTest::touchEvent(window, touch).press(0, p, window);
        QTest::touchEvent(window, touch).release(0, p, window);
        if (!spinUntil([&] { return ticketShown; }))
            fatal(QStringLiteral("touch %1: no ticket screen within 10 s").arg(i + 1));
        toFrame.push_back((swappedAt - start) / 1e6);
        toIssued.push_back((issuedAt - start) / 1e6);
        c.dismissTicket();
        if (!spinUntil([&] { return c.screen() == KioskController::Screen::Start; }))
            fatal(QStringLiteral("no start screen after ticket %1").arg(i + 1));
    }
    writer.kill();
    sayMs("touch -> ticket in view-model", toIssued);
    sayMs("touch -> ticket screen drawn", toFrame);
    return 0;
}
