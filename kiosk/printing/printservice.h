// SPDX-License-Identifier: GPL-3.0-or-later
// PrintService: the kiosk's printer, as the rest of the kiosk sees it. Jobs queue and print one
// at a time; each one ends in finished(), printed or not, within the timeout, whatever the
// printer does. A fault is logged and reported, never allowed to hold up issuing: the ticket
// is already in the database before anything is printed.
#pragma once

#include "printtransport.h"

#include "printing/printerspec.h"

#include <QQueue>
#include <QTimer>

#include <memory>
#include <optional>

namespace antrian::kiosk {

class PrintService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;

    // No transport: the kiosk has no printer; print() is then never to be called.
    explicit PrintService(std::unique_ptr<PrintTransport> transport, int timeoutMs = kDefaultTimeoutMs,
                          QObject *parent = nullptr);
    ~PrintService() override;

    // The transport `spec` names (none for Kind::None).
    static std::unique_ptr<PrintTransport> transportFor(const PrinterSpec &spec);

    bool hasPrinter() const { return m_transport != nullptr; }
    QString describe() const;

    // Queues `slip`; returns the job's id, which finished() will carry.
    quint64 print(const TicketSlip &slip);

signals:
    void finished(quint64 jobId, bool printed);

private:
    struct Job
    {
        quint64 id;
        TicketSlip slip;
    };
    void startNext();
    void onDone(quint64 jobId, bool printed, const QString &detail);
    void onTimeout();

    std::unique_ptr<PrintTransport> m_transport;
    QQueue<Job> m_queue;
    std::optional<Job> m_current;
    QTimer m_timeout;
    quint64 m_nextId = 1;
};

} // namespace antrian::kiosk
