// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the kiosk's test suites: the kiosk's parts around one view-model on a fixture's
// database, and a printer that answers as told (quickitems.h finds a QML item by its name).
#pragma once

#include "quickitems.h"
#include "sampleslip.h"
#include "testsupport.h"

#include "kioskcontroller.h"
#include "printservice.h"

#include <QQuickItem>

namespace antrian::kiosk::test {

using namespace antrian::test;

// A printer that answers as told, when told.
class FakePrinter : public PrintTransport
{
public:
    bool answer = true;
    bool answerAtOnce = true;
    QList<TicketSlip> slips;
    void print(quint64 jobId, const TicketSlip &slip) override
    {
        slips << slip;
        if (answerAtOnce)
            QMetaObject::invokeMethod(this, [this, jobId] { emit done(jobId, answer, QString()); }, Qt::QueuedConnection);
    }
    QString describe() const override { return QStringLiteral("fake"); }
};

inline KioskTimings quick()
{
    KioskTimings t;
    t.dismissGuardMs = 0;
    t.startGuardMs = 0;
    t.pleaseWaitMs = 100;
    return t;
}

// The kiosk's parts around one controller, on the fixture's database.
struct Kiosk
{
    Kiosk(Fixture &f, KioskTimings timings = quick(), bool withPrinter = false, bool liveFeed = false,
          const QString &language = QStringLiteral("en"))
        : worker(f.path(), f.clock())
    {
        if (!worker.start().ok())
            qFatal("worker did not start");
        if (liveFeed) {
            feed = std::make_unique<ChangeFeed>(f.path());
            if (!feed->start(-1, 5).ok())
                qFatal("feed did not start");
        }
        std::unique_ptr<PrintTransport> transport;
        if (withPrinter) {
            fake = new FakePrinter;
            transport.reset(fake);
        }
        printer = std::make_unique<PrintService>(std::move(transport), 2000);
        auto branch = f.engine().branch();
        controller = std::make_unique<KioskController>(worker, feed.get(), *printer, f.clock(), branch->config,
                                                       language, timings);
        controller->start();
    }
    int ticketCount(Fixture &f) { return int(f.engine().tickets({})->size()); }

    QueueWorker worker;
    std::unique_ptr<ChangeFeed> feed;
    FakePrinter *fake = nullptr;
    std::unique_ptr<PrintService> printer;
    std::unique_ptr<KioskController> controller;
};

} // namespace antrian::kiosk::test
