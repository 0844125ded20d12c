// SPDX-License-Identifier: GPL-3.0-or-later
// PagePrinter: the ticket as a page through QPrinter: a CUPS queue (any printer the branch's
// IT set up, thermal or not) or a PDF file, rewritten for each ticket (testing, archiving).
// Rendering and spooling block, so they run on a thread of their own.
#pragma once

#include "blockingrunner.h"
#include "printtransport.h"

#include "printing/printerspec.h"

namespace antrian::kiosk {

class PagePrinter : public PrintTransport
{
    Q_OBJECT
public:
    explicit PagePrinter(PrinterSpec spec, QObject *parent = nullptr);

    void print(quint64 jobId, const TicketSlip &slip) override;
    QString describe() const override { return m_spec.toString(); }

    struct Answer
    {
        bool printed = false;
        QString detail;
    };
    // Renders and prints `slip` now, on the calling thread.
    static Answer printNow(const PrinterSpec &spec, const TicketSlip &slip);

private:
    PrinterSpec m_spec;
    BlockingRunner m_runner;
};

} // namespace antrian::kiosk
