// SPDX-License-Identifier: GPL-3.0-or-later
// PrintTransport: one way of getting a ticket slip onto paper (network ESC/POS, an ESC/POS
// device file, a QPrinter page). It prints one job at a time and answers every job with
// done(); PrintService queues the jobs and gives up on one that takes too long.
#pragma once

#include "printing/ticketslip.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcPrint)

namespace antrian::kiosk {

class PrintTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts printing `slip`; done(jobId, ...) follows, later, on this object's thread.
    virtual void print(quint64 jobId, const TicketSlip &slip) = 0;
    // Gives up on the job in progress (PrintService timed it out); no done() is needed for it.
    virtual void abort() {}
    // The printer, for the log: "escpos-tcp:192.168.1.50:9100".
    virtual QString describe() const = 0;

signals:
    // `detail` says what went wrong (or, when printed, anything the staff should know, such
    // as "paper near end"); it is logged, never shown to customers.
    void done(quint64 jobId, bool printed, const QString &detail);
};

} // namespace antrian::kiosk
