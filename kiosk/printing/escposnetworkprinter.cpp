// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposnetworkprinter.h"

#include "printing/escposencoder.h"

namespace antrian::kiosk {

EscPosNetworkPrinter::EscPosNetworkPrinter(QString host, int port, int columns, QObject *parent)
    : PrintTransport(parent), m_host(std::move(host)), m_port(port), m_columns(columns)
{
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(kStatusWaitMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &EscPosNetworkPrinter::onStatusTimeout);
    connect(&m_socket, &QTcpSocket::connected, this, &EscPosNetworkPrinter::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &EscPosNetworkPrinter::onReadyRead);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &EscPosNetworkPrinter::onBytesWritten);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &EscPosNetworkPrinter::onError);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_step == Step::Closing)
            finish(true, m_note);
    });
}

QString EscPosNetworkPrinter::describe() const
{
    return QStringLiteral("escpos-tcp:%1:%2").arg(m_host).arg(m_port);
}

void EscPosNetworkPrinter::print(quint64 jobId, const TicketSlip &slip)
{
    m_job = jobId;
    m_payload = EscPosEncoder::encode(slip, m_columns);
    m_reply.clear();
    m_note.clear();
    m_step = Step::Connecting;
    m_socket.abort();
    m_socket.connectToHost(m_host, quint16(m_port));
}

void EscPosNetworkPrinter::abort()
{
    m_step = Step::Idle;
    m_statusTimer.stop();
    m_socket.abort();
}

void EscPosNetworkPrinter::onConnected()
{
    m_step = Step::StatusBefore;
    m_reply.clear();
    m_socket.write(EscPosStatus::query());
    m_statusTimer.start();
}

void EscPosNetworkPrinter::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    if (m_step != Step::StatusBefore && m_step != Step::StatusAfter)
        return; // unasked-for bytes (automatic status back) mean nothing to us
    m_reply.append(data);
    if (m_reply.size() >= EscPosStatus::kReplySize) {
        m_statusTimer.stop();
        statusAnswered(EscPosStatus::interpret(m_reply.left(EscPosStatus::kReplySize)));
    }
}

void EscPosNetworkPrinter::onStatusTimeout()
{
    statusAnswered(EscPosStatus::interpret(m_reply));
}

void EscPosNetworkPrinter::statusAnswered(const PrinterCondition &condition)
{
    const bool before = m_step == Step::StatusBefore;
    if (!condition.canPrint()) {
        finish(false, before ? condition.detail : condition.detail + QStringLiteral(" after the ticket was sent"));
        return;
    }
    if (condition.level == PrinterCondition::Level::PaperLow)
        m_note = condition.detail;
    if (before) {
        m_step = Step::Sending;
        m_unwritten = m_payload.size();
        m_socket.write(m_payload);
    } else {
        m_step = Step::Closing;
        m_socket.disconnectFromHost();
    }
}

void EscPosNetworkPrinter::onBytesWritten()
{
    if (m_step != Step::Sending)
        return;
    if (m_socket.bytesToWrite() > 0)
        return;
    m_step = Step::StatusAfter;
    m_reply.clear();
    m_socket.write(EscPosStatus::query());
    m_statusTimer.start();
}

void EscPosNetworkPrinter::onError()
{
    if (m_step == Step::Idle)
        return;
    // The printer may close the connection once it has what it needs.
    if (m_step == Step::Closing && m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
        finish(true, m_note);
        return;
    }
    if (m_step == Step::StatusAfter && m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
        m_statusTimer.stop();
        finish(true, m_note);
        return;
    }
    finish(false, m_socket.errorString());
}

void EscPosNetworkPrinter::finish(bool printed, const QString &detail)
{
    if (m_step == Step::Idle)
        return;
    m_step = Step::Idle;
    m_statusTimer.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    emit done(m_job, printed, detail);
}

} // namespace antrian::kiosk
