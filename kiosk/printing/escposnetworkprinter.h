// SPDX-License-Identifier: GPL-3.0-or-later
// EscPosNetworkPrinter: raw ESC/POS over TCP to a thermal printer (port 9100). Asks the
// printer's status first and prints nothing on a printer that says its paper is out or its
// cover open; asks again after the job, so paper running out mid-ticket is noticed too.
// Asynchronous on the kiosk's thread: the socket never blocks the screen.
#pragma once

#include "printtransport.h"

#include "printing/escposstatus.h"

#include <QTcpSocket>
#include <QTimer>

namespace antrian::kiosk {

class EscPosNetworkPrinter : public PrintTransport
{
    Q_OBJECT
public:
    // How long to wait for a status answer before printing anyway (silent printers exist).
    static constexpr int kStatusWaitMs = 600;

    EscPosNetworkPrinter(QString host, int port, int columns, QObject *parent = nullptr);

    void print(quint64 jobId, const TicketSlip &slip) override;
    void abort() override;
    QString describe() const override;

private:
    enum class Step { Idle, Connecting, StatusBefore, Sending, StatusAfter, Closing };

    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onError();
    void onStatusTimeout();
    void statusAnswered(const PrinterCondition &condition);
    void finish(bool printed, const QString &detail);

    QString m_host;
    int m_port;
    int m_columns;
    QTcpSocket m_socket;
    QTimer m_statusTimer;
    Step m_step = Step::Idle;
    quint64 m_job = 0;
    QByteArray m_payload;
    QByteArray m_reply;
    qint64 m_unwritten = 0;
    QString m_note; // paper near end, said once the job is done
};

} // namespace antrian::kiosk
