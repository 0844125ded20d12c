// SPDX-License-Identifier: GPL-3.0-or-later
// EscPosDevicePrinter: raw ESC/POS written to a device file (/dev/usb/lp0, a serial port set
// up by the installer). The write blocks when the printer does, so it runs on a thread of its
// own. A missing device, a refused write (the usblp driver refuses when paper is out) or a
// short write is a fault.
#pragma once

#include "blockingrunner.h"
#include "printtransport.h"

namespace antrian::kiosk {

class EscPosDevicePrinter : public PrintTransport
{
    Q_OBJECT
public:
    EscPosDevicePrinter(QString path, int columns, QObject *parent = nullptr);

    void print(quint64 jobId, const TicketSlip &slip) override;
    QString describe() const override;

    struct Answer
    {
        bool printed = false;
        QString detail;
    };
    // Writes `bytes` to `path`, which must already exist (never creates a file under /dev).
    static Answer write(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
    int m_columns;
    BlockingRunner m_runner;
};

} // namespace antrian::kiosk
